import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher, Pool } from 'undici';
import type { Logger } from '#src/log.js';
import type { Secret } from '#src/secret.js';
import {
  classifyErrorResponse,
  classifyTransportError,
  notAPanelError,
  type TransportFailure,
} from './classify.js';
import { PanelError } from './errors.js';
import { type CallContext, messages } from './messages.js';
import { USER_AGENT } from './userAgent.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** The most time spent waiting between attempts, summed; a longer Retry-After is not waited for. */
  maxDelayMs: number;
}

export interface PanelCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  about: CallContext['about'];
  server?: string;
  backup?: string;
  schedule?: number;
  permission?: CallContext['permission'];
  /** Aborts the call (an overall deadline, or an answer no longer wanted): a PanelError 'cancelled'. */
  signal?: AbortSignal;
}

export interface PanelAnswer {
  status: number;
  /** The parsed JSON body; undefined for 204 (its body is never read as JSON). */
  json: unknown;
}

/** Larger answers are not a panel's: the biggest real one (100 servers) is a few hundred KiB. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const BACKOFF_BASE_MS = 250;
const GATEWAY_STATUSES = new Set([502, 503, 504]);
const JSON_TYPE = /\bjson\b/i;

/** Marks an abort as our own whole-request timer, never a caller's cancellation. */
const TIMEOUT_REASON = Object.freeze(new Error('panel request timed out'));

type Attempt = { ok: true; answer: PanelAnswer } | { ok: false; failure: TransportFailure };

export interface PanelHttpOptions {
  pool: Pool;
  host: string;
  apiKey: Secret;
  timeoutMs: number;
  retry: RetryPolicy;
  logger: Logger;
  /** Told the panel's `X-RateLimit-Limit` (requests per period for this key's user) when an answer carries it. */
  onRateLimit?: ((limit: number) => void) | undefined;
  /** Told of every attempt once it ends (the metrics count them). */
  onAttempt?: PanelAttemptObserver | undefined;
}

/**
 * What an observer hears of one attempt: the method and the path as called (never the query, a
 * header or the key), the HTTP status or `error` when no whole answer came back, and how long it took.
 */
export type PanelAttemptObserver = (attempt: {
  method: PanelCall['method'];
  path: string;
  status: number | 'error';
  ms: number;
}) => void;

/**
 * Sends one logical request to the panel: headers, the whole-request timeout, reading and
 * classifying the answer, and the retry policy.
 *
 * Retry policy:
 * - GET is retried on 429 ThrottleRequestsException, on 502/503/504 and when the connection failed
 *   or was lost (refused, DNS, reset), honouring Retry-After.
 * - POST and DELETE are retried only when the request provably never reached the panel (refused,
 *   DNS failure, connect timeout): a lost answer may hide a backup that was created anyway.
 * - A whole-request timeout is not retried: the member has already waited the full budget.
 * - A 429 TooManyRequestsHttpException (backup throttle) is an answer, not a fault: never retried.
 * - At most `maxRetries` retries, and never more than `maxDelayMs` of waiting in total; a
 *   Retry-After beyond what is left ends the retries and the error carries `retryAt` instead.
 */
export class PanelHttp {
  readonly #options: PanelHttpOptions;

  constructor(options: PanelHttpOptions) {
    this.#options = options;
  }

  contextFor(call: PanelCall): CallContext {
    return {
      method: call.method,
      path: call.path,
      host: this.#options.host,
      about: call.about,
      server: call.server ?? null,
      backup: call.backup ?? null,
      schedule: call.schedule ?? null,
      permission: call.permission ?? null,
      timeoutMs: this.#options.timeoutMs,
    };
  }

