/** `POST /interactions/:id/:token/callback`: the bot's first answer, once, in time, of a type the interaction allows. */
import { alreadyAcknowledged, formBodyFailure, unknownInteraction, unknownMessage } from './apiErrors.js';
import { createInteractionMessage, editMessage, newMessageFields } from './botMessages.js';
import { asRecord, noContent, ok, type RestReply, type RestRequest, type Route, route } from './http.js';
import type { InteractionRecord } from './interaction.js';
import { EPHEMERAL, LOADING } from './messages.js';
import type { FakeDiscordServer } from './server.js';
import type { ResponseData } from './types.js';
import { validateChoices, validateModal } from './validation.js';

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

export function interactionRoutes(fake: FakeDiscordServer): Route[] {
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
        const fields = newMessageFields(fake, data, ['data']);
        interaction.originalId = createInteractionMessage(fake, interaction, fields, 0).id;
        break;
      }
      case 5: {
        const ephemeral = ((data.flags as number | undefined) ?? 0) & EPHEMERAL;
        interaction.originalId = createInteractionMessage(fake, interaction, {}, ephemeral | LOADING).id;
        break;
      }
      case 6:
      case 7: {
        const source = fake.messages.get(interaction.sourceMessageId ?? '');
        if (source === undefined) throw unknownMessage();
        if (type === 7) editMessage(fake, source, data, ['data']);
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

  return [route('POST', '/interactions/:id/:token/callback', false, callback)];
}
