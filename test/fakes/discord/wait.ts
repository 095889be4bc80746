import { EventEmitter } from 'node:events';

/**
 * Something changed in the fake (a REST answer was written, a frame was sent). Waiters re-check
 * their condition on every signal, and also on a slow poll so that no change can be missed.
 */
export class ChangeSignal {
  readonly #emitter = new EventEmitter();

  constructor() {
    this.#emitter.setMaxListeners(0);
  }

  notify(): void {
    this.#emitter.emit('change');
  }

  on(listener: () => void): () => void {
    this.#emitter.on('change', listener);
    return () => this.#emitter.off('change', listener);
  }
}

export interface WaitOptions {
  timeoutMs: number;
  /** What is being waited for, e.g. "a callback for interaction 123 (/backup list)". */
  what: string;
  /** What the state looks like instead; called only when the wait times out. */
  got: () => string;
}

const POLL_MS = 25;

/**
 * Resolves with the first truthy value of `check`; rejects with `check`'s own error if it throws,
 * or with a message naming what was awaited and what was found when `timeoutMs` runs out.
 */
export function waitUntil<T>(
  signal: ChangeSignal,
  check: () => T | undefined | null | false,
  options: WaitOptions,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      clearInterval(poll);
      unsubscribe();
      action();
    };
    const evaluate = () => {
      if (settled) return;
      try {
        const value = check();
        if (value !== undefined && value !== null && value !== false) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    const unsubscribe = signal.on(evaluate);
    const poll = setInterval(evaluate, POLL_MS);
    const timeout = setTimeout(() => {
      finish(() =>
        reject(
          new Error(
            `Timed out after ${options.timeoutMs} ms waiting for ${options.what}; got ${options.got()}`,
          ),
        ),
      );
    }, options.timeoutMs);
    evaluate();
  });
}
