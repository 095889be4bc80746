import type { ChatInputCommandInteraction } from 'discord.js';
import { escapeText, truncate } from '#backups/format.js';
import type { ComponentInteraction } from '#discord/command.js';
import type { BotContext } from '#discord/context.js';
import { type MemberSession, memberSession } from '#discord/session.js';
import type { Backup } from '#panel/schemas.js';
import { InvalidInputError } from '#src/errors.js';
import type { LinkedServer } from '#store/index.js';

/** Small pieces every /backup subcommand uses: labels, input checks, the member's session. */

export function serverLabel(server: LinkedServer): string {
  return server.name === server.identifier
    ? `\`${server.identifier}\``
    : `**${escapeText(truncate(server.name, 80))}** (\`${server.identifier}\`)`;
}

export function backupLabel(backup: Pick<Backup, 'name' | 'uuid'>): string {
  return `**${escapeText(truncate(backup.name || backup.uuid, 80))}**`;
}

/** Embed titles render markdown as well: a panel name is escaped there too, so it cannot format. */
export function embedTitle(prefix: string, name: string): string {
  return truncate(`${prefix}${escapeText(truncate(name, 200))}`, 256);
}

export function who(userId: string): string {
  return `<@${userId}>`;
}

export function validateUuid(value: string): string {
  const uuid = value.trim();
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(uuid)) {
    throw new InvalidInputError(
      'Pick the backup from the list the `backup` option suggests (it needs the backup’s UUID).',
    );
  }
  return uuid.toLowerCase();
}

export async function session(
  interaction: ChatInputCommandInteraction | ComponentInteraction,
  ctx: BotContext,
): Promise<MemberSession> {
  if (!interaction.guildId)
    throw new InvalidInputError('Backups are managed from a Discord server, not from DMs.');
  return memberSession(ctx, interaction.guildId, interaction.user.id);
}
