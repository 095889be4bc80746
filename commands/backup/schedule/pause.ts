import { userMention } from 'discord.js';
import { serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { type SubcommandRoute, subcommand } from '#discord/command.js';
import { answer } from '#discord/replies.js';
import { discordTime } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import { ruleWithZone } from '#schedules/words.js';
import { serverOption } from '../commonOptions.js';
import { chosenSchedule, scheduleLabel, scheduleOption } from './common.js';

/**
 * /backup schedule pause and resume. The panel's update replaces every field (an omitted
 * `only_when_online` would be cleared), so the schedule is read first and sent back whole.
 */
function toggle(active: boolean): SubcommandRoute {
  const verb = active ? 'resume' : 'pause';
  return subcommand({
    group: 'schedule',
    name: verb,
    description: active
      ? 'Resume a paused backup schedule'
      : 'Pause a backup schedule (it keeps its settings and can be resumed)',
    access: 'linked',
    defer: 'reply',
    options: [scheduleOption, serverOption],
    async run(interaction, ctx, s, options) {
      const { server, schedule } = await chosenSchedule(s, options, 'schedule.update');
      if (schedule.is_active === active) {
        const named = { schedule: scheduleLabel(schedule), server: serverLabel(server) };
        await answer(interaction, {
          content: active
            ? t('schedule.pause.alreadyActive', named)
            : t('schedule.pause.alreadyPaused', named),
        });
        return;
      }
      const updated = await s.panel.updateSchedule(server.identifier, schedule.id, {
        name: schedule.name,
        cron: schedule.cron,
        isActive: active,
        onlyWhenOnline: schedule.only_when_online,
      });
      const named = { schedule: scheduleLabel(updated), server: serverLabel(server) };
      const rule = ruleWithZone(updated.cron, updated.next_run_at);
      await answer(interaction, {
        content: !active
          ? t('schedule.pause.paused', named)
          : updated.next_run_at
            ? t('schedule.pause.resumedNextRun', {
                ...named,
                rule,
                at: discordTime(updated.next_run_at, 'f'),
                relative: discordTime(updated.next_run_at, 'R'),
              })
            : t('schedule.pause.resumed', { ...named, rule }),
      });
      const audited = { ...named, user: userMention(s.userId) };
      void postAudit(
        ctx.client,
        s.settings,
        () => (active ? t('schedule.pause.auditResumed', audited) : t('schedule.pause.auditPaused', audited)),
        ctx.logger,
      );
    },
  });
}

export const schedulePause = toggle(false);
export const scheduleResume = toggle(true);
