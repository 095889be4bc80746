import { postAudit } from '#discord/audit.js';
import type { BotContext } from '#discord/context.js';
import type { ProgressReply } from '#discord/progressReply.js';
import { explain, type ReplyPayload } from '#discord/replies.js';
import type { GuildSettings } from '#store/index.js';
import { pollUntil } from './poll.js';

/**
 * The skeleton of long work (a backup being made, a restore, a server stopping): poll the panel at a
 * growing interval until the work ends or a deadline passes, and tell people how it went.
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
  readonly reply: ReplyPayload;
  /** The same news standing alone, for a DM once the reply can no longer be edited. */
  readonly dm: string;
  readonly audit?: string;
}

export interface FollowedWork<T> {
  /** Names the work in log lines: "following a backup failed". */
  readonly subject: string;
  readonly reply: ProgressReply;
  /** The guild's settings, for its audit channel. */
  readonly settings: Pick<GuildSettings, 'auditChannelId'>;
  /** The work's end as the panel reports it, or undefined while it goes on. */
  check(): Promise<T | undefined>;
  /** The reply while waiting. */
  progress(elapsedMs: number): ReplyPayload;
  finished(value: T): Outcome;
  /** Still going after `ctx.timings.followDeadlineMs`: following stops and says so. */
  deadline(): Outcome;
  /** Following failed (the work itself may have gone on): `message` says why, in the member's words. */
  failed(message: string): Outcome;
}

/** Follows long work in the background (shutdown cancels it) and delivers its outcome. Never throws. */
export function followToEnd<T>(ctx: BotContext, work: FollowedWork<T>): void {
  const deliver = async (outcome: Outcome) => {
    await work.reply.outcome(outcome.reply, outcome.dm);
    if (outcome.audit) await postAudit(ctx.client, work.settings, outcome.audit, ctx.logger);
  };
  ctx.background.run(`follow ${work.subject}`, async (signal) => {
    let value: T | undefined;
    try {
      value = await waitForEnd(ctx, signal, {
        pace: 'follow',
        deadlineMs: ctx.timings.followDeadlineMs,
        check: () => work.check(),
        onWaiting: (elapsed) => work.reply.progress(work.progress(elapsed)),
      });
    } catch (error) {
      if (signal.aborted) return;
      const message = explain(
        error,
        ctx.logger,
        `following a ${work.subject} failed`,
        {},
        `stopped following a ${work.subject}`,
      );
      await deliver(work.failed(message));
      return;
    }
    if (value !== undefined) await deliver(work.finished(value));
    else if (!signal.aborted) await deliver(work.deadline());
  });
}
