import { userMention } from 'discord.js';
import { serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { type SubcommandRoute, subcommand } from '#discord/command.js';
import { answer } from '#discord/replies.js';
import { discordTime } from '#discord/text.js';
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
        await answer(interaction, {
          content: `Schedule ${scheduleLabel(schedule)} on ${serverLabel(server)} is already ${active ? 'active' : 'paused'}. Nothing was changed.`,
        });
        return;
      }
      const updated = await s.panel.updateSchedule(server.identifier, schedule.id, {
        name: schedule.name,
        cron: schedule.cron,
        isActive: active,
        onlyWhenOnline: schedule.only_when_online,
      });
      const next =
        active && updated.next_run_at
          ? ` Next run ${discordTime(updated.next_run_at, 'f')} (${discordTime(updated.next_run_at, 'R')}).`
          : '';
      await answer(interaction, {
        content: active
          ? `▶️ Schedule ${scheduleLabel(updated)} on ${serverLabel(server)} is **active** again: ${ruleWithZone(updated.cron, updated.next_run_at)}.${next}`
          : `⏸️ Schedule ${scheduleLabel(updated)} on ${serverLabel(server)} is **paused**: it makes no backups until you resume it with \`/backup schedule resume\`.`,
      });
      void postAudit(
        ctx.client,
        s.settings,
        `${active ? '▶️' : '⏸️'} ${userMention(s.userId)} ${active ? 'resumed' : 'paused'} backup schedule ${scheduleLabel(updated)} on ${serverLabel(server)}.`,
        ctx.logger,
      );
    },
  });
}

export const schedulePause = toggle(false);
export const scheduleResume = toggle(true);
