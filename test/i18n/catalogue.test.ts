import { describe, expect, it } from 'vitest';
import { commands } from '#commands/index.js';
import { validateCommands } from '#fakes/discord/validation.js';
import { catalogues, commandTables } from '#i18n/catalogues.js';
import { englishCommandTexts, localizeDefinitions } from '#i18n/commandTexts.js';
import { enUS } from '#i18n/en-US/index.js';
import { LOCALES } from '#i18n/locales.js';
import { commandDefinitions } from '#src/bot.js';

/**
 * Every language says everything English says, with the same slots: each key present, nothing
 * extra, the plural forms its grammar needs, the same {{placeholders}}, and the same Discord markup
 * (code spans, timestamps, command mentions), which a translation must carry over untouched.
 */

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** key → text, with nested areas joined by dots. */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flatten(value as object, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

/** key (plural forms folded into their base) → every form's text. */
function entries(tree: object): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, text] of flatten(tree)) {
    const form = PLURAL.exec(key)?.[1] ?? '';
    const base = key.replace(PLURAL, '');
    const forms = out.get(base) ?? new Map<string, string>();
    forms.set(form, text);
    out.set(base, forms);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1]).sort();
const markup = (text: string) => ({
  codeSpans: (text.match(/`/g) ?? []).length,
  timestamps: (text.match(/<t:/g) ?? []).length,
  commands: [...text.matchAll(/`\/[a-z -]+`/g)].map((m) => m[0]).sort(),
});

const english = entries(enUS);
const translated = LOCALES.filter((locale) => locale !== 'en-US');

describe('the English catalogue', () => {
  it('has no empty text and names its plurals one/other', () => {
    expect(english.size).toBeGreaterThan(300);
    for (const [key, forms] of english) {
      for (const text of forms.values()) expect(text.trim(), key).not.toBe('');
      if (!forms.has('')) expect([...forms.keys()].sort(), key).toEqual(['one', 'other']);
    }
  });
});

describe.each(translated)('the %s catalogue', (locale) => {
  const catalogue = catalogues[locale];
  const own = entries(catalogue ?? {});
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('exists', () => {
    expect(catalogue).toBeDefined();
  });

  it('has every key of the English one and no other', () => {
    expect([...own.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !own.has(key))).toEqual([]);
  });

  it("has exactly the plural forms the language's grammar asks for", () => {
    for (const [key, forms] of english) {
      if (forms.has('')) {
        expect([...(own.get(key)?.keys() ?? [])], key).toEqual(['']);
        continue;
      }
      expect([...(own.get(key)?.keys() ?? [])].sort(), key).toEqual([...categories].sort());
    }
  });

  it('keeps every placeholder and the Discord markup of the English text', () => {
    const rules = new Intl.PluralRules(locale);
    // A form used for the number 1 alone may say "one" instead of {{count}}; any other form must show it.
    const onlyOne = (form: string) =>
      Array.from({ length: 201 }, (_, n) => n)
        .filter((n) => rules.select(n) === form)
        .join() === '1';
    for (const [key, forms] of english) {
      const source = [...forms.values()];
      const wanted = new Set(source.flatMap(placeholders));
      const reference = markup(source.at(-1) as string);
      for (const [form, text] of own.get(key) ?? []) {
        const where = `${locale} ${key}${form === '' ? '' : `_${form}`}`;
        expect(text.trim(), where).not.toBe('');
        const got = new Set(placeholders(text));
        const required = [...wanted].filter((name) => name !== 'count' || !onlyOne(form));
        expect(
          [...got].filter((name) => !wanted.has(name)),
          `${where}: unknown placeholder`,
        ).toEqual([]);
        expect(
          required.filter((name) => !got.has(name)),
          `${where}: missing placeholder`,
        ).toEqual([]);
        expect(markup(text).timestamps, `${where}: timestamps`).toBe(reference.timestamps);
        expect(markup(text).commands, `${where}: commands`).toEqual(reference.commands);
        expect(markup(text).codeSpans % 2, `${where}: unbalanced code span`).toBe(0);
      }
    }
  });

  it('is translated, not copied: few texts are the English word for word', () => {
    const own = flatten(catalogue ?? {});
    const wordy = [...flatten(enUS)].filter(([, text]) =>
      /[a-z]{4,} [a-z]{4,}/i.test(text.replace(/`[^`]*`|\{\{[^}]*\}\}/g, '')),
    );
    const copied = wordy.filter(([key, text]) => own.get(key) === text).map(([key]) => key);
    expect(copied.length / wordy.length, copied.join(', ')).toBeLessThan(0.03);
  });
});

describe('slash-command descriptions and choice names', () => {
  const texts = englishCommandTexts(commands.map((command) => command.definition));

  it.each(translated)('are all translated into %s, within 100 characters', (locale) => {
    const table = commandTables[locale] ?? {};
    expect(Object.keys(table).sort()).toEqual([...texts.keys()].sort());
    for (const [path, text] of Object.entries(table)) {
      expect(text.trim().length, path).toBeGreaterThan(0);
      expect(text.length, path).toBeLessThanOrEqual(100);
    }
  });

  it('go out in the registration payload, which Discord accepts', () => {
    const definitions = commandDefinitions();
    expect(() => validateCommands(definitions)).not.toThrow();
    const backup = definitions.find((definition) => definition.name === 'backup');
    expect(Object.keys(backup?.description_localizations ?? {}).sort()).toEqual([...translated].sort());
    const list = backup?.options?.find((option) => option.name === 'list');
    expect(list?.description_localizations?.de).toBe(commandTables.de?.['backup list']);
    // Names of commands and options stay English in every language; only choices' names are translated.
    const named: string[] = [];
    const walk = (node: { name: string; name_localizations?: unknown; options?: readonly unknown[] }) => {
      if (node.name_localizations) named.push(node.name);
      for (const option of node.options ?? []) walk(option as typeof node);
    };
    for (const definition of definitions) walk(definition as Parameters<typeof walk>[0]);
    expect(named).toEqual([]);
    expect(localizeDefinitions([], commandTables)).toEqual([]);
  });
});
