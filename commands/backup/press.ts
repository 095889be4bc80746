import { postAudit } from '#discord/audit.js';
import type { ComponentInteraction } from '#discord/command.js';
import { parseConfirmationCustomId } from '#discord/confirmations.js';
import type { BotContext } from '#discord/context.js';
import { requireDestructiveRole } from '#discord/permissions.js';
import { answer, messageFor } from '#discord/replies.js';
import { PanelError } from '#panel/errors.js';
import { InvalidInputError } from '#src/errors.js';
import type { ConfirmAction } from './confirmation.js';
import { runDelete } from './delete.js';
import { runRestore } from './restore.js';
import { backupLabel, serverLabel, session, who } from './shared.js';

/** A press on a confirmation button: only its owner, only once, only before it expires. */
export async function confirmPress(interaction: ComponentInteraction, ctx: BotContext) {
  const parsed = parseConfirmationCustomId(interaction.customId);
  if (!parsed) throw new InvalidInputError('This button is not valid.');
  const claim = ctx.confirmations.claim(parsed.nonce, {
    userId: interaction.user.id,
    guildId: interaction.guildId ?? '',
    channelId: interaction.channelId,
  });
  if (claim.status === 'not_owner') {
    await answer(interaction, { content: `⛔ Only ${who(claim.ownerId)} can answer this confirmation.` });
    return;
  }
  if (claim.status !== 'ok') {
    await answer(interaction, {
      content: '⌛ This confirmation has expired or was already answered. Nothing was done.',
    });
    return;
  }
  const action = claim.confirmation.action as ConfirmAction;
  if (parsed.answer === 'no') {
    await interaction.update({ content: '✖️ Cancelled. Nothing was done.', embeds: [], components: [] });
    return;
  }
  await interaction.update({ content: '⏳ Checking that this is still valid…', embeds: [], components: [] });
  // News about the action, never a condition of it: a member who dismissed the message (10008) must
  // not stop a restore half way (server stopped, nothing restored).
  const show = (content: string) =>
    interaction
      .editReply({ content, embeds: [], components: [] })
      .catch((error: unknown) => ctx.logger.info('could not edit a confirmed action’s reply', { error }));
  try {
    await runConfirmed(interaction, ctx, action, show);
  } catch (error) {
    // The buttons are gone already: the outcome replaces the confirmation text, whatever it is.
    const { message, expected } = messageFor(error);
    if (!expected) ctx.logger.error('confirmed action failed', { kind: action.kind, error });
    await show(`⚠️ ${message}`);
    // A refusal (panel or bot) comes before the action is carried out: the audit gets the outcome too.
    if (expected) await auditRefusal(interaction, ctx, action, error);
  }
}

async function auditRefusal(
  interaction: ComponentInteraction,
  ctx: BotContext,
  action: ConfirmAction,
  error: unknown,
) {
  const settings = interaction.guildId
    ? await ctx.store.getGuildSettings(interaction.guildId).catch(() => undefined)
    : undefined;
  if (!settings) return;
  const what = action.kind === 'delete' ? 'delete' : 'restore';
  // "Stop and restore" may fail after the stop signal (the server did not stop in time): say so.
  const stopped =
    action.kind === 'restore' && action.stopFirst ? ' The server may have been sent the stop signal.' : '';
  // A panel that did not answer may still have acted: then the outcome is unknown, not "nothing".
  const unknown = error instanceof PanelError && (error.kind === 'timeout' || error.kind === 'unreachable');
  const outcome = unknown
    ? 'but the panel did not answer: check the backup on the panel.'
    : `but it was refused: nothing was ${what === 'delete' ? 'deleted' : 'restored'}.`;
  await postAudit(
    ctx.client,
    settings,
    `⚠️ ${who(interaction.user.id)} confirmed to ${what} backup ${backupLabel(action.backup)} on ${serverLabel(action.server)}, ${outcome}${stopped}`,
    ctx.logger,
  );
}

async function runConfirmed(
  interaction: ComponentInteraction,
  ctx: BotContext,
  action: ConfirmAction,
  show: (content: string) => Promise<unknown>,
) {
  const s = await session(interaction, ctx);
  requireDestructiveRole(interaction, s.settings);
  if (action.kind === 'delete') await runDelete(ctx, s, action, show);
  else await runRestore(interaction, ctx, s, action, show);
}
