/**
 * A faithful Pterodactyl / Pelican panel for tests: a real node:http server on 127.0.0.1 (port 0) that
 * holds users, client keys, servers, subusers, power state and backups, and answers the client API the
 * way `docs/panel-backup-api.md` describes (envelopes, order of checks, throttles, limits, locks,
 * restores, single-use download links served by a node route on the same port).
 *
 * Knobs:
 * - options: `flavor` ('pterodactyl' | 'pelican'), `backupThrottle` {limit, periodSeconds} (default 2 per
 *   600 s, period 0 disables), `rateLimitPerMinute` (720, pelican 256), `backupDurationMs`,
 *   `restoreDurationMs`, `stopDurationMs` (150 each), `resourcesCacheMs` (0), `downloadTtlSeconds` (900;
 *   a negative value issues links that are already expired).
 * - live objects: fields of a `PanelServer` (status, powerState, transferring, nodeMaintenance, wingsDown,
 *   backupLimit, nextBackupOutcome), of a `PanelUser` (twoFactorMissing, ipRestricted, admin) and of a
 *   `PanelBackup` may be changed by a test at any time.
 * - `completeBackup(uuid, ok)` and `finishRestore(server, ok)` play wings reporting back early;
 *   `addClientKey(user)` gives a user a second key (same rate-limit bucket); `backupsOf` / `getBackup` read
 *   the stored rows (soft-deleted ones included).
 * - `faults`: `latencyMs` before every answer; one-shot queues `failNext` (5xx in the panel's JSON
 *   envelope, 504 = DaemonConnectionException), `htmlNext` (200 HTML login page), `redirectToLoginNext`
 *   (302), `wrongJsonNext` (200 JSON of another shape), `resetNext` (socket destroyed), `hangNext` (no
 *   answer until close), `rateLimitNext` (429 ThrottleRequestsException); `clear()` empties them.
 * - `requests`: every request received (the Authorization header is reduced to 'bearer' | 'none' | 'other').
 */
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type ErrorEntry,
  item,
  PanelHttpError,
  paginatedList,
  parsePage,
  validationEntry,
} from '#fakes/panel/envelopes.js';
import { signHs256, verifyHs256 } from '#fakes/panel/jwt.js';
import { buildTarGz } from '#fakes/panel/tarball.js';
import {
  accountAttributes,
  backupAttributes,
  type Flavor,
  isInstalled,
  serverAttributes,
} from '#fakes/panel/transformers.js';

export interface LoopbackPanelOptions {
  flavor?: Flavor;
  backupThrottle?: { limit: number; periodSeconds: number };
  rateLimitPerMinute?: number;
  backupDurationMs?: number;
  restoreDurationMs?: number;
  stopDurationMs?: number;
  resourcesCacheMs?: number;
  downloadTtlSeconds?: number;
}

export interface PanelUser {
  id: number;
  uuid: string;
  username: string;
  email: string;
  admin: boolean;
  /** The user's client key: `ptlc_` (pelican `pacc_`) + 43 characters, 48 in all as the panel issues them. */
  key: string;
  twoFactorMissing: boolean;
  ipRestricted: boolean;
  createdAt: Date;
}

export type PanelServerStatus =
  | null
  | 'installing'
  | 'install_failed'
  | 'reinstall_failed'
  | 'suspended'
  | 'restoring_backup';
export type PanelPowerState = 'offline' | 'starting' | 'running' | 'stopping';

export interface PanelServer {
  identifier: string;
  uuid: string;
  internalId: number;
  name: string;
  description: string;
  owner: PanelUser;
  backupLimit: number | null;
  status: PanelServerStatus;
  powerState: PanelPowerState;
  transferring: boolean;
  nodeMaintenance: boolean;
  /** Wings unreachable: calls that need the node answer 504 DaemonConnectionException. */
  wingsDown: boolean;
  /** What wings reports for the next backups created through the API; 'never' leaves them in progress. */
  nextBackupOutcome: 'success' | 'failure' | 'never';
}

export interface PanelBackup {
  uuid: string;
  serverUuid: string;
  name: string;
  isSuccessful: boolean;
  isLocked: boolean;
  isScheduled: boolean;
  completedAt: Date | null;
  createdAt: Date;
  bytes: number;
  checksum: string | null;
  ignoredFiles: string[];
  /** Set by a Pterodactyl (soft) delete; Pelican removes the backup instead. */
  deletedAt: Date | null;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: 'bearer' | 'none' | 'other';
  accept: string | undefined;
  userAgent: string | undefined;
}

export interface LoopbackPanelFaults {
  latencyMs: number;
  failNext(status: 500 | 502 | 503 | 504, count?: number, retryAfterSeconds?: number): void;
  htmlNext(count?: number): void;
  redirectToLoginNext(count?: number): void;
  wrongJsonNext(count?: number): void;
  resetNext(count?: number): void;
  hangNext(count?: number): void;
  rateLimitNext(count?: number, retryAfterSeconds?: number): void;
  clear(): void;
}

export interface AddServerOptions {
  owner: PanelUser;
  name?: string;
  description?: string;
  backupLimit?: number | null;
  status?: PanelServerStatus;
  powerState?: PanelPowerState;
  transferring?: boolean;
  nodeMaintenance?: boolean;
  wingsDown?: boolean;
  nextBackupOutcome?: PanelServer['nextBackupOutcome'];
}

export interface AddBackupOptions {
  name?: string;
  state?: 'completed' | 'in_progress' | 'failed';
  locked?: boolean;
  bytes?: number;
  createdAt?: Date;
  ignoredFiles?: string[];
  scheduled?: boolean;
}

