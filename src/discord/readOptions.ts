import { ApplicationCommandOptionType, type ChatInputCommandInteraction } from 'discord.js';

/** The part of an option definition the typed reader needs; definitions are `as const` data. */
export interface OptionDefinition {
  readonly name: string;
  readonly type: ApplicationCommandOptionType;
  readonly required?: boolean;
}

type ValueOf<T extends ApplicationCommandOptionType> = T extends ApplicationCommandOptionType.String
  ? string
  : T extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
    ? number
    : T extends ApplicationCommandOptionType.Boolean
      ? boolean
      : string;

/** `{ name: value }` for a list of option definitions; optional ones may be null. Derived, so it cannot drift. */
export type OptionsOf<Defs extends readonly OptionDefinition[]> = {
  [D in Defs[number] as D['name']]: D['required'] extends true
    ? ValueOf<D['type']>
    : ValueOf<D['type']> | null;
};

/** Reads the options a definition declares, with the types the definition gives them. */
export function readOptions<const Defs extends readonly OptionDefinition[]>(
  interaction: ChatInputCommandInteraction,
  definitions: Defs,
): OptionsOf<Defs> {
  const out: Record<string, unknown> = {};
  for (const def of definitions) {
    const required = def.required === true;
    switch (def.type) {
      case ApplicationCommandOptionType.String:
        out[def.name] = interaction.options.getString(def.name, required);
        break;
      case ApplicationCommandOptionType.Integer:
        out[def.name] = interaction.options.getInteger(def.name, required);
        break;
      case ApplicationCommandOptionType.Number:
        out[def.name] = interaction.options.getNumber(def.name, required);
        break;
      case ApplicationCommandOptionType.Boolean:
        out[def.name] = interaction.options.getBoolean(def.name, required);
        break;
      default:
        throw new Error(`option type ${def.type} of "${def.name}" is not supported by readOptions`);
    }
  }
  return out as OptionsOf<Defs>;
}
