import type { Client } from 'discord.js';
import type { Logger } from '#src/log.js';

/**
 * Where the watch's words go: the guild's notifications channel, and members' DMs. Nothing here
 * throws: a channel the bot cannot post in, or a member whose DMs are closed, is logged and skipped.
 */

export async function postToChannel(
  client: Client,
  channelId: string,
  lines: readonly string[],
  logger: Logger,
): Promise<void> {
  if (lines.length === 0) return;
  try {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) {
      logger.warn('notifications channel is not a text channel the bot can post in', { channelId });
      return;
    }
    for (const line of lines) await channel.send({ content: line, allowedMentions: { parse: [] } });
  } catch (error) {
    logger.warn('could not post to the notifications channel', { channelId, error });
  }
}

/** Sends each line to the member; `prefix` names the guild the news is about. Says whether it was sent. */
export async function directMessage(
  client: Client,
  userId: string,
  lines: readonly string[],
  logger: Logger,
): Promise<boolean> {
  if (lines.length === 0) return true;
  try {
    const user = await client.users.fetch(userId);
    for (const line of lines) await user.send({ content: line, allowedMentions: { parse: [] } });
    return true;
  } catch (error) {
    logger.info('could not DM a member news from the watch', { userId, error });
    return false;
  }
}
