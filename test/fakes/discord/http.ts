/** The REST plumbing: route matching, body decoding and Discord-shaped answers. */
import type { IncomingMessage } from 'node:http';
import { invalidJson } from './apiErrors.js';

export interface RestRequest {
  method: string;
  /** Decoded path after /api/v10, e.g. "/webhooks/1/abc/messages/@original". */
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  body: unknown;
  rawBody: string;
}

export interface RestReply {
  status: number;
  /** Sent as JSON when present; a reply without a body is sent empty (204s). */
  body?: unknown;
}

/** Handlers are synchronous on purpose: state changes and the HTTP answer happen in one tick. */
export type RouteHandler = (request: RestRequest) => RestReply;

export interface Route {
  method: string;
  pattern: string[];
  /** Whether the route needs `Authorization: Bot <token>`; interaction callbacks and webhooks don't. */
  auth: boolean;
  handle: RouteHandler;
}

export function route(method: string, pattern: string, auth: boolean, handle: RouteHandler): Route {
  return { method, pattern: pattern.split('/').filter(Boolean), auth, handle };
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method' }
  | { kind: 'none' };

export function matchRoute(
  routes: ReadonlyArray<Route>,
  method: string,
  segments: ReadonlyArray<string>,
): RouteMatch {
  let pathMatched = false;
  for (const candidate of routes) {
    if (candidate.pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = candidate.pattern.every((part, index) => {
      const segment = segments[index] as string;
      if (part.startsWith(':')) {
        params[part.slice(1)] = segment;
        return true;
      }
      return part === segment;
    });
    if (!matches) continue;
    if (candidate.method !== method) {
      pathMatched = true;
      continue;
    }
    return { kind: 'found', route: candidate, params };
  }
  return pathMatched ? { kind: 'wrong-method' } : { kind: 'none' };
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON bodies, or the `payload_json` part of a multipart body (what discord.js sends with files). */
export function decodeBody(contentType: string | undefined, raw: string): unknown {
  if (raw.length === 0) return undefined;
  if (contentType?.startsWith('multipart/form-data')) {
    const match = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw);
    if (match?.[1] === undefined) return {};
    return parseJson(match[1]);
  }
  return parseJson(raw);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidJson();
  }
}

export function headerRecord(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export const ok = (body: unknown): RestReply => ({ status: 200, body });
export const noContent = (): RestReply => ({ status: 204 });

/** A JSON object body, or {} for anything else: handlers read fields without re-checking the shape. */
export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
