import { type TimestampStylesString, time } from 'discord.js';
import { t } from '#i18n/i18n.js';
import { foldControls } from '#src/oneLine.js';

/**
 * Text for Discord messages, whatever it is about: escaping names that come from elsewhere, fitting
 * text to Discord's limits, timestamps. Mentions come from discord.js (`userMention`, `roleMention`).
 */

/**
 * Escapes Discord markdown in names that come from the panel, so a name cannot format, link or
 * mention, and folds it to one line, so it cannot forge another line of a message.
 */
export function escapeText(text: string): string {
  return foldControls(text)
    .replace(/([\\*_`~|>[\]()#-])/g, '\\$1')
    .replace(/@/g, '@\u200b');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A Discord timestamp: rendered in each member's own time zone and language. */
export function discordTime(date: Date | string, style: TimestampStylesString = 'f'): string {
  return time(typeof date === 'string' ? new Date(date) : date, style);
}

/** Inline code that a value cannot break out of: one line, no backtick, no control or bidi character. */
export function codeSpan(text: string): string {
  return `\`${foldControls(text).replaceAll('`', "'")}\``;
}

/** Discord's limit on one embed field's value. */
export const EMBED_FIELD_MAX = 1024;

/**
 * As many of `items` as fit in `max` characters joined by `separator`, then "…and N more": a list
 * of names from the panel or the guild never makes a message Discord refuses.
 */
export function fitList(items: readonly string[], max: number, separator: string): string {
  const whole = items.join(separator);
  if (whole.length <= max) return whole;
  const kept: string[] = [];
  let length = 0;
  for (const item of items) {
    const next = length + (kept.length > 0 ? separator.length : 0) + item.length;
    const more = `${separator}${t('common.list.andMore', { count: items.length - kept.length - 1 })}`;
    if (next + more.length > max) break;
    kept.push(item);
    length = next;
  }
  const left = items.length - kept.length;
  return kept.length > 0
    ? `${kept.join(separator)}${separator}${t('common.list.andMore', { count: left })}`
    : t('common.list.inAll', { count: left });
}
