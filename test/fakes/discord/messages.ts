/** Every message the bot has posted, by id, in its current state (after edits, until deleted). */
import { nextSnowflake } from './snowflake.js';
import type { ApiComponent, ApiEmbed, FakeMessage } from './types.js';

export const EPHEMERAL = 64;
export const LOADING = 128;

export interface StoredMessage {
  id: string;
  channelId: string;
  guildId?: string;
  /** 0 default, 19 reply, 20 chat input command response. */
  type: number;
  content: string;
  embeds: ApiEmbed[];
  components: ApiComponent[];
  flags: number;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
  /** Fields only interaction responses carry: webhook_id, application_id, interaction_metadata. */
  extra: Record<string, unknown>;
}

export interface MessageFields {
  content?: string | null;
  embeds?: ApiEmbed[] | null;
  components?: ApiComponent[] | null;
  flags?: number | null;
}

/** Message flags a bot may set itself; anything else it sends is ignored, as Discord does. */
const SETTABLE_FLAGS =
  EPHEMERAL | (1 << 2) /* suppress embeds */ | (1 << 12) /* silent */ | (1 << 15); /* v2 */

export function isEmpty(
  message: Pick<StoredMessage, 'content' | 'embeds' | 'components' | 'flags'>,
): boolean {
  return message.content.length === 0 && message.embeds.length === 0 && message.components.length === 0;
}

export class MessageStore {
  readonly #messages = new Map<string, StoredMessage>();

  constructor(
    private readonly authorObject: () => Record<string, unknown>,
    private readonly authorId: string,
  ) {}

  create(init: {
    channelId: string;
    guildId?: string | undefined;
    type?: number;
    fields: MessageFields;
    extraFlags?: number;
    extra?: Record<string, unknown>;
  }): StoredMessage {
    const message: StoredMessage = {
      id: nextSnowflake(),
      channelId: init.channelId,
      ...(init.guildId !== undefined ? { guildId: init.guildId } : {}),
      type: init.type ?? 0,
      content: init.fields.content ?? '',
      embeds: init.fields.embeds ?? [],
      components: init.fields.components ?? [],
      flags: ((init.fields.flags ?? 0) & SETTABLE_FLAGS) | (init.extraFlags ?? 0),
      createdAt: Date.now(),
      editedAt: null,
      deleted: false,
      extra: init.extra ?? {},
    };
    this.#messages.set(message.id, message);
    return message;
  }

  get(id: string): StoredMessage | undefined {
    const message = this.#messages.get(id);
    return message === undefined || message.deleted ? undefined : message;
  }

  /** The edited message as it would look, without storing it: callers validate it first. */
  preview(message: StoredMessage, fields: MessageFields): StoredMessage {
    const next = { ...message };
    if (fields.content !== undefined) next.content = fields.content ?? '';
    if (fields.embeds !== undefined) next.embeds = fields.embeds ?? [];
    if (fields.components !== undefined) next.components = fields.components ?? [];
    // Editing cannot make a message ephemeral or not; only the other settable flags change.
    if (fields.flags !== undefined && fields.flags !== null)
      next.flags = (message.flags & (EPHEMERAL | LOADING)) | (fields.flags & SETTABLE_FLAGS & ~EPHEMERAL);
    return next;
  }

  commit(next: StoredMessage, clearLoading: boolean): StoredMessage {
    const stored = { ...next, editedAt: Date.now() };
    if (clearLoading) stored.flags &= ~LOADING;
    this.#messages.set(stored.id, stored);
    return stored;
  }

  delete(id: string): boolean {
    const message = this.get(id);
    if (message === undefined) return false;
    this.#messages.set(id, { ...message, deleted: true });
    return true;
  }

  inChannel(channelId: string, includeEphemeral: boolean): StoredMessage[] {
    return [...this.#messages.values()].filter(
      (message) =>
        !message.deleted &&
        message.channelId === channelId &&
        (includeEphemeral || (message.flags & EPHEMERAL) === 0),
    );
  }

  raw(message: StoredMessage): Record<string, unknown> {
    return {
      id: message.id,
      channel_id: message.channelId,
      ...(message.guildId !== undefined ? { guild_id: message.guildId } : {}),
      type: message.type,
      content: message.content,
      author: this.authorObject(),
      timestamp: new Date(message.createdAt).toISOString(),
      edited_timestamp: message.editedAt === null ? null : new Date(message.editedAt).toISOString(),
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      mention_channels: [],
      attachments: [],
      embeds: structuredClone(message.embeds),
      components: structuredClone(message.components),
      reactions: [],
      pinned: false,
      flags: message.flags,
      ...structuredClone(message.extra),
    };
  }

  snapshot(message: StoredMessage): FakeMessage {
    return {
      id: message.id,
      channelId: message.channelId,
      ...(message.guildId !== undefined ? { guildId: message.guildId } : {}),
      content: message.content,
      embeds: structuredClone(message.embeds),
      components: structuredClone(message.components),
      flags: message.flags,
      authorId: this.authorId,
      raw: this.raw(message),
    };
  }
}

/** Depth-first search for a component by custom id (action rows, labels, sections, containers). */
export function findComponent(
  components: ReadonlyArray<ApiComponent>,
  customId: string,
): ApiComponent | undefined {
  for (const component of components) {
    if (component.custom_id === customId) return component;
    const nested = [
      ...(component.components ?? []),
      ...(component.component !== undefined ? [component.component] : []),
      ...(component.accessory !== undefined ? [component.accessory] : []),
    ];
    const found = findComponent(nested, customId);
    if (found !== undefined) return found;
  }
  return undefined;
}
