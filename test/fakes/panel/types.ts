/**
 * The loopback panel's public shapes: its options, the live objects a test seeds and may change at
 * any time (users, servers, backups, schedules and their tasks), the fault knobs, and the panel handle itself.
 * `#fakes/loopbackPanel.js` re-exports all of them; nothing outside the fakes imports this file.
 */
import type { Flavor } from './transformers.js';

export interface LoopbackPanelOptions {
  flavor?: Flavor;
  backupThrottle?: { limit: number; periodSeconds: number };
  rateLimitPerMinute?: number;
  backupDurationMs?: number;
  restoreDurationMs?: number;
  stopDurationMs?: number;
  resourcesCacheMs?: number;
  downloadTtlSeconds?: number;
  /** Tasks a schedule may hold (the panel's PER_SCHEDULE_TASK_LIMIT); default 10. */
  taskLimit?: number;
  /** Milliseconds a task waits per second of its `time_offset`; default 10, so a chain runs fast in tests. */
  taskOffsetMs?: number;
}

export interface PanelUser {
  id: number;
  uuid: string;
  username: string;
  email: string;
  admin: boolean;
  /** The user's client key: `ptlc_` (pelican `pacc_`) + 43 characters, 48 in all as the panel issues them. */
  key: string;
  twoFactorMissing: boolean;
  ipRestricted: boolean;
  createdAt: Date;
}

export type PanelServerStatus =
  | null
  | 'installing'
  | 'install_failed'
  | 'reinstall_failed'
  | 'suspended'
  | 'restoring_backup';
export type PanelPowerState = 'offline' | 'starting' | 'running' | 'stopping';

export interface PanelServer {
  identifier: string;
  uuid: string;
  internalId: number;
  name: string;
  description: string;
  owner: PanelUser;
  backupLimit: number | null;
  status: PanelServerStatus;
  powerState: PanelPowerState;
  transferring: boolean;
  nodeMaintenance: boolean;
  /** Wings unreachable: calls that need the node answer 504 DaemonConnectionException. */
  wingsDown: boolean;
  /** What wings reports for the next backups created through the API; 'never' leaves them in progress. */
  nextBackupOutcome: 'success' | 'failure' | 'never';
}

export interface PanelBackup {
  uuid: string;
  serverUuid: string;
  name: string;
  isSuccessful: boolean;
  isLocked: boolean;
  isScheduled: boolean;
  completedAt: Date | null;
  createdAt: Date;
  bytes: number;
  checksum: string | null;
  ignoredFiles: string[];
  /** Set by a Pterodactyl (soft) delete; Pelican removes the backup instead. */
  deletedAt: Date | null;
}

/** The five cron fields as the panel stores them: strings, exactly as sent (after trimming). */
export interface PanelCron {
  minute: string;
  hour: string;
  day_of_month: string;
  month: string;
  day_of_week: string;
}

export type PanelTaskAction = 'command' | 'power' | 'backup' | 'delete_files';

export interface PanelTask {
  id: number;
  sequenceId: number;
  action: PanelTaskAction;
  /** A backup task's ignore list, one pattern per line; `""` when there is none. */
  payload: string;
  /** Seconds to wait before this task runs (scaled by the `taskOffsetMs` option). */
  timeOffset: number;
  isQueued: boolean;
  continueOnFailure: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface PanelSchedule {
  id: number;
  serverUuid: string;
  name: string;
  cron: PanelCron;
  isActive: boolean;
  isProcessing: boolean;
  onlyWhenOnline: boolean;
  lastRunAt: Date | null;
  nextRunAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Insertion order, not running order: the API lists them unsorted, so sort by `sequenceId`. */
  tasks: PanelTask[];
}

export interface AddScheduleOptions {
  name?: string;
  /** Default `0 3 * * *` (every day at 03:00 UTC). */
  cron?: PanelCron;
  isActive?: boolean;
  onlyWhenOnline?: boolean;
  /** Given sequence ids 1, 2, … in this order. */
  tasks?: Array<{
    action: PanelTaskAction;
    payload?: string;
    timeOffset?: number;
    continueOnFailure?: boolean;
  }>;
}

/** What `fireSchedule` saw: the first task's backup (and the one it rotated away), or why nothing ran. */
export interface FiredSchedule {
  backup?: PanelBackup;
  rotated?: PanelBackup;
  skipped?: string;
  error?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: 'bearer' | 'none' | 'other';
  accept: string | undefined;
  userAgent: string | undefined;
}

export interface LoopbackPanelFaults {
  latencyMs: number;
  failNext(status: 500 | 502 | 503 | 504, count?: number, retryAfterSeconds?: number): void;
  htmlNext(count?: number): void;
  redirectToLoginNext(count?: number): void;
  wrongJsonNext(count?: number): void;
  resetNext(count?: number): void;
  hangNext(count?: number): void;
  /** `only`: the 429 waits for a request of this method and/or whose path contains this text. */
  rateLimitNext(count?: number, retryAfterSeconds?: number, only?: { method?: string; path?: string }): void;
  /** A 422 ValidationException with one entry per `[field, detail]`, as Laravel renders a failed form. */
  invalidNext(fields: Array<[string, string]>, only?: { method?: string; path?: string }): void;
  clear(): void;
}

export interface AddServerOptions {
  owner: PanelUser;
  name?: string;
  description?: string;
  backupLimit?: number | null;
  status?: PanelServerStatus;
  powerState?: PanelPowerState;
  transferring?: boolean;
  nodeMaintenance?: boolean;
  wingsDown?: boolean;
  nextBackupOutcome?: PanelServer['nextBackupOutcome'];
}

export interface AddBackupOptions {
  name?: string;
  state?: 'completed' | 'in_progress' | 'failed';
  locked?: boolean;
  bytes?: number;
  createdAt?: Date;
  ignoredFiles?: string[];
  scheduled?: boolean;
}

export interface LoopbackPanel {
  readonly url: string;
  readonly flavor: Flavor;
  addUser(options?: {
    username?: string;
    admin?: boolean;
    twoFactorMissing?: boolean;
    ipRestricted?: boolean;
  }): PanelUser;
  addApplicationKey(user: PanelUser): string;
  /** Another client key for the same user (shares the user's rate-limit bucket). */
  addClientKey(user: PanelUser): string;
  revokeKey(key: string): void;
  addServer(options: AddServerOptions): PanelServer;
  addSubuser(server: PanelServer, user: PanelUser, permissions: string[]): void;
  addBackup(server: PanelServer, options?: AddBackupOptions): PanelBackup;
  /** Backups of a server as the panel holds them, soft-deleted ones included (insertion order). */
  backupsOf(server: PanelServer): PanelBackup[];
  getBackup(uuid: string): PanelBackup | undefined;
  completeBackup(uuid: string, successful?: boolean): void;
  finishRestore(server: PanelServer, successful?: boolean): void;
  addSchedule(server: PanelServer, options?: AddScheduleOptions): PanelSchedule;
  /** Schedules of a server, oldest first, as live objects. */
  schedulesOf(server: PanelServer): PanelSchedule[];
  /** Plays the panel's cron for one timed run of this schedule, due or not (see loopbackPanel.ts). */
  fireSchedule(server: PanelServer, scheduleId: number): FiredSchedule;
  readonly faults: LoopbackPanelFaults;
  readonly requests: ReadonlyArray<RecordedRequest>;
  close(): Promise<void>;
}
