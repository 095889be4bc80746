import { z } from 'zod';
import { backupLabel } from '#backups/format.js';
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
    throw new InvalidInputError(
      'Pick the backup from the list the `backup` option suggests (it needs the backup’s UUID).',
    );
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
  throw new InvalidInputError(
    `Your panel account lacks the \`${needed}\` permission on server \`${server.identifier}\`. Ask the server owner to grant it.`,
  );
}

export function assertRestorable(backup: Backup) {
  if (backupState(backup) === 'in_progress') {
    throw new InvalidInputError(
      `Backup ${backupLabel(backup)} is still in progress: it can be restored once it has completed.`,
    );
  }
}

export function assertDeletable(backup: Backup) {
  if (backup.is_locked && backupState(backup) === 'completed') {
    throw new InvalidInputError(
      `Backup ${backupLabel(backup)} is locked, so it cannot be deleted. Unlock it first with \`/backup lock\`, then delete it.`,
    );
  }
}
