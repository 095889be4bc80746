import { describe, expect, it } from 'vitest';
import { isInteractionWebhook } from '#discord/interactionRest.js';

describe('which requests skip the client-side global limit', () => {
  it('takes edits and follow-ups of an interaction reply (token-authorised webhooks)', () => {
    expect(
      isInteractionWebhook({
        auth: false,
        fullRoute: '/webhooks/123456789012345678/tok-en/messages/@original',
      }),
    ).toBe(true);
    expect(isInteractionWebhook({ auth: false, fullRoute: '/webhooks/123456789012345678/tok-en' })).toBe(
      true,
    );
  });

  it('leaves every bot-authenticated request on the limited queue', () => {
    expect(isInteractionWebhook({ auth: true, fullRoute: '/webhooks/123456789012345678/tok-en' })).toBe(
      false,
    );
    expect(isInteractionWebhook({ fullRoute: '/channels/123456789012345678/messages' })).toBe(false);
    expect(
      isInteractionWebhook({ auth: false, fullRoute: '/interactions/123456789012345678/tok/callback' }),
    ).toBe(false);
    expect(isInteractionWebhook({ auth: false, fullRoute: '/users/@me/channels' })).toBe(false);
  });
});
