import {
  type BaseMessageOptions,
  DiscordAPIError,
  type Interaction,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import { t } from '#i18n/i18n.js';
import { UserFacingError } from '#src/errors.js';
import type { LogFields, Logger } from '#src/log.js';
import { fitContent, fitEmbeds } from './fit.js';

export type ReplyPayload = Pick<BaseMessageOptions, 'content' | 'embeds' | 'components'>;

/**
 * Shows the member an answer whatever state the interaction is in: a first reply (ephemeral), or an
 * edit of the deferred/earlier reply. Components that already updated their message get a follow-up.
 * Text and embeds are fitted to Discord's limits first, so Discord never refuses the answer.
 */
export async function answer(interaction: RepliableInteraction, payload: ReplyPayload): Promise<void> {
  const body = {
    content: fitContent(payload.content ?? ''),
    embeds: fitEmbeds(payload.embeds ?? []),
    components: payload.components ?? [],
  };
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...body, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  if (interaction.isMessageComponent() || (interaction.isModalSubmit() && interaction.isFromMessage())) {
    // The acknowledgement was an update of the message the component sits on: keep it, add an answer.
    await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  await interaction.editReply({ ...body, allowedMentions: { parse: [] } });
}

/** Expected failures carry their own message; anything else is a bug: logged with context, shown generically. */
function messageFor(error: unknown): { message: string; expected: boolean } {
  if (error instanceof UserFacingError) return { message: error.userMessage, expected: true };
  return { message: t('errors.genericFailure'), expected: false };
}

/**
 * The one place an error becomes the words a member reads: a refusal says its own message (logged
 * at info as `refusedAs`, when given), a bug says the generic line and is logged at error as `failedAs`.
 */
export function explain(
  error: unknown,
  logger: Logger,
  failedAs: string,
  fields: LogFields = {},
  refusedAs?: string,
): string {
  const { message, expected } = messageFor(error);
  if (!expected) logger.error(failedAs, { ...fields, error });
  else if (refusedAs) logger.info(refusedAs, { ...fields, reason: (error as Error).name, message });
  return message;
}

/** Discord itself refused our answer: the interaction is gone (10062), already answered (40060), or similar. */
export function isInteractionGone(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError && (error.code === 10062 || error.code === 40060 || error.code === 10015)
  );
}

/** Answers an interaction whose handler threw: the member sees what `explain` says. Never throws. */
export async function replyWithError(
  interaction: Interaction,
  error: unknown,
  logger: Logger,
): Promise<void> {
  const context = describe(interaction);
  const message = explain(error, logger, 'interaction failed', context, 'interaction refused');
  if (!interaction.isRepliable()) return;
  try {
    await answer(interaction, { content: `⚠️ ${message}` });
  } catch (replyError) {
    logger.warn('could not deliver an error reply', { ...context, error: replyError });
  }
}

export function describe(interaction: Interaction): Record<string, unknown> {
  const base = { interactionId: interaction.id, userId: interaction.user.id, guildId: interaction.guildId };
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    return {
      ...base,
      command: interaction.commandName,
      subcommand: interaction.options.getSubcommand(false),
    };
  }
  if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
    return { ...base, customId: interaction.customId.split(':').slice(0, 2).join(':') };
  }
  return base;
}
