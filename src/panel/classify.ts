import type { Words } from '#src/errors.js';
import { redactString } from '#src/log.js';
import { ADDRESS_REFUSED } from './connections.js';
import { type MissingSubject, PanelError, type TransportCause, type ValidationFailure } from './errors.js';
import { type CallContext, messages } from './messages.js';
import { errorEnvelope, type PanelErrorEntry } from './schemas.js';

/**
 * Pure mapping from what the panel (or the network) did to a PanelError. The order of checks
 * mirrors the panel's error table (panel-backup-api.md §7).
 */

const describe = (context: CallContext) => `${context.method} ${context.path}`;

/** No panel throttles for longer; a larger Retry-After is clamped, so "try again" stays a real time. */
export const MAX_RETRY_AFTER_SECONDS = 24 * 60 * 60;

/** Retry-After is either delta-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number.parseInt(text, 10), MAX_RETRY_AFTER_SECONDS);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, Math.ceil((at - now.getTime()) / 1000)), MAX_RETRY_AFTER_SECONDS);
}

/** A 404 in a call about a server is about that server; in a backup call it may be either. */
export function defaultMissing(context: CallContext): MissingSubject {
  if (context.about === 'backup' || context.about === 'schedule') return 'resource';
  if (context.about === 'server') return 'server';
  return 'resource';
}

export function notAPanelError(context: CallContext, why: string, status: number | null): PanelError {
  return new PanelError({
    kind: 'not_a_panel',
    userMessage: () => messages.notAPanel(),
    status,
    logMessage: `${describe(context)}: not a panel answer (${why})`,
  });
}

export interface ErrorResponse {
  status: number;
  /** The parsed JSON body, or undefined when the body was not JSON. */
  json: unknown;
  retryAfter: string | null;
  now: Date;
}

/** Builds the error for a non-2xx, non-3xx answer. */
export function classifyErrorResponse(response: ErrorResponse, context: CallContext): PanelError {
  const { status, now } = response;
  const parsed = errorEnvelope.safeParse(response.json);
  if (!parsed.success) {
    // A panel always answers an Accept: application/json request with its envelope. Without one,
    // a gateway status means the panel behind a proxy is down; anything else is not a panel.
    if (status === 502 || status === 503 || status === 504 || status === 500) {
      return new PanelError({
        kind: 'panel_error',
        userMessage: () => messages.panelError(status),
        status,
        logMessage: `${describe(context)}: HTTP ${status} without a panel error envelope`,
      });
    }
    return notAPanelError(context, `HTTP ${status} without a panel error envelope`, status);
  }

  const entries = parsed.data.errors;
  const first = entries[0] as PanelErrorEntry;
  const errorCode = first.code;
  const detail = redactString(first.detail);
  const retryAfterSeconds = parseRetryAfter(response.retryAfter, now);
  const retryAt = retryAfterSeconds === null ? null : new Date(now.getTime() + retryAfterSeconds * 1000);
  const base = {
    status,
    code: errorCode,
    detail,
    retryAfterSeconds,
    retryAt,
    logMessage: `${describe(context)}: HTTP ${status} ${errorCode}: ${detail}`,
  };

  if (errorCode === 'DaemonConnectionException') {
    return status === 504
      ? new PanelError({
          ...base,
          kind: 'node_unreachable',
          userMessage: () => messages.nodeUnreachable(context),
        })
      : new PanelError({
          ...base,
          kind: 'daemon_error',
          userMessage: () => messages.daemonError(context, detail),
        });
  }

  switch (status) {
    case 401:
      return new PanelError({
        ...base,
        kind: 'unauthenticated',
        userMessage: () => messages.unauthenticated(),
      });
    case 403: {
      const text = detail.toLowerCase();
      if (text.includes('application api key')) {
        return new PanelError({
          ...base,
          kind: 'application_key',
          userMessage: () => messages.applicationKey(),
        });
      }
      if (text.startsWith('this ip address')) {
        return new PanelError({ ...base, kind: 'ip_restricted', userMessage: () => messages.ipRestricted() });
      }
      if (text.includes('backup limit is set to 0')) {
        return new PanelError({
          ...base,
          kind: 'too_many_backups',
          userMessage: () => messages.backupTaskForbidden(),
        });
      }
      return new PanelError({
        ...base,
        kind: 'forbidden',
        permission: context.permission,
        userMessage: () => messages.forbidden(context, context.permission),
      });
    }
    case 404: {
      // Laravel's router, not a binding: the panel has no such endpoint (rename on Pterodactyl).
      if (detail.startsWith('The route ')) {
        return new PanelError({ ...base, kind: 'unsupported', userMessage: () => messages.unsupported() });
      }
      // "does not exist on this server" is the panel's answer for a server the user cannot access.
      const missing = detail.includes('does not exist on this server') ? 'server' : defaultMissing(context);
      return notFoundError(context, missing, base);
    }
    case 409:
      return new PanelError({
        ...base,
        kind: 'server_conflict',
        userMessage: () => messages.serverConflict(context, detail),
      });
    case 422: {
      const validation: ValidationFailure[] = entries.map((entry) => ({
        field: entry.meta?.source_field ?? null,
        rule: entry.meta?.rule ?? null,
        detail: redactString(entry.detail),
      }));
      return new PanelError({
        ...base,
        kind: 'validation',
        validation,
        userMessage: () => messages.validation(validation.map((v) => v.detail)),
      });
    }
    case 429:
      if (errorCode === 'TooManyRequestsHttpException') {
        const match = /Only (\d+) backups? may be generated within a (\d+) second/i.exec(detail);
        return new PanelError({
          ...base,
          kind: 'backup_throttled',
          userMessage: () =>
            messages.backupThrottled(
              match ? Number(match[1]) : null,
              match ? Number(match[2]) : null,
              retryAt,
            ),
        });
      }
      return new PanelError({
        ...base,
        kind: 'rate_limited',
        userMessage: () => messages.rateLimited(context, retryAt),
      });
    default:
      break;
  }

  if (status === 400) {
    if (errorCode === 'TwoFactorAuthRequiredException') {
      return new PanelError({
        ...base,
        kind: 'two_factor_required',
        userMessage: () => messages.twoFactorRequired(),
      });
    }
    if (errorCode === 'TooManyBackupsException') {
      const match = /limit of (\d+) backups?/i.exec(detail);
      return new PanelError({
        ...base,
        kind: 'too_many_backups',
        userMessage: () => messages.tooManyBackups(match ? Number(match[1]) : null),
      });
    }
    if (errorCode === 'BackupLockedException') {
      return new PanelError({ ...base, kind: 'backup_locked', userMessage: () => messages.backupLocked() });
    }
    return new PanelError({
      ...base,
      kind: 'bad_request',
      userMessage: () => messages.badRequest(context, detail),
    });
  }

  if (status >= 400 && status < 500) {
    return new PanelError({
      ...base,
      kind: 'bad_request',
      userMessage: () => messages.badRequest(context, detail),
    });
  }
  return new PanelError({ ...base, kind: 'panel_error', userMessage: () => messages.panelError(status) });
}

