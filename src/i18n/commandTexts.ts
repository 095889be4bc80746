import type {
  APIApplicationCommandOption,
  LocalizationMap,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Locale } from './locales.js';

/**
 * Slash-command descriptions and choice names in every shipped language. Names of commands and
 * options stay English (scripts and docs use them); what a member reads in Discord's command picker
 * is translated. The English is the definitions themselves (beside each handler); each other
 * language has a table (`<locale>/commands.ts`) keyed by the path of what it describes:
 *   `backup`                          the command's description
 *   `backup schedule create`          a subcommand's (or group's) description
 *   `backup schedule create when`     an option's description
 *   `backup notify scope=all`         the name of an option's choice, by its value
 */
export type CommandTexts = Readonly<Record<string, string>>;

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;
type Node = {
  name: string;
  description?: string | undefined;
  options?: readonly APIApplicationCommandOption[] | undefined;
};

/** Every translatable text of the definitions with its path, in English. */
export function englishCommandTexts(definitions: readonly Definition[]): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (node: Node, path: string) => {
    if (node.description !== undefined) texts.set(path, node.description);
    for (const option of node.options ?? []) {
      const optionPath = `${path} ${option.name}`;
      walk(option, optionPath);
      for (const choice of 'choices' in option ? (option.choices ?? []) : [])
        texts.set(`${optionPath}=${choice.value}`, choice.name);
    }
  };
  for (const definition of definitions) walk(definition, definition.name);
  return texts;
}

/**
 * The definitions with `description_localizations` (and choices' `name_localizations`) for every
 * language whose table has the text. Discord shows a member the text of their client's language.
 */
export function localizeDefinitions(
  definitions: readonly Definition[],
  tables: Readonly<Partial<Record<Locale, CommandTexts>>>,
): Definition[] {
  const localizations = (path: string): LocalizationMap | undefined => {
    const map: Record<string, string> = {};
    for (const [locale, table] of Object.entries(tables)) {
      const text = table?.[path];
      if (text !== undefined) map[locale] = text;
    }
    return Object.keys(map).length > 0 ? map : undefined;
  };
  const withTexts = <T extends Node>(node: T, path: string): T => {
    const description = localizations(path);
    const options = node.options?.map((option) => {
      const optionPath = `${path} ${option.name}`;
      const localized = withTexts(option, optionPath);
      if (!('choices' in localized) || localized.choices === undefined) return localized;
      return {
        ...localized,
        choices: localized.choices.map((choice: { name: string; value: string | number }) => {
          const names = localizations(`${optionPath}=${choice.value}`);
          return names ? { ...choice, name_localizations: names } : choice;
        }),
      } as APIApplicationCommandOption;
    });
    return {
      ...node,
      ...(description ? { description_localizations: description } : {}),
      ...(options ? { options } : {}),
    };
  };
  return definitions.map((definition) => withTexts(definition as Node, definition.name) as Definition);
}
