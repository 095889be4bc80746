/**
 * The loopback panel's public shapes: its options, the live objects a test seeds and may change at
 * any time (users, servers, backups), the fault knobs, and the panel handle itself.
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
  rateLimitNext(count?: number, retryAfterSeconds?: number): void;
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
  readonly faults: LoopbackPanelFaults;
  readonly requests: ReadonlyArray<RecordedRequest>;
  close(): Promise<void>;
}
