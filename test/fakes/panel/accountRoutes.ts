/** `GET /api/client/account`, the server list `GET /api/client` and the server view (§8 of the API doc). */
import { can, userPermissions } from './access.js';
import { item, paginatedList, parsePage } from './envelopes.js';
import type { Reply, RouteContext } from './routeTable.js';
import type { PanelState } from './state.js';
import { accountAttributes, serverAttributes } from './transformers.js';
import type { PanelServer } from './types.js';

export function account(state: PanelState, ctx: RouteContext): Reply {
  return { status: 200, body: item('user', accountAttributes(ctx.user, state.flavor)) };
}

export function listServers(state: PanelState, ctx: RouteContext): Reply {
  const { user, url: requestUrl } = ctx;
  const { servers, flavor } = state;
  const query = requestUrl.searchParams;
  const type = query.get('type');
  const accessible = (s: PanelServer) => s.owner.id === user.id || state.permissionsOf(s, user) !== undefined;
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
  const base = `${state.url}${requestUrl.pathname}`;
  const body = paginatedList(
    rows,
    { page, perPage },
    (s) => item('server', serverAttributes(s, user, flavor, can(state, user, s, 'startup.read'))),
    (p) => {
      // `appends($request->query())`: the query is kept and page is set.
      const params = new URLSearchParams(requestUrl.searchParams);
      params.set('page', String(p));
      return `${base}?${params.toString()}`;
    },
  );
  return { status: 200, body };
}

/** The one server route that a server in a conflicting state still answers. */
export function serverView(state: PanelState, ctx: RouteContext, server: PanelServer): Reply {
  return {
    status: 200,
    body: {
      object: 'server',
      attributes: serverAttributes(
        server,
        ctx.user,
        state.flavor,
        can(state, ctx.user, server, 'startup.read'),
      ),
      meta: {
        is_server_owner: server.owner.id === ctx.user.id,
        user_permissions: userPermissions(state, ctx.user, server),
      },
    },
  };
}
