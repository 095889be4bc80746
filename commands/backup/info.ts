import { type ChatInputCommandInteraction, Colors, EmbedBuilder } from 'discord.js';
import { backupInfoFields } from '#backups/format.js';
import type { BotContext } from '#discord/context.js';
import { readOptions } from '#discord/options.js';
import { answer } from '#discord/replies.js';
import { resolveServer } from '#discord/session.js';
import { backupState } from '#panel/schemas.js';
import { subcommands } from './options.js';
import { embedTitle, serverLabel, session, validateUuid } from './shared.js';

export async function info(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.info);
  const s = await session(interaction, ctx);
  const server = resolveServer(s.link, options.server);
  const backup = await s.panel.backup(server.identifier, validateUuid(options.backup));
  const state = backupState(backup);
  const embed = new EmbedBuilder()
    .setTitle(embedTitle('', backup.name || backup.uuid))
    .setColor(state === 'completed' ? Colors.Green : state === 'failed' ? Colors.Red : Colors.Yellow)
    .setDescription(serverLabel(server))
    .addFields(backupInfoFields(backup));
  await answer(interaction, { embeds: [embed] });
}
