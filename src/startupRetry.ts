import { sleep } from '#backups/poll.js';
import { parseStoreUrl } from '#store/backend.js';
import { StoreUnavailableError } from '#store/index.js';
import type { LogFields, Logger } from './log.js';

/**
 * Start-up against a Discord or a store that cannot be reached yet (the network is not up, Redis
 * starts after the bot): try again with a doubling delay and say why in one line each time, instead
 * of a stack and an exit. What cannot get better by waiting (a refused token, a bad STORE_URL, a
 * SQLite file that will not open) is thrown at once.
 */

export interface RetryPolicy {
  /** The wait after the first failure (product: 1 s); it doubles after each one. */
  readonly firstDelayMs: number;
  /** The longest wait (product: 30 s). */
  readonly maxDelayMs: number;
  /** How many attempts in all before giving up with the reason (product: no limit). */
  readonly attempts: number;
}

/** Why an attempt failed in a way that waiting may cure, worded for whoever runs the bot. */
export interface Unreachable {
  /** One line naming the target and what to check: the log message, the same each time. */
  readonly reason: string;
  readonly fields: LogFields;
}

/** A signal stopped the bot while it was still starting. Not a failure: the process exits 0. */
export class StartCancelledError extends Error {
  constructor() {
    super('stopped while starting');
    this.name = 'StartCancelledError';
  }
}

/** The attempts ran out (only with a limit); the message is the last reason. */
export class UnreachableError extends Error {
  constructor(reason: string, options: { cause: unknown }) {
    super(reason, options);
    this.name = 'UnreachableError';
  }
}

/**
 * Runs `attempt` until it succeeds. A failure `unreachable` recognises is logged (warn) with the
 * delay before the next try; any other is thrown as it is. A `signal` ends the waiting at once with
 * StartCancelledError; a result that arrives after it is given to `dispose`.
 */
export async function untilReachable<T>(
  attempt: () => Promise<T>,
  options: {
    unreachable: (error: unknown) => Unreachable | undefined;
    policy: RetryPolicy;
    logger: Logger;
    signal?: AbortSignal | undefined;
    dispose?: (value: T) => Promise<void>;
  },
): Promise<T> {
  const { policy, logger, signal } = options;
  let delay = policy.firstDelayMs;
  for (let n = 1; ; n += 1) {
    if (signal?.aborted) throw new StartCancelledError();
    try {
      return await orCancelled(attempt(), signal, options.dispose);
    } catch (error) {
      if (error instanceof StartCancelledError || signal?.aborted) throw new StartCancelledError();
      const why = options.unreachable(error);
      if (why === undefined) throw error;
      if (n >= policy.attempts) throw new UnreachableError(why.reason, { cause: error });
      logger.warn(why.reason, { ...why.fields, attempt: n, retryInMs: delay });
      await sleep(delay, signal).catch(() => {
        throw new StartCancelledError();
      });
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
}

/** `work`, unless `signal` stops the wait first (StartCancelledError; `dispose` gets a late result). */
export function orCancelled<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  dispose?: (value: T) => Promise<void>,
): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(new StartCancelledError());
      // What the abandoned attempt still opens is closed when it arrives.
      work.then((value) => dispose?.(value)).catch(() => {});
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Connection failures: nothing answered, the name did not resolve, the route is down, a timeout. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_SOCKET',
  // PostgreSQL while it starts up or shuts down.
  '57P03',
]);

/** The first connection-failure code in an error, its causes, or an AggregateError's errors. */
export function networkCode(error: unknown, depth = 0): string | undefined {
  if (depth > 6 || typeof error !== 'object' || error === null) return undefined;
  const { code, name, cause } = error as { code?: unknown; name?: unknown; cause?: unknown };
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  if (name === 'TimeoutError' || name === 'AbortError' || name === 'ConnectTimeoutError') return 'timeout';
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const found = networkCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return networkCode(cause, depth + 1);
}

/** Discord (or the REST proxy in DISCORD_API_URL) did not answer, or answered with a server error. */
export function discordUnreachable(error: unknown, apiUrl: string): Unreachable | undefined {
  const host = new URL(apiUrl).host;
  const code = networkCode(error);
  if (code)
    return { reason: `cannot reach ${host} — check the network or DISCORD_API_URL`, fields: { code } };
  const { status } = error as { status?: unknown };
  if (typeof status === 'number' && status >= 500)
    return {
      reason: `${host} answers with server errors — Discord may be having an outage`,
      fields: { status },
    };
  return undefined;
}

/** A Redis or PostgreSQL store that did not answer. A SQLite file that fails to open is not waited for. */
export function storeUnreachable(error: unknown, storeUrl: string): Unreachable | undefined {
  if (!(error instanceof StoreUnavailableError)) return undefined;
  const location = parseStoreUrl(storeUrl);
  if (location.kind === 'sqlite') return undefined;
  // The store gives up on a backend that keeps reconnecting after its connect timeout ("no answer within").
  const code = networkCode(error) ?? (/no answer within/.test(error.message) ? 'no answer' : undefined);
  if (code === undefined) return undefined;
  return { reason: `cannot reach the store at ${location.description} — check STORE_URL`, fields: { code } };
}
