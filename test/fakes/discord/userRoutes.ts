/** Who the bot is: the gateway URL, users (itself, others, a DM channel with one) and its application. */
import { randomBytes } from 'node:crypto';
import { unknownUser } from './apiErrors.js';
import { asRecord, ok, type RestReply, type RestRequest, type Route, route } from './http.js';
import { dmChannelObject, userObject } from './objects.js';
import type { FakeDiscordServer } from './server.js';

export function userRoutes(fake: FakeDiscordServer): Route[] {
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

  const openDm = (request: RestRequest): RestReply => {
    const recipientId = asRecord(request.body).recipient_id;
    const user = typeof recipientId === 'string' ? fake.users.get(recipientId) : undefined;
    if (user === undefined) throw unknownUser();
    return ok(dmChannelObject(fake.dmChannelFor(user).id, user));
  };

  return [
    route('GET', '/gateway/bot', true, () =>
      ok({
        url: fake.gatewayUrl,
        shards: fake.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: fake.maxConcurrency,
        },
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
  ];
}
