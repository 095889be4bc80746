import { type TimestampStylesString, time } from 'discord.js';

/**
 * Text for Discord messages, whatever it is about: escaping names that come from elsewhere, fitting
 * text to Discord's limits, timestamps. Mentions come from discord.js (`userMention`, `roleMention`).
 */

/** Escapes Discord markdown in names that come from the panel, so a name cannot format or mention. */
export function escapeText(text: string): string {
  return text.replace(/([\\*_`~|>[\]()#-])/g, '\\$1').replace(/@/g, '@\u200b');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A Discord timestamp: rendered in each member's own time zone and language. */
export function discordTime(date: Date | string, style: TimestampStylesString = 'f'): string {
  return time(typeof date === 'string' ? new Date(date) : date, style);
}

/** Inline code that a value cannot break out of. */
export function codeSpan(text: string): string {
  return `\`${text.replaceAll('`', "'")}\``;
}
