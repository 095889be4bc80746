/** Reading a request: its body as Laravel parses it, and the record of it that tests read. */
import type { IncomingMessage } from 'node:http';
import type { RecordedRequest } from './types.js';

export interface ParsedBody {
  raw: string;
  /** The JSON object sent, or {} for anything else (an array, a scalar, no body, bad JSON). */
  value: Record<string, unknown>;
  malformed: boolean;
}

export function parseBody(raw: string): ParsedBody {
  if (raw.trim() === '') return { raw, value: {}, malformed: false };
  try {
    const parsed: unknown = JSON.parse(raw);
    const value =
      typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {};
    return { raw, value, malformed: false };
  } catch {
    return { raw, value: {}, malformed: true };
  }
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The Authorization header is reduced to its kind, so no key ever lands in a test's output. */
export function recordOf(req: IncomingMessage, requestUrl: URL, body: ParsedBody): RecordedRequest {
  const authHeader = req.headers.authorization;
  return {
    method: req.method ?? 'GET',
    path: requestUrl.pathname,
    query: Object.fromEntries(requestUrl.searchParams),
    body: body.raw === '' ? undefined : body.malformed ? body.raw : body.value,
    authorization: authHeader === undefined ? 'none' : /^Bearer\s/i.test(authHeader) ? 'bearer' : 'other',
    accept: req.headers.accept,
    userAgent: req.headers['user-agent'],
  };
}
