import { sleep } from '#backups/poll.js';

/**
 * The watch's share of one panel user's rate limit. The panel counts requests per user (all keys of
 * one user share a bucket), 720 a minute on Pterodactyl and 256 on Pelican. The watch spends at most
 * SHARE of it, N = ⌊SHARE × limit⌋ requests per window: they are spaced evenly, `window / (N − 1)`
 * apart, so N of them span the whole window and no window of that length holds more than N even
 * when the network delays one request and not the next (N − 1 intervals would not leave that slack). The limit is assumed to be the smaller (256) until the panel's
 * `X-RateLimit-Limit` says more. A 429 or a panel fault stretches the spacing (doubling, up to
 * MAX_BACKOFF times) and a Retry-After pauses it; each success halves the stretch again.
 */

export const SHARE = 0.1;
/** The smaller of the two panels' defaults: what is assumed until the panel says its limit. */
export const ASSUMED_LIMIT = 256;
export const MAX_BACKOFF = 64;

export class RequestBudget {
  readonly #windowMs: number;
  #limit = ASSUMED_LIMIT;
  #backoff = 1;
  #nextAt = 0;
  #pausedUntil = 0;
  /** When the slots taken lately fall (at most one window's worth is kept), for `usedInWindow`. */
  #taken: number[] = [];

  constructor(windowMs: number) {
    this.#windowMs = windowMs;
  }

  /** Requests per window the watch allows itself. */
  get perWindow(): number {
    return Math.max(1, Math.floor(this.#limit * SHARE));
  }

  get backoff(): number {
    return this.#backoff;
  }

  get spacingMs(): number {
    return (this.#windowMs / Math.max(1, this.perWindow - 1)) * this.#backoff;
  }

  /** The panel's X-RateLimit-Limit: only ever raises the budget above the assumed one. */
  observeLimit(limit: number): void {
    this.#limit = Math.max(ASSUMED_LIMIT, limit);
  }

  /** Waits for the next request's slot and takes it. Rejects when `signal` aborts. */
  async take(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    const now = Date.now();
    const at = Math.max(now, this.#nextAt, this.#pausedUntil);
    this.#nextAt = at + this.spacingMs;
    this.#taken.push(at);
    this.#forgetBefore(now - this.#windowMs);
    if (at > now) await sleep(at - now, signal);
  }

  /** The panel said 429 (or a fault): stretch the spacing; honour Retry-After when given. */
  slowDown(retryAfterSeconds: number | null): void {
    this.#backoff = Math.min(this.#backoff * 2, MAX_BACKOFF);
    const now = Date.now();
    if (retryAfterSeconds !== null)
      this.#pausedUntil = Math.max(this.#pausedUntil, now + retryAfterSeconds * 1000);
    this.#nextAt = Math.max(this.#nextAt, now + this.spacingMs);
  }

  /** Slots taken in the window that ends `now` (the metrics' budget used); slots still ahead are not counted. */
  usedInWindow(now = Date.now()): number {
    this.#forgetBefore(now - this.#windowMs);
    return this.#taken.filter((at) => at <= now).length;
  }

  #forgetBefore(start: number): void {
    const first = this.#taken.findIndex((at) => at > start);
    this.#taken = first === -1 ? [] : first === 0 ? this.#taken : this.#taken.slice(first);
  }

  /** An answer came back well. */
  recover(): void {
    this.#backoff = Math.max(1, this.#backoff / 2);
  }
}
