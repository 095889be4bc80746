import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type ChatInputCommandInteraction,
  userMention,
} from 'discord.js';
import { z } from 'zod';
import { t, withLocale } from '#i18n/i18n.js';
import type { MemberSession } from '#members/memberSession.js';
import { PanelError } from '#panel/errors.js';
import { UserFacingError } from '#src/errors.js';
import { grant, requireDestructiveRole } from './access.js';
import { postAudit } from './audit.js';
import { type ComponentInteraction, type IdRoute, idRoute } from './command.js';
import type { BotContext } from './context.js';
import { customIdCodec } from './customId.js';
import { fitContent } from './fit.js';
import { replyHandleOf } from './progressReply.js';
import { answer, explain } from './replies.js';
import { discordTime } from './text.js';

/**
 * A destructive action asked with buttons: only the member who asked can answer, once, before it
 * expires. What it confirms is held in the store (`ctx.confirmations`), never read back from the message.
 * Adding one means writing one `ConfirmableAction` and listing it in its command's `confirmables`.
 */
export interface ConfirmableAction<Input, Payload, Checked> {
  /** Unique among all commands' actions: names the pending confirmation's action. */
  readonly kind: string;
  /** Checked when asking and again when the member confirms (a role removed meanwhile refuses). */
  readonly access: 'linked' | 'destructive';
  /** What a pending confirmation holds: ids and names, never a key. */
  readonly payload: z.ZodType<Payload>;
  /** Checks what can be checked now and words the question; throws a UserFacingError to refuse. */
  ask(
    s: MemberSession,
    input: Input,
    ctx: BotContext,
  ): Promise<{ payload: Payload; question: string; confirmLabel: string }>;
  /** Once confirmed: checks again that the question still holds; returns what `run` acts on. */
  recheck(s: MemberSession, payload: Payload, ctx: BotContext): Promise<Checked>;
  /** Carries the action out. `press.show` replaces the confirmation with news. */
  run(
    s: MemberSession,
    payload: Payload,
    checked: Checked,
    ctx: BotContext,
    press: ConfirmedPress,
  ): Promise<void>;
  /** How the audit channel words a refusal that came after the member confirmed. */
  refusal(payload: Payload): Refusal;
}

/** Any action, for lists of them (methods are compared bivariantly, so each concrete one fits). */
export type AnyConfirmableAction = ConfirmableAction<never, unknown, unknown>;

export interface ConfirmedPress {
  readonly interaction: ComponentInteraction;
  /** Never throws: news about the action, never a condition of it. */
  show(content: string): Promise<void>;
}

export interface Refusal {
  /** "delete backup **x** from **server**": what the member confirmed, after "confirmed to". */
  readonly what: string;
  /** "nothing was deleted": said when the refusal certainly came before anything was done. */
  readonly nothingDone: string;
  /** Said when the panel did not answer, so the outcome is unknown. */
  readonly checkHint: string;
  /** Added to either, e.g. that a stop signal may have been sent. */
  readonly note?: string;
}

export const confirmationId = customIdCodec('confirm', {
  nonce: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  answer: z.enum(['yes', 'no']),
});

interface PendingAction {
  readonly kind: string;
  readonly payload: unknown;
}

/**
 * Asks the member to confirm `action`: checks first, then the question with its two buttons. Asked
 * in the reply of a slash command, or again in the message of a confirmation just pressed (an action
 * whose question no longer held asks the new one there, with a fresh nonce).
 */
export async function askToConfirm<Input, Payload, Checked>(
  interaction: ChatInputCommandInteraction | ComponentInteraction,
  ctx: BotContext,
  action: ConfirmableAction<Input, Payload, Checked>,
  s: MemberSession,
  input: Input,
): Promise<void> {
  // A subcommand of lesser access (create) may ask a destructive action (rotation): held here too.
  if (action.access === 'destructive') requireDestructiveRole(interaction, s.settings);
  const { payload, question, confirmLabel } = await action.ask(s, input, ctx);
  const seconds = Math.round(ctx.timings.confirmationTtlMs / 1000);
  // Held in the store: any process on it (another shard, this one restarted) answers its press, once.
  // The reply that asks is kept by its token, so whichever process sees it expire can mark it.
  const pending = await ctx.confirmations.create(
    { userId: interaction.user.id, guildId: s.guildId, channelId: interaction.channelId },
    { kind: action.kind, payload } satisfies PendingAction,
    replyHandleOf(interaction),
  );
  const asked = {
    content: `${question}\n\n${t('common.confirmation.confirmWithin', {
      count: seconds,
      deadline: discordTime(new Date(pending.expiresAt), 'R'),
    })}`,
    components: [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(confirmationId.build({ nonce: pending.nonce, answer: 'yes' }))
          .setLabel(confirmLabel)
          .setStyle(ButtonStyle.Danger),
        new ButtonBuilder()
          .setCustomId(confirmationId.build({ nonce: pending.nonce, answer: 'no' }))
          .setLabel(t('common.confirmation.cancel'))
          .setStyle(ButtonStyle.Secondary),
      ),
    ],
  };
  // A press was acknowledged by updating its message: the question replaces what it shows.
  if (interaction.isMessageComponent())
    await interaction.editReply({ ...asked, embeds: [], allowedMentions: { parse: [] } });
  else await answer(interaction, asked);
}

