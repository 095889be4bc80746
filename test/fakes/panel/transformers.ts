import type { PanelBackup, PanelSchedule, PanelServer, PanelTask, PanelUser } from './types.js';

/**
 * Attribute sets of the panel's client transformers (BackupTransformer, ServerTransformer,
 * AccountTransformer, ScheduleTransformer, TaskTransformer).
 */

export type Flavor = 'pterodactyl' | 'pelican';

/** Carbon's `toAtomString`: ISO-8601 with an explicit `+00:00` offset and no milliseconds. */
export function atom(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

export function backupAttributes(backup: PanelBackup, flavor: Flavor): Record<string, unknown> {
  return {
    uuid: backup.uuid,
    is_successful: backup.isSuccessful,
    is_locked: backup.isLocked,
    // Pelican puts `is_scheduled` between `is_locked` and `name`.
    ...(flavor === 'pelican' ? { is_scheduled: backup.isScheduled } : {}),
    name: backup.name,
    ignored_files: [...backup.ignoredFiles],
    checksum: backup.checksum,
    bytes: backup.bytes,
    created_at: atom(backup.createdAt),
    completed_at: backup.completedAt === null ? null : atom(backup.completedAt),
  };
}

/** TaskTransformer (`schedule_task`, §3). */
export function taskAttributes(task: PanelTask): Record<string, unknown> {
  return {
    id: task.id,
    sequence_id: task.sequenceId,
    action: task.action,
    payload: task.payload,
    time_offset: task.timeOffset,
    is_queued: task.isQueued,
    continue_on_failure: task.continueOnFailure,
    created_at: atom(task.createdAt),
    updated_at: atom(task.updatedAt),
  };
}

/**
 * ScheduleTransformer (`server_schedule`, §3): the cron keys in the transformer's order, and the
 * default include `tasks` inside the attributes. `$schedule->tasks` has no orderBy, so the fake lists
 * them newest first, which is not running order: a client must sort by `sequence_id` itself.
 */
export function scheduleAttributes(schedule: PanelSchedule): Record<string, unknown> {
  const { cron } = schedule;
  return {
    id: schedule.id,
    name: schedule.name,
    cron: {
      day_of_week: cron.day_of_week,
      day_of_month: cron.day_of_month,
      month: cron.month,
      hour: cron.hour,
      minute: cron.minute,
    },
    is_active: schedule.isActive,
    is_processing: schedule.isProcessing,
    only_when_online: schedule.onlyWhenOnline,
    last_run_at: schedule.lastRunAt === null ? null : atom(schedule.lastRunAt),
    next_run_at: schedule.nextRunAt === null ? null : atom(schedule.nextRunAt),
    created_at: atom(schedule.createdAt),
    updated_at: atom(schedule.updatedAt),
    relationships: {
      tasks: {
        object: 'list',
        data: [...schedule.tasks]
          .reverse()
          .map((task) => ({ object: 'schedule_task', attributes: taskAttributes(task) })),
      },
    },
  };
}

export function isInstalled(server: PanelServer): boolean {
  return server.status !== 'installing' && server.status !== 'install_failed';
}

export function serverAttributes(
  server: PanelServer,
  viewer: PanelUser,
  flavor: Flavor,
  canReadStartup: boolean,
): Record<string, unknown> {
  return {
    server_owner: server.owner.id === viewer.id,
    identifier: server.identifier,
    internal_id: server.internalId,
    uuid: server.uuid,
    name: server.name,
    node: 'Loopback Node',
    is_node_under_maintenance: server.nodeMaintenance,
    sftp_details: { ip: '127.0.0.1', port: 2022, ...(flavor === 'pelican' ? { alias: null } : {}) },
    description: server.description,
    limits: {
      memory: 1024,
      swap: 0,
      disk: 5120,
      io: 500,
      cpu: 100,
      threads: null,
      oom_disabled: true,
      ...(flavor === 'pelican' ? { oom_killer: false } : {}),
    },
    invocation: 'java -Xms128M -Xmx1024M -jar server.jar',
    docker_image: 'ghcr.io/pterodactyl/yolks:java_17',
    egg_features: ['eula', 'java_version'],
    feature_limits: { databases: 0, allocations: 1, backups: server.backupLimit },
    status: server.status,
    is_suspended: server.status === 'suspended',
    is_installing: !isInstalled(server),
    is_transferring: server.transferring,
    relationships: {
      allocations: {
        object: 'list',
        data: [
          {
            object: 'allocation',
            attributes: {
              id: server.internalId,
              ip: '127.0.0.1',
              ip_alias: null,
              port: 25565,
              notes: null,
              is_default: true,
            },
          },
        ],
      },
      variables: canReadStartup
        ? { object: 'list', data: [] }
        : { object: 'null_resource', attributes: null },
    },
  };
}

export function accountAttributes(user: PanelUser, flavor: Flavor): Record<string, unknown> {
  if (flavor === 'pelican') {
    return {
      uuid: user.uuid,
      username: user.username,
      email: user.email,
      language: 'en',
      image: null,
      admin: user.admin,
      root_admin: user.admin,
      '2fa_enabled': !user.twoFactorMissing,
      created_at: atom(user.createdAt),
      updated_at: atom(user.createdAt),
    };
  }
  return {
    id: user.id,
    admin: user.admin,
    username: user.username,
    email: user.email,
    first_name: user.username,
    last_name: 'Tester',
    language: 'en',
  };
}
