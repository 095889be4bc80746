import type { Guild } from 'discord.js';
import type { ComponentInteraction } from '#discord/command.js';
import type { BotContext } from '#discord/context.js';
import { explain } from '#discord/replies.js';
import { t } from '#i18n/i18n.js';
import { InvalidInputError } from '#src/errors.js';
import type { GuildSettings } from '#store/index.js';
import { NO_AUDIT, type SetupView } from './ids.js';
import { defaultSettings, pickableRoles, setupMessage } from './message.js';
import { probePanel } from './probe.js';

/**
 * Writes a change to the guild's settings, signed by the admin who made it: only the fields changed,
 * atomically in the store, so two admins saving at once both land.
 */
export function saveSettings(
  ctx: BotContext,
  guild: Guild,
  userId: string,
  change: Partial<GuildSettings>,
): Promise<{ settings: GuildSettings; panelChanged: boolean }> {
  return ctx.store.patchGuildSettings(
    guild.id,
    { ...change, setupBy: userId, updatedAt: new Date().toISOString() },
    defaultSettings(userId),
  );
}

/** The channel a channel select chose (null for "none"), checked to still exist. */
function chosenChannel(interaction: ComponentInteraction, guild: Guild): string | null {
  const value = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
  const channelId = !value || value === NO_AUDIT ? null : value;
  if (channelId && !guild.channels.cache.has(channelId))
    throw new InvalidInputError(() => t('setup.status.channelGone'));
  return channelId;
}

/**
 * The roles the member chose on one page of the roles select, with those chosen on other pages kept:
 * the page is the one the member saw (the options of the select they answered).
 */
function chosenRoles(interaction: ComponentInteraction, guild: Guild, current: readonly string[]): string[] {
  if (!interaction.isStringSelectMenu()) return [...current];
  const shown = new Set(interaction.component.options.map((option) => option.value));
  const values = interaction.values;
  const pickable = new Set(pickableRoles(guild).map((role) => role.id));
  if (values.some((id) => !shown.has(id) || !pickable.has(id)))
    throw new InvalidInputError(() => t('setup.status.rolesGone'));
  return [...current.filter((id) => !shown.has(id)), ...values];
}

/**
 * The DM's test button, selects and page buttons: each changes (or checks) one thing, or shows
 * another page, then shows the DM again at the pages it was on.
 */
export async function onSetupAction(
  interaction: ComponentInteraction,
  ctx: BotContext,
  action: 'test' | 'roles' | 'audit' | 'notify' | 'rolepage' | 'chanpage',
  guild: Guild,
  view: SetupView,
): Promise<void> {
  await interaction.deferUpdate();
  let settings = await ctx.store.getGuildSettings(guild.id);
  let status: string | undefined;
  if (action === 'rolepage' || action === 'chanpage') {
    status = undefined;
  } else if (action === 'test') {
    if (!settings?.panelUrl) throw new InvalidInputError(() => t('setup.status.urlFirst'));
    try {
      status = t('setup.status.testPassed', { ms: await probePanel(ctx, settings.panelUrl) });
    } catch (error) {
      // The outcome of a test is the test's status line, a failure included.
      status = t('setup.status.testFailed', { reason: explain(error, ctx.logger, 'panel test failed') });
    }
  } else if (action === 'roles') {
    const values = chosenRoles(interaction, guild, settings?.managerRoleIds ?? []);
    ({ settings } = await saveSettings(ctx, guild, interaction.user.id, { managerRoleIds: values }));
    status = values.length > 0 ? t('setup.status.rolesSet') : t('setup.status.rolesAnyone');
  } else {
    const channelId = chosenChannel(interaction, guild);
    if (action === 'audit') {
      ({ settings } = await saveSettings(ctx, guild, interaction.user.id, { auditChannelId: channelId }));
      status = channelId ? t('setup.status.auditSet') : t('setup.status.auditNone');
    } else {
      ({ settings } = await saveSettings(ctx, guild, interaction.user.id, {
        notificationsChannelId: channelId,
      }));
      status = channelId ? t('setup.status.notificationsSet') : t('setup.status.notificationsNone');
    }
  }
  await interaction.editReply(setupMessage(guild, settings, status, view));
}
