import type { REST } from 'discord.js';
import {
  type RESTGetAPIApplicationCommandsResult,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import type { Logger } from '#src/log.js';

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

const COMMAND_KEYS = [
  'name',
  'description',
  'description_localizations',
  'type',
  'options',
  'default_member_permissions',
  'contexts',
  'nsfw',
] as const;
const OPTION_KEYS = [
  'name',
  'name_localizations',
  'value',
  'description',
  'description_localizations',
  'type',
  'required',
  'autocomplete',
  'options',
  'choices',
  'min_length',
  'max_length',
  'min_value',
  'max_value',
  'channel_types',
] as const;

/**
 * A canonical form for comparison: only the fields we define, with Discord's defaults (false,
 * empty, null, type 1) treated as absent, so Discord's echo of a command equals its definition.
 */
function canonical(value: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, OPTION_KEYS));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const inner = (value as Record<string, unknown>)[key];
    if (inner === undefined || inner === null || inner === false) continue;
    if (Array.isArray(inner) && inner.length === 0) continue;
    if (key === 'type' && inner === 1 && keys === COMMAND_KEYS) continue;
    if (key.endsWith('_localizations')) {
      // A language → text map: compared by its entries, whatever order Discord keeps them in.
      const entries = Object.entries(inner as Record<string, string>).sort(([a], [b]) => a.localeCompare(b));
      if (entries.length > 0) out[key] = entries;
      continue;
    }
    out[key] = canonical(inner, OPTION_KEYS);
  }
  return out;
}

export function commandsDiffer(current: readonly unknown[], wanted: readonly Definition[]): boolean {
  if (current.length !== wanted.length) return true;
  const byName = new Map(current.map((c) => [(c as { name: string }).name, c]));
  return wanted.some((def) => {
    const existing = byName.get(def.name);
    return (
      !existing ||
      JSON.stringify(canonical(existing, COMMAND_KEYS)) !== JSON.stringify(canonical(def, COMMAND_KEYS))
    );
  });
}

/**
 * Registers the definitions (globally, or in one guild while developing) only when Discord's copy
 * differs, so a restart costs one GET and never spends the daily command-creation budget.
 */
export async function registerCommands(options: {
  rest: REST;
  applicationId: string;
  definitions: readonly Definition[];
  guildId?: string | undefined;
  logger: Logger;
}): Promise<'unchanged' | 'updated'> {
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  // Discord lists the localizations only when asked; without them a changed translation would go unseen.
  const current = (await options.rest.get(route, {
    query: new URLSearchParams({ with_localizations: 'true' }),
  })) as RESTGetAPIApplicationCommandsResult;
  const scope = options.guildId ? { guildId: options.guildId } : { scope: 'global' };
  if (!commandsDiffer(current, options.definitions)) {
    options.logger.info('slash commands are up to date', { ...scope, count: current.length });
    return 'unchanged';
  }
  await options.rest.put(route, { body: options.definitions });
  options.logger.info('slash commands registered', { ...scope, count: options.definitions.length });
  return 'updated';
}
