/** Channels and their messages: fetch a channel, post, and read, edit or delete a non-ephemeral message. */
import { cannotMessageUser, unknownChannel, unknownMessage } from './apiErrors.js';
import { editMessage, newMessageFields } from './botMessages.js';
import { asRecord, noContent, ok, type RestReply, type RestRequest, type Route, route } from './http.js';
import { EPHEMERAL, type StoredMessage } from './messages.js';
import { dmChannelObject, guildChannelObject } from './objects.js';
import type { FakeDiscordServer } from './server.js';

export function channelRoutes(fake: FakeDiscordServer): Route[] {
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
    const fields = newMessageFields(fake, body, []);
    const message = fake.messages.create({
      channelId,
      guildId: fake.findGuildChannel(channelId)?.state.guild.id,
      type: 0,
      // A channel message cannot be ephemeral; Discord ignores the flag.
      fields: { ...fields, flags: ((fields.flags ?? 0) & ~EPHEMERAL) as number },
    });
    return ok(fake.messages.raw(message));
  };

  return [
    route('GET', '/channels/:channel', true, (request) => ok(channelObject(request.params.channel ?? ''))),
    route('POST', '/channels/:channel/messages', true, postChannelMessage),
    route('GET', '/channels/:channel/messages/:message', true, (request) =>
      ok(fake.messages.raw(channelMessage(request))),
    ),
    route('PATCH', '/channels/:channel/messages/:message', true, (request) =>
      ok(fake.messages.raw(editMessage(fake, channelMessage(request), asRecord(request.body)))),
    ),
    route('DELETE', '/channels/:channel/messages/:message', true, (request) => {
      fake.messages.delete(channelMessage(request).id);
      return noContent();
    }),
  ];
}
