/**
 * The languages the bot speaks, as Discord names them (`interaction.locale`, `guild_locale`).
 * English (US) is the fallback: any other Discord locale is answered in the nearest shipped one.
 */
export const LOCALES = ['en-US', 'de', 'fr', 'es-ES', 'pt-BR', 'pl', 'ru', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];

export const FALLBACK_LOCALE: Locale = 'en-US';

/** Discord locales that read one of the shipped languages well enough. */
const NEAREST: Readonly<Record<string, Locale>> = {
  'en-GB': 'en-US',
  'es-419': 'es-ES',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The shipped language for a Discord locale; English for anything else (or none). */
export function resolveLocale(discordLocale: string | null | undefined): Locale {
  if (isLocale(discordLocale)) return discordLocale;
  return (discordLocale && NEAREST[discordLocale]) || FALLBACK_LOCALE;
}
