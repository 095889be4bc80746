/** Who is calling the client API: the bearer key, then the middleware that may still turn the caller away. */
import type { IncomingMessage } from 'node:http';
import { PanelHttpError } from './envelopes.js';
import type { ParsedBody } from './incoming.js';
import type { KeyRecord, PanelState } from './state.js';
import type { PanelUser } from './types.js';

/** Laravel's `expectsJson()` as far as the panel cares: the first Accept type is JSON. */
export function expectsJson(accept: string | undefined): boolean {
  const first = accept?.split(',')[0] ?? '';
  return first.includes('/json') || first.includes('+json');
}

export function authenticate(state: PanelState, req: IncomingMessage): KeyRecord | undefined {
  const header = req.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
  if (match?.[1] === undefined) return undefined;
  return state.keys.get(match[1]);
}

/**
 * The checks between authentication and the rate limit, in the panel's order: a malformed JSON body,
 * an application key, an IP-restricted key, then a missing second factor (which the account route allows).
 */
export function admitClient(
  key: KeyRecord,
  req: IncomingMessage,
  routeName: string,
  body: ParsedBody,
): PanelUser {
  const isJson = (req.headers['content-type'] ?? '').includes('json');
  if (isJson && body.malformed) {
    throw PanelHttpError.of(
      400,
      'BadRequestHttpException',
      'The JSON data passed in the request appears to be malformed: Syntax error',
    );
  }
  if (key.kind === 'application') {
    throw PanelHttpError.of(
      403,
      'AccessDeniedHttpException',
      'You are attempting to use an application API key on an endpoint that requires a client API key.',
    );
  }
  const user = key.user;
  if (user.ipRestricted) {
    const ip = (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
    throw PanelHttpError.of(
      403,
      'AccessDeniedHttpException',
      `This IP address (${ip}) does not have permission to access the API using these credentials.`,
    );
  }
  if (user.twoFactorMissing && routeName !== 'account') {
    throw PanelHttpError.of(
      400,
      'TwoFactorAuthRequiredException',
      'Two-factor authentication is required on this account in order to access this endpoint.',
    );
  }
  return user;
}
