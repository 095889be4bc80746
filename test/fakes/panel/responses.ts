/** Writing answers the way the panel (Laravel) writes them: JSON with its headers, its error envelope, its HTML. */
import type { ServerResponse } from 'node:http';
import { type ErrorEntry, PanelHttpError } from './envelopes.js';

export const DAEMON_CONNECTION_DETAIL =
  'Could not establish a connection to the machine running this server. Please try again.';

/** What Laravel's handler says for an exception it has no message for (ErrorException). */
export const UNEXPECTED_ERROR: ErrorEntry = {
  code: 'ErrorException',
  status: '500',
  detail: 'An unexpected error was encountered while processing this request, please try again.',
};

export const LOGIN_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pterodactyl</title></head>' +
  '<body><div id="app"><form method="post" action="/auth/login"><input name="user"><input name="password" ' +
  'type="password"><button>Login</button></form></div></body></html>';

export const HTML_CONTENT_TYPE = 'text/html; charset=UTF-8';

/** Wings did not answer the panel: 504 DaemonConnectionException. */
export function daemonDown(): PanelHttpError {
  return PanelHttpError.of(504, 'DaemonConnectionException', DAEMON_CONNECTION_DETAIL);
}

/** JSON, or an empty body for a 204; a socket already answered or gone (a reset fault) is left alone. */
export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = status === 204 || body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-cache, private',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendError(
  res: ServerResponse,
  error: PanelHttpError,
  extraHeaders: Record<string, string>,
): void {
  send(res, error.status, { errors: error.entries }, { ...extraHeaders, ...error.headers });
}

export function sendLoginPage(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': HTML_CONTENT_TYPE });
  res.end(LOGIN_PAGE);
}