export interface LoopbackPanel {
  readonly url: string;
  readonly flavor: Flavor;
  addUser(options?: {
    username?: string;
    admin?: boolean;
    twoFactorMissing?: boolean;
    ipRestricted?: boolean;
  }): PanelUser;
  addApplicationKey(user: PanelUser): string;
  /** Another client key for the same user (shares the user's rate-limit bucket). */
  addClientKey(user: PanelUser): string;
  revokeKey(key: string): void;
  addServer(options: AddServerOptions): PanelServer;
  addSubuser(server: PanelServer, user: PanelUser, permissions: string[]): void;
  addBackup(server: PanelServer, options?: AddBackupOptions): PanelBackup;
  /** Backups of a server as the panel holds them, soft-deleted ones included (insertion order). */
  backupsOf(server: PanelServer): PanelBackup[];
  getBackup(uuid: string): PanelBackup | undefined;
  completeBackup(uuid: string, successful?: boolean): void;
  finishRestore(server: PanelServer, successful?: boolean): void;
  readonly faults: LoopbackPanelFaults;
  readonly requests: ReadonlyArray<RecordedRequest>;
  close(): Promise<void>;
}

const DAEMON_CONNECTION_DETAIL =
  'Could not establish a connection to the machine running this server. Please try again.';

const STATE_CONFLICT = {
  suspended: 'This server is currently suspended and the functionality requested is unavailable.',
  maintenance:
    'The node of this server is currently under maintenance and the functionality requested is unavailable.',
  installing: 'This server has not yet completed its installation process, please try again later.',
  restoring: 'This server is currently restoring from a backup, please try again later.',
  transferring: 'This server is currently being transferred to a new machine, please try again later.',
} as const;

const NOT_FOUND_BINDING = 'The requested resource could not be found on the server.';
const NOT_FOUND_ACCESS = 'The requested resource does not exist on this server.';
const UNAUTHORIZED = 'This action is unauthorized.';

const LOGIN_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pterodactyl</title></head>' +
  '<body><div id="app"><form method="post" action="/auth/login"><input name="user"><input name="password" ' +
  'type="password"><button>Login</button></form></div></body></html>';

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomString(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)];
  return out;
}

type Fault =
  | { kind: 'fail'; status: 500 | 502 | 503 | 504; retryAfterSeconds: number | undefined }
  | { kind: 'html' | 'redirect' | 'wrongJson' | 'reset' | 'hang' }
  | { kind: 'rateLimit'; retryAfterSeconds: number };

interface KeyRecord {
  user: PanelUser;
  kind: 'client' | 'application';
}

interface RouteMatch {
  name: string;
  params: string[];
}

/** The route table, in the panel's own names; a path that matches with another method is a 405. */
const ROUTES: ReadonlyArray<{ method: string; pattern: RegExp; name: string; pelicanOnly?: boolean }> = [
  { method: 'GET', pattern: /^\/api\/client\/?$/, name: 'servers.list' },
  { method: 'GET', pattern: /^\/api\/client\/account$/, name: 'account' },
  { method: 'GET', pattern: /^\/api\/client\/servers\/([^/]+)$/, name: 'server.view' },
  { method: 'GET', pattern: /^\/api\/client\/servers\/([^/]+)\/resources$/, name: 'server.resources' },
  { method: 'POST', pattern: /^\/api\/client\/servers\/([^/]+)\/power$/, name: 'server.power' },
  { method: 'GET', pattern: /^\/api\/client\/servers\/([^/]+)\/backups$/, name: 'backups.list' },
  { method: 'POST', pattern: /^\/api\/client\/servers\/([^/]+)\/backups$/, name: 'backups.create' },
  { method: 'GET', pattern: /^\/api\/client\/servers\/([^/]+)\/backups\/([^/]+)$/, name: 'backups.view' },
  {
    method: 'GET',
    pattern: /^\/api\/client\/servers\/([^/]+)\/backups\/([^/]+)\/download$/,
    name: 'backups.download',
  },
  {
    method: 'POST',
    pattern: /^\/api\/client\/servers\/([^/]+)\/backups\/([^/]+)\/lock$/,
    name: 'backups.lock',
  },
  {
    method: 'POST',
    pattern: /^\/api\/client\/servers\/([^/]+)\/backups\/([^/]+)\/restore$/,
    name: 'backups.restore',
  },
  {
    method: 'DELETE',
    pattern: /^\/api\/client\/servers\/([^/]+)\/backups\/([^/]+)$/,
    name: 'backups.delete',
  },
  {
    method: 'PUT',
    pattern: /^\/api\/client\/servers\/([^/]+)\/backups\/([^/]+)\/rename$/,
    name: 'backups.rename',
    pelicanOnly: true,
  },
];

/** Laravel's `boolean` rule. */
function isLaravelBoolean(value: unknown): boolean {
  return value === true || value === false || value === 0 || value === 1 || value === '0' || value === '1';
}

