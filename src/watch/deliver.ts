import type { Client } from 'discord.js';
import { fitContent } from '#discord/fit.js';
import type { Logger } from '#src/log.js';

/**
 * Where the watch's words go besides the notifications channel (`postToChannel`, #discord/audit.js):
 * members' DMs. Never throws: a member whose DMs are closed is logged and skipped.
 */

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
    for (const line of lines) await user.send({ content: fitContent(line), allowedMentions: { parse: [] } });
    return true;
  } catch (error) {
    logger.info('could not DM a member news from the watch', { userId, error });
    return false;
  }
}
