import {
  DiscordAPIError,
  InteractionContextType,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { type Command, type ComponentInteraction, idRoute, slashRoute } from '#discord/command.js';
import { answer } from '#discord/replies.js';
import { escapeText } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import { onSetupAction } from './setup/actions.js';
import { panelUrlFormId, setupActionId } from './setup/ids.js';
import { setupMessage } from './setup/message.js';
import { onPanelUrlForm, showPanelUrlForm } from './setup/urlForm.js';

/**
 * /setup: the command only sends the admin a DM; everything else happens there, in
 * `commands/setup/` (the DM's message, its actions, the panel URL form, the panel probe).
 */
const definition = {
  name: 'setup',
  description: 'Set the bot up for this Discord server (sent to you in a DM)',
  contexts: [InteractionContextType.Guild],
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const setupCommand: Command = {
  definition,
  route: slashRoute({
    access: 'manageGuild',
    defer: 'reply',
    options: [],
    async run(interaction, ctx, { guild }) {
      const settings = await ctx.store.getGuildSettings(guild.id);
      try {
        await interaction.user.send(setupMessage(guild, settings));
      } catch (error) {
        if (error instanceof DiscordAPIError && error.code === 50007) {
          await answer(interaction, {
            content: t('setup.dmFailed'),
          });
          return;
        }
        throw error;
      }
      await answer(interaction, {
        content: t('setup.dmSent', { guild: escapeText(guild.name) }),
      });
    },
  }),
  components: [
    idRoute({
      codec: setupActionId,
      access: 'manageGuild',
      run: (interaction: ComponentInteraction, ctx, { action, rolePage, channelPage }, { guild }) =>
        action === 'url'
          ? showPanelUrlForm(interaction, ctx, guild)
          : onSetupAction(interaction, ctx, action, guild, { rolePage, channelPage }),
    }),
  ],
  modals: [
    idRoute({
      codec: panelUrlFormId,
      access: 'manageGuild',
      defer: true,
      run: (interaction: ModalSubmitInteraction, ctx, _data, { guild }) =>
        onPanelUrlForm(interaction, ctx, guild),
    }),
  ],
};
