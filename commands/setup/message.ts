import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Colors,
  EmbedBuilder,
  type Guild,
  StringSelectMenuBuilder,
  userMention,
} from 'discord.js';
import { discordTime, EMBED_FIELD_MAX, escapeText, fitList, truncate } from '#discord/text.js';
import type { GuildSettings } from '#store/index.js';
import { NO_AUDIT, setupActionId } from './ids.js';

/** Settings of a guild nobody has set up yet. */
export function defaultSettings(userId: string): GuildSettings {
  return {
    panelUrl: null,
    managerRoleIds: [],
    auditChannelId: null,
    notificationsChannelId: null,
    setupBy: userId,
    updatedAt: new Date().toISOString(),
  };
}

/** The DM's whole content for one guild: current settings, and the controls to change them. */
export function setupMessage(guild: Guild, settings: GuildSettings | undefined, status?: string) {
  const current = settings ?? defaultSettings('');
  const embed = new EmbedBuilder()
    .setTitle(truncate(`Backup bot setup for ${guild.name}`, 256))
    .setColor(current.panelUrl ? Colors.Green : Colors.Orange)
    .setDescription(
      'Members link their own panel API key with `/link`; the panel decides what each key may do. ' +
        'The panel URL is set here, so it never appears in a channel.',
    )
    .addFields(
      {
        name: 'Panel URL',
        value: current.panelUrl ? `\`${current.panelUrl}\`` : 'not set — press **Set panel URL**',
      },
      {
        name: 'Roles allowed to restore and delete',
        value:
          current.managerRoleIds.length > 0
            ? fitList(
                current.managerRoleIds.map((id) => escapeText(guild.roles.cache.get(id)?.name ?? id)),
                EMBED_FIELD_MAX,
                ', ',
              )
            : 'any member whose panel key allows it',
      },
      {
        name: 'Audit channel',
        value: current.auditChannelId
          ? `#${escapeText(guild.channels.cache.get(current.auditChannelId)?.name ?? current.auditChannelId)}`
          : 'none',
      },
      {
        name: 'Notifications channel',
        value: current.notificationsChannelId
          ? `#${escapeText(guild.channels.cache.get(current.notificationsChannelId)?.name ?? current.notificationsChannelId)} — backups made on the panel, failures, stuck and deleted backups, restores`
          : 'none — the panel is not watched',
      },
    );
  if (settings)
    embed.addFields({
      name: 'Last change',
      value: `by ${userMention(settings.setupBy)} ${discordTime(settings.updatedAt, 'R')}`,
    });
  if (status) embed.addFields({ name: 'Status', value: truncate(status, 1024) });
  return { embeds: [embed], components: controls(guild, current) };
}

function controls(guild: Guild, current: GuildSettings) {
  const id = (action: 'url' | 'test' | 'roles' | 'audit' | 'notify') =>
    setupActionId.build({ action, guildId: guild.id });
  const roles = [...guild.roles.cache.values()]
    .filter((role) => role.id !== guild.id && !role.managed)
    .sort((a, b) => b.position - a.position)
    .slice(0, 25);
  const channels = [...guild.channels.cache.values()]
    .filter((c) => c.type === ChannelType.GuildText || c.type === ChannelType.GuildAnnouncement)
    .sort((a, b) => ('position' in a && 'position' in b ? a.position - b.position : 0))
    .slice(0, 24);
  const rows: ActionRowBuilder<ButtonBuilder | StringSelectMenuBuilder>[] = [
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId(id('url')).setLabel('Set panel URL').setStyle(ButtonStyle.Primary),
      new ButtonBuilder()
        .setCustomId(id('test'))
        .setLabel('Test connection')
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(!current.panelUrl),
    ),
  ];
  if (roles.length > 0) {
    rows.push(
      new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
        new StringSelectMenuBuilder()
          .setCustomId(id('roles'))
          .setPlaceholder('Roles that may restore and delete (none: anyone)')
          .setMinValues(0)
          .setMaxValues(roles.length)
          .addOptions(
            roles.map((role) => ({
              label: truncate(role.name, 100),
              value: role.id,
              default: current.managerRoleIds.includes(role.id),
            })),
          ),
      ),
    );
  }
  rows.push(
    new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
      new StringSelectMenuBuilder()
        .setCustomId(id('audit'))
        .setPlaceholder('Audit channel (optional)')
        .setMinValues(1)
        .setMaxValues(1)
        .addOptions([
          { label: 'No audit channel', value: NO_AUDIT, default: !current.auditChannelId },
          ...channels.map((c) => ({
            label: truncate(`#${c.name}`, 100),
            value: c.id,
            default: current.auditChannelId === c.id,
          })),
        ]),
    ),
  );
  rows.push(
    new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
      new StringSelectMenuBuilder()
        .setCustomId(id('notify'))
        .setPlaceholder('Notifications channel (optional; may be the audit channel)')
        .setMinValues(1)
        .setMaxValues(1)
        .addOptions([
          { label: 'No notifications channel', value: NO_AUDIT, default: !current.notificationsChannelId },
          ...channels.map((c) => ({
            label: truncate(`#${c.name}`, 100),
            value: c.id,
            default: current.notificationsChannelId === c.id,
          })),
        ]),
    ),
  );
  return rows;
}