  async send(call: PanelCall): Promise<PanelAnswer> {
    const context = this.contextFor(call);
    let waitedMs = 0;
    for (let attempt = 0; ; attempt += 1) {
      if (call.signal?.aborted) throw cancelledError(context);
      const result = await this.#attempt(call, context);
      if (result.ok) return result.answer;
      const delayMs = this.#retryDelay(call.method, result.failure, attempt, waitedMs);
      if (delayMs === null) throw result.failure.error;
      this.#options.logger.warn('panel request failed; retrying', {
        method: call.method,
        path: call.path,
        kind: result.failure.error.kind,
        status: result.failure.error.status,
        attempt: attempt + 1,
        delayMs,
      });
      waitedMs += delayMs;
      if (delayMs > 0)
        await sleep(delayMs, undefined, call.signal ? { signal: call.signal } : {}).catch(() => {});
    }
  }

  #retryDelay(method: PanelCall['method'], failure: TransportFailure, attempt: number, waitedMs: number) {
    const { maxRetries, maxDelayMs } = this.#options.retry;
    if (attempt >= maxRetries) return null;
    const error: PanelError = failure.error;
    const safeToResend = failure.neverReachedPanel && error.kind !== 'tls';
    const transient =
      method === 'GET' &&
      (error.kind === 'rate_limited' ||
        error.kind === 'unreachable' ||
        (error.status !== null && GATEWAY_STATUSES.has(error.status)));
    if (!safeToResend && !transient) return null;
    const delayMs =
      error.retryAfterSeconds !== null
        ? error.retryAfterSeconds * 1000
        : BACKOFF_BASE_MS * 2 ** attempt + Math.floor(Math.random() * BACKOFF_BASE_MS);
    if (waitedMs + delayMs > maxDelayMs) return null;
    return delayMs;
  }

  async #attempt(call: PanelCall, context: CallContext): Promise<Attempt> {
    const startedAt = performance.now();
    let answeredStatus: number | 'error' = 'error';
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(TIMEOUT_REASON);
    }, this.#options.timeoutMs);
    try {
      const response = await this.#options.pool.request({
        method: call.method,
        path: pathWithQuery(call.path, call.query),
        headers: this.#headers(call.body !== undefined),
        body: call.body === undefined ? null : JSON.stringify(call.body),
        signal: call.signal ? AbortSignal.any([controller.signal, call.signal]) : controller.signal,
      });
      const limit = Number.parseInt(headerValue(response.headers['x-ratelimit-limit']) ?? '', 10);
      if (Number.isSafeInteger(limit) && limit > 0) this.#options.onRateLimit?.(limit);
      const text = await readLimited(response.body);
      // undici marks the socket free one turn after the body ends; waiting for it lets the caller's
      // next request reuse this socket instead of opening a second one.
      await nextTurn();
      answeredStatus = response.statusCode;
      if (text === null) {
        return failed(
          notAPanelError(context, `answer larger than ${MAX_BODY_BYTES} bytes`, response.statusCode),
        );
      }
      return this.#interpret(response, text, context);
    } catch (error) {
      if (call.signal?.aborted && !timedOut) return failed(cancelledError(context));
      return { ok: false, failure: classifyTransportError(error, context, timedOut) };
    } finally {
      clearTimeout(timer);
      this.#options.onAttempt?.({
        method: call.method,
        path: call.path,
        status: answeredStatus,
        ms: performance.now() - startedAt,
      });
    }
  }

  #interpret(response: Dispatcher.ResponseData, text: string, context: CallContext): Attempt {
    const status = response.statusCode;
    const contentType = headerValue(response.headers['content-type']) ?? '';
    if (status === 204) return { ok: true, answer: { status, json: undefined } };

    if (status >= 300 && status < 400) {
      // Redirects are never followed. With Accept: application/json a real panel answers 401 JSON
      // for a bad key, so a redirect (typically to /auth/login) means a proxy or a wrong URL.
      const location = headerValue(response.headers.location);
      const target = location ? ` to ${location.split('?')[0]}` : '';
      return failed(notAPanelError(context, `redirect ${status}${target}`, status));
    }

    const json = JSON_TYPE.test(contentType) ? parseJson(text) : undefined;
    if (status >= 200 && status < 300) {
      if (json === undefined) {
        const what = contentType ? contentType.split(';')[0] : 'no content type';
        return failed(notAPanelError(context, `HTTP ${status} with ${what}`, status));
      }
      return { ok: true, answer: { status, json } };
    }
    return failed(
      classifyErrorResponse(
        { status, json, retryAfter: headerValue(response.headers['retry-after']) ?? null, now: new Date() },
        context,
      ),
    );
  }

  #headers(hasBody: boolean): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Bearer ${this.#options.apiKey.reveal()}`,
      'user-agent': USER_AGENT,
    };
    if (hasBody) headers['content-type'] = 'application/json';
    return headers;
  }
}

/** The caller's signal ended the call: said as such, never retried. */
function cancelledError(context: CallContext): PanelError {
  return new PanelError({
    kind: 'cancelled',
    userMessage: () => messages.cancelled(),
    logMessage: `${context.method} ${context.path}: cancelled by the caller`,
    retryable: false,
  });
}

function failed(error: PanelError): Attempt {
  // An HTTP answer came back, so the request did reach the panel.
  return { ok: false, failure: { error, neverReachedPanel: false } };
}

function pathWithQuery(path: string, query: PanelCall['query']): string {
  if (query === undefined) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The body as text, or null when it exceeds MAX_BODY_BYTES (the rest is discarded). */
async function readLimited(body: Dispatcher.ResponseData['body']): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      body.destroy();
      return null;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
