/** The client API (`/api/client/...`): route lookup, the caller's checks, the rate limit, then the route. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bindBackup, bindServer, requireAccess, stateConflict } from './access.js';
import { account, listServers, serverView } from './accountRoutes.js';
import { admitClient, authenticate, expectsJson } from './auth.js';
import {
  createBackup,
  deleteBackup,
  listBackups,
  renameBackup,
  toggleLock,
  viewBackup,
} from './backupRoutes.js';
import { PanelHttpError } from './envelopes.js';
import type { ParsedBody } from './incoming.js';
import { power, resources } from './powerRoutes.js';
import { takeRateLimit } from './rateLimits.js';
import { HTML_CONTENT_TYPE, send, sendError } from './responses.js';
import { restoreBackup } from './restoreRoute.js';
import {
  type BackupHandler,
  matchRoute,
  type Reply,
  type RouteContext,
  type RouteMatch,
  type ServerHandler,
} from './routeTable.js';
import type { PanelState } from './state.js';
import { signedDownloadUrl } from './wingsDownload.js';

const SERVER_ROUTES: Readonly<Record<string, ServerHandler>> = {
  'server.view': serverView,
  'server.resources': (state, _ctx, server) => resources(state, server),
  'server.power': power,
  'backups.list': listBackups,
  'backups.create': createBackup,
};

const BACKUP_ROUTES: Readonly<Record<string, BackupHandler>> = {
  'backups.view': viewBackup,
  'backups.download': signedDownloadUrl,
  'backups.lock': toggleLock,
  'backups.restore': restoreBackup,
  'backups.delete': deleteBackup,
  'backups.rename': renameBackup,
};

function serverRoute(state: PanelState, route: RouteMatch, ctx: RouteContext): Reply {
  const [serverParam = '', backupParam] = route.params;
  // The doc's order: both bindings (scoped, so another server's backup fails here too), then
  // access, then the state conflict.
  const server = bindServer(state, serverParam);
  const backup = backupParam === undefined ? undefined : bindBackup(state, server, backupParam);
  requireAccess(state, server, ctx.user);
  if (route.name !== 'server.view') {
    const conflict = stateConflict(server);
    if (conflict !== undefined) throw PanelHttpError.of(409, 'ServerStateConflictException', conflict);
  }
  const serverHandler = SERVER_ROUTES[route.name];
  if (serverHandler !== undefined) return serverHandler(state, ctx, server);
  if (backup === undefined) throw new Error(`route ${route.name} needs a backup`);
  const backupHandler = BACKUP_ROUTES[route.name];
  if (backupHandler === undefined) throw new Error(`unhandled route ${route.name}`);
  return backupHandler(state, ctx, server, backup);
}

function routeReply(state: PanelState, route: RouteMatch, ctx: RouteContext): Reply {
  if (route.name === 'servers.list') return listServers(state, ctx);
  if (route.name === 'account') return account(state, ctx);
  return serverRoute(state, route, ctx);
}

/** Laravel's router failures name the path without its leading slash. */
function routingError(
  method: string,
  path: string,
  kind: 'not-found' | 'method-not-allowed',
): PanelHttpError {
  const route = path.replace(/^\//, '');
  return kind === 'not-found'
    ? PanelHttpError.of(404, 'NotFoundHttpException', `The route ${route} could not be found.`)
    : PanelHttpError.of(
        405,
        'MethodNotAllowedHttpException',
        `The ${method} method is not supported for route ${route}.`,
      );
}

export function handleClientApi(
  state: PanelState,
  req: IncomingMessage,
  res: ServerResponse,
  requestUrl: URL,
  body: ParsedBody,
): void {
  const method = req.method ?? 'GET';
  const route = matchRoute(state.flavor, method, requestUrl.pathname);
  if (route === undefined || route === 'method-not-allowed') {
    const kind = route === undefined ? 'not-found' : route;
    sendError(res, routingError(method, requestUrl.pathname, kind), {});
    return;
  }

  // Set once the rate limit is taken: every answer after that carries the X-RateLimit headers.
  let rateHeaders: Record<string, string> = {};
  try {
    const key = authenticate(state, req);
    if (key === undefined) {
      // A browser (no JSON in Accept) is sent to the login page instead of a 401.
      if (!expectsJson(req.headers.accept)) {
        res.writeHead(302, { location: `${state.url}/auth/login`, 'content-type': HTML_CONTENT_TYPE });
        res.end();
        return;
      }
      throw PanelHttpError.of(401, 'AuthenticationException', 'Unauthenticated.');
    }
    const user = admitClient(key, req, route.name, body);
    rateHeaders = takeRateLimit(state, user);
    const reply = routeReply(state, route, { user, url: requestUrl, body: body.value });
    send(res, reply.status, reply.body, { ...rateHeaders, ...reply.headers });
  } catch (error) {
    if (error instanceof PanelHttpError) {
      sendError(res, error, rateHeaders);
      return;
    }
    throw error;
  }
}
