import { z } from 'zod';
import { backupLabel } from '#backups/format.js';
import { t } from '#i18n/i18n.js';
import type { MemberSession } from '#members/memberSession.js';
import { resolveServer } from '#members/resolveServer.js';
import { type Backup, backupState, type PanelPermission, type Resources } from '#panel/schemas.js';
import { InvalidInputError } from '#src/errors.js';
import type { LinkedServer } from '#store/index.js';

/** Checks the /backup subcommands make before they ask the panel to act. */

/** What a restore or delete confirmation holds: the server and the backup, by id and name. */
export const confirmedBackup = z.object({
  server: z.object({ identifier: z.string(), name: z.string() }),
  backup: z.object({ uuid: z.string(), name: z.string() }),
});

/** Server states in which a restore must stop the server first. */
export const RUNNING_STATES = new Set(['running', 'starting', 'stopping']);

export function validateUuid(value: string): string {
  const uuid = value.trim();
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(uuid)) {
    throw new InvalidInputError(() => t('backup.check.pickBackup'));
  }
  return uuid.toLowerCase();
}

/** The server and backup a member's options name: the backup by UUID, as the member gave it (lowercased). */
export interface ChosenBackup {
  readonly server: LinkedServer;
  readonly uuid: string;
}

export function chooseBackup(
  s: MemberSession,
  options: { backup: string; server: string | null },
): ChosenBackup {
  return { server: resolveServer(s.link, options.server), uuid: validateUuid(options.backup) };
}

/**
 * The chosen backup, read from the panel with the server view (whose
 * permissions say what the key may do) and, when asked, the server's power state.
 */
export async function readChosenBackup<WithResources extends boolean = false>(
  s: MemberSession,
  { server, uuid }: ChosenBackup,
  withResources?: WithResources,
): Promise<{
  backup: Backup;
  permissions: string[] | null;
  resources: WithResources extends true ? Resources : undefined;
}> {
  const [view, backup, resources] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.backup(server.identifier, uuid),
    withResources ? s.panel.resources(server.identifier) : undefined,
  ]);
  return {
    backup,
    permissions: view.permissions,
    resources: resources as WithResources extends true ? Resources : undefined,
  };
}

/**
 * Refuses early when the server view says the key lacks a permission (owners and admins hold `*`).
 * The panel still has the final word when the action runs.
 */
export function requirePanelPermission(
  granted: string[] | null,
  needed: PanelPermission,
  server: LinkedServer,
) {
  if (granted === null || granted.includes('*') || granted.includes(needed)) return;
  throw new InvalidInputError(() =>
    t('backup.check.missingPermission', { permission: needed, server: server.identifier }),
  );
}

export function assertRestorable(backup: Backup) {
  if (backupState(backup) === 'in_progress') {
    throw new InvalidInputError(() => t('backup.check.notRestorable', { backup: backupLabel(backup) }));
  }
}

export function assertDeletable(backup: Backup) {
  if (backup.is_locked && backupState(backup) === 'completed') {
    throw new InvalidInputError(() => t('backup.check.locked', { backup: backupLabel(backup) }));
  }
}
