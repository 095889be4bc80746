import { PanelError } from '#panel/errors.js';

/** Polls with a growing delay until `check` returns a value, tolerating a few transient panel faults in a row. */
export async function pollUntil<T>(options: {
  check: () => Promise<T | undefined>;
  initialMs: number;
  maxMs: number;
  signal: AbortSignal;
  /** Give up after this long (the caller says what that means to the member). */
  deadlineMs?: number;
  /** Called after each unfinished check, with the time since polling began. */
  onWaiting?: (elapsedMs: number) => Promise<void> | void;
  maxConsecutiveFaults?: number;
}): Promise<T | undefined> {
  const started = Date.now();
  let delay = options.initialMs;
  let faults = 0;
  for (;;) {
    await sleep(delay, options.signal);
    try {
      const value = await options.check();
      faults = 0;
      if (value !== undefined) return value;
    } catch (error) {
      // A panel hiccup (timeout, 5xx, rate limit) while following is not the outcome: keep going a little.
      if (!(error instanceof PanelError) || !error.retryable) throw error;
      faults += 1;
      if (faults > (options.maxConsecutiveFaults ?? 5)) throw error;
    }
    const elapsed = Date.now() - started;
    if (options.deadlineMs !== undefined && elapsed >= options.deadlineMs) return undefined;
    await options.onWaiting?.(elapsed);
    delay = Math.min(Math.round(delay * 1.6), options.maxMs);
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
