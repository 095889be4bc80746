/** The REST routes discord.js calls, each answered the way Discord answers it (errors included). */
import { randomBytes } from 'node:crypto';
import {
  alreadyAcknowledged,
  cannotMessageUser,
  emptyMessage,
  formBodyFailure,
  missingAccess,
  unknownChannel,
  unknownCommand,
  unknownGuild,
  unknownInteraction,
  unknownMember,
  unknownMessage,
  unknownUser,
  unknownWebhook,
} from './apiErrors.js';
import type { ApiCommand } from './commandOptions.js';
import { type RestReply, type RestRequest, type Route, route } from './http.js';
import type { InteractionRecord } from './interaction.js';
import { EPHEMERAL, isEmpty, LOADING, type MessageFields, type StoredMessage } from './messages.js';
import {
  dmChannelObject,
  guildChannelObject,
  guildCreatePayload,
  memberObject,
  roleObject,
  userObject,
} from './objects.js';
import type { FakeDiscordServer } from './server.js';
import { nextSnowflake } from './snowflake.js';
import type { ApiComponent, ApiEmbed, ResponseData } from './types.js';
import {
  validateChoices,
  validateCommand,
  validateCommands,
  validateMessagePayload,
  validateModal,
} from './validation.js';
import type { GuildState } from './world.js';

const ok = (body: unknown): RestReply => ({ status: 200, body });
const noContent = (): RestReply => ({ status: 204 });

