/**
 * A schedule's backup task: `InitiateBackupService::handle($server, null, override: true)` (§5.3).
 * Unlike `POST /backups`, a server at its limit loses its oldest unlocked backup to make room.
 */
import { isFailed, nonFailedBackupsOf, removeBackup, startBackup, tooManyBackups } from './backupRecords.js';
import { PanelHttpError } from './envelopes.js';
import { checkBackupThrottle } from './rateLimits.js';
import { daemonDown, UNEXPECTED_ERROR } from './responses.js';
import type { PanelState } from './state.js';
import type { PanelBackup, PanelServer } from './types.js';

export interface BackupTaskResult {
  backup: PanelBackup;
  /** The backup deleted to make room, if the server was at its limit. */
  rotated?: PanelBackup;
}

/**
 * What a task gets when wings cannot be reached (§4.1, §9): Pterodactyl's DaemonConnectionException
 * (504), Pelican's Laravel HTTP client ConnectionException, which its handler renders as a generic 500.
 */
export function wingsUnreachable(state: PanelState): PanelHttpError {
  if (state.flavor === 'pterodactyl') return daemonDown();
  return PanelHttpError.of(500, 'ConnectionException', UNEXPECTED_ERROR.detail);
}

/** Whether `continue_on_failure` may swallow this error (§5.6): a wings transport failure only. */
export function isWingsConnectionError(error: unknown): boolean {
  if (!(error instanceof PanelHttpError)) return false;
  const code = error.entries[0]?.code;
  return code === 'DaemonConnectionException' || code === 'ConnectionException';
}

/** Oldest by `created_at` (ties in insertion order), in progress or successful, and not locked. */
function rotationCandidate(backups: readonly PanelBackup[]): PanelBackup | undefined {
  return [...backups]
    .filter((b) => !b.isLocked && !isFailed(b))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
}

/** The payload is the ignore list: split on "\n" (PHP_EOL), empty lines dropped, a "\r" kept. */
function ignoreList(payload: string): string[] {
  return payload.split('\n').filter((line) => line.length > 0);
}

export function runBackupTask(state: PanelState, server: PanelServer, payload: string): BackupTaskResult {
  const now = Date.now();
  // The throttle comes first: when it trips, nothing has been deleted.
  checkBackupThrottle(state, server, now);
  let rotated: PanelBackup | undefined;
  const nonFailed = nonFailedBackupsOf(state, server);
  if (!server.backupLimit || nonFailed.length >= server.backupLimit) {
    // Override never lifts a limit of 0 (or none): backups are off for this server.
    if (!server.backupLimit || server.backupLimit <= 0) throw tooManyBackups(server);
    const oldest = rotationCandidate(nonFailed);
    if (oldest === undefined) throw tooManyBackups(server);
    // Exactly one goes, committed before the new one is created: if creation then fails, it is gone.
    removeBackup(state, server, oldest, () => wingsUnreachable(state));
    rotated = oldest;
  }
  if (server.wingsDown) throw wingsUnreachable(state);
  const backup = startBackup(state, server, {
    name: undefined,
    isLocked: false,
    // Pelican marks backups of timed runs and of run now alike; Pterodactyl has no such field.
    isScheduled: state.flavor === 'pelican',
    createdAt: new Date(now),
    ignoredFiles: ignoreList(payload),
  });
  return rotated === undefined ? { backup } : { backup, rotated };
}
