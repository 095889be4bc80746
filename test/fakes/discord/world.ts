/**
 * The world the fake Discord holds: users, guilds with their roles, channels and members, DM
 * channels, and the messages the bot posted. Changes the bot would hear of are dispatched on the
 * gateway when it is connected; `FakeDiscordServer` adds the REST server, the gateway and the
 * member actions on top.
 */
import { EventEmitter } from 'node:events';
import type { Gateway } from './gateway.js';
import { MessageStore } from './messages.js';
import {
  BOT_ROLE_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  guildCreatePayload,
  roleObject,
  userObject,
} from './objects.js';
import { nextSnowflake, snowflakeOnShard } from './snowflake.js';
import type { FakeChannel, FakeGuild, FakeMember, FakeMessage, FakeRole, FakeUser } from './types.js';
import { ChangeSignal } from './wait.js';

export interface GuildState {
  guild: FakeGuild;
  botMember: FakeMember;
  botRole: FakeRole;
  joinedAt: string;
}

export abstract class DiscordWorld extends EventEmitter {
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly applicationOwner: FakeUser;
  readonly signal = new ChangeSignal();
  readonly users = new Map<string, FakeUser>();
  readonly guildStates = new Map<string, GuildState>();
  readonly messages: MessageStore;
  readonly dmsClosed = new Set<string>();
  /** DM channel id by recipient id, and back. */
  readonly dmChannelByUser = new Map<string, FakeChannel>();
  readonly dmRecipientByChannel = new Map<string, FakeUser>();
  abstract readonly gateway: Gateway;
  #userCount = 0;
  #guildCount = 0;

  constructor() {
    super();
    this.applicationId = nextSnowflake();
    // The bot user's id is the application id, as for every Discord application created since 2018.
    this.botUser = {
      id: this.applicationId,
      username: 'Backup Bot',
      globalName: 'Backup Bot',
      locale: 'en-US',
    };
    this.applicationOwner = this.createUser({ username: 'app-owner' });
    this.messages = new MessageStore(() => userObject(this.botUser, true), this.botUser.id);
  }

  createUser(options: { username?: string; locale?: string } = {}): FakeUser {
    this.#userCount += 1;
    const username = options.username ?? `member${this.#userCount}`;
    const user = {
      id: nextSnowflake(),
      username,
      globalName: username.charAt(0).toUpperCase() + username.slice(1),
      locale: options.locale ?? 'en-US',
    };
    this.users.set(user.id, user);
    return user;
  }

  createGuild(
    options: {
      name?: string;
      owner?: FakeUser;
      roles?: Array<{ name: string; permissions?: bigint }>;
      textChannels?: string[];
      /** The guild's preferred locale (default en-US). */
      locale?: string;
      /** An id on this shard of this many (`(id >> 22) % count === id`), so a test knows which shard has it. */
      shard?: { id: number; count: number };
    } = {},
  ): FakeGuild {
    this.#guildCount += 1;
    const id = options.shard ? snowflakeOnShard(options.shard.id, options.shard.count) : nextSnowflake();
    const owner = options.owner ?? this.createUser({ username: `owner${this.#guildCount}` });
    if (!this.users.has(owner.id)) this.users.set(owner.id, owner);
    // Discord gives @everyone the guild's own id.
    const roles: FakeRole[] = [
      { id, name: '@everyone', permissions: DEFAULT_EVERYONE_PERMISSIONS },
      ...(options.roles ?? []).map((role) => ({
        id: nextSnowflake(),
        name: role.name,
        permissions: role.permissions ?? 0n,
      })),
    ];
    const channels: FakeChannel[] = (options.textChannels ?? ['general']).map((name) => ({
      id: nextSnowflake(),
      name,
      type: 0,
      guildId: id,
    }));
    const guild: FakeGuild = {
      id,
      name: options.name ?? `Test Guild ${this.#guildCount}`,
      ownerId: owner.id,
      everyoneRoleId: id,
      roles,
      channels,
      members: new Map([[owner.id, { user: owner, roleIds: [] }]]),
      locale: options.locale ?? 'en-US',
    };
    const botRole: FakeRole = {
      id: nextSnowflake(),
      name: this.botUser.username,
      permissions: BOT_ROLE_PERMISSIONS,
    };
    const state: GuildState = {
      guild,
      botRole,
      botMember: { user: this.botUser, roleIds: [botRole.id] },
      joinedAt: new Date().toISOString(),
    };
    this.guildStates.set(id, state);
    this.#announce('GUILD_CREATE', guildCreatePayload(guild, state));
    return guild;
  }

