import { ActionRowBuilder, ButtonBuilder, ButtonStyle, Colors, EmbedBuilder } from 'discord.js';
import { z } from 'zod';
import { backupListLine, embedTitle, formatBytes } from '#backups/format.js';
import { rotationCandidate, usageGauge } from '#backups/rotation.js';
import { type ComponentInteraction, idRoute, subcommand } from '#discord/command.js';
import { customIdCodec } from '#discord/customId.js';
import { answer } from '#discord/replies.js';
import { formatNumber, t } from '#i18n/i18n.js';
import type { MemberSession } from '#members/memberSession.js';
import { resolveServer } from '#members/resolveServer.js';
import { type Backup, backupState } from '#panel/schemas.js';
import type { LinkedServer } from '#store/index.js';
import { serverOption } from './commonOptions.js';

const LIST_PAGE_SIZE = 10;

/** A pager button: the server and the page it shows. The ephemeral list is only seen by its owner. */
const pageId = customIdCodec('blist', {
  server: z.string().regex(/^[A-Za-z0-9-]{8,36}$/),
  page: z.coerce.number().int().min(1).max(100_000),
});

async function renderList(s: MemberSession, server: LinkedServer, page: number) {
  // Every backup, not one page: the total size and the rotation candidate are about all of them.
  const [view, all] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.listBackups(server.identifier),
  ]);
  const resolved: LinkedServer = { identifier: view.server.identifier, name: view.server.name };
  const limit = view.server.feature_limits.backups;
  const limited = limit !== null && limit > 0;
  const used = limited
    ? t('backup.list.used', { used: formatNumber(all.backupCount), count: limit })
    : t('backup.list.keptDisabled', { count: all.backupCount });
  const totalPages = Math.max(1, Math.ceil(all.backups.length / LIST_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), totalPages);
  const shown = all.backups.slice((current - 1) * LIST_PAGE_SIZE, current * LIST_PAGE_SIZE);
  // Schedules rotate out this one at the limit: worth knowing before it happens.
  const nextOut = limited ? rotationCandidate(all.backups) : undefined;
  const totalBytes = all.backups.reduce((sum, b) => sum + (backupState(b) === 'completed' ? b.bytes : 0), 0);
  const summary = `${limited ? `${usageGauge(all.backupCount, limit)} ` : ''}${t('backup.list.summary', { used, size: formatBytes(totalBytes) })}`;
  const line = (backup: Backup) =>
    backup.uuid === nextOut?.uuid
      ? `${backupListLine(backup)}\n${t('backup.list.nextOut')}`
      : backupListLine(backup);
  const embed = new EmbedBuilder()
    .setTitle(embedTitle((name) => t('backup.list.title', { server: name }), resolved.name))
    .setColor(Colors.Blurple)
    .setDescription(
      all.backups.length === 0
        ? `${summary}\n\n${t('backup.list.empty')}`
        : `${summary}\n\n${shown.map(line).join('\n\n')}`,
    )
    .setFooter({
      text: t('backup.list.footer', {
        used,
        page: formatNumber(current),
        pages: formatNumber(totalPages),
        server: resolved.identifier,
      }),
    });
  const pageButton = (label: string, target: number, disabled: boolean) =>
    new ButtonBuilder()
      .setCustomId(pageId.build({ server: resolved.identifier, page: target }))
      .setLabel(label)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(disabled);
  const components =
    totalPages > 1
      ? [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            pageButton(t('backup.list.previous'), Math.max(1, current - 1), current <= 1),
            pageButton(t('backup.list.next'), Math.min(totalPages, current + 1), current >= totalPages),
          ),
        ]
      : [];
  return { embeds: [embed], components };
}

export const list = subcommand({
  name: 'list',
  description: "List a server's backups",
  access: 'linked',
  defer: 'reply',
  options: [serverOption],
  async run(interaction, _ctx, s, options) {
    const server = resolveServer(s.link, options.server);
    await answer(interaction, await renderList(s, server, 1));
  },
});

/** Each press uses the presser's own key. */
export const listPage = idRoute({
  codec: pageId,
  access: 'linked',
  defer: true,
  async run(interaction: ComponentInteraction, _ctx, { server: identifier, page }, s) {
    const server = s.link.servers.find((x) => x.identifier === identifier) ?? {
      identifier,
      name: identifier,
    };
    await interaction.editReply(await renderList(s, server, page));
  },
});
