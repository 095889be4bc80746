/** Discord API objects (as the gateway and REST send them) built from the fake's own state. */
import type { FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser } from './types.js';

type Json = Record<string, unknown>;

/** Every permission bit Discord knows, as interactions carry it in `app_permissions`. */
export const ALL_PERMISSIONS = (1n << 51n) - 1n;
export const ADMINISTRATOR = 1n << 3n;

/** What @everyone may do in a new guild: see, talk, read history, use commands. No management. */
export const DEFAULT_EVERYONE_PERMISSIONS =
  (1n << 0n) | // CreateInstantInvite
  (1n << 6n) | // AddReactions
  (1n << 10n) | // ViewChannel
  (1n << 11n) | // SendMessages
  (1n << 14n) | // EmbedLinks
  (1n << 15n) | // AttachFiles
  (1n << 16n) | // ReadMessageHistory
  (1n << 20n) | // Connect
  (1n << 21n) | // Speak
  (1n << 31n); // UseApplicationCommands

/** The permissions of the bot's own managed role: enough to post (embeds included) where it can see. */
export const BOT_ROLE_PERMISSIONS =
  (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 31n);

export function memberPermissions(guild: FakeGuild, member: FakeMember): bigint {
  if (member.permissions !== undefined) return member.permissions;
  if (member.user.id === guild.ownerId) return ALL_PERMISSIONS;
  let permissions = 0n;
  for (const role of guild.roles) {
    if (role.id === guild.everyoneRoleId || member.roleIds.includes(role.id)) permissions |= role.permissions;
  }
  return (permissions & ADMINISTRATOR) === ADMINISTRATOR ? ALL_PERMISSIONS : permissions;
}

export function userObject(user: FakeUser, bot = false): Json {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: bot ? null : user.globalName,
    avatar: null,
    ...(bot ? { bot: true } : {}),
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
}

export function memberObject(member: FakeMember, joinedAt: string, bot = false): Json {
  return {
    user: userObject(member.user, bot),
    nick: null,
    avatar: null,
    banner: null,
    roles: [...member.roleIds],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
    communication_disabled_until: null,
  };
}

export function roleObject(role: FakeRole, position: number, managed = false): Json {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: role.permissions.toString(),
    managed,
    mentionable: false,
    flags: 0,
  };
}

/** A guild channel; the gateway's GUILD_CREATE leaves out `guild_id`, REST and interactions include it. */
export function guildChannelObject(channel: FakeChannel, position: number, withGuildId: boolean): Json {
  return {
    id: channel.id,
    type: channel.type,
    ...(withGuildId && channel.guildId !== undefined ? { guild_id: channel.guildId } : {}),
    name: channel.name,
    position,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

export function dmChannelObject(channelId: string, recipient: FakeUser): Json {
  return { id: channelId, type: 1, recipients: [userObject(recipient)], last_message_id: null, flags: 0 };
}

export interface GuildExtras {
  botMember: FakeMember;
  botRole: FakeRole;
  joinedAt: string;
}

export function guildCreatePayload(guild: FakeGuild, extras: GuildExtras): Json {
  const roles = [
    ...guild.roles.map((role, index) => roleObject(role, index)),
    roleObject(extras.botRole, guild.roles.length, true),
  ];
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_members: 500_000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.locale,
    nsfw_level: 0,
    nsfw: false,
    joined_at: extras.joinedAt,
    large: false,
    unavailable: false,
    lazy: true,
    member_count: guild.members.size + 1,
    voice_states: [],
    members: [memberObject(extras.botMember, extras.joinedAt, true)],
    channels: guild.channels.map((channel, index) => guildChannelObject(channel, index, false)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    incidents_data: null,
    hub_type: null,
  };
}

/** READY for a new session: the guilds come unavailable and follow as GUILD_CREATE, as from Discord. */
export function readyPayload(
  botUser: FakeUser,
  applicationId: string,
  session: { id: string; resumeGatewayUrl: string },
  guildIds: ReadonlyArray<string>,
  shard: [number, number] = [0, 1],
): Json {
  return {
    v: 10,
    user: { ...userObject(botUser, true), verified: true, mfa_enabled: false, email: null },
    guilds: guildIds.map((id) => ({ id, unavailable: true })),
    session_id: session.id,
    session_type: 'normal',
    resume_gateway_url: session.resumeGatewayUrl,
    shard,
    application: { id: applicationId, flags: 0 },
    private_channels: [],
    presences: [],
    relationships: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    user_settings: {},
    auth: {},
  };
}
