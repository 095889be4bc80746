import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { type ChannelLine, postAudit } from '#discord/audit.js';
import type { BotContext } from '#discord/context.js';
import {
  type ProgressReply,
  progressReply,
  type ReplyBody,
  type ReplyHandle,
  replyHandle,
  replyJson,
} from '#discord/progressReply.js';
import { explain } from '#discord/replies.js';
import { currentLocale, withLocale } from '#i18n/i18n.js';
import { FALLBACK_LOCALE, resolveLocale } from '#i18n/locales.js';
import { type MemberSession, memberSession } from '#members/memberSession.js';
import { holdsGuild } from '#src/shards/guilds.js';
import type { FollowRecord } from '#store/followRecords.js';
import { pollUntil } from './poll.js';

/**
 * The skeleton of long work (a backup being made, a restore, a server stopping): poll the panel at a
 * growing interval until the work ends or a deadline passes, and tell people how it went. A followed
 * piece of work is recorded in the store while it lasts, so a restarted bot resumes it and delivers
 * its outcome once. Its words are in the language of the member who asked (kept in the record, so a
 * resumed follow speaks it too); its audit line in the guild's.
 */

/** How often to ask: `follow` for work that takes minutes to hours, `quick` for a server stopping. */
export type Pace = 'follow' | 'quick';

/** Waits until `check` gives a value (returned), or `deadlineMs` passes (undefined). Panel faults retry a little. */
export function waitForEnd<T>(
  ctx: Pick<BotContext, 'timings'>,
  signal: AbortSignal,
  options: {
    pace: Pace;
    deadlineMs: number;
    check: () => Promise<T | undefined>;
    onWaiting?: (elapsedMs: number) => Promise<void>;
  },
): Promise<T | undefined> {
  const { pollInitialMs, pollMaxMs } = ctx.timings;
  return pollUntil({
    signal,
    initialMs: options.pace === 'follow' ? pollInitialMs : Math.min(pollInitialMs, 2_000),
    maxMs: options.pace === 'follow' ? pollMaxMs : Math.min(pollMaxMs, 5_000),
    deadlineMs: options.deadlineMs,
    check: options.check,
    ...(options.onWaiting ? { onWaiting: options.onWaiting } : {}),
  });
}

/** What people are told when the work ends: the member (reply or DM) and, when given, the audit channel. */
export interface Outcome {
  readonly reply: ReplyBody;
  /** The same news standing alone, for a DM once the reply can no longer be edited. */
  readonly dm: string;
  /**
   * The audit channel's line: pass a function (`() => t('…', {…})`), worded in the guild's language
   * when the outcome is kept; a string is posted as it is.
   */
  readonly audit?: ChannelLine;
  /** Runs once the outcome is out (not kept across a restart: record anything it starts first). */
  readonly after?: () => void;
}

/** What a finished piece of work may go on with: the member's session and the bot. */
export interface Continuation {
  readonly s: MemberSession;
  readonly ctx: BotContext;
  readonly reply: ReplyHandle;
}

/**
 * One kind of long work. Its payload (ids and names, never a key) is all its words need, so a
 * restarted bot can go on from the stored record alone.
 */
export interface LongWork<Payload, T> {
  /** Unique among the kinds; names the work in log lines ("following a backup failed"). */
  readonly kind: string;
  readonly payload: z.ZodType<Payload>;
  /** How often to ask (default `follow`). */
  readonly pace?: Pace;
  /** The work's end as the panel reports it, or undefined while it goes on. */
  check(s: MemberSession, payload: Payload): Promise<T | undefined>;
  /** The reply while waiting. */
  progress(payload: Payload, elapsedMs: number): ReplyBody;
  /** The outcome once `check` gave a value; it may go on with more work (a restore after a stop). */
  finished(payload: Payload, value: T, next: Continuation): Outcome | Promise<Outcome>;
  /** Still going after `followedMs` (the follow deadline): following stops and says so. */
  deadline(payload: Payload, followedMs: number): Outcome;
  /** Following failed (the work itself may have gone on): `message` says why, in the member's words. */
  failed(payload: Payload, message: string): Outcome;
}

/** Any kind, for lists of them (methods compare bivariantly, so each concrete one fits). */
export type AnyLongWork = LongWork<unknown, unknown>;

/** Long work recorded in the store and ready to be followed. */
export interface RecordedFollow {
  /** Starts following in the background (shutdown cancels it; a restart resumes it). Never throws. */
  start(): void;
  /** The work was followed to its end in the foreground: the record goes. Never throws. */
  discard(): Promise<void>;
}

/**
 * Records the work the moment the panel has accepted it, before anything else is said, so that a
 * crash from then on loses nothing: a restart finds the record and follows it. Never throws (the
 * work then is followed without a record).
 */
export async function recordFollow<Payload, T>(
  ctx: BotContext,
  work: LongWork<Payload, T>,
  s: MemberSession,
  reply: ReplyHandle,
  payload: Payload,
  deadlineMs = ctx.timings.followDeadlineMs,
): Promise<RecordedFollow> {
  const startedAt = Date.now();
  const record: FollowRecord = {
    v: 1,
    id: randomBytes(12).toString('base64url'),
    kind: work.kind,
    guildId: s.guildId,
    userId: s.userId,
    reply,
    payload,
    startedAt,
    deadlineAt: startedAt + deadlineMs,
    delivery: null,
    // The asker's language (the interaction's): a restarted bot resumes the follow speaking it.
    locale: currentLocale(),
  };
  try {
    await ctx.store.follows.put(record);
  } catch (error) {
    // The work has started on the panel: follow it now even if a restart would not resume it.
    ctx.logger.error('could not record long work; following it without a record', { kind: work.kind, error });
  }
  return {
    start: () => follow(ctx, work as AnyLongWork, record, s),
    discard: () =>
      ctx.store.follows
        .delete(record.id)
        .catch((error: unknown) => ctx.logger.warn('could not drop a finished follow record', { error })),
  };
}

