/**
 * The fake Discord: one loopback HTTP server that serves REST under /api/v10 and the gateway at
 * /gateway, the state both share (users, guilds, DM channels, messages, interactions, commands),
 * and the actions a test takes as a member (slash, autocomplete, click, select, submit a modal).
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DiscordApiFailure, notFoundRoute } from './apiErrors.js';
import { type ApiCommand, buildOptions, type OptionResolver, type OptionValues } from './commandOptions.js';
import { Gateway } from './gateway.js';
import { decodeBody, headerRecord, matchRoute, type RestReply, type RestRequest, readBody } from './http.js';
import {
  DEFAULT_WAIT_MS,
  type InteractionContext,
  type InteractionHandle,
  InteractionRecord,
} from './interaction.js';
import { findComponent, MessageStore, type StoredMessage } from './messages.js';
import {
  ALL_PERMISSIONS,
  BOT_ROLE_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  dmChannelObject,
  guildChannelObject,
  guildCreatePayload,
  memberObject,
  memberPermissions,
  roleObject,
  userObject,
} from './objects.js';
import { buildRoutes } from './routes.js';
import { nextSnowflake } from './snowflake.js';
import type {
  AnsweredError,
  ApiComponent,
  FakeChannel,
  FakeGuild,
  FakeMember,
  FakeMessage,
  FakeRole,
  FakeUser,
  RecordedRequest,
  ResponseData,
} from './types.js';
import { ChangeSignal, waitUntil } from './wait.js';

export interface FakeDiscordOptions {
  /** Discord's 3 s rule for the first answer to an interaction; 0 disables it. Default 3000. */
  ackTimeoutMs?: number;
  /** How long an interaction token lets the bot edit and follow up. Default 15 minutes. */
  tokenTtlMs?: number;
  /** HELLO's heartbeat interval. Default 41250 ms, as Discord sends. */
  heartbeatIntervalMs?: number;
}

export interface SlashOptions {
  user: FakeUser;
  /** Omit to run the command in the member's DM with the bot. */
  guild?: FakeGuild;
  /** Defaults to the guild's first text channel. */
  channel?: FakeChannel;
  command: string;
  /** "list", or "group sub" for a subcommand inside a group. */
  subcommand?: string;
  options?: OptionValues;
  /** Skip the checks a Discord client makes before it lets a member run a command (permissions, contexts). */
  bypassCommandChecks?: boolean;
}

export interface AutocompleteOptions extends Omit<SlashOptions, 'channel'> {
  channel?: FakeChannel;
  focused: string;
  timeoutMs?: number;
}

export interface ComponentOptions {
  user: FakeUser;
  message: FakeMessage;
  customId: string;
  guild?: FakeGuild;
}

export interface GuildState {
  guild: FakeGuild;
  botMember: FakeMember;
  botRole: FakeRole;
  joinedAt: string;
}

const IDENTIFY_WAIT_MS = 5_000;

export class FakeDiscordServer extends EventEmitter {
  readonly botToken = `fake.${randomBytes(24).toString('base64url')}`;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly applicationOwner: FakeUser;
  readonly requests: RecordedRequest[] = [];
  readonly errors: AnsweredError[] = [];
  /** Requests to routes the fake does not serve (answered 404/405); also emitted as 'unhandled'. */
  readonly unhandled: RecordedRequest[] = [];
  /** Exceptions inside the fake itself (answered 500): a bug in the fake, never the bot. */
  readonly faults: Error[] = [];
  readonly commands: { global: ApiCommand[]; guild: Map<string, ApiCommand[]> } = {
    global: [],
    guild: new Map(),
  };

  readonly ackTimeoutMs: number;
  readonly tokenTtlMs: number;
  readonly signal = new ChangeSignal();
  readonly users = new Map<string, FakeUser>();
  readonly guildStates = new Map<string, GuildState>();
  readonly messages: MessageStore;
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  readonly dmsClosed = new Set<string>();
  /** DM channel id by recipient id, and back. */
  readonly dmChannelByUser = new Map<string, FakeChannel>();
  readonly dmRecipientByChannel = new Map<string, FakeUser>();

