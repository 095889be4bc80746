/**
 * Who may do what on a server, in the order §7 of the API doc gives for a server route:
 * route-model binding, then server access, then the server state, then the route's permission.
 */
import { PanelHttpError } from './envelopes.js';
import type { PanelState } from './state.js';
import { isInstalled } from './transformers.js';
import type { PanelBackup, PanelServer, PanelUser } from './types.js';

const NOT_FOUND_BINDING = 'The requested resource could not be found on the server.';
const NOT_FOUND_ACCESS = 'The requested resource does not exist on this server.';
const UNAUTHORIZED = 'This action is unauthorized.';

const STATE_CONFLICT = {
  suspended: 'This server is currently suspended and the functionality requested is unavailable.',
  maintenance:
    'The node of this server is currently under maintenance and the functionality requested is unavailable.',
  installing: 'This server has not yet completed its installation process, please try again later.',
  restoring: 'This server is currently restoring from a backup, please try again later.',
  transferring: 'This server is currently being transferred to a new machine, please try again later.',
} as const;

/** Route-model binding (§7 step 3): an unknown server id is a 404 before any access check. */
export function bindServer(state: PanelState, identifier: string): PanelServer {
  const server =
    identifier.length === 8
      ? state.servers.find((s) => s.identifier === identifier)
      : state.servers.find((s) => s.uuid === identifier);
  if (server === undefined) throw PanelHttpError.of(404, 'NotFoundHttpException', NOT_FOUND_BINDING);
  return server;
}

/** Scoped binding: another server's backup is as unknown as one that never was. */
export function bindBackup(state: PanelState, server: PanelServer, uuid: string): PanelBackup {
  const backup = state.backups.find(
    (b) => b.uuid === uuid && b.serverUuid === server.uuid && b.deletedAt === null,
  );
  if (backup === undefined) throw PanelHttpError.of(404, 'NotFoundHttpException', NOT_FOUND_BINDING);
  return backup;
}

/** AuthenticateServerAccess (§7 step 4): not the owner, a subuser or an admin. */
export function requireAccess(state: PanelState, server: PanelServer, user: PanelUser): void {
  if (!user.admin && server.owner.id !== user.id && state.permissionsOf(server, user) === undefined) {
    throw PanelHttpError.of(404, 'NotFoundHttpException', NOT_FOUND_ACCESS);
  }
}

/** The ServerStateConflictException detail for a server that cannot take requests now, if any. */
export function stateConflict(server: PanelServer): string | undefined {
  if (server.status === 'suspended') return STATE_CONFLICT.suspended;
  if (server.nodeMaintenance) return STATE_CONFLICT.maintenance;
  if (!isInstalled(server)) return STATE_CONFLICT.installing;
  if (server.status === 'restoring_backup') return STATE_CONFLICT.restoring;
  if (server.transferring) return STATE_CONFLICT.transferring;
  return undefined;
}

/** ServerPolicy::before: owner and root admins pass every check; subusers need the exact string. */
export function can(state: PanelState, user: PanelUser, server: PanelServer, permission: string): boolean {
  if (user.admin || server.owner.id === user.id) return true;
  return state.permissionsOf(server, user)?.includes(permission) ?? false;
}

export function requirePermission(
  state: PanelState,
  user: PanelUser,
  server: PanelServer,
  permission: string,
): void {
  if (!can(state, user, server, permission))
    throw PanelHttpError.of(403, 'AccessDeniedHttpException', UNAUTHORIZED);
}

/** The `meta.user_permissions` of the server view. */
export function userPermissions(state: PanelState, user: PanelUser, server: PanelServer): string[] {
  if (user.admin)
    return ['*', 'admin.websocket.errors', 'admin.websocket.install', 'admin.websocket.transfer'];
  if (server.owner.id === user.id) return ['*'];
  return [...(state.permissionsOf(server, user) ?? [])];
}