/** Which callback types Discord accepts for each interaction type. */
function allowedCallbacks(interaction: InteractionRecord): number[] {
  switch (interaction.type) {
    case 2:
      return [4, 5, 9];
    case 3:
      return [4, 5, 6, 7, 9];
    case 4:
      return [8];
    case 5:
      return interaction.sourceMessageId === undefined ? [4, 5] : [4, 5, 6, 7];
    default:
      return [];
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function messageFields(body: Record<string, unknown>): MessageFields {
  const fields: MessageFields = {};
  if ('content' in body) fields.content = (body.content as string | null) ?? null;
  if ('embeds' in body) fields.embeds = (body.embeds as ApiEmbed[] | null) ?? null;
  if ('components' in body) fields.components = (body.components as ApiComponent[] | null) ?? null;
  if ('flags' in body) fields.flags = (body.flags as number | null) ?? null;
  return fields;
}

export function buildRoutes(fake: FakeDiscordServer): Route[] {
  const guildState = (guildId: string): GuildState => {
    const state = fake.guildStates.get(guildId);
    if (state === undefined) throw unknownGuild();
    return state;
  };

  const applicationObject = () => ({
    id: fake.applicationId,
    name: fake.botUser.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: randomBytes(32).toString('hex'),
    flags: 0,
    hook: true,
    is_monetized: false,
    owner: userObject(fake.applicationOwner),
    team: null,
    bot: userObject(fake.botUser, true),
    approximate_guild_count: fake.guildStates.size,
    redirect_uris: [],
    interactions_endpoint_url: null,
    integration_types_config: { '0': {} },
  });

  // ── commands ──

  const checkApplication = (request: RestRequest) => {
    if (request.params.app !== fake.applicationId) throw missingAccess();
  };

  const commandList = (request: RestRequest): { list: ApiCommand[]; guildId: string | undefined } => {
    checkApplication(request);
    const guildId = request.params.guild;
    if (guildId === undefined) return { list: fake.commands.global, guildId };
    guildState(guildId);
    return { list: fake.commands.guild.get(guildId) ?? [], guildId };
  };

  const storeList = (guildId: string | undefined, list: ApiCommand[]) => {
    if (guildId === undefined) fake.commands.global = list;
    else fake.commands.guild.set(guildId, list);
  };

  const toCommand = (
    body: Record<string, unknown>,
    guildId: string | undefined,
    previous?: ApiCommand,
  ): ApiCommand => {
    const type = (body.type as number | undefined) ?? 1;
    const options = body.options as ApiCommand['options'];
    const definition = {
      type,
      name: body.name as string,
      name_localizations: body.name_localizations ?? null,
      description: (body.description as string | undefined) ?? '',
      description_localizations: body.description_localizations ?? null,
      ...(options !== undefined && options.length > 0 ? { options: structuredClone(options) } : {}),
      default_member_permissions: (body.default_member_permissions as string | null | undefined) ?? null,
      ...(guildId === undefined
        ? { dm_permission: (body.dm_permission as boolean | undefined) ?? true }
        : {}),
      contexts: (body.contexts as number[] | null | undefined) ?? null,
      integration_types: (body.integration_types as number[] | undefined) ?? [0],
      nsfw: (body.nsfw as boolean | undefined) ?? false,
      ...(guildId !== undefined ? { guild_id: guildId } : {}),
    };
    const { id: _id, application_id: _app, version: previousVersion, ...previousDefinition } = previous ?? {};
    const unchanged =
      previous !== undefined && JSON.stringify(previousDefinition) === JSON.stringify(definition);
    return {
      id: previous?.id ?? nextSnowflake(),
      application_id: fake.applicationId,
      version: unchanged && typeof previousVersion === 'string' ? previousVersion : nextSnowflake(),
      ...definition,
    };
  };

  const listCommands = (request: RestRequest) => ok(commandList(request).list);

  const overwriteCommands = (request: RestRequest) => {
    const { list, guildId } = commandList(request);
    validateCommands(request.body);
    const bodies = (request.body as unknown[]).map(asRecord);
    const seen = new Set<string>();
    bodies.forEach((body, index) => {
      const key = `${String(body.type ?? 1)}:${String(body.name)}`;
      if (seen.has(key))
        throw formBodyFailure([
          {
            path: [index, 'name'],
            code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
            message: 'Application command names must be unique',
          },
        ]);
      seen.add(key);
    });
    // Discord keeps the id of a command that keeps its name and type across a bulk overwrite.
    const next = bodies.map((body) =>
      toCommand(
        body,
        guildId,
        list.find(
          (existing) =>
            existing.name === body.name && existing.type === ((body.type as number | undefined) ?? 1),
        ),
      ),
    );
    storeList(guildId, next);
    return ok(next);
  };

  const createCommand = (request: RestRequest) => {
    const { list, guildId } = commandList(request);
    validateCommand(request.body);
    const body = asRecord(request.body);
    const existing = list.find(
      (command) => command.name === body.name && command.type === ((body.type as number | undefined) ?? 1),
    );
    const command = toCommand(body, guildId, existing);
    storeList(guildId, [...list.filter((candidate) => candidate !== existing), command]);
    return { status: existing === undefined ? 201 : 200, body: command };
  };

  const findCommand = (request: RestRequest) => {
    const { list, guildId } = commandList(request);
    const command = list.find((candidate) => candidate.id === request.params.command);
    if (command === undefined) throw unknownCommand();
    return { list, guildId, command };
  };

  const editCommand = (request: RestRequest) => {
    const { list, guildId, command } = findCommand(request);
    const merged = { ...command, ...asRecord(request.body) };
    validateCommand(merged);
    const next = toCommand(merged, guildId, command);
    storeList(
      guildId,
      list.map((candidate) => (candidate === command ? next : candidate)),
    );
    return ok(next);
  };

  const deleteCommand = (request: RestRequest) => {
    const { list, guildId, command } = findCommand(request);
    storeList(
      guildId,
      list.filter((candidate) => candidate !== command),
    );
    return noContent();
  };

  // ── interactions ──

  const interactionMessageExtra = (interaction: InteractionRecord, extra: Record<string, unknown> = {}) => {
    const { user, guild } = interaction.context;
    const commandName = interaction.label.startsWith('/')
      ? interaction.label.slice(1).split(' ')[0]
      : undefined;
    return {
      webhook_id: fake.applicationId,
      application_id: fake.applicationId,
      interaction_metadata: {
        id: interaction.id,
        type: interaction.type,
        user: userObject(user),
        authorizing_integration_owners: { '0': guild?.id ?? '0' },
        ...(commandName !== undefined ? { name: commandName, command_type: 1 } : {}),
        ...(interaction.sourceMessageId !== undefined
          ? { interacted_message_id: interaction.sourceMessageId }
          : {}),
        ...extra,
      },
    };
  };

  const createInteractionMessage = (
    interaction: InteractionRecord,
    fields: MessageFields,
    extraFlags: number,
    metadata?: Record<string, unknown>,
  ): StoredMessage => {
    const { guild, channel } = interaction.context;
    return fake.messages.create({
      channelId: channel.id,
      guildId: guild?.id,
      type: interaction.type === 2 ? 20 : 19,
      fields,
      extraFlags,
      extra: interactionMessageExtra(interaction, metadata),
    });
  };

  /** Validates an edit and applies it, refusing one that would leave the message empty. */
  const editMessage = (
    message: StoredMessage,
    body: Record<string, unknown>,
    prefix: string[] = [],
  ): StoredMessage => {
    validateMessagePayload(body, prefix);
    const preview = fake.messages.preview(message, messageFields(body));
    if (isEmpty(preview)) throw emptyMessage();
    return fake.messages.commit(preview, true);
  };

  const newMessageFields = (body: Record<string, unknown>, prefix: string[]): MessageFields => {
    validateMessagePayload(body, prefix);
    const fields = messageFields(body);
    const probe = fake.messages.preview(
      {
        id: '',
        channelId: '',
        type: 0,
        content: '',
        embeds: [],
        components: [],
        flags: 0,
        createdAt: 0,
        editedAt: null,
        deleted: false,
        extra: {},
      },
      fields,
    );
    if (isEmpty(probe)) throw emptyMessage();
    return fields;
  };

  const callback = (request: RestRequest): RestReply => {
    const interaction = fake.interactions.get(request.params.id ?? '');
    if (interaction === undefined || interaction.token !== request.params.token) throw unknownInteraction();
    if (interaction.acknowledged) throw alreadyAcknowledged();
    if (fake.ackTimeoutMs > 0 && Date.now() - interaction.createdAt > fake.ackTimeoutMs)
      throw unknownInteraction();
    const body = asRecord(request.body);
    const type = body.type;
    const allowed = allowedCallbacks(interaction);
    if (typeof type !== 'number' || !allowed.includes(type))
      throw formBodyFailure([
        {
          path: ['type'],
          code: 'INTERACTION_CALLBACK_TYPE_INVALID',
          message: `Callback type ${JSON.stringify(type)} is not valid for interaction type ${interaction.type}; valid: ${allowed.join(', ')}`,
        },
      ]);
    const data = asRecord(body.data);
    switch (type) {
      case 4: {
        const fields = newMessageFields(data, ['data']);
        interaction.originalId = createInteractionMessage(interaction, fields, 0).id;
        break;
      }
      case 5: {
        const ephemeral = ((data.flags as number | undefined) ?? 0) & EPHEMERAL;
        interaction.originalId = createInteractionMessage(interaction, {}, ephemeral | LOADING).id;
        break;
      }
      case 6:
      case 7: {
        const source = fake.messages.get(interaction.sourceMessageId ?? '');
        if (source === undefined) throw unknownMessage();
        if (type === 7) editMessage(source, data, ['data']);
        interaction.originalId = source.id;
        break;
      }
      case 8:
        validateChoices(data, ['data']);
        break;
      case 9:
        validateModal(data, ['data']);
        interaction.modal = structuredClone(data) as ResponseData;
        break;
    }
    interaction.acknowledgedWith = type;
    interaction.record({ kind: 'callback', type, data: structuredClone(data) as ResponseData });
    if (request.query.with_response !== 'true') return noContent();
    const original =
      interaction.originalId === undefined ? undefined : fake.messages.get(interaction.originalId);
    return ok({
      interaction: {
        id: interaction.id,
        type: interaction.type,
        activity_instance_id: null,
        response_message_id: original?.id ?? null,
        response_message_loading: original === undefined ? null : (original.flags & LOADING) !== 0,
        response_message_ephemeral: original === undefined ? null : (original.flags & EPHEMERAL) !== 0,
      },
      resource: {
        type,
        ...(original !== undefined && type !== 6 ? { message: fake.messages.raw(original) } : {}),
      },
    });
  };

  /** The interaction behind a webhook token, once it may be used: acknowledged and not expired. */
  const webhookInteraction = (request: RestRequest): InteractionRecord => {
    if (request.params.app !== fake.applicationId) throw unknownWebhook();
    const interaction = fake.interactionsByToken.get(request.params.token ?? '');
    if (interaction === undefined || !interaction.acknowledged) throw unknownWebhook();
    if (Date.now() - interaction.createdAt > fake.tokenTtlMs) throw unknownWebhook();
    return interaction;
  };

  const webhookMessage = (interaction: InteractionRecord, messageId: string): StoredMessage => {
    const id = messageId === '@original' ? interaction.originalId : messageId;
    const isOwn = id !== undefined && (id === interaction.originalId || interaction.followUpIds.includes(id));
    const message = isOwn ? fake.messages.get(id) : undefined;
    if (message === undefined) throw unknownMessage();
    return message;
  };

  const followUp = (request: RestRequest): RestReply => {
    const interaction = webhookInteraction(request);
    const body = asRecord(request.body);
    const fields = newMessageFields(body, []);
    let message: StoredMessage;
    const original =
      interaction.originalId === undefined ? undefined : fake.messages.get(interaction.originalId);
    if (original !== undefined && (original.flags & LOADING) !== 0) {
      // Discord's documented quirk: the first follow-up after a deferred reply edits the "thinking"
      // message instead of creating one, and keeps the ephemeral state chosen when deferring.
      message = editMessage(original, { ...body, flags: undefined });
    } else {
      message = createInteractionMessage(interaction, fields, 0, {
        ...(interaction.originalId !== undefined
          ? { original_response_message_id: interaction.originalId }
          : {}),
      });
      interaction.followUpIds.push(message.id);
    }
    interaction.record({
      kind: 'followup',
      data: structuredClone(body) as ResponseData,
      messageId: message.id,
    });
    return request.query.wait === 'false' ? noContent() : ok(fake.messages.raw(message));
  };

  const getWebhookMessage = (request: RestRequest) => {
    const interaction = webhookInteraction(request);
    return ok(fake.messages.raw(webhookMessage(interaction, request.params.message ?? '')));
  };

  const editWebhookMessage = (request: RestRequest) => {
    const interaction = webhookInteraction(request);
    const message = webhookMessage(interaction, request.params.message ?? '');
    const body = asRecord(request.body);
    const edited = editMessage(message, body);
    interaction.record({ kind: 'edit', data: structuredClone(body) as ResponseData, messageId: edited.id });
    return ok(fake.messages.raw(edited));
  };

  const deleteWebhookMessage = (request: RestRequest) => {
    const interaction = webhookInteraction(request);
    const message = webhookMessage(interaction, request.params.message ?? '');
    fake.messages.delete(message.id);
    interaction.record({ kind: 'delete', data: {}, messageId: message.id });
    return noContent();
  };

  // ── channels and messages ──

  const channelObject = (channelId: string): Record<string, unknown> => {
    const recipient = fake.dmRecipientByChannel.get(channelId);
    if (recipient !== undefined) return dmChannelObject(channelId, recipient);
    const found = fake.findGuildChannel(channelId);
    if (found === undefined) throw unknownChannel();
    return guildChannelObject(found.channel, found.state.guild.channels.indexOf(found.channel), true);
  };

  const channelMessage = (request: RestRequest): StoredMessage => {
    channelObject(request.params.channel ?? '');
    const message = fake.messages.get(request.params.message ?? '');
    // Ephemeral messages live only behind their interaction's webhook.
    if (
      message === undefined ||
      message.channelId !== request.params.channel ||
      (message.flags & EPHEMERAL) !== 0
    )
      throw unknownMessage();
    return message;
  };

  const postChannelMessage = (request: RestRequest): RestReply => {
    const channelId = request.params.channel ?? '';
    channelObject(channelId);
    const recipient = fake.dmRecipientByChannel.get(channelId);
    if (recipient !== undefined && fake.dmsClosed.has(recipient.id)) throw cannotMessageUser();
    const body = asRecord(request.body);
    const fields = newMessageFields(body, []);
    const message = fake.messages.create({
      channelId,
      guildId: fake.findGuildChannel(channelId)?.state.guild.id,
      type: 0,
      // A channel message cannot be ephemeral; Discord ignores the flag.
      fields: { ...fields, flags: ((fields.flags ?? 0) & ~EPHEMERAL) as number },
    });
    return ok(fake.messages.raw(message));
  };

  const openDm = (request: RestRequest): RestReply => {
    const recipientId = asRecord(request.body).recipient_id;
    const user = typeof recipientId === 'string' ? fake.users.get(recipientId) : undefined;
    if (user === undefined) throw unknownUser();
    return ok(dmChannelObject(fake.dmChannelFor(user).id, user));
  };

  const guildMember = (request: RestRequest): RestReply => {
    const state = guildState(request.params.guild ?? '');
    const userId = request.params.user ?? '';
    if (userId === fake.botUser.id) return ok(memberObject(state.botMember, state.joinedAt, true));
    const member = state.guild.members.get(userId);
    if (member === undefined) throw unknownMember();
    return ok(memberObject(member, state.joinedAt));
  };

  return [
    route('GET', '/gateway/bot', true, () =>
      ok({
        url: fake.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    ),
    route('GET', '/gateway', false, () => ok({ url: fake.gatewayUrl })),
    route('GET', '/users/@me', true, () =>
      ok({ ...userObject(fake.botUser, true), verified: true, mfa_enabled: false }),
    ),
    route('POST', '/users/@me/channels', true, openDm),
    route('GET', '/users/:user', true, (request) => {
      const user = fake.users.get(request.params.user ?? '');
      if (user === undefined) throw unknownUser();
      return ok(userObject(user));
    }),
    route('GET', '/applications/@me', true, () => ok(applicationObject())),
    route('GET', '/oauth2/applications/@me', true, () => ok(applicationObject())),

    route('GET', '/applications/:app/commands', true, listCommands),
    route('PUT', '/applications/:app/commands', true, overwriteCommands),
    route('POST', '/applications/:app/commands', true, createCommand),
    route('GET', '/applications/:app/commands/:command', true, (request) => ok(findCommand(request).command)),
    route('PATCH', '/applications/:app/commands/:command', true, editCommand),
    route('DELETE', '/applications/:app/commands/:command', true, deleteCommand),
    route('GET', '/applications/:app/guilds/:guild/commands', true, listCommands),
    route('PUT', '/applications/:app/guilds/:guild/commands', true, overwriteCommands),
    route('POST', '/applications/:app/guilds/:guild/commands', true, createCommand),
    route('GET', '/applications/:app/guilds/:guild/commands/:command', true, (request) =>
      ok(findCommand(request).command),
    ),
    route('PATCH', '/applications/:app/guilds/:guild/commands/:command', true, editCommand),
    route('DELETE', '/applications/:app/guilds/:guild/commands/:command', true, deleteCommand),

    route('POST', '/interactions/:id/:token/callback', false, callback),
    route('POST', '/webhooks/:app/:token', false, followUp),
    route('GET', '/webhooks/:app/:token/messages/:message', false, getWebhookMessage),
    route('PATCH', '/webhooks/:app/:token/messages/:message', false, editWebhookMessage),
    route('DELETE', '/webhooks/:app/:token/messages/:message', false, deleteWebhookMessage),

    route('GET', '/channels/:channel', true, (request) => ok(channelObject(request.params.channel ?? ''))),
    route('POST', '/channels/:channel/messages', true, postChannelMessage),
    route('GET', '/channels/:channel/messages/:message', true, (request) =>
      ok(fake.messages.raw(channelMessage(request))),
    ),
    route('PATCH', '/channels/:channel/messages/:message', true, (request) =>
      ok(fake.messages.raw(editMessage(channelMessage(request), asRecord(request.body)))),
    ),
    route('DELETE', '/channels/:channel/messages/:message', true, (request) => {
      fake.messages.delete(channelMessage(request).id);
      return noContent();
    }),

    route('GET', '/guilds/:guild', true, (request) => {
      const state = guildState(request.params.guild ?? '');
      const {
        members: _m,
        channels: _c,
        voice_states: _v,
        presences: _p,
        threads: _t,
        ...guild
      } = guildCreatePayload(state.guild, state);
      return ok(guild);
    }),
    route('GET', '/guilds/:guild/members/:user', true, guildMember),
    route('GET', '/guilds/:guild/roles', true, (request) => {
      const state = guildState(request.params.guild ?? '');
      return ok([
        ...state.guild.roles.map((role, index) => roleObject(role, index)),
        roleObject(state.botRole, state.guild.roles.length, true),
      ]);
    }),
    route('GET', '/guilds/:guild/channels', true, (request) => {
      const state = guildState(request.params.guild ?? '');
      return ok(state.guild.channels.map((channel, index) => guildChannelObject(channel, index, true)));
    }),
  ];
}
