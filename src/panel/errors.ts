import { UserFacingError, type Words } from '#src/errors.js';
import type { PanelPermission } from './schemas.js';

export type PanelErrorKind =
  | 'unauthenticated'
  | 'forbidden'
  | 'application_key'
  | 'ip_restricted'
  | 'two_factor_required'
  | 'not_found'
  | 'server_conflict'
  | 'validation'
  | 'too_many_backups'
  | 'backup_locked'
  | 'bad_request'
  | 'backup_throttled'
  | 'rate_limited'
  | 'node_unreachable'
  | 'daemon_error'
  | 'panel_error'
  | 'unreachable'
  | 'timeout'
  | 'tls'
  | 'not_a_panel'
  | 'unsupported'
  /** The bot stopped waiting (a deadline passed, or the answer was no longer wanted): never retried. */
  | 'cancelled';

/** What a 404 was about, as far as the call could tell (see PanelClient's 404 probe). */
export type MissingSubject = 'server' | 'backup' | 'schedule' | 'resource';

export interface ValidationFailure {
  field: string | null;
  rule: string | null;
  detail: string;
}

export interface PanelErrorInit {
  kind: PanelErrorKind;
  userMessage: Words;
  status?: number | null;
  code?: string | null;
  detail?: string | null;
  validation?: ReadonlyArray<ValidationFailure>;
  retryAfterSeconds?: number | null;
  retryAt?: Date | null;
  permission?: PanelPermission | null;
  missing?: MissingSubject | null;
  retryable?: boolean;
  /**
   * A short description for logs: method, path and what went wrong. Never the key; the caller builds
   * it from the request line only (headers are never part of it).
   */
  logMessage: string;
  /** The underlying error, reduced to name/code/message (undici errors can carry request state). */
  cause?: TransportCause;
}

/** The only parts of a transport error that are kept: nothing that could hold a header. */
export interface TransportCause {
  name: string;
  code: string | null;
  message: string;
}

/** Kinds that may succeed if the same request is tried again later. */
const TRANSIENT: ReadonlySet<PanelErrorKind> = new Set<PanelErrorKind>([
  'server_conflict',
  'backup_throttled',
  'rate_limited',
  'node_unreachable',
  'daemon_error',
  'panel_error',
  'unreachable',
  'timeout',
]);

/**
 * A refusal or failure of the panel, classified. `userMessage` is the sentence a member sees;
 * `message` (for logs) names the request and the cause. Neither, nor any other property, ever
 * holds the API key: the key only lives in the Authorization header, and no header is kept here.
 */
export class PanelError extends UserFacingError {
  readonly kind: PanelErrorKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly detail: string | null;
  readonly validation: ReadonlyArray<ValidationFailure>;
  readonly retryAfterSeconds: number | null;
  readonly retryAt: Date | null;
  readonly permission: PanelPermission | null;
  /** For 'not_found': whether the server or the backup was missing. */
  readonly missing: MissingSubject | null;
  readonly retryable: boolean;

  constructor(init: PanelErrorInit) {
    super(
      init.userMessage,
      init.cause === undefined
        ? { logMessage: init.logMessage }
        : { logMessage: init.logMessage, cause: init.cause },
    );
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
    this.detail = init.detail ?? null;
    this.validation = init.validation ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.retryAt = init.retryAt ?? null;
    this.permission = init.permission ?? null;
    this.missing = init.missing ?? null;
    this.retryable = init.retryable ?? TRANSIENT.has(init.kind);
  }
}
