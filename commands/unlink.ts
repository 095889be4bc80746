import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '#discord/command.js';
import type { BotContext } from '#discord/context.js';
import { answer } from '#discord/replies.js';

const definition = {
  name: 'unlink',
  description: 'Forget your panel API key and game servers in this Discord server',
  contexts: [InteractionContextType.Guild],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const guildId = interaction.guildId ?? '';
  const existing = await ctx.store.getMemberLink(guildId, interaction.user.id);
  await ctx.store.forgetMember(guildId, interaction.user.id);
  await answer(interaction, {
    content: existing
      ? '🗑️ Your panel key and game servers are forgotten in this Discord server. Consider deleting the key on the panel too (Account → API Credentials).'
      : 'Nothing to forget: you had no panel account linked in this Discord server.',
  });
}

export const unlinkCommand: Command = { definition, execute };
