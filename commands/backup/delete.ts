import type { ChatInputCommandInteraction } from 'discord.js';
import { discordTime, formatBytes } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import type { BotContext } from '#discord/context.js';
import { readOptions } from '#discord/options.js';
import { requireDestructiveRole } from '#discord/permissions.js';
import { type MemberSession, resolveServer } from '#discord/session.js';
import { backupState } from '#panel/schemas.js';
import {
  askConfirmation,
  assertDeletable,
  type ConfirmAction,
  requirePanelPermission,
} from './confirmation.js';
import { subcommands } from './options.js';
import { backupLabel, serverLabel, session, validateUuid, who } from './shared.js';

export async function remove(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.delete);
  const s = await session(interaction, ctx);
  requireDestructiveRole(interaction, s.settings);
  const server = resolveServer(s.link, options.server);
  const uuid = validateUuid(options.backup);
  const [view, backup] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.backup(server.identifier, uuid),
  ]);
  assertDeletable(backup);
  requirePanelPermission(view.permissions, 'backup.delete', server);
  const size = backupState(backup) === 'completed' ? ` (${formatBytes(backup.bytes)})` : '';
  await askConfirmation(
    interaction,
    ctx,
    { kind: 'delete', server, backup: { uuid, name: backup.name } },
    `🗑️ **Delete** backup ${backupLabel(backup)}${size}, created ${discordTime(backup.created_at, 'f')}, from ${serverLabel(server)}?\n• This cannot be undone.`,
    'Delete',
  );
}

/** Deletes once confirmed, after checking again that the backup may still be deleted. */
export async function runDelete(
  ctx: BotContext,
  s: MemberSession,
  action: Extract<ConfirmAction, { kind: 'delete' }>,
  show: (content: string) => Promise<unknown>,
) {
  const backup = await s.panel.backup(action.server.identifier, action.backup.uuid);
  assertDeletable(backup);
  await s.panel.deleteBackup(action.server.identifier, action.backup.uuid);
  await show(`🗑️ Backup ${backupLabel(backup)} was deleted from ${serverLabel(action.server)}.`);
  await postAudit(
    ctx.client,
    s.settings,
    `🗑️ ${who(s.userId)} deleted backup ${backupLabel(backup)} from ${serverLabel(action.server)}.`,
    ctx.logger,
  );
}
