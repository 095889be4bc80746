import { randomBytes } from 'node:crypto';
import { NotAllowedError } from '#src/errors.js';

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
}

/** A confirmation ends unanswered when its time is up, or when the bot stops. */
export type ExpiredBecause = 'timeout' | 'shutdown';

export type ClaimResult<Action> =
  | { readonly status: 'ok'; readonly confirmation: PendingConfirmation<Action> }
  | { readonly status: 'missing' }
  | { readonly status: 'not_owner'; readonly ownerId: string }
  | { readonly status: 'wrong_place' };

/**
 * Pending restore/delete confirmations, held in memory: what a button confirms is never read back
 * out of the message. Each lives `ttlMs`, can be claimed once, and a member can hold only a few.
 */
export class PendingConfirmations<Action = unknown> {
  readonly #pending = new Map<
    string,
    PendingConfirmation<Action> & {
      timer: NodeJS.Timeout;
      onExpire: (why: ExpiredBecause) => Promise<void> | void;
    }
  >();

  constructor(
    private readonly ttlMs: number,
    private readonly limits = { perMember: 5, total: 10_000 },
  ) {}

  /**
   * Holds a new confirmation and returns its nonce. `onExpire` runs once if nobody claims it in time
   * (it should edit the message to say so and remove the buttons), or when the bot stops; it must not throw.
   */
  create(
    binding: ConfirmationBinding,
    action: Action,
    onExpire: (why: ExpiredBecause) => Promise<void> | void,
  ): PendingConfirmation<Action> {
    const mine = [...this.#pending.values()].filter((p) => p.userId === binding.userId).length;
    if (mine >= this.limits.perMember) {
      throw new NotAllowedError(
        `You already have ${mine} confirmations waiting. Answer or let them expire (${Math.round(this.ttlMs / 1000)} s) first.`,
      );
    }
    if (this.#pending.size >= this.limits.total) {
      throw new NotAllowedError('Too many confirmations are waiting right now. Try again in a minute.');
    }
    const nonce = randomBytes(16).toString('base64url');
    const expiresAt = Date.now() + this.ttlMs;
    const timer = setTimeout(() => {
      if (this.#pending.delete(nonce)) void onExpire('timeout');
    }, this.ttlMs);
    timer.unref();
    const confirmation = { ...binding, nonce, action, expiresAt };
    this.#pending.set(nonce, { ...confirmation, timer, onExpire });
    return confirmation;
  }

  /** Takes the confirmation for a press. Only the owner, in the same guild and channel, takes it (once). */
  claim(nonce: string, presser: ConfirmationBinding): ClaimResult<Action> {
    const pending = this.#pending.get(nonce);
    if (!pending || pending.expiresAt <= Date.now()) return { status: 'missing' };
    if (pending.userId !== presser.userId) return { status: 'not_owner', ownerId: pending.userId };
    if (pending.guildId !== presser.guildId || pending.channelId !== presser.channelId)
      return { status: 'wrong_place' };
    this.#pending.delete(nonce);
    clearTimeout(pending.timer);
    const { timer: _timer, onExpire: _onExpire, ...confirmation } = pending;
    return { status: 'ok', confirmation };
  }

  get size(): number {
    return this.#pending.size;
  }

  clear(): void {
    for (const pending of this.#pending.values()) clearTimeout(pending.timer);
    this.#pending.clear();
  }

  /**
   * At shutdown: every pending confirmation expires now (its message says so and loses its buttons),
   * since a restarted bot no longer holds what they confirm. Waits for them, at most `timeoutMs`.
   */
  async expireAll(timeoutMs = 3_000): Promise<void> {
    const pending = [...this.#pending.values()];
    this.clear();
    await Promise.race([
      Promise.allSettled(pending.map((p) => p.onExpire('shutdown'))),
      new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
    ]);
  }
}
