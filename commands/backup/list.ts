import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type ChatInputCommandInteraction,
  Colors,
  EmbedBuilder,
} from 'discord.js';
import { z } from 'zod';
import { backupListLine } from '#backups/format.js';
import type { ComponentInteraction } from '#discord/command.js';
import type { BotContext } from '#discord/context.js';
import { readOptions } from '#discord/options.js';
import { answer } from '#discord/replies.js';
import { type MemberSession, resolveServer } from '#discord/session.js';
import { InvalidInputError } from '#src/errors.js';
import type { LinkedServer } from '#store/index.js';
import { subcommands } from './options.js';
import { embedTitle, session } from './shared.js';

const LIST_PAGE_SIZE = 10;
export const LIST_PREFIX = 'blist';

const listCustomId = z.templateLiteral([
  z.literal(`${LIST_PREFIX}:`),
  z.string().regex(/^[A-Za-z0-9-]{8,36}$/),
  z.literal(':'),
  z.number().int().min(1).max(100_000),
]);

async function renderList(s: MemberSession, server: LinkedServer, page: number) {
  const [view, list] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.listBackupsPage(server.identifier, { page, perPage: LIST_PAGE_SIZE }),
  ]);
  const resolved: LinkedServer = { identifier: view.server.identifier, name: view.server.name };
  const limit = view.server.feature_limits.backups;
  const used =
    limit === null || limit === 0
      ? `${list.backupCount} backups kept · backups are disabled on this server (limit 0)`
      : `${list.backupCount} of ${limit} backups used`;
  const { total_pages: totalPages, current_page: current, total } = list.pagination;
  const embed = new EmbedBuilder()
    .setTitle(embedTitle('Backups of ', resolved.name))
    .setColor(Colors.Blurple)
    .setDescription(
      list.backups.length === 0
        ? total === 0
          ? 'No backups yet. Start one with `/backup create`.'
          : 'No backups on this page.'
        : list.backups.map(backupListLine).join('\n\n'),
    )
    .setFooter({
      text: `${used} · page ${Math.min(current, Math.max(totalPages, 1))} of ${Math.max(totalPages, 1)} · ${resolved.identifier}`,
    });
  const components =
    totalPages > 1
      ? [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder()
              .setCustomId(`${LIST_PREFIX}:${resolved.identifier}:${Math.max(1, current - 1)}`)
              .setLabel('Previous')
              .setStyle(ButtonStyle.Secondary)
              .setDisabled(current <= 1),
            new ButtonBuilder()
              .setCustomId(`${LIST_PREFIX}:${resolved.identifier}:${Math.min(totalPages, current + 1)}`)
              .setLabel('Next')
              .setStyle(ButtonStyle.Secondary)
              .setDisabled(current >= totalPages),
          ),
        ]
      : [];
  return { embeds: [embed], components };
}

export async function list(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.list);
  const s = await session(interaction, ctx);
  const server = resolveServer(s.link, options.server);
  await answer(interaction, await renderList(s, server, 1));
}

/** Pager buttons: the ephemeral list is only seen by its owner, and each press uses the presser's own key. */
export async function listPage(interaction: ComponentInteraction, ctx: BotContext) {
  if (!listCustomId.safeParse(interaction.customId).success)
    throw new InvalidInputError('This button is not valid.');
  const [, identifier, page] = interaction.customId.split(':') as [string, string, string];
  await interaction.deferUpdate();
  const s = await session(interaction, ctx);
  const server = s.link.servers.find((x) => x.identifier === identifier) ?? { identifier, name: identifier };
  await interaction.editReply(await renderList(s, server, Number(page)));
}
