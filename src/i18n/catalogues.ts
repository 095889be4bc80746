import type { CommandTexts } from './commandTexts.js';
import { enUS } from './en-US/index.js';
import type { Locale } from './locales.js';

/** Every shipped language's catalogue. A language not listed is answered in English. */
export const catalogues: Partial<Record<Locale, object>> = {
  'en-US': enUS,
};

/** Slash-command descriptions and choice names per language; English is the definitions themselves. */
export const commandTables: Partial<Record<Locale, CommandTexts>> = {};
