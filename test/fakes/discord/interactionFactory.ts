/** Building interactions: the payload Discord sends the bot, with the member, channel and resolved objects. */
import { randomBytes } from 'node:crypto';
import type { OptionResolver } from './commandOptions.js';
import { type InteractionContext, InteractionRecord } from './interaction.js';
import type { StoredMessage } from './messages.js';
import {
  ALL_PERMISSIONS,
  dmChannelObject,
  guildChannelObject,
  memberObject,
  memberPermissions,
  roleObject,
  userObject,
} from './objects.js';
import type { FakeDiscordServer } from './server.js';
import { nextSnowflake } from './snowflake.js';
import type { FakeGuild, FakeMember } from './types.js';
import type { GuildState } from './world.js';

/** How option values that name users, channels or roles become the `resolved` objects of the payload. */
export function optionResolver(fake: FakeDiscordServer, guild: FakeGuild | undefined): OptionResolver {
  return {
    user: (id) => {
      const user = fake.users.get(id);
      if (user === undefined) return undefined;
      const member = guild?.members.get(id);
      const state = guild === undefined ? undefined : fake.guildStates.get(guild.id);
      if (member === undefined || state === undefined) return { user: userObject(user) };
      const { user: _user, ...memberFields } = memberObject(member, state.joinedAt);
      return {
        user: userObject(user),
        member: { ...memberFields, permissions: memberPermissions(state.guild, member).toString() },
      };
    },
    channel: (id) => {
      const found = fake.findGuildChannel(id);
      if (found === undefined) return undefined;
      return { ...guildChannelObject(found.channel, 0, true), permissions: ALL_PERMISSIONS.toString() };
    },
    role: (id) => {
      const found = fake.findRole(id);
      return found === undefined ? undefined : roleObject(found.role, found.position);
    },
  };
}

/** The `resolved` map of a user, role, mentionable or channel select (types 5 to 8). */
export function resolveSelectValues(
  fake: FakeDiscordServer,
  type: number,
  values: string[],
  guild: FakeGuild | undefined,
): Record<string, unknown> {
  const resolver = optionResolver(fake, guild);
  const resolved: Record<string, Record<string, unknown>> = {};
  const add = (kind: string, id: string, value: Record<string, unknown>) => {
    resolved[kind] ??= {};
    (resolved[kind] as Record<string, unknown>)[id] = value;
  };
  for (const value of values) {
    const user = type === 5 || type === 7 ? resolver.user(value) : undefined;
    const role = type === 6 || type === 7 ? resolver.role(value) : undefined;
    const channel = type === 8 ? resolver.channel(value) : undefined;
    if (user !== undefined) {
      add('users', value, user.user);
      if (user.member !== undefined) add('members', value, user.member);
    } else if (role !== undefined) add('roles', value, role);
    else if (channel !== undefined) add('channels', value, channel);
    else throw new Error(`Select value ${value} names nothing a type ${type} menu offers`);
  }
  return resolved;
}

/** Records the interaction and sends its INTERACTION_CREATE, as Discord does when a member acts. */
export function createInteraction(
  fake: FakeDiscordServer,
  type: number,
  label: string,
  context: InteractionContext,
  data: Record<string, unknown>,
  source: StoredMessage | undefined,
  /** The shard whose session gets it; default the guild's (shard 0 for a DM). */
  shard?: number,
): InteractionRecord {
  const id = nextSnowflake();
  const token = `aW50ZXJhY3Rpb246${Buffer.from(`${id}:`).toString('base64url')}${randomBytes(48).toString('base64url')}`;
  const record = new InteractionRecord(
    id,
    token,
    type,
    label,
    context,
    source?.id,
    fake.messages,
    fake.signal,
  );
  fake.interactions.set(id, record);
  fake.interactionsByToken.set(token, record);
  const payload: Record<string, unknown> = {
    id,
    application_id: fake.applicationId,
    type,
    token,
    version: 1,
    locale: context.user.locale,
    app_permissions: ALL_PERMISSIONS.toString(),
    entitlements: [],
    attachment_size_limit: 10_485_760,
    data,
    channel_id: context.channel.id,
    ...placePayload(fake, context),
    ...(source !== undefined ? { message: fake.messages.raw(source) } : {}),
  };
  if (shard === undefined) fake.gateway.dispatch('INTERACTION_CREATE', payload);
  else fake.gateway.dispatchToShard(shard, 'INTERACTION_CREATE', payload);
  fake.signal.notify();
  return record;
}

/** The guild (member, guild, channel) or DM (user, DM channel) half of an interaction payload. */
function placePayload(fake: FakeDiscordServer, context: InteractionContext): Record<string, unknown> {
  const { guild, user, channel } = context;
  if (guild === undefined) {
    return {
      context: 1,
      authorizing_integration_owners: { '0': '0' },
      user: userObject(user),
      channel: dmChannelObject(channel.id, user),
    };
  }
  const state = fake.guildStates.get(guild.id) as GuildState;
  const member = guild.members.get(user.id) as FakeMember;
  const position = guild.channels.indexOf(channel);
  return {
    context: 0,
    authorizing_integration_owners: { '0': guild.id },
    guild_id: guild.id,
    guild: { id: guild.id, locale: guild.locale, features: [] },
    guild_locale: guild.locale,
    channel: { ...guildChannelObject(channel, position, true), permissions: ALL_PERMISSIONS.toString() },
    member: {
      ...memberObject(member, state.joinedAt),
      permissions: memberPermissions(guild, member).toString(),
    },
  };
}
