/** What a test puts into the panel directly, as if it had been there all along (no request, no throttle). */
import { randomUUID } from 'node:crypto';
import { markCompleted, newBackup } from './backupRecords.js';
import { issueClientKey } from './keys.js';
import { insertTask, newSchedule, requireNextRun } from './scheduleRecords.js';
import type { PanelState } from './state.js';
import type {
  AddBackupOptions,
  AddScheduleOptions,
  AddServerOptions,
  LoopbackPanel,
  PanelBackup,
  PanelSchedule,
  PanelServer,
  PanelUser,
} from './types.js';

export function addUser(state: PanelState, options: Parameters<LoopbackPanel['addUser']>[0] = {}): PanelUser {
  const id = state.nextUserId++;
  const username = options.username ?? `user${id}`;
  const user: PanelUser = {
    id,
    uuid: randomUUID(),
    username,
    email: `${username}@example.com`,
    admin: options.admin ?? false,
    key: '',
    twoFactorMissing: options.twoFactorMissing ?? false,
    ipRestricted: options.ipRestricted ?? false,
    createdAt: new Date(),
  };
  user.key = issueClientKey(state, user);
  state.users.push(user);
  return user;
}

export function addServer(state: PanelState, options: AddServerOptions): PanelServer {
  const uuid = randomUUID();
  const internalId = state.nextServerId++;
  const server: PanelServer = {
    identifier: uuid.slice(0, 8),
    uuid,
    internalId,
    name: options.name ?? `Server ${internalId}`,
    description: options.description ?? '',
    owner: options.owner,
    // `null` is a server without backups; only an absent option takes the default of 3.
    backupLimit: options.backupLimit === undefined ? 3 : options.backupLimit,
    status: options.status ?? null,
    powerState: options.powerState ?? 'offline',
    transferring: options.transferring ?? false,
    nodeMaintenance: options.nodeMaintenance ?? false,
    wingsDown: options.wingsDown ?? false,
    nextBackupOutcome: options.nextBackupOutcome ?? 'success',
  };
  state.servers.push(server);
  return server;
}

export function addSubuser(
  state: PanelState,
  server: PanelServer,
  user: PanelUser,
  permissions: string[],
): void {
  let map = state.subusers.get(server.uuid);
  if (map === undefined) {
    map = new Map();
    state.subusers.set(server.uuid, map);
  }
  map.set(user.id, [...permissions]);
}

export function addBackup(
  state: PanelState,
  server: PanelServer,
  options: AddBackupOptions = {},
): PanelBackup {
  const createdAt = options.createdAt ?? new Date();
  const backup = newBackup(server, {
    name: options.name,
    isLocked: options.locked ?? false,
    isScheduled: options.scheduled ?? false,
    createdAt,
    ignoredFiles: [...(options.ignoredFiles ?? [])],
  });
  const outcome = options.state ?? 'completed';
  if (outcome !== 'in_progress') {
    markCompleted(state, backup, outcome === 'completed');
    // Completed some seconds after creation, but never in the future.
    const created = createdAt.getTime();
    backup.completedAt = new Date(Math.max(created, Math.min(created + 30_000, Date.now())));
    if (outcome === 'completed' && options.bytes !== undefined) backup.bytes = options.bytes;
    // A failed backup seeded as locked stays so; only wings' report forces the unlock.
    if (options.locked !== undefined) backup.isLocked = options.locked;
  }
  state.backups.push(backup);
  return backup;
}

/** Wings reporting a backup done early; refused for one already successful, as the panel refuses it. */
export function completeBackup(state: PanelState, uuid: string, successful: boolean): void {
  const backup = state.backups.find((b) => b.uuid === uuid);
  if (backup === undefined) throw new Error(`no backup ${uuid}`);
  if (backup.isSuccessful) {
    throw new Error('Cannot update the status of a backup that is already marked as completed.');
  }
  markCompleted(state, backup, successful);
}

/** A schedule with its tasks in the given order (sequence ids 1, 2, …); `next_run_at` as the panel computes it. */
export function addSchedule(
  state: PanelState,
  server: PanelServer,
  options: AddScheduleOptions = {},
): PanelSchedule {
  const cron = options.cron ?? { minute: '0', hour: '3', day_of_month: '*', month: '*', day_of_week: '*' };
  const schedule = newSchedule(state, server, {
    name: options.name ?? `Schedule ${state.nextScheduleId}`,
    cron,
    isActive: options.isActive ?? true,
    onlyWhenOnline: options.onlyWhenOnline ?? false,
    nextRunAt: requireNextRun(cron, new Date()),
  });
  for (const task of options.tasks ?? []) {
    const fields = {
      action: task.action,
      payload: task.payload ?? '',
      timeOffset: task.timeOffset ?? 0,
      continueOnFailure: task.continueOnFailure ?? false,
    };
    insertTask(state, schedule, fields, undefined);
  }
  return schedule;
}
