import type { Client } from 'discord.js';
import { withLocale } from '#i18n/i18n.js';
import { resolveLocale } from '#i18n/locales.js';
import type { Words } from '#src/errors.js';
import type { Logger } from '#src/log.js';
import type { GuildSettings } from '#store/index.js';
import { fitContent } from './fit.js';

/**
 * A line for one of the guild's channels: a function that words it, called in the guild's language
 * (Discord's preferred locale of the guild the channel is in), whoever's work posts it. A plain
 * string is posted as it is (already worded: the transition, or nothing to translate).
 */
export type ChannelLine = Words | string;

/**
 * Posts lines to one of the guild's channels (the audit or the notifications channel), in order,
 * each worded in the guild's language. Never a URL or a key; never throws: a channel the bot cannot
 * post in is logged and skipped.
 */
export async function postToChannel(
  client: Client,
  channel: { id: string; kind: 'audit' | 'notifications' },
  lines: readonly ChannelLine[],
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
    const locale = resolveLocale(target.isDMBased() ? null : target.guild.preferredLocale);
    for (const line of lines) {
      const content = typeof line === 'string' ? line : withLocale(locale, line);
      await target.send({ content: fitContent(content), allowedMentions: { parse: [] } });
    }
  } catch (error) {
    logger.warn(`could not post to the ${channel.kind} channel`, { channelId: channel.id, error });
  }
}

/**
 * Posts one line to the guild's audit channel, when one is set: who, what, which server and backup,
 * the outcome. Pass the line as a function (`() => t('…', {…})`): it is worded in the guild's
 * language, not in that of the member whose interaction posts it. Delivery failures are logged,
 * never shown to the member.
 */
export async function postAudit(
  client: Client,
  settings: Pick<GuildSettings, 'auditChannelId'>,
  line: ChannelLine,
  logger: Logger,
): Promise<void> {
  if (!settings.auditChannelId) return;
  await postToChannel(client, { id: settings.auditChannelId, kind: 'audit' }, [line], logger);
}
