import {
  ActionRowBuilder,
  type Guild,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { ComponentInteraction } from '#discord/command.js';
import type { BotContext } from '#discord/context.js';
import { t } from '#i18n/i18n.js';
import { checkPanelUrl } from '#panel/url.js';
import { InvalidInputError } from '#src/errors.js';
import { saveSettings } from './actions.js';
import { panelUrlFormId, URL_INPUT } from './ids.js';
import { setupMessage } from './message.js';
import { probePanel } from './probe.js';

/** The form behind "Set panel URL", filled in with the current URL. */
export async function showPanelUrlForm(interaction: ComponentInteraction, ctx: BotContext, guild: Guild) {
  const settings = await ctx.store.getGuildSettings(guild.id);
  const input = new TextInputBuilder()
    .setCustomId(URL_INPUT)
    .setLabel(t('setup.form.label'))
    .setStyle(TextInputStyle.Short)
    .setPlaceholder('https://panel.example.com')
    .setRequired(true)
    .setMaxLength(200);
  if (settings?.panelUrl) input.setValue(settings.panelUrl);
  await interaction.showModal(
    new ModalBuilder()
      .setCustomId(panelUrlFormId.build({ guildId: guild.id }))
      .setTitle(t('setup.form.title'))
      .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input)),
  );
}

/** Checks the URL (policy, then a probe) and saves it only once the panel has answered as a panel. */
export async function onPanelUrlForm(interaction: ModalSubmitInteraction, ctx: BotContext, guild: Guild) {
  let panelUrl: string;
  let ms: number;
  try {
    panelUrl = await checkPanelUrl(interaction.fields.getTextInputValue(URL_INPUT), {
      allowInsecure: ctx.config.ALLOW_INSECURE_PANEL_URL,
    });
    ms = await probePanel(ctx, panelUrl);
  } catch (error) {
    // Say plainly that nothing changed: the settings in the DM still show the previous URL.
    if (error instanceof InvalidInputError)
      throw new InvalidInputError(() => t('setup.form.notSaved', { reason: error.userMessage }));
    throw error;
  }
  // The store forgets the links of a guild whose panel changes: they hold keys for the old host.
  const { settings, panelChanged } = await saveSettings(ctx, guild, interaction.user.id, { panelUrl });
  const saved = panelChanged ? t('setup.form.savedUnlinked', { ms }) : t('setup.form.saved', { ms });
  await interaction.editReply(setupMessage(guild, settings, saved));
}
