import { InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { type Command, slashRoute } from '#discord/command.js';
import { answer } from '#discord/replies.js';
import { t } from '#i18n/i18n.js';

const definition = {
  name: 'unlink',
  description: 'Forget your panel API key and game servers in this Discord server',
  contexts: [InteractionContextType.Guild],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const unlinkCommand: Command = {
  definition,
  route: slashRoute({
    access: 'guild',
    // The store may be slow: acknowledge before touching it (Discord allows 3 s).
    defer: 'reply',
    options: [],
    async run(interaction, ctx, { guildId }) {
      // Forgotten without decrypting: a link under an encryption key since removed goes all the same.
      const existed = await ctx.store.forgetMember(guildId, interaction.user.id);
      await answer(interaction, {
        content: existed ? t('link.unlink.forgotten') : t('link.unlink.nothing'),
      });
    },
  }),
};
