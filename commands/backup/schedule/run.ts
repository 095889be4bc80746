import { userMention } from 'discord.js';
import { recordFollow } from '#backups/followToEnd.js';
import { backupLabel, serverLabel } from '#backups/format.js';
import { countsAgainstLimit, rotationCandidate } from '#backups/rotation.js';
import { postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import { replyHandleOf } from '#discord/progressReply.js';
import { answer } from '#discord/replies.js';
import { discordTime, fitList } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import type { Backup, Schedule } from '#panel/schemas.js';
import { UserFacingError } from '#src/errors.js';
import type { LinkedServer } from '#store/index.js';
import { noteDeletedByBot, noteStartedByBot } from '#watch/botMarks.js';
import { serverOption } from '../commonOptions.js';
import { createdBackup } from '../create.js';
import { chosenSchedule, requireBackupLimit, scheduleLabel, scheduleOption } from './common.js';

/**
 * /backup schedule run: the panel runs the schedule's first task before it answers, so a refusal
 * (limit, throttle, every backup locked) comes back at once. Its answer names no backup: the new one
 * is found by listing before and after, then followed like a `/backup create`.
 */
export const scheduleRun = subcommand({
  group: 'schedule',
  name: 'run',
  description: 'Run a backup schedule now (the new backup is followed to its end)',
  access: 'linked',
  defer: 'reply',
  options: [scheduleOption, serverOption],
  async run(interaction, ctx, s, options) {
    const { server, view, schedule } = await chosenSchedule(s, options, 'schedule.update');
    const limit = requireBackupLimit(view.server.feature_limits.backups, server);
    if (schedule.only_when_online) await refuseWhenOffline(s.panel, server, schedule);

    const before = await s.panel.listBackups(server.identifier);
    const counted = before.backups.filter(countsAgainstLimit).length;
    // At the limit the panel deletes the oldest unlocked backup: marked first, so the watch does not
    // announce the bot's own run as a deletion nobody asked for (a run that deletes nothing leaves a
    // harmless mark).
    const candidate = counted >= limit ? rotationCandidate(before.backups) : undefined;
    if (candidate) await noteDeletedByBot(ctx.store, s.guildId, server.identifier, candidate.uuid);

    await s.panel.runSchedule(server.identifier, schedule.id);

    const after = await s.panel.listBackups(server.identifier);
    const known = new Set(before.backups.map((b) => b.uuid));
    const still = new Set(after.backups.map((b) => b.uuid));
    const made = newest(after.backups.filter((b) => !known.has(b.uuid)));
    const rotated = before.backups.filter((b) => !still.has(b.uuid));
    // Worded where it is read: the member's reply, or the audit post in the guild's language.
    const rotatedNote = () =>
      rotated.length > 0
        ? ` ${t('schedule.run.rotated', { backups: fitList(rotated.map(backupLabel), 300, ', ') })}`
        : '';

    if (!made) {
      await answer(interaction, { content: nothingMade(schedule, server, rotatedNote()) });
      return;
    }
    const payload = {
      server,
      backup: { uuid: made.uuid, name: made.name, locked: made.is_locked },
      lockRefused: false,
      by: s.userId,
      origin: `${t('schedule.run.origin', { schedule: scheduleLabel(schedule), user: userMention(s.userId) })}${rotatedNote()}`,
    };
    const follow = await recordFollow(ctx, createdBackup, s, replyHandleOf(interaction), payload);
    await noteStartedByBot(ctx.store, s.guildId, server.identifier, made.uuid);
    await answer(interaction, createdBackup.progress(payload, 0));
    void postAudit(
      ctx.client,
      s.settings,
      () =>
        `${t('schedule.run.audit', {
          user: userMention(s.userId),
          schedule: scheduleLabel(schedule),
          server: serverLabel(server),
          backup: backupLabel(made),
        })}${rotatedNote()}`,
      ctx.logger,
    );
    follow.start();
  },
});

function newest(backups: Backup[]): Backup | undefined {
  return backups.reduce<Backup | undefined>(
    (best, b) => (!best || Date.parse(b.created_at) > Date.parse(best.created_at) ? b : best),
    undefined,
  );
}

/**
 * A schedule that runs only while the server is online skips quietly when it is offline, and the
 * panel still answers "accepted": said before anything is asked of the panel.
 */
async function refuseWhenOffline(
  panel: { resources(server: string): Promise<{ current_state: string }> },
  server: LinkedServer,
  schedule: Schedule,
) {
  const { current_state: state } = await panel.resources(server.identifier);
  if (state === 'offline' || state === 'stopped') {
    throw new UserFacingError(() =>
      t('schedule.run.offline', { schedule: scheduleLabel(schedule), server: serverLabel(server), state }),
    );
  }
}

function nothingMade(schedule: Schedule, server: LinkedServer, rotatedNote: string): string {
  const why = schedule.only_when_online ? t('schedule.run.skippedOffline') : t('schedule.run.skippedBusy');
  const made = t('schedule.run.nothingMade', {
    schedule: scheduleLabel(schedule),
    server: serverLabel(server),
  });
  const again = t('schedule.run.tryAgain', { relative: discordTime(new Date(), 'R') });
  return `${made} ${why}${rotatedNote} ${again}`;
}