  readonly gateway: Gateway;
  readonly #http: Server;
  readonly #routes = buildRoutes(this);
  #port = 0;
  #userCount = 0;
  #guildCount = 0;

  constructor(options: FakeDiscordOptions = {}) {
    super();
    this.ackTimeoutMs = options.ackTimeoutMs ?? 3_000;
    this.tokenTtlMs = options.tokenTtlMs ?? 15 * 60_000;
    this.applicationId = nextSnowflake();
    // The bot user's id is the application id, as for every Discord application created since 2018.
    this.botUser = { id: this.applicationId, username: 'Backup Bot', globalName: 'Backup Bot' };
    this.applicationOwner = this.createUser({ username: 'app-owner' });
    this.messages = new MessageStore(() => userObject(this.botUser, true), this.botUser.id);
    this.gateway = new Gateway({
      botToken: this.botToken,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      readyPayload: (sessionId, guildIds) => ({
        v: 10,
        user: { ...userObject(this.botUser, true), verified: true, mfa_enabled: false, email: null },
        guilds: guildIds.map((id) => ({ id, unavailable: true })),
        session_id: sessionId,
        session_type: 'normal',
        resume_gateway_url: this.gatewayUrl,
        shard: [0, 1],
        application: { id: this.applicationId, flags: 0 },
        private_channels: [],
        presences: [],
        relationships: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
        user_settings: {},
        auth: {},
      }),
      guildCreatePayloads: () =>
        [...this.guildStates.values()].map((state) => guildCreatePayload(state.guild, state)),
      changed: () => this.signal.notify(),
    });
    this.#http = createServer((request, response) => {
      this.#serve(request, response).catch((error: unknown) => {
        this.faults.push(error instanceof Error ? error : new Error(String(error)));
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    });
    this.#http.on('upgrade', (request, socket, head) => this.gateway.handleUpgrade(request, socket, head));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#http.once('error', reject);
      this.#http.listen(0, '127.0.0.1', () => resolve());
    });
    this.#port = (this.#http.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  // ───────────────────────── world ─────────────────────────

  createUser(options: { username?: string } = {}): FakeUser {
    this.#userCount += 1;
    const username = options.username ?? `member${this.#userCount}`;
    const user = {
      id: nextSnowflake(),
      username,
      globalName: username.charAt(0).toUpperCase() + username.slice(1),
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
    } = {},
  ): FakeGuild {
    this.#guildCount += 1;
    const id = nextSnowflake();
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
    if (this.gateway.connected) this.gateway.dispatch('GUILD_CREATE', guildCreatePayload(guild, state));
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
    if (this.guildStates.has(guild.id) && this.gateway.connected)
      this.gateway.dispatch('GUILD_ROLE_CREATE', {
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
        if (this.guildStates.has(guild.id) && this.gateway.connected)
          this.gateway.dispatch('GUILD_ROLE_UPDATE', {
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
    if (this.gateway.connected) this.gateway.dispatch('GUILD_DELETE', { id: guild.id });
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

  interaction(id: string): InteractionHandle | undefined {
    return this.interactions.get(id);
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

  dispatch(t: string, d: unknown): void {
    if (!this.gateway.dispatch(t, d))
      throw new Error(`Cannot dispatch ${t}: the bot never identified on the gateway`);
    this.signal.notify();
  }

  /** Resolves with the first truthy result of `check`, re-checked whenever the fake answers or sends anything. */
  waitFor<T>(
    check: () => T | undefined | null | false,
    options: { timeoutMs?: number; what?: string; got?: () => string } = {},
  ): Promise<T> {
    return waitUntil(this.signal, check, {
      timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_MS,
      what: options.what ?? 'a condition on the fake Discord',
      got: options.got ?? (() => `the last requests: ${this.#describeRecentRequests()}`),
    });
  }

  waitForDm(
    user: FakeUser,
    predicate: (message: FakeMessage) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ) {
    return this.waitFor(() => this.dmMessages(user).find(predicate), {
      timeoutMs,
      what: `a matching DM to ${user.username}`,
      got: () =>
        `DMs [${this.dmMessages(user)
          .map((m) => JSON.stringify(m.content))
          .join(', ')}]`,
    });
  }

  waitForChannelMessage(
    channelId: string,
    predicate: (message: FakeMessage) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ) {
    return this.waitFor(() => this.channelMessages(channelId).find(predicate), {
      timeoutMs,
      what: `a matching message in channel ${channelId}`,
      got: () =>
        `messages [${this.channelMessages(channelId)
          .map((m) => JSON.stringify(m.content || m.embeds[0]?.title || ''))
          .join(', ')}]`,
    });
  }

  #describeRecentRequests(): string {
    const recent = this.requests
      .slice(-8)
      .map((request) => `${request.method} ${request.path} → ${request.status}`);
    return recent.length === 0 ? 'no requests at all' : recent.join('; ');
  }

  // ───────────────────────── member actions ─────────────────────────

  async slash(options: SlashOptions): Promise<InteractionHandle> {
    await this.#waitForGateway();
    const context = this.#context(options.user, options.guild, options.channel);
    const command = this.#commandFor(options, context);
    const built = buildOptions(
      command,
      options.subcommand,
      options.options ?? {},
      this.#resolver(options.guild),
    );
    const data = {
      id: command.id,
      name: command.name,
      type: 1,
      ...(built.options.length > 0 ? { options: built.options } : {}),
      ...(built.resolved !== undefined ? { resolved: built.resolved } : {}),
      ...(command.guild_id !== undefined ? { guild_id: command.guild_id } : {}),
    };
    const label = `/${command.name}${options.subcommand === undefined ? '' : ` ${options.subcommand}`}`;
    return this.#createInteraction(2, label, context, data, undefined);
  }

  async autocomplete(
    options: AutocompleteOptions,
  ): Promise<{ choices: Array<{ name: string; value: string | number }> }> {
    await this.#waitForGateway();
    const context = this.#context(options.user, options.guild, options.channel);
    const command = this.#commandFor(options, context);
    const built = buildOptions(
      command,
      options.subcommand,
      options.options ?? {},
      this.#resolver(options.guild),
      options.focused,
    );
    const data = {
      id: command.id,
      name: command.name,
      type: 1,
      options: built.options,
      ...(command.guild_id !== undefined ? { guild_id: command.guild_id } : {}),
    };
    const label = `autocomplete of "${options.focused}" in /${command.name}${options.subcommand === undefined ? '' : ` ${options.subcommand}`}`;
    const record = this.#createInteraction(4, label, context, data, undefined);
    return waitUntil(
      this.signal,
      () => {
        const answer = record.responses.find((response) => response.kind === 'callback');
        if (answer !== undefined)
          return { choices: (answer.data.choices ?? []).map(({ name, value }) => ({ name, value })) };
        const error = record.errors[0];
        if (error !== undefined)
          throw new Error(`The bot's answer to the ${label} was refused: ${error.code} ${error.message}`);
        return undefined;
      },
      {
        timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_MS,
        what: `choices for the ${label}`,
        got: () => record.describe(),
      },
    );
  }

  async clickButton(options: ComponentOptions): Promise<InteractionHandle> {
    await this.#waitForGateway();
    const message = this.#liveMessage(options.message);
    const button = findComponent(message.components, options.customId);
    if (button === undefined || button.type !== 2)
      throw new Error(
        `Message ${message.id} has no button "${options.customId}"; its buttons: ${describeComponents(message.components, 2)}`,
      );
    if (button.disabled === true)
      throw new Error(`Button "${options.customId}" on message ${message.id} is disabled`);
    const context = this.#contextForMessage(options.user, message, options.guild);
    const data = {
      custom_id: options.customId,
      component_type: 2,
      ...(button.id !== undefined ? { id: button.id } : {}),
    };
    return this.#createInteraction(3, `button "${options.customId}"`, context, data, message);
  }

  async selectMenu(options: ComponentOptions & { values: string[] }): Promise<InteractionHandle> {
    await this.#waitForGateway();
    const message = this.#liveMessage(options.message);
    const menu = findComponent(message.components, options.customId);
    if (menu === undefined || ![3, 5, 6, 7, 8].includes(menu.type))
      throw new Error(
        `Message ${message.id} has no select menu "${options.customId}"; its menus: ${describeComponents(message.components, 3)}`,
      );
    if (menu.disabled === true)
      throw new Error(`Select menu "${options.customId}" on message ${message.id} is disabled`);
    const min = menu.min_values ?? 1;
    const max = menu.max_values ?? 1;
    if (options.values.length < min || options.values.length > max)
      throw new Error(
        `Select menu "${options.customId}" takes ${min}–${max} values, not ${options.values.length}`,
      );
    if (menu.type === 3) {
      const allowed = (menu.options ?? []).map((option) => option.value);
      const unknown = options.values.filter((value) => !allowed.includes(value));
      if (unknown.length > 0)
        throw new Error(
          `Select menu "${options.customId}" offers ${JSON.stringify(allowed)}, not ${JSON.stringify(unknown)}`,
        );
    }
    const context = this.#contextForMessage(options.user, message, options.guild);
    const resolved =
      menu.type === 3 ? undefined : this.#resolveSelectValues(menu.type, options.values, context.guild);
    const data = {
      custom_id: options.customId,
      component_type: menu.type,
      values: [...options.values],
      ...(resolved !== undefined ? { resolved } : {}),
      ...(menu.id !== undefined ? { id: menu.id } : {}),
    };
    return this.#createInteraction(3, `select menu "${options.customId}"`, context, data, message);
  }

  async submitModal(options: {
    user: FakeUser;
    from: InteractionHandle;
    values: Record<string, string>;
    guild?: FakeGuild;
  }): Promise<InteractionHandle> {
    await this.#waitForGateway();
    const opener = this.interactions.get(options.from.id);
    if (opener === undefined) throw new Error(`Interaction ${options.from.id} was not created by this fake`);
    const modal = opener.modal;
    if (modal === undefined)
      throw new Error(`The bot showed no modal in answer to ${opener.label}; got ${opener.describe()}`);
    if (options.user.id !== opener.context.user.id)
      throw new Error(`Only ${opener.context.user.username} sees the modal of ${opener.label}`);
    if (options.guild !== undefined && options.guild.id !== opener.context.guild?.id)
      throw new Error(`The modal of ${opener.label} was not opened in guild ${options.guild.name}`);
    const used = new Set<string>();
    const components = (modal.components ?? []).flatMap((row): Array<Record<string, unknown>> => {
      if (row.type === 1) {
        const input = row.components?.[0];
        if (input === undefined) return [];
        return [{ type: 1, ...idOf(row), components: [submittedInput(input, options.values, used, modal)] }];
      }
      if (row.type === 18 && row.component !== undefined)
        return [
          { type: 18, ...idOf(row), component: submittedInput(row.component, options.values, used, modal) },
        ];
      return [];
    });
    const extra = Object.keys(options.values).filter((key) => !used.has(key));
    if (extra.length > 0)
      throw new Error(
        `Modal "${modal.custom_id ?? ''}" has no input(s) ${extra.join(', ')}; it has ${[...used].join(', ')}`,
      );
    const source =
      opener.sourceMessageId === undefined ? undefined : this.messages.get(opener.sourceMessageId);
    const data = { custom_id: modal.custom_id, components };
    return this.#createInteraction(5, `modal "${modal.custom_id ?? ''}"`, opener.context, data, source);
  }

  // ───────────────────────── interaction plumbing ─────────────────────────

  async #waitForGateway(): Promise<void> {
    await waitUntil(this.signal, () => this.gateway.connected, {
      timeoutMs: IDENTIFY_WAIT_MS,
      what: 'the bot to identify on the gateway (did client.login() run against fake.apiUrl?)',
      got: () => `identifies: ${this.gateway.identifyCount}, requests: ${this.#describeRecentRequests()}`,
    });
  }

  #context(
    user: FakeUser,
    guild: FakeGuild | undefined,
    channel: FakeChannel | undefined,
  ): InteractionContext {
    if (guild === undefined) {
      if (channel !== undefined && channel.type !== 1) throw new Error('A guild channel needs its guild');
      return { user, channel: this.dmChannelFor(user) };
    }
    if (!this.guildStates.has(guild.id)) throw new Error(`The bot is not in guild ${guild.name}`);
    if (!guild.members.has(user.id))
      throw new Error(`${user.username} is not a member of guild ${guild.name}`);
    const target = channel ?? guild.channels.find((candidate) => candidate.type === 0);
    if (target === undefined || target.guildId !== guild.id)
      throw new Error(`Guild ${guild.name} has no such text channel to run the command in`);
    return { user, guild, channel: target };
  }

  #contextForMessage(
    user: FakeUser,
    message: StoredMessage,
    guild: FakeGuild | undefined,
  ): InteractionContext {
    if (message.guildId === undefined) {
      const recipient = this.dmRecipientByChannel.get(message.channelId);
      if (guild !== undefined)
        throw new Error(`Message ${message.id} is in a DM, not in guild ${guild.name}`);
      if (recipient === undefined || recipient.id !== user.id)
        throw new Error(
          `Message ${message.id} is in ${recipient?.username ?? 'someone else'}'s DM, not ${user.username}'s`,
        );
      return { user, channel: this.dmChannelFor(user) };
    }
    const state = this.guildStates.get(message.guildId);
    if (state === undefined) throw new Error(`Message ${message.id} is in a guild the bot has left`);
    if (guild !== undefined && guild.id !== state.guild.id)
      throw new Error(`Message ${message.id} is in guild ${state.guild.name}, not ${guild.name}`);
    const channel = state.guild.channels.find((candidate) => candidate.id === message.channelId);
    if (channel === undefined) throw new Error(`Message ${message.id} is in a channel that no longer exists`);
    return this.#context(user, state.guild, channel);
  }

  #liveMessage(message: FakeMessage): StoredMessage {
    const live = this.messages.get(message.id);
    if (live === undefined) throw new Error(`Message ${message.id} does not exist (any more)`);
    return live;
  }

  #commandFor(options: SlashOptions, context: InteractionContext): ApiCommand {
    const guildCommands =
      context.guild === undefined ? [] : (this.commands.guild.get(context.guild.id) ?? []);
    const command =
      guildCommands.find((candidate) => candidate.name === options.command && candidate.type === 1) ??
      this.commands.global.find((candidate) => candidate.name === options.command && candidate.type === 1);
    if (command === undefined) {
      const known = [...this.commands.global, ...guildCommands].map((candidate) => `/${candidate.name}`);
      throw new Error(
        `/${options.command} is not registered ${context.guild === undefined ? 'globally' : `for guild ${context.guild.name}`}; registered: ${known.join(', ') || 'none'}`,
      );
    }
    if (options.bypassCommandChecks === true) return command;
    const contexts = command.contexts;
    const where = context.guild === undefined ? 1 : 0;
    if (context.guild === undefined && (command.guild_id !== undefined || command.dm_permission === false))
      throw new Error(`/${command.name} is not available in DMs`);
    if (contexts !== null && !contexts.includes(where))
      throw new Error(
        `/${command.name} is registered for contexts ${JSON.stringify(contexts)}, not ${where}`,
      );
    if (context.guild !== undefined && command.default_member_permissions !== null) {
      const member = context.guild.members.get(context.user.id) as FakeMember;
      const required = BigInt(command.default_member_permissions);
      const has = memberPermissions(context.guild, member);
      if ((has & required) !== required)
        throw new Error(
          `${context.user.username} lacks the permissions /${command.name} requires (${required}); Discord would not offer it`,
        );
    }
    return command;
  }

  #resolver(guild: FakeGuild | undefined): OptionResolver {
    return {
      user: (id) => {
        const user = this.users.get(id);
        if (user === undefined) return undefined;
        const member = guild?.members.get(id);
        const state = guild === undefined ? undefined : this.guildStates.get(guild.id);
        if (member === undefined || state === undefined) return { user: userObject(user) };
        const { user: _user, ...memberFields } = memberObject(member, state.joinedAt);
        return {
          user: userObject(user),
          member: { ...memberFields, permissions: memberPermissions(state.guild, member).toString() },
        };
      },
      channel: (id) => {
        const found = this.findGuildChannel(id);
        if (found === undefined) return undefined;
        return { ...guildChannelObject(found.channel, 0, true), permissions: ALL_PERMISSIONS.toString() };
      },
      role: (id) => {
        const found = this.findRole(id);
        return found === undefined ? undefined : roleObject(found.role, found.position);
      },
    };
  }

  #resolveSelectValues(
    type: number,
    values: string[],
    guild: FakeGuild | undefined,
  ): Record<string, unknown> {
    const resolver = this.#resolver(guild);
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

  #createInteraction(
    type: number,
    label: string,
    context: InteractionContext,
    data: Record<string, unknown>,
    source: StoredMessage | undefined,
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
      this.messages,
      this.signal,
    );
    this.interactions.set(id, record);
    this.interactionsByToken.set(token, record);
    const payload: Record<string, unknown> = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      locale: 'en-US',
      app_permissions: ALL_PERMISSIONS.toString(),
      entitlements: [],
      attachment_size_limit: 10_485_760,
      data,
      channel_id: context.channel.id,
      ...this.#placePayload(context),
      ...(source !== undefined ? { message: this.messages.raw(source) } : {}),
    };
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    this.signal.notify();
    return record;
  }

  /** The guild (member, guild, channel) or DM (user, DM channel) half of an interaction payload. */
  #placePayload(context: InteractionContext): Record<string, unknown> {
    const { guild, user, channel } = context;
    if (guild === undefined) {
      return {
        context: 1,
        authorizing_integration_owners: { '0': '0' },
        user: userObject(user),
        channel: dmChannelObject(channel.id, user),
      };
    }
    const state = this.guildStates.get(guild.id) as GuildState;
    const member = guild.members.get(user.id) as FakeMember;
    const position = guild.channels.indexOf(channel);
    return {
      context: 0,
      authorizing_integration_owners: { '0': guild.id },
      guild_id: guild.id,
      guild: { id: guild.id, locale: 'en-US', features: [] },
      guild_locale: 'en-US',
      channel: { ...guildChannelObject(channel, position, true), permissions: ALL_PERMISSIONS.toString() },
      member: {
        ...memberObject(member, state.joinedAt),
        permissions: memberPermissions(guild, member).toString(),
      },
    };
  }

  // ───────────────────────── HTTP ─────────────────────────

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = Date.now();
    const rawBody = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const headers = headerRecord(request);
    const prefix = '/api/v10';
    const versioned = url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
    const segments = (versioned ? url.pathname.slice(prefix.length) : url.pathname)
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
    const path = versioned ? `/${segments.join('/')}` : url.pathname;
    const query = Object.fromEntries(url.searchParams.entries());
    const restRequest: RestRequest = { method, path, params: {}, query, headers, body: undefined, rawBody };

    let reply: RestReply;
    let unhandled = false;
    try {
      const match = versioned ? matchRoute(this.#routes, method, segments) : { kind: 'none' as const };
      if (match.kind !== 'found') {
        unhandled = true;
        throw match.kind === 'wrong-method'
          ? new DiscordApiFailure(405, 0, `405: Method Not Allowed (${method} ${path})`)
          : notFoundRoute(method, path);
      }
      restRequest.params = match.params;
      if (match.route.auth && headers.authorization !== `Bot ${this.botToken}`)
        throw new DiscordApiFailure(401, 0, '401: Unauthorized');
      restRequest.body = decodeBody(headers['content-type'], rawBody);
      reply = match.route.handle(restRequest);
    } catch (error) {
      if (!(error instanceof DiscordApiFailure)) throw error;
      reply = { status: error.status, body: error.toBody() };
      const answered = { code: error.code, message: error.message, path, status: error.status };
      this.errors.push(answered);
      const interaction = this.#interactionOf(restRequest);
      interaction?.errors.push(answered);
    }

    const recorded: RecordedRequest = {
      method,
      path,
      query,
      headers,
      body: restRequest.body,
      rawBody,
      status: reply.status,
      at,
    };
    this.requests.push(recorded);
    if (unhandled) {
      this.unhandled.push(recorded);
      this.emit('unhandled', recorded);
    }
    const bodyText = reply.body === undefined ? undefined : JSON.stringify(reply.body);
    response.writeHead(
      reply.status,
      bodyText === undefined
        ? {}
        : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(bodyText) },
    );
    // Waiters run after the answer is written, so a test that then reads `requests` sees it.
    response.end(bodyText, () => this.signal.notify());
  }

  #interactionOf(request: RestRequest): InteractionRecord | undefined {
    const { id, token } = request.params;
    if (id !== undefined && request.path.startsWith('/interactions/')) return this.interactions.get(id);
    if (token !== undefined) return this.interactionsByToken.get(token);
    return undefined;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }
}

