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
import { t } from '#i18n/i18n.js';
import type { GuildSettings } from '#store/index.js';
import { FIRST_PAGES, NO_AUDIT, type SetupView, setupActionId } from './ids.js';

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
export function setupMessage(
  guild: Guild,
  settings: GuildSettings | undefined,
  status?: string,
  view: SetupView = FIRST_PAGES,
) {
  const current = settings ?? defaultSettings('');
  const embed = new EmbedBuilder()
    .setTitle(truncate(t('setup.embed.title', { guild: guild.name }), 256))
    .setColor(current.panelUrl ? Colors.Green : Colors.Orange)
    .setDescription(t('setup.embed.description'))
    .addFields(
      {
        name: t('setup.embed.panelUrl'),
        value: current.panelUrl ? `\`${current.panelUrl}\`` : t('setup.embed.panelUrlUnset'),
      },
      {
        name: t('setup.embed.roles'),
        value:
          current.managerRoleIds.length > 0
            ? fitList(
                current.managerRoleIds.map((id) => escapeText(guild.roles.cache.get(id)?.name ?? id)),
                EMBED_FIELD_MAX,
                ', ',
              )
            : t('setup.embed.rolesAnyone'),
      },
      {
        name: t('setup.embed.audit'),
        value: current.auditChannelId
          ? `#${escapeText(guild.channels.cache.get(current.auditChannelId)?.name ?? current.auditChannelId)}`
          : t('setup.embed.none'),
      },
      {
        name: t('setup.embed.notifications'),
        value: current.notificationsChannelId
          ? t('setup.embed.notificationsSet', {
              channel: `#${escapeText(guild.channels.cache.get(current.notificationsChannelId)?.name ?? current.notificationsChannelId)}`,
            })
          : t('setup.embed.notificationsNone'),
      },
    );
  if (settings)
    embed.addFields({
      name: t('setup.embed.lastChange'),
      value: t('setup.embed.lastChangeBy', {
        member: userMention(settings.setupBy),
        when: discordTime(settings.updatedAt, 'R'),
      }),
    });
  if (status) embed.addFields({ name: t('setup.embed.status'), value: truncate(status, 1024) });
  return { embeds: [embed], components: controls(guild, current, view) };
}

/** A select holds 25 options; channel selects keep one for "none". */
export const ROLES_PER_PAGE = 25;
export const CHANNELS_PER_PAGE = 24;

/** The roles an admin may pick, in the guild's order (highest first): not @everyone, not a bot's own. */
export function pickableRoles(guild: Guild) {
  return [...guild.roles.cache.values()]
    .filter((role) => role.id !== guild.id && !role.managed)
    .sort((a, b) => b.position - a.position);
}

/** The text and announcement channels, in the guild's order. */
export function pickableChannels(guild: Guild) {
  return [...guild.channels.cache.values()]
    .filter((c) => c.type === ChannelType.GuildText || c.type === ChannelType.GuildAnnouncement)
    .sort((a, b) => ('position' in a && 'position' in b ? a.position - b.position : 0));
}

/** One page of `items` (the last page when `page` is past the end), and how many pages there are. */
function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { shown: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = Math.min(page, pages - 1);
  return { shown: items.slice(at * size, (at + 1) * size), page: at, pages };
}

const pageNote = (page: number, pages: number) =>
  pages > 1 ? t('setup.controls.pageNote', { page: page + 1, pages }) : '';

function controls(guild: Guild, current: GuildSettings, view: SetupView) {
  const roles = pageOf(pickableRoles(guild), view.rolePage, ROLES_PER_PAGE);
  const channels = pageOf(pickableChannels(guild), view.channelPage, CHANNELS_PER_PAGE);
  const at = { rolePage: roles.page, channelPage: channels.page };
  const id = (action: 'url' | 'test' | 'roles' | 'audit' | 'notify', pages: SetupView = at) =>
    setupActionId.build({ action, guildId: guild.id, ...pages });
  const rows: ActionRowBuilder<ButtonBuilder | StringSelectMenuBuilder>[] = [
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder()
        .setCustomId(id('url'))
        .setLabel(t('setup.controls.setUrl'))
        .setStyle(ButtonStyle.Primary),
      new ButtonBuilder()
        .setCustomId(id('test'))
        .setLabel(t('setup.controls.test'))
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(!current.panelUrl),
    ),
  ];
  if (roles.shown.length > 0) {
    rows.push(
      new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
        new StringSelectMenuBuilder()
          .setCustomId(id('roles'))
          .setPlaceholder(t('setup.controls.rolesPlaceholder', { page: pageNote(roles.page, roles.pages) }))
          .setMinValues(0)
          .setMaxValues(roles.shown.length)
          .addOptions(
            roles.shown.map((role) => ({
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
        .setPlaceholder(
          t('setup.controls.auditPlaceholder', { page: pageNote(channels.page, channels.pages) }),
        )
        .setMinValues(1)
        .setMaxValues(1)
        .addOptions([
          { label: t('setup.controls.noAudit'), value: NO_AUDIT, default: !current.auditChannelId },
          ...channels.shown.map((c) => ({
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
        .setPlaceholder(
          t('setup.controls.notificationsPlaceholder', { page: pageNote(channels.page, channels.pages) }),
        )
        .setMinValues(1)
        .setMaxValues(1)
        .addOptions([
          {
            label: t('setup.controls.noNotifications'),
            value: NO_AUDIT,
            default: !current.notificationsChannelId,
          },
          ...channels.shown.map((c) => ({
            label: truncate(`#${c.name}`, 100),
            value: c.id,
            default: current.notificationsChannelId === c.id,
          })),
        ]),
    ),
  );
  const pagers = [
    ...(roles.pages > 1
      ? pagerButtons(
          'rolepage',
          [t('setup.controls.rolesPrevious'), t('setup.controls.rolesNext')],
          roles,
          (rolePage) => ({ ...at, rolePage }),
        )
      : []),
    ...(channels.pages > 1
      ? pagerButtons(
          'chanpage',
          [t('setup.controls.channelsPrevious'), t('setup.controls.channelsNext')],
          channels,
          (channelPage) => ({ ...at, channelPage }),
        )
      : []),
  ];
  if (pagers.length > 0) rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(pagers));
  return rows;

  function pagerButtons(
    action: 'rolepage' | 'chanpage',
    [previous, next]: [string, string],
    { page, pages }: { page: number; pages: number },
    to: (page: number) => SetupView,
  ) {
    return [
      new ButtonBuilder()
        .setCustomId(setupActionId.build({ action, guildId: guild.id, ...to(Math.max(0, page - 1)) }))
        .setLabel(previous)
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(page === 0),
      new ButtonBuilder()
        .setCustomId(setupActionId.build({ action, guildId: guild.id, ...to(Math.min(pages - 1, page + 1)) }))
        .setLabel(next)
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(page === pages - 1),
    ];
  }
}