/**
 * At start-up: every recorded follow goes on where it stopped, in the process whose shard holds its
 * guild (the others on the store leave it alone). Returns how many were resumed.
 */
export async function resumeFollows(ctx: BotContext, works: readonly AnyLongWork[]): Promise<number> {
  const byKind = new Map(works.map((work) => [work.kind, work]));
  const records = (await ctx.store.follows.all()).filter((record) => holdsGuild(ctx.client, record.guildId));
  for (const record of records) {
    const work = byKind.get(record.kind);
    if (!work) {
      ctx.logger.warn('a recorded follow is of an unknown kind; dropping it', { kind: record.kind });
      await ctx.store.follows.delete(record.id);
      continue;
    }
    follow(ctx, work, record, undefined);
  }
  if (records.length > 0) ctx.logger.info('resumed following long work', { count: records.length });
  return records.length;
}

function follow(
  ctx: BotContext,
  work: AnyLongWork,
  record: FollowRecord,
  session: MemberSession | undefined,
) {
  // Started by an interaction, the follow already speaks its member's language; resumed after a
  // restart, outside any interaction, it speaks the one its record kept (English for older records).
  const task = (signal: AbortSignal) => withLocale(record.locale ?? FALLBACK_LOCALE, () => followed(signal));
  const followed = async (signal: AbortSignal) => {
    const handle = replyHandle.safeParse(record.reply);
    const payload = work.payload.safeParse(record.payload);
    if (!handle.success || !payload.success) {
      ctx.logger.warn('a recorded follow is unreadable; dropping it', { kind: record.kind });
      await ctx.store.follows.delete(record.id);
      return;
    }
    const reply = progressReply(handle.data, ctx);
    if (record.delivery) {
      await deliver(ctx, reply, record, record.delivery.outcome as StoredOutcome);
      return;
    }
    let outcome: Outcome | undefined;
    try {
      const s = session ?? (await memberSession(ctx, record.guildId, record.userId));
      const value = await waitForEnd(ctx, signal, {
        pace: work.pace ?? 'follow',
        deadlineMs: Math.max(0, record.deadlineAt - Date.now()),
        check: () => work.check(s, payload.data),
        onWaiting: () => reply.progress(work.progress(payload.data, Date.now() - record.startedAt)),
      });
      if (value !== undefined)
        outcome = await work.finished(payload.data, value, { s, ctx, reply: handle.data });
    } catch (error) {
      if (signal.aborted) return;
      const message = explain(
        error,
        ctx.logger,
        `following a ${work.kind} failed`,
        {},
        `stopped following a ${work.kind}`,
      );
      await deliver(ctx, reply, record, stored(ctx, record, work.failed(payload.data, message)));
      return;
    }
    if (outcome) {
      await deliver(ctx, reply, record, stored(ctx, record, outcome));
      outcome.after?.();
    } else if (!signal.aborted) {
      await deliver(
        ctx,
        reply,
        record,
        stored(ctx, record, work.deadline(payload.data, record.deadlineAt - record.startedAt)),
      );
    }
  };
  ctx.background.run(`follow ${work.kind}`, counted(ctx, work.kind, task));
}

/** The follow as the metrics see it: started now, finished when the task settles, however it ends. */
function counted(ctx: BotContext, kind: string, task: (signal: AbortSignal) => Promise<void>) {
  ctx.metrics.followStarted(kind);
  return (signal: AbortSignal) => task(signal).finally(() => ctx.metrics.followFinished(kind));
}

/** An outcome as the record keeps it: plain JSON, already worded, sent again as it is after a restart. */
interface StoredOutcome {
  reply: ReturnType<typeof replyJson>;
  dm: string;
  audit: string | null;
}

function stored(ctx: BotContext, record: FollowRecord, outcome: Outcome): StoredOutcome {
  const { audit } = outcome;
  return {
    reply: replyJson(outcome.reply),
    dm: outcome.dm,
    audit:
      audit === undefined
        ? null
        : typeof audit === 'string'
          ? audit
          : withLocale(guildLocale(ctx, record), audit),
  };
}

/** The language of the guild the work was asked in (its audit channel's), as Discord prefers it. */
function guildLocale(ctx: BotContext, record: FollowRecord) {
  return resolveLocale(ctx.client.guilds.cache.get(record.guildId)?.preferredLocale);
}

/**
 * Sends the outcome part by part, noting each part in the record before the next, then deletes the
 * record: a restart in between sends only what had not gone out.
 */
async function deliver(ctx: BotContext, reply: ProgressReply, record: FollowRecord, outcome: StoredOutcome) {
  const delivered = new Set(record.delivery?.delivered ?? []);
  // The store is where a restart learns what went out; a store that fails must not keep the news back.
  const remember = (what: string, write: () => Promise<void>) =>
    write().catch((error: unknown) =>
      ctx.logger.warn(`could not ${what} of followed work`, { kind: record.kind, error }),
    );
  const note = () =>
    remember('note the delivery', () =>
      ctx.store.follows.put({ ...record, delivery: { outcome, delivered: [...delivered] } }),
    );
  if (!record.delivery) await note();
  if (!delivered.has('member')) {
    await reply.outcome(outcome.reply, outcome.dm);
    delivered.add('member');
    await note();
  }
  if (!delivered.has('audit') && outcome.audit) {
    const settings = await ctx.store.getGuildSettings(record.guildId).catch(() => undefined);
    if (settings) await postAudit(ctx.client, settings, outcome.audit, ctx.logger);
  }
  await remember('drop the record', () => ctx.store.follows.delete(record.id));
}