function idOf(component: ApiComponent): { id?: number } {
  return component.id !== undefined ? { id: component.id } : {};
}

function submittedInput(
  input: ApiComponent,
  values: Record<string, string>,
  used: Set<string>,
  modal: ResponseData,
): Record<string, unknown> {
  const customId = input.custom_id ?? '';
  used.add(customId);
  const value = values[customId];
  const where = `modal "${modal.custom_id ?? ''}" input "${customId}"`;
  if (input.type === 4) {
    const text = value ?? '';
    if (text.length === 0 && input.required !== false) throw new Error(`${where} is required`);
    if (text.length > 0 && input.min_length !== undefined && text.length < input.min_length)
      throw new Error(`${where} needs at least ${input.min_length} characters`);
    if (input.max_length !== undefined && text.length > input.max_length)
      throw new Error(`${where} takes at most ${input.max_length} characters`);
    return { type: 4, ...idOf(input), custom_id: customId, value: text };
  }
  // A select menu inside a label: comma-separated values.
  const chosen = value === undefined || value === '' ? [] : value.split(',');
  if (chosen.length === 0 && input.required !== false) throw new Error(`${where} is required`);
  return { type: input.type, ...idOf(input), custom_id: customId, values: chosen };
}

function describeComponents(components: ReadonlyArray<ApiComponent>, type: number): string {
  const found: string[] = [];
  const walk = (list: ReadonlyArray<ApiComponent>) => {
    for (const component of list) {
      const isMatch = type === 2 ? component.type === 2 : [3, 5, 6, 7, 8].includes(component.type);
      if (isMatch)
        found.push(
          `${JSON.stringify(component.custom_id ?? component.url ?? '?')}${component.disabled === true ? ' (disabled)' : ''}`,
        );
      walk([
        ...(component.components ?? []),
        ...(component.component !== undefined ? [component.component] : []),
        ...(component.accessory !== undefined ? [component.accessory] : []),
      ]);
    }
  };
  walk(components);
  return found.length === 0 ? 'none' : found.join(', ');
}
