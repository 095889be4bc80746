/**
 * Serving one REST request under /api/v10: route it, check the bot token where Discord wants it,
 * answer in Discord's shapes, and record the request (and any error) for tests to read.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DiscordApiFailure, methodNotAllowed, notFoundRoute, unauthorized } from './apiErrors.js';
import {
  decodeBody,
  headerRecord,
  matchRoute,
  type RestReply,
  type RestRequest,
  type Route,
  readBody,
} from './http.js';
import type { InteractionRecord } from './interaction.js';
import type { FakeDiscordServer } from './server.js';
import type { RecordedRequest } from './types.js';

const API_PREFIX = '/api/v10';

/** The last few requests, for timeout messages: what the bot did instead of what was awaited. */
export function describeRecentRequests(requests: ReadonlyArray<RecordedRequest>): string {
  const recent = requests.slice(-8).map((request) => `${request.method} ${request.path} → ${request.status}`);
  return recent.length === 0 ? 'no requests at all' : recent.join('; ');
}

/** The interaction a request is about, so that an error can also be filed under it. */
function interactionOf(fake: FakeDiscordServer, request: RestRequest): InteractionRecord | undefined {
  const { id, token } = request.params;
  if (id !== undefined && request.path.startsWith('/interactions/')) return fake.interactions.get(id);
  if (token !== undefined) return fake.interactionsByToken.get(token);
  return undefined;
}

export async function serveRest(
  fake: FakeDiscordServer,
  routes: ReadonlyArray<Route>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const at = Date.now();
  const rawBody = await readBody(request);
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const method = request.method ?? 'GET';
  const headers = headerRecord(request);
  const versioned = url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`);
  const segments = (versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname)
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  const path = versioned ? `/${segments.join('/')}` : url.pathname;
  const query = Object.fromEntries(url.searchParams.entries());
  const restRequest: RestRequest = { method, path, params: {}, query, headers, body: undefined, rawBody };

  let reply: RestReply;
  let unhandled = false;
  try {
    const match = versioned ? matchRoute(routes, method, segments) : { kind: 'none' as const };
    if (match.kind !== 'found') {
      unhandled = true;
      throw match.kind === 'wrong-method' ? methodNotAllowed(method, path) : notFoundRoute(method, path);
    }
    restRequest.params = match.params;
    if (match.route.auth && headers.authorization !== `Bot ${fake.botToken}`) throw unauthorized();
    restRequest.body = decodeBody(headers['content-type'], rawBody);
    reply = match.route.handle(restRequest);
  } catch (error) {
    if (!(error instanceof DiscordApiFailure)) throw error;
    reply = { status: error.status, body: error.toBody() };
    const answered = { code: error.code, message: error.message, path, status: error.status };
    fake.errors.push(answered);
    interactionOf(fake, restRequest)?.errors.push(answered);
  }

  const recorded: RecordedRequest = {
    method,
    path,
    query,
    headers,
    body: restRequest.body,
    rawBody,
    status: reply.status,
    at,
  };
  fake.requests.push(recorded);
  if (unhandled) {
    fake.unhandled.push(recorded);
    fake.emit('unhandled', recorded);
  }
  const bodyText = reply.body === undefined ? undefined : JSON.stringify(reply.body);
  response.writeHead(
    reply.status,
    bodyText === undefined
      ? {}
      : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(bodyText) },
  );
  // Waiters run after the answer is written, so a test that then reads `requests` sees it.
  response.end(bodyText, () => fake.signal.notify());
}
