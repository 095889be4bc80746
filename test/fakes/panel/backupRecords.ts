/**
 * Backup rows: how one is made and started, how wings' report completes it, how one is deleted, the
 * limit they count against, and the archive each stands for. Shared by the create route and the
 * schedules' backup task, which go through the same InitiateBackupService and DeleteBackupService.
 */
import { createHash, randomUUID } from 'node:crypto';
import { PanelHttpError } from './envelopes.js';
import type { PanelState } from './state.js';
import { buildTarGz } from './tarball.js';
import type { PanelBackup, PanelServer } from './types.js';

/** Completed but not successful: wings reported a failure. */
export function isFailed(backup: PanelBackup): boolean {
  return backup.completedAt !== null && !backup.isSuccessful;
}

function utcStamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** A backup row in progress, as InitiateBackupService creates it; no name gives the panel's own. */
export function newBackup(
  server: PanelServer,
  fields: {
    name: string | undefined;
    isLocked: boolean;
    isScheduled: boolean;
    createdAt: Date;
    ignoredFiles: string[];
  },
): PanelBackup {
  return {
    uuid: randomUUID(),
    serverUuid: server.uuid,
    name: fields.name ?? `Backup at ${utcStamp(fields.createdAt)}`,
    isSuccessful: false,
    isLocked: fields.isLocked,
    isScheduled: fields.isScheduled,
    completedAt: null,
    createdAt: fields.createdAt,
    bytes: 0,
    checksum: null,
    ignoredFiles: fields.ignoredFiles,
    deletedAt: null,
  };
}

/** In progress or successful, not deleted: what the backup limit counts (`getNonFailedBackups`). */
export function nonFailedBackupsOf(state: PanelState, server: PanelServer): PanelBackup[] {
  return state.liveBackupsOf(server).filter((b) => !isFailed(b));
}

/** TooManyBackupsException; a limit of null reads as 0. */
export function tooManyBackups(server: PanelServer): PanelHttpError {
  return PanelHttpError.of(
    400,
    'TooManyBackupsException',
    `Cannot create a new backup, this server has reached its limit of ${server.backupLimit ?? 0} backups.`,
  );
}

/**
 * Stores a new backup and has wings report it done after `backupDurationMs`, the way the server's
 * `nextBackupOutcome` says ('never' leaves it in progress until a test completes it).
 */
export function startBackup(
  state: PanelState,
  server: PanelServer,
  fields: Parameters<typeof newBackup>[1],
): PanelBackup {
  const backup = newBackup(server, fields);
  state.backups.push(backup);
  const outcome = server.nextBackupOutcome;
  if (outcome !== 'never') {
    state.timers.schedule(state.config.backupDurationMs, () => {
      if (backup.completedAt === null) markCompleted(state, backup, outcome === 'success');
    });
  }
  return backup;
}

/**
 * DeleteBackupService once the locked check passed: wings deletes the archive first. Pelican swallows
 * the daemon's failure for an unsuccessful backup; Pterodactyl fails on any, keeping the row (§10).
 * Then Pterodactyl soft-deletes, while Pelican dropped soft deletes and removes the row.
 */
export function removeBackup(
  state: PanelState,
  server: PanelServer,
  backup: PanelBackup,
  wingsFailure: () => PanelHttpError,
): void {
  if (server.wingsDown && (state.flavor === 'pterodactyl' || backup.isSuccessful)) throw wingsFailure();
  if (state.flavor === 'pelican') state.backups = state.backups.filter((b) => b !== backup);
  else backup.deletedAt = new Date();
  state.archives.delete(backup.uuid);
}

/** The tar.gz a download of this backup serves; the same bytes every time, so the checksum holds. */
export function archiveFor(state: PanelState, backup: PanelBackup): Buffer {
  let archive = state.archives.get(backup.uuid);
  if (archive === undefined) {
    archive = buildTarGz([
      { name: 'server.properties', content: `motd=${backup.name}\n` },
      { name: 'README.txt', content: `Backup ${backup.uuid} of server ${backup.serverUuid}\n` },
    ]);
    state.archives.set(backup.uuid, archive);
  }
  return archive;
}

/** Wings reporting back (BackupStatusController). */
export function markCompleted(state: PanelState, backup: PanelBackup, successful: boolean): void {
  backup.completedAt = new Date();
  backup.isSuccessful = successful;
  if (successful) {
    const archive = archiveFor(state, backup);
    backup.bytes = archive.length;
    backup.checksum = `sha1:${createHash('sha1').update(archive).digest('hex')}`;
  } else {
    // BackupStatusController forces failed backups unlocked.
    backup.isLocked = false;
    backup.bytes = 0;
    backup.checksum = null;
  }
}
