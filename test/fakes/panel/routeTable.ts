/** The client API's route table, in the panel's own route names, and what a route handler gets and gives. */

import type { PanelState } from './state.js';
import type { Flavor } from './transformers.js';
import type { PanelBackup, PanelServer, PanelUser } from './types.js';

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
];

export function matchRoute(
  flavor: Flavor,
  method: string,
  path: string,
): RouteMatch | 'method-not-allowed' | undefined {
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
