/** Application commands, global and per guild: list, bulk overwrite, create, fetch, edit, delete. */
import { formBodyFailure, missingAccess, unknownCommand } from './apiErrors.js';
import type { ApiCommand } from './commandOptions.js';
import { guildStateOf } from './guildRoutes.js';
import { asRecord, noContent, ok, type RestRequest, type Route, route } from './http.js';
import type { FakeDiscordServer } from './server.js';
import { nextSnowflake } from './snowflake.js';
import { validateCommand, validateCommands } from './validation.js';

export function commandRoutes(fake: FakeDiscordServer): Route[] {
  const checkApplication = (request: RestRequest) => {
    if (request.params.app !== fake.applicationId) throw missingAccess();
  };

  const commandList = (request: RestRequest): { list: ApiCommand[]; guildId: string | undefined } => {
    checkApplication(request);
    const guildId = request.params.guild;
    if (guildId === undefined) return { list: fake.commands.global, guildId };
    guildStateOf(fake, guildId);
    return { list: fake.commands.guild.get(guildId) ?? [], guildId };
  };

  const storeList = (guildId: string | undefined, list: ApiCommand[]) => {
    if (guildId === undefined) fake.commands.global = list;
    else fake.commands.guild.set(guildId, list);
  };

  const toCommand = (
    body: Record<string, unknown>,
    guildId: string | undefined,
    previous?: ApiCommand,
  ): ApiCommand => {
    const type = (body.type as number | undefined) ?? 1;
    const options = body.options as ApiCommand['options'];
    const definition = {
      type,
      name: body.name as string,
      name_localizations: body.name_localizations ?? null,
      description: (body.description as string | undefined) ?? '',
      description_localizations: body.description_localizations ?? null,
      ...(options !== undefined && options.length > 0 ? { options: structuredClone(options) } : {}),
      default_member_permissions: (body.default_member_permissions as string | null | undefined) ?? null,
      ...(guildId === undefined
        ? { dm_permission: (body.dm_permission as boolean | undefined) ?? true }
        : {}),
      contexts: (body.contexts as number[] | null | undefined) ?? null,
      integration_types: (body.integration_types as number[] | undefined) ?? [0],
      nsfw: (body.nsfw as boolean | undefined) ?? false,
      ...(guildId !== undefined ? { guild_id: guildId } : {}),
    };
    const { id: _id, application_id: _app, version: previousVersion, ...previousDefinition } = previous ?? {};
    const unchanged =
      previous !== undefined && JSON.stringify(previousDefinition) === JSON.stringify(definition);
    return {
      id: previous?.id ?? nextSnowflake(),
      application_id: fake.applicationId,
      version: unchanged && typeof previousVersion === 'string' ? previousVersion : nextSnowflake(),
      ...definition,
    };
  };

  // As Discord: the localization maps only when asked for (`with_localizations=true`).
  const listCommands = (request: RestRequest) => {
    const { list } = commandList(request);
    return ok(request.query.with_localizations === 'true' ? list : list.map(withoutLocalizations));
  };

  const overwriteCommands = (request: RestRequest) => {
    const { list, guildId } = commandList(request);
    validateCommands(request.body);
    const bodies = (request.body as unknown[]).map(asRecord);
    const seen = new Set<string>();
    bodies.forEach((body, index) => {
      const key = `${String(body.type ?? 1)}:${String(body.name)}`;
      if (seen.has(key))
        throw formBodyFailure([
          {
            path: [index, 'name'],
            code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
            message: 'Application command names must be unique',
          },
        ]);
      seen.add(key);
    });
    // Discord keeps the id of a command that keeps its name and type across a bulk overwrite.
    const next = bodies.map((body) =>
      toCommand(
        body,
        guildId,
        list.find(
          (existing) =>
            existing.name === body.name && existing.type === ((body.type as number | undefined) ?? 1),
        ),
      ),
    );
    storeList(guildId, next);
    return ok(next);
  };

  const createCommand = (request: RestRequest) => {
    const { list, guildId } = commandList(request);
    validateCommand(request.body);
    const body = asRecord(request.body);
    const existing = list.find(
      (command) => command.name === body.name && command.type === ((body.type as number | undefined) ?? 1),
    );
    const command = toCommand(body, guildId, existing);
    storeList(guildId, [...list.filter((candidate) => candidate !== existing), command]);
    return { status: existing === undefined ? 201 : 200, body: command };
  };

  const findCommand = (request: RestRequest) => {
    const { list, guildId } = commandList(request);
    const command = list.find((candidate) => candidate.id === request.params.command);
    if (command === undefined) throw unknownCommand();
    return { list, guildId, command };
  };

  const editCommand = (request: RestRequest) => {
    const { list, guildId, command } = findCommand(request);
    const merged = { ...command, ...asRecord(request.body) };
    validateCommand(merged);
    const next = toCommand(merged, guildId, command);
    storeList(
      guildId,
      list.map((candidate) => (candidate === command ? next : candidate)),
    );
    return ok(next);
  };

  const deleteCommand = (request: RestRequest) => {
    const { list, guildId, command } = findCommand(request);
    storeList(
      guildId,
      list.filter((candidate) => candidate !== command),
    );
    return noContent();
  };

  const readCommand = (request: RestRequest) => ok(findCommand(request).command);
  // The same six routes serve global commands and, under /guilds/:guild, a guild's own.
  const under = (prefix: string): Route[] => [
    route('GET', `${prefix}/commands`, true, listCommands),
    route('PUT', `${prefix}/commands`, true, overwriteCommands),
    route('POST', `${prefix}/commands`, true, createCommand),
    route('GET', `${prefix}/commands/:command`, true, readCommand),
    route('PATCH', `${prefix}/commands/:command`, true, editCommand),
    route('DELETE', `${prefix}/commands/:command`, true, deleteCommand),
  ];
  return [...under('/applications/:app'), ...under('/applications/:app/guilds/:guild')];
}

/** A command as Discord lists it by default: every `*_localizations` map left out, at every level. */
function withoutLocalizations<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutLocalizations) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !key.endsWith('_localizations'))
      .map(([key, inner]) => [key, withoutLocalizations(inner)]),
  ) as T;
}
