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
  type ScheduleHandler,
  type ServerHandler,
  type TaskHandler,
} from './routeTable.js';
import { bindSchedule, bindTask } from './scheduleRecords.js';
import {
  createSchedule,
  deleteSchedule,
  executeSchedule,
  listSchedules,
  updateSchedule,
  viewSchedule,
} from './scheduleRoutes.js';
import type { PanelState } from './state.js';
import { createTask, deleteTask, updateTask } from './taskRoutes.js';
import type { PanelServer } from './types.js';
import { signedDownloadUrl } from './wingsDownload.js';

const SERVER_ROUTES: Readonly<Record<string, ServerHandler>> = {
  'server.view': serverView,
  'server.resources': (state, _ctx, server) => resources(state, server),
  'server.power': power,
  'backups.list': listBackups,
  'backups.create': createBackup,
  'schedules.list': listSchedules,
  'schedules.create': createSchedule,
};

const BACKUP_ROUTES: Readonly<Record<string, BackupHandler>> = {
  'backups.view': viewBackup,
  'backups.download': signedDownloadUrl,
  'backups.lock': toggleLock,
  'backups.restore': restoreBackup,
  'backups.delete': deleteBackup,
  'backups.rename': renameBackup,
};

const SCHEDULE_ROUTES: Readonly<Record<string, ScheduleHandler>> = {
  'schedules.view': viewSchedule,
  'schedules.update': updateSchedule,
  'schedules.execute': executeSchedule,
  'schedules.delete': deleteSchedule,
  'tasks.create': createTask,
};

const TASK_ROUTES: Readonly<Record<string, TaskHandler>> = {
  'tasks.update': updateTask,
  'tasks.delete': deleteTask,
};

/**
 * Route-model binding below the server: each model is looked up through its parent (scopeBindings),
 * so another server's backup or schedule, or another schedule's task, is a 404 here. Returns the
 * route with its models bound.
 */
function bindRoute(state: PanelState, route: RouteMatch, server: PanelServer): (ctx: RouteContext) => Reply {
  const [, first = '', second = ''] = route.params;
  const serverHandler = SERVER_ROUTES[route.name];
  if (serverHandler !== undefined) return (ctx) => serverHandler(state, ctx, server);
  const backupHandler = BACKUP_ROUTES[route.name];
  if (backupHandler !== undefined) {
    const backup = bindBackup(state, server, first);
    return (ctx) => backupHandler(state, ctx, server, backup);
  }
  const scheduleHandler = SCHEDULE_ROUTES[route.name];
  if (scheduleHandler !== undefined) {
    const schedule = bindSchedule(state, server, first);
    return (ctx) => scheduleHandler(state, ctx, server, schedule);
  }
  const taskHandler = TASK_ROUTES[route.name];
  if (taskHandler === undefined) throw new Error(`unhandled route ${route.name}`);
  const schedule = bindSchedule(state, server, first);
  const task = bindTask(schedule, second);
  return (ctx) => taskHandler(state, ctx, server, schedule, task);
}

function serverRoute(state: PanelState, route: RouteMatch, ctx: RouteContext): Reply {
  // The doc's order: every binding (scoped, so a child of another server fails here too), then
  // access, then the state conflict, then the route's own checks.
  const server = bindServer(state, route.params[0] ?? '');
  const handler = bindRoute(state, route, server);
  requireAccess(state, server, ctx.user);
  if (route.name !== 'server.view') {
    const conflict = stateConflict(server);
    if (conflict !== undefined) throw PanelHttpError.of(409, 'ServerStateConflictException', conflict);
  }
  return handler(ctx);
}

function routeReply(state: PanelState, route: RouteMatch, ctx: RouteContext): Reply {
  if (route.name === 'servers.list') return listServers(state, ctx);
  if (route.name === 'account') return account(state, ctx);
  return serverRoute(state, route, ctx);
}

/** Laravel's router failures name the path without its leading slash; a 405 lists the methods it takes. */
function routingError(method: string, path: string, supported: string[] | undefined): PanelHttpError {
  const route = path.replace(/^\//, '');
  return supported === undefined
    ? PanelHttpError.of(404, 'NotFoundHttpException', `The route ${route} could not be found.`)
    : PanelHttpError.of(
        405,
        'MethodNotAllowedHttpException',
        `The ${method} method is not supported for route ${route}. Supported methods: ${supported.join(', ')}.`,
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
  if (route === undefined || 'supported' in route) {
    sendError(res, routingError(method, requestUrl.pathname, route?.supported), {});
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