type NotFoundBase = Omit<ConstructorParameters<typeof PanelError>[0], 'kind' | 'userMessage'>;

export function notFoundError(context: CallContext, missing: MissingSubject, base: NotFoundBase): PanelError {
  return new PanelError({
    ...base,
    kind: 'not_found',
    missing,
    userMessage: () => messages.notFound(context, missing),
  });
}

/** Re-states a 404 once the client has found out which of server and backup was missing. */
export function withMissing(error: PanelError, context: CallContext, missing: MissingSubject): PanelError {
  return notFoundError(context, missing, {
    status: error.status,
    code: error.code,
    detail: error.detail,
    logMessage: `${error.message} (missing: ${missing})`,
  });
}

export interface TransportFailure {
  error: PanelError;
  /** True when the request provably never reached the panel, so even a POST may be sent again. */
  neverReachedPanel: boolean;
}

const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_ABORTED', 'ETIMEDOUT']);

/** Node and OpenSSL name certificate problems in several ways; these cover them. */
export function isTlsCode(errorCode: string): boolean {
  return (
    errorCode.startsWith('ERR_SSL_') ||
    errorCode.startsWith('ERR_TLS_') ||
    errorCode.includes('CERT') ||
    errorCode.startsWith('UNABLE_TO_') ||
    errorCode === 'SELF_SIGNED_CERT_IN_CHAIN' ||
    errorCode === 'EPROTO'
  );
}

/** Keeps only name, code and a key-free message: undici errors may reference sockets and requests. */
export function reduceCause(error: unknown): TransportCause {
  if (error instanceof Error) {
    const errorCode = (error as { code?: unknown }).code;
    return {
      name: error.name,
      code: typeof errorCode === 'string' ? errorCode : null,
      message: redactString(error.message).slice(0, 300),
    };
  }
  return { name: 'Unknown', code: null, message: redactString(String(error)).slice(0, 300) };
}

/**
 * Maps a failure of the request itself (no HTTP answer) to a kind. `timedOut` is set when our own
 * whole-request timer fired (the abort carries our reason, not an undici error).
 */
export function classifyTransportError(
  error: unknown,
  context: CallContext,
  timedOut: boolean,
): TransportFailure {
  const cause = reduceCause(error);
  const errorCode = cause.code ?? '';
  const logMessage = `${describe(context)}: ${cause.name}${errorCode ? ` ${errorCode}` : ''}: ${cause.message}`;

  const failure = (
    kind: 'timeout' | 'tls' | 'unreachable',
    userMessage: Words,
    neverReachedPanel: boolean,
    retryable?: boolean,
  ): TransportFailure => ({
    error: new PanelError({
      kind,
      userMessage,
      logMessage,
      cause,
      ...(retryable === undefined ? {} : { retryable }),
    }),
    neverReachedPanel,
  });

  if (timedOut || TIMEOUTS.has(errorCode)) return failure('timeout', () => messages.timeout(context), false);
  // The socket never connected, so the panel cannot have seen the request.
  if (errorCode === 'UND_ERR_CONNECT_TIMEOUT')
    return failure('timeout', () => messages.timeout(context), true);
  if (isTlsCode(errorCode)) return failure('tls', () => messages.tls(context), true, false);
  if (errorCode === ADDRESS_REFUSED) {
    return failure('unreachable', () => messages.addressRefused(context.host), true, false);
  }
  if (NEVER_CONNECTED.has(errorCode))
    return failure('unreachable', () => messages.unreachable(context), true);
  // A lost connection, or anything else that stopped the request without an answer: the panel may
  // have seen it, so it is not "never reached".
  return failure('unreachable', () => messages.unreachable(context), false);
}
