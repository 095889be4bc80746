import { ApplicationCommandOptionType, Colors, EmbedBuilder, userMention } from 'discord.js';
import { backupLabel, serverLabel } from '#backups/format.js';
import { rotationCandidate } from '#backups/rotation.js';
import { postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import { answer, explain } from '#discord/replies.js';
import { discordTime, escapeText, truncate } from '#discord/text.js';
import { formatNumber, t } from '#i18n/i18n.js';
import type { MemberSession } from '#members/memberSession.js';
import { resolveServer } from '#members/resolveServer.js';
import type { Schedule } from '#panel/schemas.js';
import { parseWhen } from '#schedules/when.js';
import { defaultName, ruleWithZone } from '#schedules/words.js';
import { UserFacingError } from '#src/errors.js';
import type { Logger } from '#src/log.js';
import type { LinkedServer } from '#store/index.js';
import { requirePanelPermission } from '../checks.js';
import { parseIgnored, serverOption } from '../commonOptions.js';
import { atLimitNote, requireBackupLimit, scheduleLabel, scheduleLines } from './common.js';

/**
 * /backup schedule create: a schedule with exactly one backup task, as the panel's contract wants it
 * (every cron field, `is_active` explicit, the ignore list as the task's payload). A schedule whose
 * task cannot be added is removed again, so nothing half-made stays on the panel.
 */
export const scheduleCreate = subcommand({
  group: 'schedule',
  name: 'create',
  description: 'Back up a server on a schedule (every 6 h, 12 h, daily, weekly, or cron)',
  access: 'linked',
  defer: 'reply',
  options: [
    {
      name: 'when',
      description: 'A preset from the list, or cron: minute hour day-of-month month day-of-week',
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
      max_length: 100,
    },
    serverOption,
    {
      name: 'name',
      description: 'A name for the schedule (default: its rule, e.g. "Backup every day at 03:00")',
      type: ApplicationCommandOptionType.String,
      max_length: 191,
    },
    {
      name: 'ignored',
      description: 'Files to leave out: comma-separated patterns, e.g. logs/*, *.tmp',
      type: ApplicationCommandOptionType.String,
      max_length: 1000,
    },
    {
      name: 'only-when-online',
      description: 'Skip runs while the server is offline (default: run anyway)',
      type: ApplicationCommandOptionType.Boolean,
    },
  ],
  async run(interaction, ctx, s, options) {
    const server = resolveServer(s.link, options.server);
    const when = parseWhen(options.when);
    const ignored = parseIgnored(options.ignored) ?? [];
    const name = options.name?.trim() || defaultName(when.fields);
    const onlyWhenOnline = options['only-when-online'] ?? false;

    const view = await s.panel.server(server.identifier);
    requirePanelPermission(view.permissions, 'schedule.create', server);
    // The task is added with a second call, which needs the update permission.
    requirePanelPermission(view.permissions, 'schedule.update', server);
    const limit = requireBackupLimit(view.server.feature_limits.backups, server);

    const schedule = await s.panel.createSchedule(server.identifier, {
      name,
      cron: when.fields,
      isActive: true,
      onlyWhenOnline,
    });
    let withTask: Schedule;
    try {
      const task = await s.panel.addBackupTask(server.identifier, schedule.id, ignored);
      withTask = { ...schedule, tasks: [task] };
    } catch (error) {
      throw await undoSchedule(s, server, schedule, error, ctx.logger);
    }

    const listing = await s.panel.listBackups(server.identifier).catch(() => undefined);
    const embed = new EmbedBuilder()
      // As embedTitle cuts it: the name within 200 characters, the title within 256.
      .setTitle(truncate(t('schedule.create.title', { name: escapeText(truncate(schedule.name, 200)) }), 256))
      .setColor(Colors.Green)
      .setDescription(
        [
          t('schedule.create.created', {
            server: serverLabel(server),
            rule: ruleWithZone(schedule.cron, schedule.next_run_at),
          }),
          schedule.next_run_at
            ? t('schedule.create.firstRun', {
                at: discordTime(schedule.next_run_at, 'F'),
                relative: discordTime(schedule.next_run_at, 'R'),
              })
            : '',
          ...scheduleLines(withTask).slice(2),
        ]
          .filter((line) => line !== '')
          .join('\n'),
      )
      .addFields({ name: t('schedule.create.limitField'), value: limitField(limit, listing) })
      .setFooter({ text: t('schedule.create.footer', { id: schedule.id, server: server.identifier }) });
    await answer(interaction, { embeds: [embed] });
    void postAudit(
      ctx.client,
      s.settings,
      () =>
        t('schedule.create.audit', {
          user: userMention(s.userId),
          schedule: scheduleLabel(schedule),
          server: serverLabel(server),
          rule: ruleWithZone(schedule.cron, schedule.next_run_at),
        }),
      ctx.logger,
    );
  },
});

function limitField(
  limit: number,
  listing: Awaited<ReturnType<MemberSession['panel']['listBackups']>> | undefined,
): string {
  const rule = atLimitNote(limit);
  if (!listing) return rule;
  const next = rotationCandidate(listing.backups);
  const counts = { used: formatNumber(listing.backupCount), limit: formatNumber(limit) };
  const now =
    listing.backupCount >= limit
      ? next
        ? t('schedule.create.usedNextDeletes', {
            ...counts,
            backup: backupLabel(next),
            relative: discordTime(next.created_at, 'R'),
          })
        : t('schedule.create.usedAllLocked', counts)
      : t('schedule.create.used', counts);
  return truncate(`${rule}\n${now}`, 1024);
}

/**
 * The task could not be added: the schedule goes again (a schedule without a task does nothing and
 * only confuses). The member hears why, and whether the clean-up worked.
 */
async function undoSchedule(
  s: MemberSession,
  server: LinkedServer,
  schedule: Schedule,
  error: unknown,
  logger: Logger,
): Promise<UserFacingError> {
  const why = explain(error, logger, 'adding a backup task failed', {}, 'the panel refused a backup task');
  // A refusal is worded again whenever it is read, in the reader's language.
  const reason = () => (error instanceof UserFacingError ? error.userMessage : why);
  try {
    await s.panel.deleteSchedule(server.identifier, schedule.id);
  } catch (cleanup) {
    logger.warn('could not remove a schedule whose task was refused', { error: cleanup });
    return new UserFacingError(() =>
      t('schedule.create.notRemoved', { reason: reason(), schedule: scheduleLabel(schedule) }),
    );
  }
  return new UserFacingError(() => t('schedule.create.removed', { reason: reason() }));
}
