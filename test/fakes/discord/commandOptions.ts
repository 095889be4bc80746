/**
 * Builds the `data.options` of a chat-input or autocomplete interaction from the command the bot
 * registered, the way a Discord client would: it refuses what the client would not let a member
 * type (unknown options, wrong types, values outside choices or bounds, missing required ones).
 */

export interface ApiCommandOption {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: Array<{ name: string; value: string | number }>;
  options?: ApiCommandOption[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  [key: string]: unknown;
}

/** A command as the fake stores it after a PUT/POST: the bot's body plus Discord's fields. */
export interface ApiCommand {
  id: string;
  application_id: string;
  version: string;
  type: number;
  name: string;
  description: string;
  options?: ApiCommandOption[];
  guild_id?: string;
  default_member_permissions: string | null;
  contexts: number[] | null;
  integration_types: number[];
  [key: string]: unknown;
}

export type OptionValues = Record<string, string | number | boolean>;

/** Turns an option value that names a user, channel or role into `resolved` entries. */
export interface OptionResolver {
  user(id: string): { user: Record<string, unknown>; member?: Record<string, unknown> } | undefined;
  channel(id: string): Record<string, unknown> | undefined;
  role(id: string): Record<string, unknown> | undefined;
}

export interface BuiltOptions {
  options: Array<Record<string, unknown>>;
  resolved?: Record<string, Record<string, unknown>>;
}

const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;

function optionTypeName(type: number): string {
  return (
    {
      3: 'string',
      4: 'integer',
      5: 'boolean',
      6: 'user',
      7: 'channel',
      8: 'role',
      9: 'mentionable',
      10: 'number',
      11: 'attachment',
    }[type] ?? `type ${type}`
  );
}

export function buildOptions(
  command: ApiCommand,
  subcommand: string | undefined,
  values: OptionValues,
  resolver: OptionResolver,
  focused?: string,
): BuiltOptions {
  const where = `/${command.name}${subcommand === undefined ? '' : ` ${subcommand}`}`;
  const topLevel = command.options ?? [];
  const hasSubcommands = topLevel.some(
    (option) => option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP,
  );

  let leafDefinitions: ApiCommandOption[];
  const wrap: Array<(inner: Array<Record<string, unknown>>) => Array<Record<string, unknown>>> = [];
  if (hasSubcommands) {
    if (subcommand === undefined)
      throw new Error(`/${command.name} needs a subcommand; it has ${names(topLevel)}`);
    const parts = subcommand.split(' ');
    let level = topLevel;
    for (const part of parts) {
      const found = level.find((option) => option.name === part);
      if (found === undefined || (found.type !== SUBCOMMAND && found.type !== SUBCOMMAND_GROUP))
        throw new Error(`${where}: no subcommand "${part}" is registered; there are ${names(level)}`);
      wrap.push((inner) => [{ name: found.name, type: found.type, options: inner }]);
      level = found.options ?? [];
    }
    leafDefinitions = level;
    if (leafDefinitions.some((option) => option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP))
      throw new Error(`${where} is a subcommand group; name a subcommand in it: ${names(leafDefinitions)}`);
  } else {
    if (subcommand !== undefined)
      throw new Error(`/${command.name} has no subcommands, yet "${subcommand}" was given`);
    leafDefinitions = topLevel;
  }

  const resolved: Record<string, Record<string, unknown>> = {};
  const addResolved = (kind: string, id: string, value: Record<string, unknown>) => {
    resolved[kind] ??= {};
    (resolved[kind] as Record<string, unknown>)[id] = value;
  };

  const leaf: Array<Record<string, unknown>> = [];
  for (const [name, value] of Object.entries(values)) {
    const definition = leafDefinitions.find((option) => option.name === name);
    if (definition === undefined)
      throw new Error(`${where} has no option "${name}"; it has ${names(leafDefinitions)}`);
    if (name === focused) {
      if (definition.autocomplete !== true)
        throw new Error(`${where}: option "${name}" does not autocomplete`);
      leaf.push({ name, type: definition.type, value: String(value), focused: true });
      continue;
    }
    leaf.push({
      name,
      type: definition.type,
      value: checkValue(where, definition, value, resolver, addResolved),
    });
  }
  if (focused !== undefined && !(focused in values)) {
    const definition = leafDefinitions.find((option) => option.name === focused);
    if (definition?.autocomplete !== true) throw new Error(`${where}: no autocomplete option "${focused}"`);
    leaf.push({ name: focused, type: definition.type, value: '', focused: true });
  }
  if (focused === undefined) {
    const missing = leafDefinitions.filter((option) => option.required === true && !(option.name in values));
    if (missing.length > 0) throw new Error(`${where}: required option(s) ${names(missing)} missing`);
  }

  const options = wrap.reduceRight((inner, wrapper) => wrapper(inner), leaf);
  return Object.keys(resolved).length > 0 ? { options, resolved } : { options };
}

function names(options: ReadonlyArray<{ name: string }>): string {
  return options.length === 0 ? 'none' : options.map((option) => `"${option.name}"`).join(', ');
}

function checkValue(
  where: string,
  definition: ApiCommandOption,
  value: string | number | boolean,
  resolver: OptionResolver,
  addResolved: (kind: string, id: string, value: Record<string, unknown>) => void,
): string | number | boolean {
  const fail = (why: string): never => {
    throw new Error(`${where}: option "${definition.name}" (${optionTypeName(definition.type)}) ${why}`);
  };
  switch (definition.type) {
    case 3:
      if (typeof value !== 'string') fail(`takes a string, not ${JSON.stringify(value)}`);
      break;
    case 4:
      if (typeof value !== 'number' || !Number.isInteger(value))
        fail(`takes an integer, not ${JSON.stringify(value)}`);
      break;
    case 10:
      if (typeof value !== 'number' || !Number.isFinite(value))
        fail(`takes a number, not ${JSON.stringify(value)}`);
      break;
    case 5:
      if (typeof value !== 'boolean') fail(`takes a boolean, not ${JSON.stringify(value)}`);
      break;
    case 6:
    case 9: {
      const user = typeof value === 'string' ? resolver.user(value) : undefined;
      const role = typeof value === 'string' && definition.type === 9 ? resolver.role(value) : undefined;
      if (user !== undefined) {
        addResolved('users', String(value), user.user);
        if (user.member !== undefined) addResolved('members', String(value), user.member);
      } else if (role !== undefined) addResolved('roles', String(value), role);
      else
        fail(`names no known ${definition.type === 6 ? 'user' : 'user or role'}: ${JSON.stringify(value)}`);
      break;
    }
    case 7: {
      const channel = typeof value === 'string' ? resolver.channel(value) : undefined;
      if (channel === undefined) fail(`names no known channel: ${JSON.stringify(value)}`);
      else addResolved('channels', String(value), channel);
      break;
    }
    case 8: {
      const role = typeof value === 'string' ? resolver.role(value) : undefined;
      if (role === undefined) fail(`names no known role: ${JSON.stringify(value)}`);
      else addResolved('roles', String(value), role);
      break;
    }
    default:
      fail('cannot be filled in by the fake');
  }
  if (definition.choices !== undefined && definition.choices.length > 0) {
    if (!definition.choices.some((choice) => choice.value === value))
      fail(`must be one of ${definition.choices.map((choice) => JSON.stringify(choice.value)).join(', ')}`);
  }
  if (typeof value === 'number') {
    if (definition.min_value !== undefined && value < definition.min_value)
      fail(`must be ≥ ${definition.min_value}`);
    if (definition.max_value !== undefined && value > definition.max_value)
      fail(`must be ≤ ${definition.max_value}`);
  }
  if (typeof value === 'string' && definition.type === 3) {
    if (definition.min_length !== undefined && value.length < definition.min_length)
      fail(`must be at least ${definition.min_length} characters`);
    if (definition.max_length !== undefined && value.length > definition.max_length)
      fail(`must be at most ${definition.max_length} characters`);
  }
  return value;
}
