/**
 * The REST routes discord.js calls, each answered the way Discord answers it (errors included).
 * Matching takes the first route of the right method, so `/users/@me` stays before `/users/:user`.
 */
import { channelRoutes } from './channelRoutes.js';
import { commandRoutes } from './commandRoutes.js';
import { guildRoutes } from './guildRoutes.js';
import type { Route } from './http.js';
import { interactionRoutes } from './interactionRoutes.js';
import type { FakeDiscordServer } from './server.js';
import { userRoutes } from './userRoutes.js';
import { webhookRoutes } from './webhookRoutes.js';

export function buildRoutes(fake: FakeDiscordServer): Route[] {
  return [
    ...userRoutes(fake),
    ...commandRoutes(fake),
    ...interactionRoutes(fake),
    ...webhookRoutes(fake),
    ...channelRoutes(fake),
    ...guildRoutes(fake),
  ];
}
