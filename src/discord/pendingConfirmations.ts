import { randomBytes } from 'node:crypto';
import { currentLocale, t, withLocale } from '#i18n/i18n.js';
import { FALLBACK_LOCALE, type Locale } from '#i18n/locales.js';
import { NotAllowedError } from '#src/errors.js';
import type { Logger } from '#src/log.js';
import type { ConfirmationRecord, ConfirmationRecords } from '#store/confirmationRecords.js';
import { RECORD_VERSION } from '#store/records.js';
import type { BotContext } from './context.js';
import { progressReply, replyHandle } from './progressReply.js';

/** Who asked, and where: a press must come from the same member in the same guild and channel. */
export interface ConfirmationBinding {
  readonly userId: string;
  readonly guildId: string;
  readonly channelId: string;
}

export interface PendingConfirmation<Action> extends ConfirmationBinding {
  readonly nonce: string;
  readonly action: Action;
  readonly expiresAt: number;
  /** The reply that asked (a `ReplyHandle`), edited to say so when the confirmation expires. */
  readonly reply: unknown;
  /** The language it was asked in: its answer and its expiry notice speak it. */
  readonly locale: Locale;
}

export type ClaimResult<Action> =
  | { readonly status: 'ok'; readonly confirmation: PendingConfirmation<Action> }
  | { readonly status: 'missing' }
  | { readonly status: 'not_owner'; readonly ownerId: string }
  | { readonly status: 'wrong_place' };

export interface PendingConfirmationsOptions {
  /** How long a confirmation waits for its press. */
  ttlMs: number;
  /** Where they are kept: the store, shared by every process on it (`store.confirmations`). */
  records: ConfirmationRecords;
  /**
   * How long past its expiry the store keeps a record, so a process restarted meanwhile can still
   * mark its message as expired (the reply's token lives 15 minutes).
   */
  keepMs: number;
  /**
   * Marks the message of a confirmation nobody answered in time. Runs once, in one process, in the
   * confirmation's language; must not throw.
   */
  onExpire: (confirmation: PendingConfirmation<unknown>) => Promise<void> | void;
  logger: Logger;
  /** Per process: how many a member may hold waiting, and how many in all. */
  limits?: { perMember: number; total: number };
}

/**
 * Pending restore/delete confirmations. What a button confirms is never read back out of the
 * message: it is held in the store (with its owner, place and expiry), so any process on the store
 * can answer a press, and a restarted one honours what was pending. A press claims it with one atomic
 * backend operation (`take`), and so does the expiry: of two presses at once, on one shard or two,
 * exactly one gets it. This process keeps only the timers that mark its own ones as expired.
 */
export class PendingConfirmations<Action = unknown> {
  readonly #options: PendingConfirmationsOptions;
  readonly #limits: { perMember: number; total: number };
  /** This process's expiry timers, by nonce. */
  readonly #timers = new Map<string, { userId: string; timer: NodeJS.Timeout }>();
  #stopped = false;

  constructor(options: PendingConfirmationsOptions) {
    this.#options = options;
    this.#limits = options.limits ?? { perMember: 5, total: 10_000 };
  }

