/** The bot's messages as REST creates and edits them: fields read from a body, validated, never left empty. */
import { emptyMessage } from './apiErrors.js';
import type { InteractionRecord } from './interaction.js';
import { isEmpty, type MessageFields, type StoredMessage } from './messages.js';
import { userObject } from './objects.js';
import type { FakeDiscordServer } from './server.js';
import type { ApiComponent, ApiEmbed } from './types.js';
import { validateMessagePayload } from './validation.js';

/** The message fields a body names; the ones it leaves out stay as they are on an edit. */
export function messageFields(body: Record<string, unknown>): MessageFields {
  const fields: MessageFields = {};
  if ('content' in body) fields.content = (body.content as string | null) ?? null;
  if ('embeds' in body) fields.embeds = (body.embeds as ApiEmbed[] | null) ?? null;
  if ('components' in body) fields.components = (body.components as ApiComponent[] | null) ?? null;
  if ('flags' in body) fields.flags = (body.flags as number | null) ?? null;
  return fields;
}

/** The fields only interaction responses carry: webhook and application ids, `interaction_metadata`. */
function interactionMessageExtra(
  fake: FakeDiscordServer,
  interaction: InteractionRecord,
  extra: Record<string, unknown> = {},
) {
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
}

/** A message the bot posts through an interaction (a reply or a follow-up), with its interaction metadata. */
export function createInteractionMessage(
  fake: FakeDiscordServer,
  interaction: InteractionRecord,
  fields: MessageFields,
  extraFlags: number,
  metadata?: Record<string, unknown>,
): StoredMessage {
  const { guild, channel } = interaction.context;
  return fake.messages.create({
    channelId: channel.id,
    guildId: guild?.id,
    type: interaction.type === 2 ? 20 : 19,
    fields,
    extraFlags,
    extra: interactionMessageExtra(fake, interaction, metadata),
  });
}

/** Validates an edit and applies it, refusing one that would leave the message empty. */
export function editMessage(
  fake: FakeDiscordServer,
  message: StoredMessage,
  body: Record<string, unknown>,
  prefix: string[] = [],
): StoredMessage {
  validateMessagePayload(body, prefix);
  const preview = fake.messages.preview(message, messageFields(body));
  if (isEmpty(preview)) throw emptyMessage();
  return fake.messages.commit(preview, true);
}

/** Validates the fields of a new message, refusing one that would be empty. */
export function newMessageFields(
  fake: FakeDiscordServer,
  body: Record<string, unknown>,
  prefix: string[],
): MessageFields {
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
}
