import { backupLabel, formatBytes, formatDuration, serverLabel } from '#backups/format.js';
import { discordTime } from '#discord/text.js';
import type { LinkedServer, WatchedBackup } from '#store/index.js';
import type { WatchEvent } from './compare.js';

/**
 * The words the watch posts: one line per event, the same in the notifications channel and in a
 * subscriber's DM (which names the guild first). Never a URL or a key; names are escaped.
 */

/** The panel marks a backup still in progress after this long as failed (BACKUP_PRUNE_AGE, 360 min). */
const PANEL_PRUNE_AGE_MS = 360 * 60_000;

function origin(backup: WatchedBackup): string {
  if (backup.isScheduled === true) return 'by a schedule';
  return 'not by me: a schedule or the panel';
}

function took(backup: WatchedBackup): number | null {
  return backup.completedAt === null ? null : Date.parse(backup.completedAt) - Date.parse(backup.createdAt);
}

function failedWhy(backup: WatchedBackup): string {
  const ms = took(backup);
  if (ms !== null && ms >= PANEL_PRUNE_AGE_MS - 60_000) {
    return 'The panel marked it failed because it was still running after 6 hours (it gives no other reason).';
  }
  return 'The panel gives no reason; the node (wings) log of the server says why.';
}

function ending(backup: WatchedBackup): string {
  const ms = took(backup);
  const duration = ms === null ? '' : ` in ${formatDuration(ms)}`;
  if (backup.state === 'completed') return `completed: ${formatBytes(backup.bytes)}${duration}.`;
  if (backup.state === 'failed')
    return `failed${ms === null ? '' : ` after ${formatDuration(ms)}`}. ${failedWhy(backup)}`;
  return `is in progress (started ${discordTime(backup.createdAt, 'R')}).`;
}

export function describeEvent(event: WatchEvent, server: LinkedServer): string {
  const on = serverLabel(server);
  const late = event.late ? ' (noticed after a restart)' : '';
  switch (event.kind) {
    case 'appeared': {
      const b = event.backup;
      const icon = b.state === 'failed' ? '❌' : b.state === 'completed' ? '✅' : '📦';
      const start = `${icon} Backup ${backupLabel(b)} on ${on} was started ${origin(b)}`;
      return b.state === 'in_progress'
        ? `${start}; it is in progress (started ${discordTime(b.createdAt, 'R')}).${late}`
        : `${start}, and ${ending(b)}${late}`;
    }
    case 'ended': {
      const b = event.backup;
      const icon = b.state === 'completed' ? '✅' : '❌';
      const what = event.wasStuck
        ? ', which I reported stuck,'
        : b.preexisting && !b.announced
          ? ', already running when I began watching,'
          : '';
      return `${icon} Backup ${backupLabel(b)} on ${on}${what} ${ending(b)}${late}`;
    }
    case 'stuck': {
      const b = event.backup;
      const yardstick =
        event.longestMs === null
          ? `no successful backup of this server to compare with, so I call one stuck after ${formatDuration(event.thresholdMs)}`
          : `the longest of its recent successful backups took ${formatDuration(event.longestMs)}; I call one stuck after ${formatDuration(event.thresholdMs)}`;
      return `⏳ Backup ${backupLabel(b)} on ${on} looks stuck: in progress for ${formatDuration(event.runningMs)} (${yardstick}). The panel marks it failed after 6 hours if the node never reports back.${late}`;
    }
    case 'disappeared': {
      const b = event.backup;
      const was = b.state === 'in_progress' ? ' while still in progress' : '';
      return `🗑️ Backup ${backupLabel(b)} on ${on} is gone from the panel${was} (deleted, rotated away by a schedule, or pruned).${late}`;
    }
    case 'restoreStarted':
      return `♻️ A restore started on ${on}, not by me (the panel does not say which backup). The server is unavailable until it ends.${late}`;
    case 'restoreEnded':
      return event.startSeen
        ? `♻️ The restore on ${on} ended (the panel does not say whether it succeeded: check the server before starting it).${late}`
        : `♻️ A restore ran on ${on}, not by me, and has ended (the panel does not say which backup or whether it succeeded: check the server).${late}`;
  }
}

/** A member's key was refused as a whole: said once, by DM. */
export function keyProblemWords(guildName: string, reason: string): string {
  return `From **${guildName}**: I stopped watching backups with your panel key. ${reason}`;
}

/** A member's key lost `backup.read` on one server: said once, by DM. */
export function lostPermissionWords(guildName: string, server: LinkedServer): string {
  return `From **${guildName}**: your panel account no longer has the \`backup.read\` permission on ${serverLabel(server)}, so I no longer watch its backups with your key (nor DM you about them). Ask the server owner to grant it if you want them again.`;
}
