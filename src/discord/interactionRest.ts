import { REST, type RESTOptions } from 'discord.js';

type RequestOptions = Parameters<REST['request']>[0];

const WEBHOOK_HANDLER_SWEEP_MS = 60_000;

/**
 * Discord does not count interaction webhooks (edits and follow-ups of an interaction's reply,
 * authorised by the interaction token) against a bot's global 50 requests per second, but
 * @discordjs/rest queues them behind that limit with everything else. A bot that defers and then
 * edits every answer would be capped at 50 answers a second by its own client.
 *
 * This sends those requests (`auth: false` on `/webhooks/<application>/…`) through a second REST
 * client without the global cap; per-route limits still apply there. Every bot-authenticated
 * request (channels, DMs, members, commands) stays on the original client and its global limit.
 * Returns a function that stops the second client's timers.
 */
export function exemptInteractionWebhooks(rest: REST, options: Partial<RESTOptions>): () => void {
  // Each token is a route of its own, so its rate-limit handler is idle once the reply is done: swept
  // every minute (the default is an hour: thousands of idle handlers on a busy bot).
  const webhooks = new REST({
    ...options,
    globalRequestsPerSecond: Number.MAX_SAFE_INTEGER,
    handlerSweepInterval: WEBHOOK_HANDLER_SWEEP_MS,
  });
  const viaOwnQueue = rest.request.bind(rest);
  rest.request = (request: RequestOptions) =>
    isInteractionWebhook(request) ? webhooks.request(request) : viaOwnQueue(request);
  return () => {
    webhooks.clearHashSweeper();
    webhooks.clearHandlerSweeper();
  };
}

export function isInteractionWebhook(request: Pick<RequestOptions, 'auth' | 'fullRoute'>): boolean {
  return request.auth === false && /^\/webhooks\/\d{17,20}\/[^/]+/.test(request.fullRoute);
}
