import type { MessageComponentInteraction, RepliableInteraction } from 'discord.js';
import type { BotContext } from './context.js';
import type { ReplyPayload } from './replies.js';
import { escapeText } from './text.js';

/**
 * Where news about long work (a backup being made, a restore) goes: edits of the member's reply
 * while its interaction token lives (15 minutes), then the member's DMs, so no outcome is lost.
 */
export interface ProgressReply {
  /** Whether the reply can still be edited. */
  alive(): boolean;
  /** A progress update: worth an edit, dropped once the reply cannot be edited. Never throws. */
  progress(payload: ReplyPayload): Promise<void>;
  /** The outcome: the reply while it can be edited, else a DM with `dmText`. Never throws. */
  outcome(payload: ReplyPayload, dmText: string): Promise<void>;
}

export function progressReply(
  interaction: RepliableInteraction | MessageComponentInteraction,
  ctx: Pick<BotContext, 'timings' | 'logger'>,
): ProgressReply {
  const alive = () => Date.now() - interaction.createdTimestamp < ctx.timings.interactionTokenLifetimeMs;
  const edit = (payload: ReplyPayload) =>
    interaction.editReply({
      content: payload.content ?? '',
      embeds: payload.embeds ?? [],
      components: payload.components ?? [],
    });
  // A DM has no guild around it: name the one the work was asked in (a member may use several).
  const guildName = interaction.guild?.name;
  const dm = (text: string) =>
    interaction.user
      .send({
        content: guildName ? `From **${escapeText(guildName)}**: ${text}` : text,
        allowedMentions: { parse: [] },
      })
      .then(() => {})
      .catch((error: unknown) =>
        ctx.logger.info('could not DM a member the outcome of long work', { error }),
      );
  return {
    alive,
    async progress(payload) {
      if (!alive()) return;
      await edit(payload).catch((error: unknown) =>
        ctx.logger.debug('could not edit a progress reply', { error }),
      );
    },
    async outcome(payload, dmText) {
      if (!alive()) return dm(dmText);
      try {
        await edit(payload);
      } catch (error) {
        ctx.logger.info('could not edit the reply with an outcome; sending it by DM', { error });
        await dm(dmText);
      }
    },
  };
}
