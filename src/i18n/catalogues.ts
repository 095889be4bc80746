import type { CommandTexts } from './commandTexts.js';
import { commands as deCommands } from './de/commands.js';
import { de } from './de/index.js';
import { enUS } from './en-US/index.js';
import { commands as esESCommands } from './es-ES/commands.js';
import { esES } from './es-ES/index.js';
import { commands as frCommands } from './fr/commands.js';
import { fr } from './fr/index.js';
import type { Locale } from './locales.js';
import { commands as nlCommands } from './nl/commands.js';
import { nl } from './nl/index.js';
import { commands as plCommands } from './pl/commands.js';
import { pl } from './pl/index.js';
import { commands as ptBRCommands } from './pt-BR/commands.js';
import { ptBR } from './pt-BR/index.js';
import { commands as ruCommands } from './ru/commands.js';
import { ru } from './ru/index.js';

/** Every shipped language's catalogue. A language not listed is answered in English. */
export const catalogues: Partial<Record<Locale, object>> = {
  'en-US': enUS,
  de,
  fr,
  'es-ES': esES,
  'pt-BR': ptBR,
  pl,
  ru,
  nl,
};

/** Slash-command descriptions and choice names per language; English is the definitions themselves. */
export const commandTables: Partial<Record<Locale, CommandTexts>> = {
  de: deCommands,
  fr: frCommands,
  'es-ES': esESCommands,
  'pt-BR': ptBRCommands,
  pl: plCommands,
  ru: ruCommands,
  nl: nlCommands,
};
