import type { Client } from 'discord.js';
import type { Logger } from '#src/log.js';
import type { GuildSettings } from '#store/index.js';
import { fitContent } from './fit.js';

/**
 * Posts lines to one of the guild's channels (the audit or the notifications channel), in order.
 * Never a URL or a key; never throws: a channel the bot cannot post in is logged and skipped.
 */
export async function postToChannel(
  client: Client,
  channel: { id: string; kind: 'audit' | 'notifications' },
  lines: readonly string[],
  logger: Logger,
): Promise<void> {
  if (lines.length === 0) return;
  try {
    const target = await client.channels.fetch(channel.id);
    if (!target?.isSendable()) {
      logger.warn(`${channel.kind} channel is not a text channel the bot can post in`, {
        channelId: channel.id,
      });
      return;
    }
    for (const line of lines)
      await target.send({ content: fitContent(line), allowedMentions: { parse: [] } });
  } catch (error) {
    logger.warn(`could not post to the ${channel.kind} channel`, { channelId: channel.id, error });
  }
}

/**
 * Posts one line to the guild's audit channel, when one is set: who, what, which server and backup,
 * the outcome. Delivery failures are logged, never shown to the member.
 */
export async function postAudit(
  client: Client,
  settings: Pick<GuildSettings, 'auditChannelId'>,
  line: string,
  logger: Logger,
): Promise<void> {
  if (!settings.auditChannelId) return;
  await postToChannel(client, { id: settings.auditChannelId, kind: 'audit' }, [line], logger);
}