/** The route of every confirmation button: only its owner, only once, only before it expires. */
export function confirmationPress(actions: readonly AnyConfirmableAction[]): IdRoute<ComponentInteraction> {
  const byKind = new Map<string, AnyConfirmableAction>();
  for (const action of actions) {
    if (byKind.has(action.kind)) throw new Error(`two confirmable actions are named "${action.kind}"`);
    byKind.set(action.kind, action);
  }
  return idRoute({
    codec: confirmationId,
    async run(interaction: ComponentInteraction, ctx: BotContext, { nonce, answer: reply }) {
      const claim = interaction.inGuild()
        ? await ctx.confirmations.claim(nonce, {
            userId: interaction.user.id,
            guildId: interaction.guildId,
            channelId: interaction.channelId,
          })
        : { status: 'missing' as const };
      if (claim.status === 'not_owner') {
        await answer(interaction, {
          content: t('common.confirmation.notYours', { owner: userMention(claim.ownerId) }),
        });
        return;
      }
      const confirmation = claim.status === 'ok' ? claim.confirmation : undefined;
      const pending = confirmation?.action as PendingAction | undefined;
      const action = pending && byKind.get(pending.kind);
      const payload = action?.payload.safeParse(pending?.payload);
      if (!confirmation || !action || !payload?.success) {
        await answer(interaction, { content: t('common.confirmation.gone') });
        return;
      }
      // Answered in the language it was asked in, also by a process started since.
      await withLocale(confirmation.locale, async () => {
        if (reply === 'no') {
          await interaction.update({
            content: t('common.confirmation.cancelled'),
            embeds: [],
            components: [],
          });
          return;
        }
        await runConfirmed(interaction, ctx, action, payload.data);
      });
    },
  });
}

async function runConfirmed(
  interaction: ComponentInteraction,
  ctx: BotContext,
  action: AnyConfirmableAction,
  payload: unknown,
): Promise<void> {
  await interaction.update({ content: t('common.confirmation.checking'), embeds: [], components: [] });
  // News about the action, never a condition of it: a member who dismissed the message (10008) must
  // not stop a restore half way (server stopped, nothing restored).
  const show = (content: string) =>
    interaction
      .editReply({ content: fitContent(content), embeds: [], components: [] })
      .then(() => {})
      .catch((error: unknown) => ctx.logger.info('could not edit a confirmed action’s reply', { error }));
  try {
    const s = await grant(interaction, ctx, action.access, 'button');
    const checked = await action.recheck(s, payload, ctx);
    await action.run(s, payload, checked, ctx, { interaction, show });
  } catch (error) {
    if (ctx.background.isCancellation(error)) {
      // Shutdown cut a recorded wait short (the stop before a restore): the next start goes on with it.
      await show(t('common.confirmation.resumesAfterRestart'));
      return;
    }
    // The buttons are gone already: the outcome replaces the confirmation text, whatever it is.
    await show(`⚠️ ${explain(error, ctx.logger, 'confirmed action failed', { kind: action.kind })}`);
    // A refusal (panel or bot) comes before the action is carried out: the audit gets the outcome too.
    if (error instanceof UserFacingError) await auditRefusal(interaction, ctx, action, payload, error);
  }
}

async function auditRefusal(
  interaction: ComponentInteraction,
  ctx: BotContext,
  action: AnyConfirmableAction,
  payload: unknown,
  error: unknown,
) {
  const settings = interaction.guildId
    ? await ctx.store.getGuildSettings(interaction.guildId).catch(() => undefined)
    : undefined;
  if (!settings) return;
  // Worded by postAudit in the guild's language, not in the member's.
  const line = () => refusalLine(interaction.user.id, action.refusal(payload), error);
  await postAudit(ctx.client, settings, line, ctx.logger);
}

/** The audit line of a confirmed action that did not happen (or whose outcome the panel left unknown). */
export function refusalLine(userId: string, refusal: Refusal, error: unknown): string {
  // A panel that did not answer may still have acted: then the outcome is unknown, not "nothing".
  const unknown = error instanceof PanelError && (error.kind === 'timeout' || error.kind === 'unreachable');
  const said = { member: userMention(userId), what: refusal.what, note: refusal.note ?? '' };
  return unknown
    ? t('common.confirmation.audit.noAnswer', { ...said, hint: refusal.checkHint })
    : t('common.confirmation.audit.refused', { ...said, nothingDone: refusal.nothingDone });
}
