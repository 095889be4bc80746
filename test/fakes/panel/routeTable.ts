/** The client API's route table, in the panel's own route names, and what a route handler gets and gives. */

import type { PanelState } from './state.js';
import type { Flavor } from './transformers.js';
import type { PanelBackup, PanelSchedule, PanelServer, PanelTask, PanelUser } from './types.js';

export interface RouteMatch {
  name: string;
  params: string[];
}

/** What every client route handler receives, once authentication and the rate limit passed. */
export interface RouteContext {
  user: PanelUser;
  url: URL;
  body: Record<string, unknown>;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A route under /servers/{server}, called once the server is bound, reachable and in a state to answer. */
export type ServerHandler = (state: PanelState, ctx: RouteContext, server: PanelServer) => Reply;
/** A route under /backups/{backup}: the backup is bound too (to this server only). */
export type BackupHandler = (
  state: PanelState,
  ctx: RouteContext,
  server: PanelServer,
  backup: PanelBackup,
) => Reply;

/** A route under /schedules/{schedule}: the schedule is bound through the server's schedules. */
export type ScheduleHandler = (
  state: PanelState,
  ctx: RouteContext,
  server: PanelServer,
  schedule: PanelSchedule,
) => Reply;
/** A route under /tasks/{task}: the task is bound through the schedule's tasks. */
export type TaskHandler = (
  state: PanelState,
  ctx: RouteContext,
  server: PanelServer,
  schedule: PanelSchedule,
  task: PanelTask,
) => Reply;

const SCHEDULES = '^/api/client/servers/([^/]+)/schedules';

/** A path that matches with another method is a 405. */
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
  // The schedules group (§1): update is a POST on the schedule itself, not PUT or PATCH.
  { method: 'GET', pattern: new RegExp(`${SCHEDULES}$`), name: 'schedules.list' },
  { method: 'POST', pattern: new RegExp(`${SCHEDULES}$`), name: 'schedules.create' },
  { method: 'GET', pattern: new RegExp(`${SCHEDULES}/([^/]+)$`), name: 'schedules.view' },
  { method: 'POST', pattern: new RegExp(`${SCHEDULES}/([^/]+)$`), name: 'schedules.update' },
  { method: 'POST', pattern: new RegExp(`${SCHEDULES}/([^/]+)/execute$`), name: 'schedules.execute' },
  { method: 'DELETE', pattern: new RegExp(`${SCHEDULES}/([^/]+)$`), name: 'schedules.delete' },
  { method: 'POST', pattern: new RegExp(`${SCHEDULES}/([^/]+)/tasks$`), name: 'tasks.create' },
  { method: 'POST', pattern: new RegExp(`${SCHEDULES}/([^/]+)/tasks/([^/]+)$`), name: 'tasks.update' },
  { method: 'DELETE', pattern: new RegExp(`${SCHEDULES}/([^/]+)/tasks/([^/]+)$`), name: 'tasks.delete' },
];

/** Laravel's `Router::$verbs`, the order a 405 lists the supported methods in; a GET route answers HEAD too. */
const VERBS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The path is known, but not with this method: the methods it does take, as the 405 names them. */
export interface MethodNotAllowed {
  supported: string[];
}

export function matchRoute(
  flavor: Flavor,
  method: string,
  path: string,
): RouteMatch | MethodNotAllowed | undefined {
  const others = new Set<string>();
  for (const route of ROUTES) {
    if (route.pelicanOnly === true && flavor !== 'pelican') continue;
    const m = route.pattern.exec(path);
    if (m === null) continue;
    if (route.method !== method) {
      others.add(route.method);
      if (route.method === 'GET') others.add('HEAD');
      continue;
    }
    return { name: route.name, params: m.slice(1).map((p) => decodeURIComponent(p)) };
  }
  if (others.size === 0) return undefined;
  // checkForAlternateVerbs leaves the request's own method out of the list.
  return { supported: VERBS.filter((verb) => verb !== method && others.has(verb)) };
}
