import { type Interaction, PermissionFlagsBits } from 'discord.js';
import { NotAllowedError } from '#src/errors.js';
import type { GuildSettings } from '#store/index.js';

/** The member's role ids, from a cached GuildMember or the raw interaction member. */
export function memberRoleIds(interaction: Interaction): string[] {
  const member = interaction.member;
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

/**
 * The guild's role policy for restore and delete: when roles are chosen in /setup, only members
 * holding one of them (or Manage Server) may ask. The panel's own permission check still follows.
 */
export function requireDestructiveRole(
  interaction: Interaction,
  settings: Pick<GuildSettings, 'managerRoleIds'>,
): void {
  if (settings.managerRoleIds.length === 0) return;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return;
  const roles = new Set(memberRoleIds(interaction));
  if (settings.managerRoleIds.some((id) => roles.has(id))) return;
  const names = settings.managerRoleIds.map((id) => `<@&${id}>`).join(', ');
  throw new NotAllowedError(
    `Restoring and deleting backups in this Discord server is limited to members with one of these roles: ${names}.`,
  );
}
