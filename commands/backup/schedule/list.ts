import { Colors, EmbedBuilder } from 'discord.js';
import { serverLabel } from '#backups/format.js';
import { subcommand } from '#discord/command.js';
import { answer } from '#discord/replies.js';
import { EMBED_FIELD_MAX, escapeText, fitList, truncate } from '#discord/text.js';
import { formatNumber, t } from '#i18n/i18n.js';
import { resolveServer } from '#members/resolveServer.js';
import { backsUp } from '#schedules/words.js';
import { requirePanelPermission } from '../checks.js';
import { serverOption } from '../commonOptions.js';
import { scheduleLabel, scheduleLines } from './common.js';

/** An embed holds at most 25 fields and 6,000 characters; what does not fit is named in one last field. */
const MAX_FIELDS = 24;
const EMBED_BUDGET = 5_000;

/** /backup schedule list: the server's backup schedules in words, active or paused, last and next run. */
export const scheduleList = subcommand({
  group: 'schedule',
  name: 'list',
  description: 'Show the backup schedules of a server, with their next and last runs',
  access: 'linked',
  defer: 'reply',
  options: [serverOption],
  async run(interaction, _ctx, s, options) {
    const server = resolveServer(s.link, options.server);
    const view = await s.panel.server(server.identifier);
    requirePanelPermission(view.permissions, 'schedule.read', server);
    const all = await s.panel.listSchedules(server.identifier);
    const schedules = all.filter(backsUp);
    const others = all.length - schedules.length;
    const embed = new EmbedBuilder()
      // As embedTitle cuts it: the name within 200 characters, the title within 256.
      .setTitle(truncate(t('schedule.list.title', { name: escapeText(truncate(server.name, 200)) }), 256))
      .setColor(Colors.Blurple)
      .setFooter({ text: server.identifier });
    const otherNote = others > 0 ? `\n${t('schedule.list.others', { count: others })}` : '';
    if (schedules.length === 0) {
      embed.setDescription(`${t('schedule.list.none', { server: serverLabel(server) })}${otherNote}`);
      await answer(interaction, { embeds: [embed] });
      return;
    }
    const limit = view.server.feature_limits.backups;
    embed.setDescription(
      `${t('schedule.list.summary', { count: schedules.length, server: serverLabel(server) })}${
        limit ? ` ${t('schedule.list.limitNote', { limit: formatNumber(limit) })}` : ''
      }${otherNote}`,
    );
    let used = (embed.data.title?.length ?? 0) + (embed.data.description?.length ?? 0);
    let shown = 0;
    for (const schedule of schedules) {
      const field = {
        name: truncate(`${escapeText(schedule.name)} (#${schedule.id})`, 256),
        value: truncate(scheduleLines(schedule).join('\n'), EMBED_FIELD_MAX),
      };
      if (shown === MAX_FIELDS || used + field.name.length + field.value.length > EMBED_BUDGET) break;
      embed.addFields(field);
      used += field.name.length + field.value.length;
      shown += 1;
    }
    const rest = schedules.slice(shown);
    if (rest.length > 0) {
      embed.addFields({
        name: t('schedule.list.andMore'),
        value: fitList(rest.map(scheduleLabel), EMBED_FIELD_MAX, ', '),
      });
    }
    await answer(interaction, { embeds: [embed] });
  },
});