  /**
   * Holds a new confirmation in the store and returns it (its nonce goes into the buttons). `reply`
   * is the reply that asks, marked as expired if nobody answers in time.
   */
  async create(
    binding: ConfirmationBinding,
    action: Action,
    reply: unknown,
  ): Promise<PendingConfirmation<Action>> {
    const { ttlMs, keepMs, records } = this.#options;
    const mine = [...this.#timers.values()].filter((p) => p.userId === binding.userId).length;
    if (mine >= this.#limits.perMember) {
      const seconds = Math.round(ttlMs / 1000);
      throw new NotAllowedError(() => t('common.confirmation.tooManyOfYours', { count: mine, seconds }));
    }
    if (this.#timers.size >= this.#limits.total) {
      throw new NotAllowedError(() => t('common.confirmation.tooMany'));
    }
    const record: ConfirmationRecord = {
      v: RECORD_VERSION,
      nonce: randomBytes(16).toString('base64url'),
      userId: binding.userId,
      guildId: binding.guildId,
      channelId: binding.channelId,
      action,
      expiresAt: Date.now() + ttlMs,
      reply,
      locale: currentLocale(),
    };
    await records.put(record, ttlMs + keepMs);
    this.#arm(record);
    return confirmationOf<Action>(record);
  }

  /**
   * Takes the confirmation for a press. Only the owner, in the same guild and channel, takes it, and
   * only once across every process on the store; a press by anyone else leaves it pending.
   */
  async claim(nonce: string, presser: ConfirmationBinding): Promise<ClaimResult<Action>> {
    const { records } = this.#options;
    const seen = await records.get(nonce);
    if (!seen) {
      // Answered elsewhere (another shard, or the expiry): this process's timer for it has nothing left to do.
      this.#disarm(nonce);
      return { status: 'missing' };
    }
    if (seen.expiresAt <= Date.now()) return { status: 'missing' };
    if (seen.userId !== presser.userId) return { status: 'not_owner', ownerId: seen.userId };
    if (seen.guildId !== presser.guildId || seen.channelId !== presser.channelId)
      return { status: 'wrong_place' };
    // The claim itself: read and deleted in one backend operation; another press (or the expiry) got
    // it first when nothing comes back.
    const taken = await records.take(nonce);
    this.#disarm(nonce);
    if (!taken) return { status: 'missing' };
    if (taken.expiresAt <= Date.now()) {
      // Pressed at the very moment it expired: this press took it, so it marks the message.
      await this.#onExpire(taken);
      return { status: 'missing' };
    }
    return { status: 'ok', confirmation: confirmationOf<Action>(taken) };
  }

  /**
   * At start-up: the confirmations pending in the store for guilds this process holds (its shards)
   * get their expiry timers again; those that expired meanwhile are marked now. Returns how many wait.
   */
  async resume(holds: (guildId: string) => boolean): Promise<number> {
    let waiting = 0;
    for (const record of await this.#options.records.all()) {
      if (!holds(record.guildId) || this.#timers.has(record.nonce)) continue;
      if (record.expiresAt <= Date.now()) await this.#expire(record.nonce);
      else {
        this.#arm(record);
        waiting += 1;
      }
    }
    if (waiting > 0)
      this.#options.logger.info('confirmations still pending were taken over', { count: waiting });
    return waiting;
  }

  /** How many of this process's confirmations wait for a press. */
  get size(): number {
    return this.#timers.size;
  }

  /**
   * At shutdown: the timers stop, and what is pending stays in the store, where a restarted process
   * (or the one that takes over the shard) honours a press and marks the expiry. Returns how many.
   */
  handOver(): number {
    this.#stopped = true;
    const count = this.#timers.size;
    for (const { timer } of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    return count;
  }

  #arm(record: ConfirmationRecord): void {
    if (this.#stopped) return;
    const timer = setTimeout(
      () => void this.#expire(record.nonce),
      Math.max(0, record.expiresAt - Date.now()),
    );
    timer.unref();
    this.#timers.set(record.nonce, { userId: record.userId, timer });
  }

  #disarm(nonce: string): void {
    const local = this.#timers.get(nonce);
    if (local) clearTimeout(local.timer);
    this.#timers.delete(nonce);
  }

  /**
   * Marks the message, in the language the member was asked in: a timer armed again after a restart
   * (or a press at the moment of expiry) runs outside the asker's context.
   */
  async #onExpire(record: ConfirmationRecord): Promise<void> {
    const confirmation = confirmationOf(record);
    await withLocale(confirmation.locale, () => this.#options.onExpire(confirmation));
  }

  /** Its time is up: whoever takes the record (once, across processes) marks the message. */
  async #expire(nonce: string): Promise<void> {
    this.#disarm(nonce);
    try {
      const taken = await this.#options.records.take(nonce);
      if (taken) await this.#onExpire(taken);
    } catch (error) {
      this.#options.logger.warn('could not expire a confirmation', { error });
    }
  }
}

function confirmationOf<Action>(record: ConfirmationRecord): PendingConfirmation<Action> {
  return {
    nonce: record.nonce,
    userId: record.userId,
    guildId: record.guildId,
    channelId: record.channelId,
    action: record.action as Action,
    expiresAt: record.expiresAt,
    reply: record.reply,
    locale: record.locale ?? FALLBACK_LOCALE,
  };
}

/** What an expired confirmation's message says instead of its question (and its buttons go). */
export function expiredText(ttlMs: number): string {
  return t('common.confirmation.expired', { count: Math.round(ttlMs / 1000) });
}

/** The `onExpire` of the bot: edits the reply that asked, by its token, while the token lives. Never throws. */
export function markExpired(
  ctx: Pick<BotContext, 'client' | 'logger' | 'timings'>,
): (confirmation: PendingConfirmation<unknown>) => Promise<void> {
  return async (confirmation) => {
    const handle = replyHandle.safeParse(confirmation.reply);
    if (!handle.success) return;
    await progressReply(handle.data, ctx).progress({ content: expiredText(ctx.timings.confirmationTtlMs) });
  };
}
