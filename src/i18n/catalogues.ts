import { enUS } from './en-US/index.js';
import type { Locale } from './locales.js';

/** Every shipped language's catalogue. A language not listed yet is answered in English. */
export const catalogues: Partial<Record<Locale, object>> = {
  'en-US': enUS,
};
