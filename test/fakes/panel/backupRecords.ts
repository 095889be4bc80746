/** Backup rows: how one is made, how wings' report completes it, and the archive it stands for. */
import { createHash, randomUUID } from 'node:crypto';
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
