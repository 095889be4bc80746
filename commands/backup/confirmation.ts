import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type ChatInputCommandInteraction } from 'discord.js';
import { discordTime } from '#backups/format.js';
import { confirmationCustomId } from '#discord/confirmations.js';
import type { BotContext } from '#discord/context.js';
import { answer } from '#discord/replies.js';
import { type Backup, backupState, type PanelPermission } from '#panel/schemas.js';
import { InvalidInputError } from '#src/errors.js';
import type { LinkedServer } from '#store/index.js';
import { backupLabel } from './shared.js';

/** What restore and delete share: the question with its buttons, and the checks made before and after it. */

export type ConfirmAction =
  | {
      kind: 'restore';
      server: LinkedServer;
      backup: { uuid: string; name: string };
      truncate: boolean;
      stopFirst: boolean;
    }
  | { kind: 'delete'; server: LinkedServer; backup: { uuid: string; name: string } };

export const RUNNING_STATES = new Set(['running', 'starting', 'stopping']);

function confirmButtons(nonce: string, confirmLabel: string) {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(confirmationCustomId(nonce, 'yes'))
      .setLabel(confirmLabel)
      .setStyle(ButtonStyle.Danger),
    new ButtonBuilder()
      .setCustomId(confirmationCustomId(nonce, 'no'))
      .setLabel('Cancel')
      .setStyle(ButtonStyle.Secondary),
  );
}

export async function askConfirmation(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  action: ConfirmAction,
  text: string,
  confirmLabel: string,
) {
  const seconds = Math.round(ctx.timings.confirmationTtlMs / 1000);
  const pending = ctx.confirmations.create(
    { userId: interaction.user.id, guildId: interaction.guildId ?? '', channelId: interaction.channelId },
    action,
    () => {
      interaction
        .editReply({
          content: `⌛ This confirmation expired after ${seconds} seconds. Nothing was done.`,
          embeds: [],
          components: [],
        })
        .catch((error: unknown) => ctx.logger.info('could not mark a confirmation as expired', { error }));
    },
  );
  const expires = new Date(pending.expiresAt);
  await answer(interaction, {
    content: `${text}\n\nConfirm within ${seconds} seconds (${discordTime(expires, 'R')}).`,
    components: [confirmButtons(pending.nonce, confirmLabel)],
  });
}

/**
 * Refuses early when the server view says the key lacks a permission (owners and admins hold `*`).
 * The panel still has the final word when the action runs.
 */
export function requirePanelPermission(
  granted: string[] | null,
  needed: PanelPermission,
  server: LinkedServer,
) {
  if (granted === null || granted.includes('*') || granted.includes(needed)) return;
  throw new InvalidInputError(
    `Your panel account lacks the \`${needed}\` permission on server \`${server.identifier}\`. Ask the server owner to grant it.`,
  );
}

export function assertRestorable(backup: Backup) {
  if (backupState(backup) === 'in_progress') {
    throw new InvalidInputError(
      `Backup ${backupLabel(backup)} is still in progress: it can be restored once it has completed.`,
    );
  }
}

export function assertDeletable(backup: Backup) {
  if (backup.is_locked && backupState(backup) === 'completed') {
    throw new InvalidInputError(
      `Backup ${backupLabel(backup)} is locked, so it cannot be deleted. Unlock it first with \`/backup lock\`, then delete it.`,
    );
  }
}
