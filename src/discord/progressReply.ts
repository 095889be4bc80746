import {
  type APIEmbed,
  type Client,
  type JSONEncodable,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
  type RepliableInteraction,
  Routes,
} from 'discord.js';
import { z } from 'zod';
import { t } from '#i18n/i18n.js';
import type { BotContext } from './context.js';
import { fitContent, fitEmbeds } from './fit.js';
import { escapeText } from './text.js';

/**
 * Where news about long work (a backup being made, a restore) goes: edits of the member's reply
 * while its interaction token lives (15 minutes), then the member's DMs, so no outcome is lost. The
 * reply is known by its token alone, so a restarted bot can go on editing it.
 */
export const replyHandle = z.object({
  applicationId: z.string(),
  token: z.string(),
  /** When Discord created the interaction (ms): its token lives 15 minutes from then. */
  createdAt: z.number(),
  userId: z.string(),
  /** A DM has no guild around it: it names the one the work was asked in. */
  guildName: z.string().nullable(),
});
export type ReplyHandle = z.output<typeof replyHandle>;

export function replyHandleOf(interaction: RepliableInteraction): ReplyHandle {
  return {
    applicationId: interaction.applicationId,
    token: interaction.token,
    createdAt: interaction.createdTimestamp,
    userId: interaction.user.id,
    guildName: interaction.guild?.name ?? null,
  };
}

/** What an edit of the reply says: plain API JSON, so it can be stored and sent again after a restart. */
export interface ReplyBody {
  content?: string;
  embeds?: ReadonlyArray<APIEmbed | JSONEncodable<APIEmbed>>;
}

export function replyJson(body: ReplyBody): { content: string; embeds: APIEmbed[] } {
  return { content: fitContent(body.content ?? ''), embeds: fitEmbeds(body.embeds ?? []) };
}

export interface ProgressReply {
  /** Whether the reply can still be edited. */
  alive(): boolean;
  /** A progress update: worth an edit, dropped once the reply cannot be edited. Never throws. */
  progress(body: ReplyBody): Promise<void>;
  /** The outcome: the reply while it can be edited, else a DM with `dmText`. Never throws. */
  outcome(body: ReplyBody, dmText: string): Promise<void>;
}

export function progressReply(
  handle: ReplyHandle,
  ctx: Pick<BotContext, 'timings' | 'logger' | 'client'>,
): ProgressReply {
  const alive = () => Date.now() - handle.createdAt < ctx.timings.interactionTokenLifetimeMs;
  const edit = (body: ReplyBody) => editReplyByToken(ctx.client, handle, body);
  const dm = (text: string) =>
    ctx.client.users
      .send(handle.userId, {
        content: fitContent(
          handle.guildName ? t('common.dmFromGuild', { guild: escapeText(handle.guildName), text }) : text,
        ),
        allowedMentions: { parse: [] },
      })
      .then(() => {})
      .catch((error: unknown) =>
        ctx.logger.info('could not DM a member the outcome of long work', { error }),
      );
  return {
    alive,
    async progress(body) {
      if (!alive()) return;
      await edit(body).catch((error: unknown) =>
        ctx.logger.debug('could not edit a progress reply', { error }),
      );
    },
    async outcome(body, dmText) {
      if (!alive()) return dm(dmText);
      try {
        await edit(body);
      } catch (error) {
        ctx.logger.info('could not edit the reply with an outcome; sending it by DM', { error });
        await dm(dmText);
      }
    },
  };
}

/** Edits the interaction's first reply (`@original`), as `interaction.editReply` does, by token. */
async function editReplyByToken(client: Client, handle: ReplyHandle, body: ReplyBody): Promise<void> {
  const json: RESTPatchAPIWebhookWithTokenMessageJSONBody = {
    ...replyJson(body),
    components: [],
    allowed_mentions: { parse: [] },
  };
  await client.rest.patch(Routes.webhookMessage(handle.applicationId, handle.token, '@original'), {
    body: json,
    auth: false,
  });
}
