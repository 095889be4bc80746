import {
  type BaseMessageOptions,
  DiscordAPIError,
  type Interaction,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import { UserFacingError } from '#src/errors.js';
import type { Logger } from '#src/log.js';

export type ReplyPayload = Pick<BaseMessageOptions, 'content' | 'embeds' | 'components'>;

const GENERIC_FAILURE = 'Something went wrong on my side. It has been logged; please try again in a moment.';

/**
 * Shows the member an answer whatever state the interaction is in: a first reply (ephemeral), or an
 * edit of the deferred/earlier reply. Components that already updated their message get a follow-up.
 */
export async function answer(interaction: RepliableInteraction, payload: ReplyPayload): Promise<void> {
  const body = {
    content: payload.content ?? '',
    embeds: payload.embeds ?? [],
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
export function messageFor(error: unknown): { message: string; expected: boolean } {
  if (error instanceof UserFacingError) return { message: error.userMessage, expected: true };
  return { message: GENERIC_FAILURE, expected: false };
}

/** Discord itself refused our answer: the interaction is gone (10062), already answered (40060), or similar. */
export function isInteractionGone(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError && (error.code === 10062 || error.code === 40060 || error.code === 10015)
  );
}

/** The single place where an error becomes what the member sees. Never throws. */
export async function replyWithError(
  interaction: Interaction,
  error: unknown,
  logger: Logger,
): Promise<void> {
  const { message, expected } = messageFor(error);
  const context = describe(interaction);
  if (expected) logger.info('interaction refused', { ...context, reason: (error as Error).name, message });
  else logger.error('interaction failed', { ...context, error });
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
