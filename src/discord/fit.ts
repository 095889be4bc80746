import type { APIEmbed, APIEmbedField, JSONEncodable } from 'discord.js';
import { t } from '#i18n/i18n.js';
import { truncate } from './text.js';

/**
 * Discord's limits on a message, applied in one place to everything the bot sends, so a long panel
 * error or a long list never makes a message Discord refuses (the member would be left on
 * "thinking…"). Callers still fit their own lists first ("…and 12 more"); this is the last guard.
 */
export const DISCORD_LIMITS = {
  content: 2_000,
  embeds: 10,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  author: 256,
  /** Title, description, field names and values, footer and author of all embeds together. */
  embedTotal: 6_000,
} as const;

type EmbedInput = APIEmbed | JSONEncodable<APIEmbed>;

export function fitContent(content: string): string {
  return truncate(content, DISCORD_LIMITS.content);
}

/** The embeds as plain JSON, each part within its limit and all of them within the total. */
export function fitEmbeds(embeds: readonly EmbedInput[]): APIEmbed[] {
  const parts = embeds.slice(0, DISCORD_LIMITS.embeds).map((input) => {
    const json = 'toJSON' in input ? input.toJSON() : input;
    const fields = (json.fields ?? []).map(fitField);
    // At most 25 fields, one of them saying how many more there were.
    return {
      embed: fitParts(json),
      fields,
      kept: fields.length <= DISCORD_LIMITS.fields ? fields.length : DISCORD_LIMITS.fields - 1,
    };
  });
  const build = () => parts.map(({ embed, fields, kept }) => withFields(embed, fields, kept));
  let fitted = build();
  let excess = fitted.reduce((sum, e) => sum + embedLength(e), 0) - DISCORD_LIMITS.embedTotal;
  // Over the total: the last embeds give up trailing fields first (named in one last field), then
  // their descriptions shrink.
  for (let i = parts.length - 1; i >= 0 && excess > 0; i -= 1) {
    const part = parts[i] as (typeof parts)[number];
    while (part.kept > 0 && excess > 0) {
      part.kept -= 1;
      fitted = build();
      excess = fitted.reduce((sum, e) => sum + embedLength(e), 0) - DISCORD_LIMITS.embedTotal;
    }
    const description = part.embed.description;
    if (excess > 0 && description) {
      part.embed.description = truncate(description, Math.max(1, description.length - excess));
      fitted = build();
      excess = fitted.reduce((sum, e) => sum + embedLength(e), 0) - DISCORD_LIMITS.embedTotal;
    }
  }
  return fitted;
}

function withFields(embed: APIEmbed, fields: APIEmbedField[], kept: number): APIEmbed {
  if (fields.length === 0) return { ...embed };
  const shown = fields.slice(0, kept);
  const more = fields.length - kept;
  return {
    ...embed,
    fields:
      more > 0 ? [...shown, { name: '…', value: t('common.list.moreNotShown', { count: more }) }] : shown,
  };
}

function fitField(field: APIEmbedField): APIEmbedField {
  return {
    ...field,
    name: truncate(field.name, DISCORD_LIMITS.fieldName) || '\u200b',
    value: truncate(field.value, DISCORD_LIMITS.fieldValue) || '\u200b',
  };
}

function fitParts(embed: APIEmbed): APIEmbed {
  const { fields: _fields, ...out } = embed;
  if (out.title !== undefined) out.title = truncate(out.title, DISCORD_LIMITS.title);
  if (out.description !== undefined) out.description = truncate(out.description, DISCORD_LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, DISCORD_LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, DISCORD_LIMITS.author) };
  return out;
}

/** What counts toward Discord's 6,000 characters. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}