function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** TrimStrings + ConvertEmptyStringsToNull, applied to one input value. */
function normalizeInput(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function utcStamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

interface ParsedBody {
  raw: string;
  value: Record<string, unknown>;
  malformed: boolean;
}

function parseBody(raw: string): ParsedBody {
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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startLoopbackPanel(options: LoopbackPanelOptions = {}): Promise<LoopbackPanel> {
  const flavor: Flavor = options.flavor ?? 'pterodactyl';
  const throttle = options.backupThrottle ?? { limit: 2, periodSeconds: 600 };
  const rateLimitPerMinute = options.rateLimitPerMinute ?? (flavor === 'pelican' ? 256 : 720);
  const backupDurationMs = options.backupDurationMs ?? 150;
  const restoreDurationMs = options.restoreDurationMs ?? 150;
  const stopDurationMs = options.stopDurationMs ?? 150;
  const resourcesCacheMs = options.resourcesCacheMs ?? 0;
  const downloadTtlSeconds = options.downloadTtlSeconds ?? 900;
  const clientPrefix = flavor === 'pelican' ? 'pacc_' : 'ptlc_';
  const applicationPrefix = flavor === 'pelican' ? 'papp_' : 'ptla_';
  const nameMax = flavor === 'pelican' ? 255 : 191;
  const daemonSecret = randomBytes(32);

  const users: PanelUser[] = [];
  const keys = new Map<string, KeyRecord>();
  const servers: PanelServer[] = [];
  const subusers = new Map<string, Map<number, string[]>>(); // server uuid -> user id -> permissions
  let backups: PanelBackup[] = [];
  const archives = new Map<string, Buffer>(); // backup uuid -> tar.gz served on download
  const usedDownloadIds = new Set<string>();
  const rateBuckets = new Map<string, { windowStart: number; count: number }>();
  const restoreAttempts = new Map<string, number[]>(); // pelican: server uuid -> attempt times
  const resourcesCache = new Map<string, { at: number; body: unknown }>();
  const powerTimers = new Map<string, NodeJS.Timeout>();
  const restoreTimers = new Map<string, NodeJS.Timeout>();
  const timers = new Set<NodeJS.Timeout>();
  const faultQueue: Fault[] = [];
  const requests: RecordedRequest[] = [];
  let nextUserId = 1;
  let nextServerId = 1;
  let closed = false;

  /** Every timer goes through here so that close() can clear them all. */
  function schedule(ms: number, fn: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!closed) fn();
    }, ms);
    // The listening server keeps the process alive while the panel is open; timers alone must not.
    timer.unref();
    timers.add(timer);
    return timer;
  }

  function cancel(timer: NodeJS.Timeout | undefined): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    timers.delete(timer);
  }

  function delay(ms: number): Promise<void> {
    return new Promise((resolve) => schedule(ms, resolve));
  }

  // ---- state helpers -------------------------------------------------------------------------

  function isFailed(backup: PanelBackup): boolean {
    return backup.completedAt !== null && !backup.isSuccessful;
  }

  function liveBackupsOf(server: PanelServer): PanelBackup[] {
    return backups.filter((b) => b.serverUuid === server.uuid && b.deletedAt === null);
  }

  function archiveFor(backup: PanelBackup): Buffer {
    let archive = archives.get(backup.uuid);
    if (archive === undefined) {
      archive = buildTarGz([
        { name: 'server.properties', content: `motd=${backup.name}\n` },
        { name: 'README.txt', content: `Backup ${backup.uuid} of server ${backup.serverUuid}\n` },
      ]);
      archives.set(backup.uuid, archive);
    }
    return archive;
  }

  function markCompleted(backup: PanelBackup, successful: boolean): void {
    backup.completedAt = new Date();
    backup.isSuccessful = successful;
    if (successful) {
      const archive = archiveFor(backup);
      backup.bytes = archive.length;
      backup.checksum = `sha1:${createHash('sha1').update(archive).digest('hex')}`;
    } else {
      // BackupStatusController forces failed backups unlocked.
      backup.isLocked = false;
      backup.bytes = 0;
      backup.checksum = null;
    }
  }

  function permissionsOf(server: PanelServer, user: PanelUser): string[] | undefined {
    return subusers.get(server.uuid)?.get(user.id);
  }

  /** ServerPolicy::before: owner and root admins pass every check; subusers need the exact string. */
  function can(user: PanelUser, server: PanelServer, permission: string): boolean {
    if (user.admin || server.owner.id === user.id) return true;
    return permissionsOf(server, user)?.includes(permission) ?? false;
  }

  function requirePermission(user: PanelUser, server: PanelServer, permission: string): void {
    if (!can(user, server, permission))
      throw PanelHttpError.of(403, 'AccessDeniedHttpException', UNAUTHORIZED);
  }

  function userPermissions(user: PanelUser, server: PanelServer): string[] {
    if (user.admin)
      return ['*', 'admin.websocket.errors', 'admin.websocket.install', 'admin.websocket.transfer'];
    if (server.owner.id === user.id) return ['*'];
    return [...(permissionsOf(server, user) ?? [])];
  }

  function stateConflict(server: PanelServer): string | undefined {
    if (server.status === 'suspended') return STATE_CONFLICT.suspended;
    if (server.nodeMaintenance) return STATE_CONFLICT.maintenance;
    if (!isInstalled(server)) return STATE_CONFLICT.installing;
    if (server.status === 'restoring_backup') return STATE_CONFLICT.restoring;
    if (server.transferring) return STATE_CONFLICT.transferring;
    return undefined;
  }

  function daemonDown(): PanelHttpError {
    return PanelHttpError.of(504, 'DaemonConnectionException', DAEMON_CONNECTION_DETAIL);
  }

  function setPower(server: PanelServer, steps: ReadonlyArray<PanelPowerState>): void {
    cancel(powerTimers.get(server.uuid));
    powerTimers.delete(server.uuid);
    const [first, ...rest] = steps;
    if (first === undefined) return;
    server.powerState = first;
    if (rest.length > 0) {
      powerTimers.set(
        server.uuid,
        schedule(stopDurationMs, () => setPower(server, rest)),
      );
    }
  }

  function finishRestore(server: PanelServer, _successful = true): void {
    cancel(restoreTimers.get(server.uuid));
    restoreTimers.delete(server.uuid);
    // The panel clears the status whether wings reports success or failure.
    if (server.status === 'restoring_backup') server.status = null;
  }

  // ---- responses -----------------------------------------------------------------------------

  function send(
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

  function sendError(res: ServerResponse, error: PanelHttpError, extraHeaders: Record<string, string>): void {
    send(res, error.status, { errors: error.entries }, { ...extraHeaders, ...error.headers });
  }

  function sendFault(req: IncomingMessage, res: ServerResponse, fault: Fault): void {
    switch (fault.kind) {
      case 'fail': {
        const headers: Record<string, string> =
          fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
        const entry: ErrorEntry =
          fault.status === 504
            ? { code: 'DaemonConnectionException', status: '504', detail: DAEMON_CONNECTION_DETAIL }
            : fault.status === 500
              ? {
                  code: 'ErrorException',
                  status: '500',
                  detail:
                    'An unexpected error was encountered while processing this request, please try again.',
                }
              : {
                  code: 'HttpException',
                  status: String(fault.status),
                  detail: fault.status === 502 ? 'Bad Gateway' : 'Service Unavailable',
                };
        send(res, fault.status, { errors: [entry] }, headers);
        return;
      }
      case 'rateLimit': {
        const reset = Math.ceil(Date.now() / 1000) + fault.retryAfterSeconds;
        send(
          res,
          429,
          { errors: [{ code: 'ThrottleRequestsException', status: '429', detail: 'Too Many Attempts.' }] },
          {
            'retry-after': String(fault.retryAfterSeconds),
            'x-ratelimit-reset': String(reset),
            'x-ratelimit-limit': String(rateLimitPerMinute),
            'x-ratelimit-remaining': '0',
          },
        );
        return;
      }
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' });
        res.end(LOGIN_PAGE);
        return;
      case 'redirect':
        res.writeHead(302, { location: `${url}/auth/login`, 'content-type': 'text/html; charset=UTF-8' });
        res.end(
          `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url='${url}/auth/login'" /></head></html>`,
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

  // ---- authentication and rate limit ---------------------------------------------------------

  function expectsJson(accept: string | undefined): boolean {
    const first = accept?.split(',')[0] ?? '';
    return first.includes('/json') || first.includes('+json');
  }

  function authenticate(req: IncomingMessage): KeyRecord | undefined {
    const header = req.headers.authorization;
    const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
    if (match?.[1] === undefined) return undefined;
    return keys.get(match[1]);
  }

  /** `throttle:api.client`, one bucket per user; returns the headers every later answer carries. */
  function takeRateLimit(user: PanelUser): Record<string, string> {
    const now = Date.now();
    let bucket = rateBuckets.get(user.uuid);
    if (bucket === undefined || now - bucket.windowStart >= 60_000) {
      bucket = { windowStart: now, count: 0 };
      rateBuckets.set(user.uuid, bucket);
    }
    if (bucket.count >= rateLimitPerMinute) {
      const retryAfter = Math.max(1, Math.ceil((bucket.windowStart + 60_000 - now) / 1000));
      throw PanelHttpError.of(429, 'ThrottleRequestsException', 'Too Many Attempts.', {
        'retry-after': String(retryAfter),
        'x-ratelimit-reset': String(Math.ceil(now / 1000) + retryAfter),
        'x-ratelimit-limit': String(rateLimitPerMinute),
        'x-ratelimit-remaining': '0',
      });
    }
    bucket.count += 1;
    return {
      'x-ratelimit-limit': String(rateLimitPerMinute),
      'x-ratelimit-remaining': String(rateLimitPerMinute - bucket.count),
    };
  }

  function matchRoute(method: string, path: string): RouteMatch | 'method-not-allowed' | undefined {
    let pathMatched = false;
    for (const route of ROUTES) {
      if (route.pelicanOnly === true && flavor !== 'pelican') continue;
      const m = route.pattern.exec(path);
      if (m === null) continue;
      if (route.method !== method) {
        pathMatched = true;
        continue;
      }
      return { name: route.name, params: m.slice(1).map((p) => decodeURIComponent(p)) };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }

  // ---- client API --------------------------------------------------------------------------

  interface Context {
    user: PanelUser;
    url: URL;
    body: Record<string, unknown>;
  }

  interface Reply {
    status: number;
    body?: unknown;
    headers?: Record<string, string>;
  }

  function listServers(ctx: Context): Reply {
    const { user, url: requestUrl } = ctx;
    const query = requestUrl.searchParams;
    const type = query.get('type');
    const accessible = (s: PanelServer) => s.owner.id === user.id || permissionsOf(s, user) !== undefined;
    let rows: PanelServer[];
    if (type === 'owner') rows = servers.filter((s) => s.owner.id === user.id);
    else if (type === 'admin') rows = user.admin ? servers.filter((s) => !accessible(s)) : [];
    else if (type === 'admin-all') rows = user.admin ? [...servers] : [];
    else rows = servers.filter(accessible);

    const contains = (haystack: string, needle: string) =>
      haystack.toLowerCase().includes(needle.toLowerCase());
    for (const [field, value] of [
      ['uuid', query.get('filter[uuid]')],
      ['name', query.get('filter[name]')],
      ['description', query.get('filter[description]')],
    ] as const) {
      if (value === null || value === '') continue;
      rows = rows.filter((s) => contains(s[field], value));
    }
    const any = query.get('filter[*]');
    if (any !== null && any !== '') {
      rows = rows.filter(
        (s) => contains(s.name, any) || s.uuid.startsWith(any) || s.identifier.startsWith(any),
      );
    }

    const rawPerPage = Number.parseInt(query.get('per_page') ?? '50', 10);
    const perPage = Number.isNaN(rawPerPage) || rawPerPage <= 0 ? 15 : Math.min(rawPerPage, 100);
    const page = parsePage(query.get('page') ?? undefined);
    const base = `${url}${requestUrl.pathname}`;
    const body = paginatedList(
      rows,
      { page, perPage },
      (s) => item('server', serverAttributes(s, user, flavor, can(user, s, 'startup.read'))),
      (p) => {
        // `appends($request->query())`: the query is kept and page is set.
        const params = new URLSearchParams(requestUrl.searchParams);
        params.set('page', String(p));
        return `${base}?${params.toString()}`;
      },
    );
    return { status: 200, body };
  }

  /** Route-model binding (§7 step 3): an unknown server id is a 404 before any access check. */
  function bindServer(identifier: string): PanelServer {
    const server =
      identifier.length === 8
        ? servers.find((s) => s.identifier === identifier)
        : servers.find((s) => s.uuid === identifier);
    if (server === undefined) throw PanelHttpError.of(404, 'NotFoundHttpException', NOT_FOUND_BINDING);
    return server;
  }

  /** AuthenticateServerAccess (§7 step 4): not the owner, a subuser or an admin. */
  function requireAccess(server: PanelServer, user: PanelUser): void {
    if (!user.admin && server.owner.id !== user.id && permissionsOf(server, user) === undefined) {
      throw PanelHttpError.of(404, 'NotFoundHttpException', NOT_FOUND_ACCESS);
    }
  }

  function bindBackup(server: PanelServer, uuid: string): PanelBackup {
    const backup = backups.find(
      (b) => b.uuid === uuid && b.serverUuid === server.uuid && b.deletedAt === null,
    );
    if (backup === undefined) throw PanelHttpError.of(404, 'NotFoundHttpException', NOT_FOUND_BINDING);
    return backup;
  }

  function validate(entries: ErrorEntry[]): void {
    if (entries.length > 0) throw new PanelHttpError(422, entries);
  }

  function serverView(ctx: Context, server: PanelServer): Reply {
    return {
      status: 200,
      body: {
        object: 'server',
        attributes: serverAttributes(server, ctx.user, flavor, can(ctx.user, server, 'startup.read')),
        meta: {
          is_server_owner: server.owner.id === ctx.user.id,
          user_permissions: userPermissions(ctx.user, server),
        },
      },
    };
  }

  function resources(server: PanelServer): Reply {
    const cached = resourcesCache.get(server.uuid);
    if (resourcesCacheMs > 0 && cached !== undefined && Date.now() - cached.at < resourcesCacheMs) {
      return { status: 200, body: cached.body };
    }
    if (server.wingsDown) throw daemonDown();
    const up = server.powerState !== 'offline';
    const body = item('stats', {
      current_state: server.powerState,
      is_suspended: server.status === 'suspended',
      resources: {
        memory_bytes: up ? 536_870_912 : 0,
        cpu_absolute: up ? 12.5 : 0,
        disk_bytes: 104_857_600,
        network_rx_bytes: up ? 2048 : 0,
        network_tx_bytes: up ? 1024 : 0,
        uptime: up ? 60_000 : 0,
      },
    });
    resourcesCache.set(server.uuid, { at: Date.now(), body });
    return { status: 200, body };
  }

  function power(ctx: Context, server: PanelServer): Reply {
    const signal = normalizeInput(ctx.body.signal);
    const permission =
      signal === 'start'
        ? 'control.start'
        : signal === 'stop' || signal === 'kill'
          ? 'control.stop'
          : signal === 'restart'
            ? 'control.restart'
            : '__invalid';
    // SendPowerRequest authorizes before it validates: an invalid signal is a 403 for a subuser.
    requirePermission(ctx.user, server, permission);
    if (signal === null || signal === undefined) {
      validate([validationEntry('signal', 'required', 'The signal field is required.')]);
    }
    if (permission === '__invalid') {
      validate([validationEntry('signal', 'in', 'The selected signal is invalid.')]);
    }
    if (server.wingsDown) throw daemonDown();
    const state = server.powerState;
    if (signal === 'start') {
      if (state === 'offline' || state === 'stopping') setPower(server, ['starting', 'running']);
    } else if (signal === 'stop') {
      if (state === 'running' || state === 'starting') setPower(server, ['stopping', 'offline']);
    } else if (signal === 'restart') {
      setPower(server, state === 'offline' ? ['starting', 'running'] : ['stopping', 'starting', 'running']);
    } else {
      setPower(server, ['offline']);
    }
    // The panel does not drop its /resources cache on a power action: a poller sees the old state until it expires.
    return { status: 204 };
  }

  function listBackups(ctx: Context, server: PanelServer): Reply {
    requirePermission(ctx.user, server, 'backup.read');
    const query = ctx.url.searchParams;
    const rawPerPage = query.get('per_page');
    const parsed = rawPerPage === null ? 20 : Number.parseInt(rawPerPage, 10);
    // min(per_page ?? 20, 50); a zero (or junk) per_page falls back to Eloquent's default of 15.
    const perPage = Number.isNaN(parsed) || parsed <= 0 ? 15 : Math.min(parsed, 50);
    const page = parsePage(query.get('page') ?? undefined);
    const rows = liveBackupsOf(server);
    const base = `${url}${ctx.url.pathname}`;
    const body = paginatedList(
      rows,
      { page, perPage },
      (b) => item('backup', backupAttributes(b, flavor)),
      // Built without appends(): only ?page=N survives.
      (p) => `${base}?page=${p}`,
      { backup_count: rows.filter((b) => !isFailed(b)).length },
    );
    return { status: 200, body };
  }

  function createBackup(ctx: Context, server: PanelServer): Reply {
    requirePermission(ctx.user, server, 'backup.create');
    const name = normalizeInput(ctx.body.name);
    const ignored = normalizeInput(ctx.body.ignored);
    const isLocked = ctx.body.is_locked;
    const errors: ErrorEntry[] = [];
    if (name !== null && name !== undefined) {
      if (typeof name !== 'string')
        errors.push(validationEntry('name', 'string', 'The name must be a string.'));
      else if ([...name].length > nameMax) {
        errors.push(
          validationEntry('name', 'max', `The name may not be greater than ${nameMax} characters.`),
        );
      }
    }
    if (ignored !== null && ignored !== undefined && typeof ignored !== 'string') {
      errors.push(validationEntry('ignored', 'string', 'The ignored must be a string.'));
    }
    if (isLocked !== null && isLocked !== undefined && !isLaravelBoolean(isLocked)) {
      errors.push(validationEntry('is_locked', 'boolean', 'The is_locked field must be true or false.'));
    }
    validate(errors);

    const now = Date.now();
    if (throttle.periodSeconds > 0) {
      const since = now - throttle.periodSeconds * 1000;
      // withTrashed(): soft-deleted backups still count; failed ones do not.
      const recent = backups.filter(
        (b) => b.serverUuid === server.uuid && b.createdAt.getTime() >= since && !isFailed(b),
      );
      const last = recent.at(-1);
      if (last !== undefined && recent.length >= throttle.limit) {
        const retryAfter = Math.max(
          1,
          Math.ceil((last.createdAt.getTime() + throttle.periodSeconds * 1000 - now) / 1000),
        );
        throw PanelHttpError.of(
          429,
          'TooManyRequestsHttpException',
          `Only ${throttle.limit} backups may be generated within a ${throttle.periodSeconds} second span of time.`,
          { 'retry-after': String(retryAfter) },
        );
      }
    }
    const live = liveBackupsOf(server).filter((b) => !isFailed(b)).length;
    if (!server.backupLimit || live >= server.backupLimit) {
      throw PanelHttpError.of(
        400,
        'TooManyBackupsException',
        `Cannot create a new backup, this server has reached its limit of ${server.backupLimit ?? 0} backups.`,
      );
    }
    if (server.wingsDown) throw daemonDown();

    const createdAt = new Date(now);
    const backup: PanelBackup = {
      uuid: randomUUID(),
      serverUuid: server.uuid,
      name: typeof name === 'string' ? name : `Backup at ${utcStamp(createdAt)}`,
      isSuccessful: false,
      isLocked: can(ctx.user, server, 'backup.delete') && isLocked !== undefined && toBoolean(isLocked),
      isScheduled: false,
      completedAt: null,
      createdAt,
      bytes: 0,
      checksum: null,
      ignoredFiles: typeof ignored === 'string' ? ignored.split('\n').filter((line) => line.length > 0) : [],
      deletedAt: null,
    };
    backups.push(backup);
    const outcome = server.nextBackupOutcome;
    if (outcome !== 'never') {
      schedule(backupDurationMs, () => {
        if (backup.completedAt === null) markCompleted(backup, outcome === 'success');
      });
    }
    return { status: 200, body: item('backup', backupAttributes(backup, flavor)) };
  }

  function downloadBackup(ctx: Context, server: PanelServer, backup: PanelBackup): Reply {
    requirePermission(ctx.user, server, 'backup.download');
    const now = Math.floor(Date.now() / 1000);
    const token = signHs256(
      {
        iss: url,
        aud: [url],
        jti: createHash('md5').update(`${ctx.user.id}${server.uuid}`).digest('hex'),
        iat: now,
        nbf: now - 300,
        exp: now + downloadTtlSeconds,
        backup_uuid: backup.uuid,
        server_uuid: server.uuid,
        user_uuid: ctx.user.uuid,
        user_id: ctx.user.id,
        unique_id: randomString(16),
      },
      daemonSecret,
    );
    return { status: 200, body: item('signed_url', { url: `${url}/download/backup?token=${token}` }) };
  }

  function toggleLock(ctx: Context, server: PanelServer, backup: PanelBackup): Reply {
    requirePermission(ctx.user, server, 'backup.delete');
    backup.isLocked = !backup.isLocked;
    return { status: 200, body: item('backup', backupAttributes(backup, flavor)) };
  }

  function takeRestoreThrottle(server: PanelServer): void {
    if (flavor !== 'pelican') return;
    const windowMs = 15 * 60_000;
    const now = Date.now();
    const attempts = (restoreAttempts.get(server.uuid) ?? []).filter((t) => now - t < windowMs);
    restoreAttempts.set(server.uuid, attempts);
    const first = attempts[0];
    if (first !== undefined && attempts.length >= 3) {
      const retryAfter = Math.max(1, Math.ceil((first + windowMs - now) / 1000));
      throw PanelHttpError.of(429, 'ThrottleRequestsException', 'Too Many Attempts.', {
        'retry-after': String(retryAfter),
        'x-ratelimit-reset': String(Math.ceil(now / 1000) + retryAfter),
        'x-ratelimit-limit': '3',
        'x-ratelimit-remaining': '0',
      });
    }
    attempts.push(now);
  }

  function restoreBackup(ctx: Context, server: PanelServer, backup: PanelBackup): Reply {
    // Pelican's per-server limiter is route middleware: it counts every attempt, before the FormRequest.
    takeRestoreThrottle(server);
    requirePermission(ctx.user, server, 'backup.restore');
    const truncate = ctx.body.truncate;
    if (
      truncate === undefined ||
      truncate === null ||
      (typeof truncate === 'string' && truncate.trim() === '')
    ) {
      validate([validationEntry('truncate', 'required', 'The truncate field is required.')]);
    }
    if (!isLaravelBoolean(truncate)) {
      validate([validationEntry('truncate', 'boolean', 'The truncate field must be true or false.')]);
    }
    if (server.status !== null) {
      throw PanelHttpError.of(
        400,
        'BadRequestHttpException',
        'This server is not currently in a state that allows for a backup to be restored.',
      );
    }
    if (!backup.isSuccessful && backup.completedAt === null) {
      throw PanelHttpError.of(
        400,
        'BadRequestHttpException',
        'This backup cannot be restored at this time: not completed or failed.',
      );
    }
    if (server.wingsDown) throw daemonDown();
    server.status = 'restoring_backup';
    // Wings stops the server (gracefully) before it unpacks the archive.
    setPower(server, server.powerState === 'offline' ? ['offline'] : ['stopping', 'offline']);
    cancel(restoreTimers.get(server.uuid));
    restoreTimers.set(
      server.uuid,
      schedule(restoreDurationMs, () => finishRestore(server, true)),
    );
    return { status: 204 };
  }

  function deleteBackup(ctx: Context, server: PanelServer, backup: PanelBackup): Reply {
    requirePermission(ctx.user, server, 'backup.delete');
    if (backup.isLocked && backup.isSuccessful && backup.completedAt !== null) {
      throw PanelHttpError.of(
        400,
        'BackupLockedException',
        'Cannot delete a backup that is marked as locked.',
      );
    }
    if (server.wingsDown && (flavor === 'pterodactyl' || backup.isSuccessful)) throw daemonDown();
    if (flavor === 'pelican') backups = backups.filter((b) => b !== backup);
    else backup.deletedAt = new Date();
    archives.delete(backup.uuid);
    return { status: 204 };
  }

  function renameBackup(ctx: Context, server: PanelServer, backup: PanelBackup): Reply {
    requirePermission(ctx.user, server, 'backup.delete');
    const name = normalizeInput(ctx.body.name);
    if (name === null || name === undefined) {
      validate([validationEntry('name', 'required', 'The name field is required.')]);
    }
    if (typeof name !== 'string') validate([validationEntry('name', 'string', 'The name must be a string.')]);
    else if ([...name].length > 255) {
      validate([validationEntry('name', 'max', 'The name may not be greater than 255 characters.')]);
    }
    backup.name = String(name);
    return { status: 200, body: item('backup', backupAttributes(backup, flavor)) };
  }

  function serverRoute(route: RouteMatch, ctx: Context): Reply {
    const [serverParam = '', backupParam] = route.params;
    // The doc's order: both bindings (scoped, so another server's backup fails here too), then
    // access, then the state conflict.
    const server = bindServer(serverParam);
    const backup = backupParam === undefined ? undefined : bindBackup(server, backupParam);
    requireAccess(server, ctx.user);
    if (route.name !== 'server.view') {
      const conflict = stateConflict(server);
      if (conflict !== undefined) throw PanelHttpError.of(409, 'ServerStateConflictException', conflict);
    }
    switch (route.name) {
      case 'server.view':
        return serverView(ctx, server);
      case 'server.resources':
        return resources(server);
      case 'server.power':
        return power(ctx, server);
      case 'backups.list':
        return listBackups(ctx, server);
      case 'backups.create':
        return createBackup(ctx, server);
    }
    if (backup === undefined) throw new Error(`route ${route.name} needs a backup`);
    switch (route.name) {
      case 'backups.view':
        requirePermission(ctx.user, server, 'backup.read');
        return { status: 200, body: item('backup', backupAttributes(backup, flavor)) };
      case 'backups.download':
        return downloadBackup(ctx, server, backup);
      case 'backups.lock':
        return toggleLock(ctx, server, backup);
      case 'backups.restore':
        return restoreBackup(ctx, server, backup);
      case 'backups.delete':
        return deleteBackup(ctx, server, backup);
      case 'backups.rename':
        return renameBackup(ctx, server, backup);
    }
    throw new Error(`unhandled route ${route.name}`);
  }

  function handleClientApi(
    req: IncomingMessage,
    res: ServerResponse,
    requestUrl: URL,
    body: ParsedBody,
  ): void {
    const method = req.method ?? 'GET';
    const route = matchRoute(method, requestUrl.pathname);
    if (route === undefined) {
      sendError(
        res,
        PanelHttpError.of(
          404,
          'NotFoundHttpException',
          `The route ${requestUrl.pathname.replace(/^\//, '')} could not be found.`,
        ),
        {},
      );
      return;
    }
    if (route === 'method-not-allowed') {
      sendError(
        res,
        PanelHttpError.of(
          405,
          'MethodNotAllowedHttpException',
          `The ${method} method is not supported for route ${requestUrl.pathname.replace(/^\//, '')}.`,
        ),
        {},
      );
      return;
    }

    let rateHeaders: Record<string, string> = {};
    try {
      const key = authenticate(req);
      if (key === undefined) {
        if (!expectsJson(req.headers.accept)) {
          res.writeHead(302, { location: `${url}/auth/login`, 'content-type': 'text/html; charset=UTF-8' });
          res.end();
          return;
        }
        throw PanelHttpError.of(401, 'AuthenticationException', 'Unauthenticated.');
      }
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
      if (user.twoFactorMissing && route.name !== 'account') {
        throw PanelHttpError.of(
          400,
          'TwoFactorAuthRequiredException',
          'Two-factor authentication is required on this account in order to access this endpoint.',
        );
      }
      rateHeaders = takeRateLimit(user);
      const ctx: Context = { user, url: requestUrl, body: body.value };
      let reply: Reply;
      if (route.name === 'servers.list') reply = listServers(ctx);
      else if (route.name === 'account')
        reply = { status: 200, body: item('user', accountAttributes(user, flavor)) };
      else reply = serverRoute(route, ctx);
      send(res, reply.status, reply.body, { ...rateHeaders, ...reply.headers });
    } catch (error) {
      if (error instanceof PanelHttpError) {
        sendError(res, error, rateHeaders);
        return;
      }
      throw error;
    }
  }

  // ---- node (wings) download route -----------------------------------------------------------

  function handleDownload(res: ServerResponse, requestUrl: URL): void {
    const requestId = randomUUID();
    const headers = { 'x-request-id': requestId };
    const token = requestUrl.searchParams.get('token') ?? '';
    const verified = verifyHs256(token, daemonSecret, Date.now() / 1000);
    if (!verified.ok) {
      send(
        res,
        500,
        { error: 'An unexpected error was encountered while processing this request', request_id: requestId },
        headers,
      );
      return;
    }
    const { claims } = verified;
    const uniqueId = String(claims.unique_id);
    const server = servers.find((s) => s.uuid === claims.server_uuid);
    if (usedDownloadIds.has(uniqueId) || server === undefined) {
      send(res, 404, { error: 'The requested resource was not found on this server.' }, headers);
      return;
    }
    usedDownloadIds.add(uniqueId);
    const backup = backups.find((b) => b.uuid === claims.backup_uuid && b.deletedAt === null);
    if (backup === undefined) {
      send(res, 404, { error: 'The requested backup was not found on this server.' }, headers);
      return;
    }
    const archive = archiveFor(backup);
    res.writeHead(200, {
      ...headers,
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${backup.uuid}.tar.gz"`,
      'content-length': archive.length,
    });
    res.end(archive);
  }

  // ---- dispatch ------------------------------------------------------------------------------

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestUrl = new URL(req.url ?? '/', url);
    const raw = await readBody(req);
    const body = parseBody(raw);
    const authHeader = req.headers.authorization;
    requests.push({
      method: req.method ?? 'GET',
      path: requestUrl.pathname,
      query: Object.fromEntries(requestUrl.searchParams),
      body: raw === '' ? undefined : body.malformed ? raw : body.value,
      authorization: authHeader === undefined ? 'none' : /^Bearer\s/i.test(authHeader) ? 'bearer' : 'other',
      accept: req.headers.accept,
      userAgent: req.headers['user-agent'],
    });
    const fault = faultQueue.shift();
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    if (closed) return;
    if (fault !== undefined) {
      sendFault(req, res, fault);
      return;
    }
    const path = requestUrl.pathname;
    if (req.method === 'GET' && path === '/download/backup') {
      handleDownload(res, requestUrl);
      return;
    }
    if (req.method === 'GET' && path === '/auth/login') {
      res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' });
      res.end(LOGIN_PAGE);
      return;
    }
    handleClientApi(req, res, requestUrl, body);
  }

  function enqueue(count: number, fault: Fault): void {
    for (let i = 0; i < count; i++) faultQueue.push(fault);
  }

  const faults: LoopbackPanelFaults = {
    latencyMs: 0,
    failNext: (status, count = 1, retryAfterSeconds) =>
      enqueue(count, { kind: 'fail', status, retryAfterSeconds }),
    htmlNext: (count = 1) => enqueue(count, { kind: 'html' }),
    redirectToLoginNext: (count = 1) => enqueue(count, { kind: 'redirect' }),
    wrongJsonNext: (count = 1) => enqueue(count, { kind: 'wrongJson' }),
    resetNext: (count = 1) => enqueue(count, { kind: 'reset' }),
    hangNext: (count = 1) => enqueue(count, { kind: 'hang' }),
    rateLimitNext: (count = 1, retryAfterSeconds = 60) =>
      enqueue(count, { kind: 'rateLimit', retryAfterSeconds }),
    clear: () => {
      faultQueue.length = 0;
      faults.latencyMs = 0;
    },
  };

  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in this fake must be loud in the test output, but still answer like the panel would.
      console.error('loopback panel failed to handle a request', error);
      send(res, 500, {
        errors: [
          {
            code: 'ErrorException',
            status: '500',
            detail: 'An unexpected error was encountered while processing this request, please try again.',
          },
        ],
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  function newClientKey(user: PanelUser): string {
    const key = `${clientPrefix}${randomString(43)}`;
    keys.set(key, { user, kind: 'client' });
    return key;
  }

  return {
    url,
    flavor,
    faults,
    requests,
    addUser(userOptions = {}) {
      const id = nextUserId++;
      const username = userOptions.username ?? `user${id}`;
      const user: PanelUser = {
        id,
        uuid: randomUUID(),
        username,
        email: `${username}@example.com`,
        admin: userOptions.admin ?? false,
        key: '',
        twoFactorMissing: userOptions.twoFactorMissing ?? false,
        ipRestricted: userOptions.ipRestricted ?? false,
        createdAt: new Date(),
      };
      user.key = newClientKey(user);
      users.push(user);
      return user;
    },
    addApplicationKey(user) {
      const key = `${applicationPrefix}${randomString(43)}`;
      keys.set(key, { user, kind: 'application' });
      return key;
    },
    addClientKey: newClientKey,
    revokeKey(key) {
      keys.delete(key);
    },
    addServer(serverOptions) {
      const uuid = randomUUID();
      const internalId = nextServerId++;
      const server: PanelServer = {
        identifier: uuid.slice(0, 8),
        uuid,
        internalId,
        name: serverOptions.name ?? `Server ${internalId}`,
        description: serverOptions.description ?? '',
        owner: serverOptions.owner,
        backupLimit: serverOptions.backupLimit === undefined ? 3 : serverOptions.backupLimit,
        status: serverOptions.status ?? null,
        powerState: serverOptions.powerState ?? 'offline',
        transferring: serverOptions.transferring ?? false,
        nodeMaintenance: serverOptions.nodeMaintenance ?? false,
        wingsDown: serverOptions.wingsDown ?? false,
        nextBackupOutcome: serverOptions.nextBackupOutcome ?? 'success',
      };
      servers.push(server);
      return server;
    },
    addSubuser(server, user, permissions) {
      let map = subusers.get(server.uuid);
      if (map === undefined) {
        map = new Map();
        subusers.set(server.uuid, map);
      }
      map.set(user.id, [...permissions]);
    },
    addBackup(server, backupOptions = {}) {
      const createdAt = backupOptions.createdAt ?? new Date();
      const backup: PanelBackup = {
        uuid: randomUUID(),
        serverUuid: server.uuid,
        name: backupOptions.name ?? `Backup at ${utcStamp(createdAt)}`,
        isSuccessful: false,
        isLocked: backupOptions.locked ?? false,
        isScheduled: backupOptions.scheduled ?? false,
        completedAt: null,
        createdAt,
        bytes: 0,
        checksum: null,
        ignoredFiles: [...(backupOptions.ignoredFiles ?? [])],
        deletedAt: null,
      };
      const state = backupOptions.state ?? 'completed';
      if (state !== 'in_progress') {
        markCompleted(backup, state === 'completed');
        const created = createdAt.getTime();
        backup.completedAt = new Date(Math.max(created, Math.min(created + 30_000, Date.now())));
        if (state === 'completed' && backupOptions.bytes !== undefined) backup.bytes = backupOptions.bytes;
        // A failed backup seeded as locked stays so; only wings' report forces the unlock.
        if (backupOptions.locked !== undefined) backup.isLocked = backupOptions.locked;
      }
      backups.push(backup);
      return backup;
    },
    backupsOf(server) {
      return backups.filter((b) => b.serverUuid === server.uuid);
    },
    getBackup(uuid) {
      return backups.find((b) => b.uuid === uuid);
    },
    completeBackup(uuid, successful = true) {
      const backup = backups.find((b) => b.uuid === uuid);
      if (backup === undefined) throw new Error(`no backup ${uuid}`);
      if (backup.isSuccessful) {
        throw new Error('Cannot update the status of a backup that is already marked as completed.');
      }
      markCompleted(backup, successful);
    },
    finishRestore,
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
    },
  };
}
