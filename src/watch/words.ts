import { backupLabel, formatBytes, formatDuration, serverLabel } from '#backups/format.js';
import { discordTime } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import type { LinkedServer, WatchedBackup } from '#store/index.js';
import type { WatchEvent } from './compare.js';

/**
 * The words the watch posts: one line per event, the same in the notifications channel and in a
 * subscriber's DM (which names the guild first). Never a URL or a key; names are escaped. Worded in
 * the current language: the caller runs them in the guild's (channel) or the member's (DM).
 */

/** The panel marks a backup still in progress after this long as failed (BACKUP_PRUNE_AGE, 360 min). */
const PANEL_PRUNE_AGE_MS = 360 * 60_000;

function took(backup: WatchedBackup): number | null {
  return backup.completedAt === null ? null : Date.parse(backup.completedAt) - Date.parse(backup.createdAt);
}

function failedWhy(backup: WatchedBackup): string {
  const ms = took(backup);
  if (ms !== null && ms >= PANEL_PRUNE_AGE_MS - 60_000) return t('watch.failedWhy.ranTooLong');
  return t('watch.failedWhy.noReason');
}

/** A backup that appeared already finished (completed or failed) and how it ended. */
function appearedEnded(b: WatchedBackup, on: string): string {
  const values = { backup: backupLabel(b), server: on };
  const ms = took(b);
  const bySchedule = b.isScheduled === true;
  if (b.state === 'completed') {
    const size = formatBytes(b.bytes);
    if (ms === null)
      return bySchedule
        ? t('watch.event.appeared.bySchedule.completed', { ...values, size })
        : t('watch.event.appeared.notByMe.completed', { ...values, size });
    const duration = formatDuration(ms);
    return bySchedule
      ? t('watch.event.appeared.bySchedule.completedIn', { ...values, size, duration })
      : t('watch.event.appeared.notByMe.completedIn', { ...values, size, duration });
  }
  const why = failedWhy(b);
  if (ms === null)
    return bySchedule
      ? t('watch.event.appeared.bySchedule.failed', { ...values, why })
      : t('watch.event.appeared.notByMe.failed', { ...values, why });
  const duration = formatDuration(ms);
  return bySchedule
    ? t('watch.event.appeared.bySchedule.failedAfter', { ...values, duration, why })
    : t('watch.event.appeared.notByMe.failedAfter', { ...values, duration, why });
}

/** A followed backup that has ended (completed or failed: an end is never "in progress"). */
function ended(b: WatchedBackup, subject: string): string {
  const ms = took(b);
  if (b.state === 'completed') {
    const size = formatBytes(b.bytes);
    return ms === null
      ? t('watch.event.ended.completed', { subject, size })
      : t('watch.event.ended.completedIn', { subject, size, duration: formatDuration(ms) });
  }
  const why = failedWhy(b);
  return ms === null
    ? t('watch.event.ended.failed', { subject, why })
    : t('watch.event.ended.failedAfter', { subject, duration: formatDuration(ms), why });
}

function eventLine(event: WatchEvent, on: string): string {
  switch (event.kind) {
    case 'appeared': {
      const b = event.backup;
      if (b.state !== 'in_progress') return appearedEnded(b, on);
      const values = { backup: backupLabel(b), server: on, started: discordTime(b.createdAt, 'R') };
      return b.isScheduled === true
        ? t('watch.event.appeared.bySchedule.inProgress', values)
        : t('watch.event.appeared.notByMe.inProgress', values);
    }
    case 'ended': {
      const b = event.backup;
      const values = { backup: backupLabel(b), server: on };
      const subject = event.wasStuck
        ? t('watch.event.ended.subject.wasStuck', values)
        : b.preexisting && !b.announced
          ? t('watch.event.ended.subject.alreadyRunning', values)
          : t('watch.event.ended.subject.plain', values);
      return ended(b, subject);
    }
    case 'stuck': {
      const values = {
        backup: backupLabel(event.backup),
        server: on,
        running: formatDuration(event.runningMs),
        threshold: formatDuration(event.thresholdMs),
      };
      return event.longestMs === null
        ? t('watch.event.stuck.noHistory', values)
        : t('watch.event.stuck.withHistory', { ...values, longest: formatDuration(event.longestMs) });
    }
    case 'disappeared': {
      const b = event.backup;
      const values = { backup: backupLabel(b), server: on };
      return b.state === 'in_progress'
        ? t('watch.event.disappeared.whileInProgress', values)
        : t('watch.event.disappeared.done', values);
    }
    case 'restoreStarted':
      return t('watch.event.restoreStarted', { server: on });
    case 'restoreEnded':
      return event.startSeen
        ? t('watch.event.restoreEnded.startSeen', { server: on })
        : t('watch.event.restoreEnded.startUnseen', { server: on });
  }
}

export function describeEvent(event: WatchEvent, server: LinkedServer): string {
  const line = eventLine(event, serverLabel(server));
  return event.late ? t('watch.event.late', { event: line }) : line;
}

/** A DM about one of the lines above, to a member who ran `/backup notify`; `guildName` is escaped. */
export function subscriberWords(guildName: string, line: string): string {
  return t('watch.dm.fromGuild', { guild: guildName, event: line });
}

/** A member's key was refused as a whole: said once, by DM. */
export function keyProblemWords(guildName: string, reason: string): string {
  return t('watch.dm.keyRefused', { guild: guildName, reason });
}

/** A member's key lost `backup.read` on one server: said once, by DM. */
export function lostPermissionWords(guildName: string, server: LinkedServer): string {
  return t('watch.dm.lostPermission', { guild: guildName, server: serverLabel(server) });
}

/** The guild's name in a DM when the bot no longer knows it. */
export function unknownGuildName(): string {
  return t('watch.dm.unknownGuild');
}
