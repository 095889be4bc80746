import type { Client } from 'discord.js';
import type { Logger } from '#src/log.js';
import type { GuildSettings } from '#store/index.js';

/**
 * Posts one line to the guild's audit channel, when one is set: who, what, which server and backup,
 * the outcome. Never a URL or a key. Delivery failures are logged, never shown to the member.
 */
export async function postAudit(
  client: Client,
  settings: Pick<GuildSettings, 'auditChannelId'>,
  line: string,
  logger: Logger,
): Promise<void> {
  if (!settings.auditChannelId) return;
  try {
    const channel = await client.channels.fetch(settings.auditChannelId);
    if (!channel?.isSendable()) {
      logger.warn('audit channel is not a text channel the bot can post in', {
        channelId: settings.auditChannelId,
      });
      return;
    }
    await channel.send({ content: line, allowedMentions: { parse: [] } });
  } catch (error) {
    logger.warn('could not post to the audit channel', { channelId: settings.auditChannelId, error });
  }
}
