/** The interaction webhook: follow-ups, and reading, editing and deleting @original or a follow-up. */
import { unknownMessage, unknownWebhook } from './apiErrors.js';
import { createInteractionMessage, editMessage, newMessageFields } from './botMessages.js';
import { asRecord, noContent, ok, type RestReply, type RestRequest, type Route, route } from './http.js';
import type { InteractionRecord } from './interaction.js';
import { LOADING, type StoredMessage } from './messages.js';
import type { FakeDiscordServer } from './server.js';
import type { ResponseData } from './types.js';

export function webhookRoutes(fake: FakeDiscordServer): Route[] {
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
    const fields = newMessageFields(fake, body, []);
    let message: StoredMessage;
    const original =
      interaction.originalId === undefined ? undefined : fake.messages.get(interaction.originalId);
    if (original !== undefined && (original.flags & LOADING) !== 0) {
      // Discord's documented quirk: the first follow-up after a deferred reply edits the "thinking"
      // message instead of creating one, and keeps the ephemeral state chosen when deferring.
      message = editMessage(fake, original, { ...body, flags: undefined });
    } else {
      message = createInteractionMessage(fake, interaction, fields, 0, {
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
    const edited = editMessage(fake, message, body);
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

  return [
    route('POST', '/webhooks/:app/:token', false, followUp),
    route('GET', '/webhooks/:app/:token/messages/:message', false, getWebhookMessage),
    route('PATCH', '/webhooks/:app/:token/messages/:message', false, editWebhookMessage),
    route('DELETE', '/webhooks/:app/:token/messages/:message', false, deleteWebhookMessage),
  ];
}
