import { DiscordAPIError, type Guild, type Interaction, PermissionFlagsBits, roleMention } from 'discord.js';
import { t } from '#i18n/i18n.js';
import {
  type MemberSession,
  memberSession,
  type SetUpSettings,
  setUpSettings,
} from '#members/memberSession.js';
import { InvalidInputError, NotAllowedError } from '#src/errors.js';
import type { GuildSettings } from '#store/index.js';
import type { BotContext } from './context.js';
import { escapeText } from './text.js';

/**
 * What a command, subcommand, component or confirmable action needs before it runs. Each one
 * declares its access; `grant` is the one place that checks it, so no handler can forget a check.
 *
 * - `guild`: used in a Discord server (not a DM).
 * - `manageGuild`: the member holds Manage Server in the guild (for DM components: the guild their
 *   custom id names, asked of Discord again, since a DM carries no permissions).
 * - `setUp`: the guild has a panel URL.
 * - `linked`: … and the member has linked a key there.
 * - `destructive`: … and the guild's restore/delete role policy lets the member ask.
 */
export type Access = 'guild' | 'manageGuild' | 'setUp' | 'linked' | 'destructive';

export interface Granted {
  guild: { guildId: string };
  manageGuild: { guild: Guild };
  setUp: { guildId: string; settings: SetUpSettings };
  linked: MemberSession;
  destructive: MemberSession;
}

/** What a refusal names: a slash command (by its name), a button, or autocomplete. */
export type Asked = { readonly command: string } | 'button' | 'autocomplete';

/** The guild of an interaction, or a refusal worded for the command it belongs to. */
export function guildIdOf(interaction: Interaction, what: Asked): string {
  if (interaction.inGuild()) return interaction.guildId;
  throw new InvalidInputError(() =>
    what === 'button'
      ? t('errors.guildOnly.button')
      : what === 'autocomplete'
        ? t('errors.guildOnly.autocomplete')
        : t('errors.guildOnly.command', { command: what.command }),
  );
}

/**
 * Checks `access` for the member behind `interaction`, reading the store once, and returns what it
 * read. `what` is named in a refusal; `targetGuildId` is the guild a DM component is about.
 */
export async function grant<A extends Access>(
  interaction: Interaction,
  ctx: BotContext,
  access: A,
  what: Asked,
  targetGuildId?: string,
): Promise<Granted[A]> {
  const granted = await check(interaction, ctx, access, what, targetGuildId);
  return granted as Granted[A];
}

async function check(
  interaction: Interaction,
  ctx: BotContext,
  access: Access,
  what: Asked,
  targetGuildId: string | undefined,
): Promise<Granted[Access]> {
  if (access === 'manageGuild') return { guild: await managedGuild(interaction, ctx, targetGuildId, what) };
  const guildId = guildIdOf(interaction, what);
  if (access === 'guild') return { guildId };
  if (access === 'setUp') return { guildId, settings: await setUpSettings(ctx, guildId) };
  const session = await memberSession(ctx, guildId, interaction.user.id);
  if (access === 'destructive') requireDestructiveRole(interaction, session.settings);
  return session;
}

/** The member's role ids, from a cached GuildMember or the raw interaction member. */
function memberRoleIds(interaction: Interaction): string[] {
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
) {
  if (settings.managerRoleIds.length === 0) return;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return;
  const roles = new Set(memberRoleIds(interaction));
  if (settings.managerRoleIds.some((id) => roles.has(id))) return;
  const names = settings.managerRoleIds.map(roleMention).join(', ');
  throw new NotAllowedError(() => t('errors.access.destructiveRoles', { roles: names }));
}

/**
 * The guild the member manages. In the guild, Discord states the member's permissions in the
 * interaction itself; a DM component carries none, so the member is fetched from Discord again.
 */
async function managedGuild(
  interaction: Interaction,
  ctx: BotContext,
  targetGuildId: string | undefined,
  what: Asked,
): Promise<Guild> {
  if (targetGuildId === undefined) {
    const guildId = guildIdOf(interaction, what);
    const guild = ctx.client.guilds.cache.get(guildId);
    if (!guild) throw new NotAllowedError(() => t('errors.access.guildNotSeen'));
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
      throw needsManageGuild(guild, 'setUp');
    return guild;
  }
  const guild = ctx.client.guilds.cache.get(targetGuildId);
  if (!guild) throw new NotAllowedError(() => t('errors.access.guildLeft'));
  try {
    const member = await guild.members.fetch({ user: interaction.user.id, force: true });
    if (!member.permissions.has(PermissionFlagsBits.ManageGuild)) throw needsManageGuild(guild, 'change');
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === 10007) {
      const name = escapeText(guild.name);
      throw new NotAllowedError(() => t('errors.access.notAMember', { guild: name }));
    }
    throw error;
  }
  return guild;
}

function needsManageGuild(guild: Guild, purpose: 'setUp' | 'change'): NotAllowedError {
  const name = escapeText(guild.name);
  return new NotAllowedError(() =>
    purpose === 'setUp'
      ? t('errors.access.manageGuildToSetUp', { guild: name })
      : t('errors.access.manageGuildToChange', { guild: name }),
  );
}
