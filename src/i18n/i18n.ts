import { AsyncLocalStorage } from 'node:async_hooks';
import i18next, { type TFunction } from 'i18next';
import { catalogues } from './catalogues.js';
import type { MessageKey, ValuesArg } from './keys.js';
import { FALLBACK_LOCALE, LOCALES, type Locale } from './locales.js';

/**
 * The words the bot says, in the language of whoever reads them. The language is carried by the
 * async context: the router runs each interaction inside `withLocale(interaction.locale)`, channel
 * posts run inside the guild's locale and resumed long work inside the asker's. So `t('…')` needs no
 * locale argument and code that builds text does not thread one through; outside any context it
 * speaks English (logs, start-up).
 */

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    Object.entries(catalogues).map(([locale, catalogue]) => [locale, { translation: catalogue }]),
  ),
  lng: FALLBACK_LOCALE,
  fallbackLng: FALLBACK_LOCALE,
  supportedLngs: [...LOCALES],
  load: 'currentOnly',
  initAsync: false,
  returnNull: false,
  // Replies are Discord markdown, not HTML: callers escape what they insert (escapeText, codeSpan).
  interpolation: { escapeValue: false },
});

const current = new AsyncLocalStorage<Locale>();
const translators = new Map<Locale, TFunction>(LOCALES.map((locale) => [locale, instance.getFixedT(locale)]));

/** Runs `work` (and everything it starts) speaking `locale`. */
export function withLocale<T>(locale: Locale, work: () => T): T {
  return current.run(locale, work);
}

/** The language of the work in progress: the member's, the guild's, or English. */
export function currentLocale(): Locale {
  return current.getStore() ?? FALLBACK_LOCALE;
}

/** The words for a key in the current language (see `withLocale`). Keys and placeholders are typechecked. */
export function t<K extends MessageKey>(key: K, ...values: ValuesArg<K>): string {
  return translate(currentLocale(), key, values[0]);
}

/** The words for a key in one given language, whatever the current one (tests, command registration). */
export function tIn<K extends MessageKey>(locale: Locale, key: K, ...values: ValuesArg<K>): string {
  return translate(locale, key, values[0]);
}

function translate(locale: Locale, key: string, values: object | undefined): string {
  const translator = translators.get(locale) as (key: string, options?: object) => string;
  return translator(key, values);
}

/** A number as the current language writes it ("1,234.5", "1.234,5", "1 234,5"). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentLocale(), options).format(value);
}

/** "a, b and c" in the current language. */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(currentLocale(), { style: 'long', type }).format(items);
}