  /** Adds a role to a guild (GUILD_ROLE_CREATE reaches the bot if it is connected). */
  addRole(guild: FakeGuild, options: { name: string; permissions?: bigint }): FakeRole {
    const role: FakeRole = {
      id: nextSnowflake(),
      name: options.name,
      permissions: options.permissions ?? 0n,
    };
    guild.roles.push(role);
    if (this.guildStates.has(guild.id))
      this.#announce('GUILD_ROLE_CREATE', {
        guild_id: guild.id,
        role: roleObject(role, guild.roles.length - 1),
      });
    return role;
  }

  /**
   * Makes `user` a member. Explicit `permissions` are what interactions carry; Discord derives
   * permissions from roles only, so the member also gets a role holding them, and the bot computes
   * the same answer from `guild.members.fetch()` as from the interaction.
   */
  addMember(
    guild: FakeGuild,
    user: FakeUser,
    options: { roleIds?: string[]; permissions?: bigint } = {},
  ): FakeMember {
    if (!this.users.has(user.id)) this.users.set(user.id, user);
    const member: FakeMember = { user, roleIds: [] };
    guild.members.set(user.id, member);
    return this.updateMember(guild, user, options);
  }

  /**
   * Changes a member's roles or explicit permissions (null: computed from roles again). As on Discord
   * without the GuildMembers intent, nothing is dispatched: the bot sees it on its next REST fetch.
   */
  updateMember(
    guild: FakeGuild,
    user: FakeUser,
    options: { roleIds?: string[]; permissions?: bigint | null },
  ): FakeMember {
    const member = guild.members.get(user.id);
    if (member === undefined) throw new Error(`${user.username} is not a member of guild ${guild.name}`);
    const known = new Set(guild.roles.map((role) => role.id));
    for (const roleId of options.roleIds ?? [])
      if (!known.has(roleId)) throw new Error(`Role ${roleId} is not a role of guild ${guild.name}`);
    if (options.roleIds !== undefined) member.roleIds = [...options.roleIds];
    const permissionRoleName = `perms-${user.username}`;
    const permissionRole = guild.roles.find((role) => role.name === permissionRoleName);
    if (options.permissions === null) {
      delete member.permissions;
      if (permissionRole !== undefined)
        member.roleIds = member.roleIds.filter((id) => id !== permissionRole.id);
    } else if (options.permissions !== undefined) {
      member.permissions = options.permissions;
      if (user.id !== guild.ownerId) {
        const role = permissionRole ?? this.addRole(guild, { name: permissionRoleName });
        role.permissions = options.permissions;
        if (this.guildStates.has(guild.id))
          this.#announce('GUILD_ROLE_UPDATE', {
            guild_id: guild.id,
            role: roleObject(role, guild.roles.indexOf(role)),
          });
        if (!member.roleIds.includes(role.id)) member.roleIds.push(role.id);
      }
    }
    return member;
  }

  /** The member leaves the guild (no dispatch without the GuildMembers intent). */
  removeMember(guild: FakeGuild, user: FakeUser): void {
    if (user.id === guild.ownerId) throw new Error('The owner cannot leave the guild');
    guild.members.delete(user.id);
  }

  removeGuild(guild: FakeGuild): void {
    if (!this.guildStates.delete(guild.id)) throw new Error(`The bot is not in guild ${guild.name}`);
    // No `unavailable` field: discord.js reads that as "removed from the guild", not an outage.
    this.#announce('GUILD_DELETE', { id: guild.id });
  }

  setDmsClosed(user: FakeUser, closed: boolean): void {
    if (closed) this.dmsClosed.add(user.id);
    else this.dmsClosed.delete(user.id);
  }

  dmChannelFor(user: FakeUser): FakeChannel {
    let channel = this.dmChannelByUser.get(user.id);
    if (channel === undefined) {
      channel = { id: nextSnowflake(), name: `dm-${user.username}`, type: 1 };
      this.dmChannelByUser.set(user.id, channel);
      this.dmRecipientByChannel.set(channel.id, user);
    }
    return channel;
  }

  /** Messages the bot sent in this user's DM, in their current state (ephemeral replies included). */
  dmMessages(user: FakeUser): FakeMessage[] {
    const channel = this.dmChannelByUser.get(user.id);
    if (channel === undefined) return [];
    return this.messages.inChannel(channel.id, true).map((message) => this.messages.snapshot(message));
  }

  /** Messages everyone in the channel can see (ephemeral replies are left out). */
  channelMessages(channelId: string): FakeMessage[] {
    return this.messages.inChannel(channelId, false).map((message) => this.messages.snapshot(message));
  }

  message(id: string): FakeMessage | undefined {
    const message = this.messages.get(id);
    return message === undefined ? undefined : this.messages.snapshot(message);
  }

  findGuildChannel(channelId: string): { state: GuildState; channel: FakeChannel } | undefined {
    for (const state of this.guildStates.values()) {
      const channel = state.guild.channels.find((candidate) => candidate.id === channelId);
      if (channel !== undefined) return { state, channel };
    }
    return undefined;
  }

  findRole(roleId: string): { state: GuildState; role: FakeRole; position: number } | undefined {
    for (const state of this.guildStates.values()) {
      const position = state.guild.roles.findIndex((role) => role.id === roleId);
      const role = state.guild.roles[position];
      if (role !== undefined) return { state, role, position };
    }
    return undefined;
  }

  /** Tells a connected bot; one that connects later learns the state from READY and GUILD_CREATE. */
  #announce(t: string, d: unknown): void {
    if (this.gateway.connected) this.gateway.dispatch(t, d);
  }
}
