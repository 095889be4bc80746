/** The fault-injection knobs (`panel.faults`): one-shot answers that stand in for the next requests. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ErrorEntry, validationEntry } from './envelopes.js';
import { tooManyAttempts } from './rateLimits.js';
import {
  DAEMON_CONNECTION_DETAIL,
  HTML_CONTENT_TYPE,
  send,
  sendError,
  sendLoginPage,
  UNEXPECTED_ERROR,
} from './responses.js';
import type { LoopbackPanelFaults } from './types.js';

export type Fault = (
  | { kind: 'fail'; status: 500 | 502 | 503 | 504; retryAfterSeconds: number | undefined }
  | { kind: 'html' | 'redirect' | 'wrongJson' | 'reset' | 'hang' }
  | { kind: 'rateLimit'; retryAfterSeconds: number }
  | { kind: 'invalid'; entries: ErrorEntry[] }
) & { only?: FaultTarget };

/** The requests a fault waits for: this method, a path containing this text (both when given). */
export interface FaultTarget {
  method?: string;
  path?: string;
}

/** The knobs a test turns, and the queue the panel takes one fault from per request. */
export class FaultQueue {
  readonly #queue: Fault[] = [];

  readonly knobs: LoopbackPanelFaults = {
    latencyMs: 0,
    failNext: (status, count = 1, retryAfterSeconds) =>
      this.#enqueue(count, { kind: 'fail', status, retryAfterSeconds }),
    htmlNext: (count = 1) => this.#enqueue(count, { kind: 'html' }),
    redirectToLoginNext: (count = 1) => this.#enqueue(count, { kind: 'redirect' }),
    wrongJsonNext: (count = 1) => this.#enqueue(count, { kind: 'wrongJson' }),
    resetNext: (count = 1) => this.#enqueue(count, { kind: 'reset' }),
    hangNext: (count = 1) => this.#enqueue(count, { kind: 'hang' }),
    rateLimitNext: (count = 1, retryAfterSeconds = 60, only) =>
      this.#enqueue(count, { kind: 'rateLimit', retryAfterSeconds, ...(only ? { only } : {}) }),
    invalidNext: (fields, only) =>
      this.#enqueue(1, {
        kind: 'invalid',
        entries: fields.map(([field, detail]) => validationEntry(field, 'string', detail)),
        ...(only ? { only } : {}),
      }),
    clear: () => {
      this.#queue.length = 0;
      this.knobs.latencyMs = 0;
    },
  };

  /** The fault for the request that just arrived, if one is queued: the first one meant for it. */
  take(request: { method: string; path: string }): Fault | undefined {
    const index = this.#queue.findIndex(
      ({ only }) =>
        only === undefined ||
        ((only.method === undefined || only.method === request.method) &&
          (only.path === undefined || request.path.includes(only.path))),
    );
    return index === -1 ? undefined : this.#queue.splice(index, 1)[0];
  }

  #enqueue(count: number, fault: Fault): void {
    for (let i = 0; i < count; i++) this.#queue.push(fault);
  }
}

/** A 5xx as the panel's handler renders it; 504 is wings being unreachable. */
function failureEntry(status: 500 | 502 | 503 | 504): ErrorEntry {
  if (status === 504)
    return { code: 'DaemonConnectionException', status: '504', detail: DAEMON_CONNECTION_DETAIL };
  if (status === 500) return UNEXPECTED_ERROR;
  return {
    code: 'HttpException',
    status: String(status),
    detail: status === 502 ? 'Bad Gateway' : 'Service Unavailable',
  };
}

export function sendFault(
  req: IncomingMessage,
  res: ServerResponse,
  fault: Fault,
  panel: { url: string; rateLimitPerMinute: number },
): void {
  switch (fault.kind) {
    case 'fail': {
      const headers: Record<string, string> =
        fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
      send(res, fault.status, { errors: [failureEntry(fault.status)] }, headers);
      return;
    }
    case 'invalid':
      send(res, 422, { errors: fault.entries });
      return;
    case 'rateLimit':
      sendError(res, tooManyAttempts(fault.retryAfterSeconds, panel.rateLimitPerMinute, Date.now()), {});
      return;
    case 'html':
      sendLoginPage(res);
      return;
    case 'redirect':
      res.writeHead(302, { location: `${panel.url}/auth/login`, 'content-type': HTML_CONTENT_TYPE });
      res.end(
        `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url='${panel.url}/auth/login'" /></head></html>`,
      );
      return;
    case 'wrongJson':
      send(res, 200, { success: true, message: 'OK', data: [{ id: 1, type: 'unexpected' }] });
      return;
    case 'reset':
      req.socket.destroy();
      return;
    case 'hang':
      // Never answer; close() ends the socket through closeAllConnections().
      return;
  }
}
