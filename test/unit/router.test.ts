import { InteractionContextType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '#commands/index.js';
import { type Command, idRoute, slashRoute } from '#discord/command.js';
import type { AnyConfirmableAction } from '#discord/confirmable.js';
import type { BotContext } from '#discord/context.js';
import { customIdCodec } from '#discord/customId.js';
import { createRouter } from '#discord/router.js';

/** The router reads only the command list when it is built; the context is used per interaction. */
const unusedContext = {} as BotContext;

function commandWith(name: string, parts: Partial<Command>): Command {
  return {
    definition: { name, description: name, contexts: [InteractionContextType.Guild] },
    route: slashRoute({ access: 'guild', options: [], run: async () => {} }),
    ...parts,
  };
}

describe('router start-up', () => {
  it('accepts the bot’s own commands: no prefix or confirmable action is claimed twice', () => {
    expect(() => createRouter(commands, unusedContext)).not.toThrow();
  });

  it('puts every destructive action behind the guild’s restore/delete role policy, when asked and when confirmed', () => {
    const backup = commands.find((c) => c.definition.name === 'backup');
    const subcommands = backup && 'subcommands' in backup.route ? backup.route.subcommands : [];
    const access = Object.fromEntries(
      subcommands.map((s) => [s.group ? `${s.group} ${s.name}` : s.name, s.access]),
    );
    expect(access).toEqual({
      list: 'linked',
      create: 'linked',
      info: 'linked',
      download: 'linked',
      restore: 'destructive',
      lock: 'linked',
      delete: 'destructive',
      prune: 'destructive',
      rename: 'linked',
      notify: 'linked',
      'schedule create': 'linked',
      'schedule list': 'linked',
      'schedule run': 'linked',
      'schedule pause': 'linked',
      'schedule resume': 'linked',
      'schedule delete': 'destructive',
    });
    const confirmables = commands.flatMap((c) => c.confirmables ?? []);
    expect(confirmables.map((a) => [a.kind, a.access])).toEqual([
      ['restore', 'destructive'],
      ['delete', 'destructive'],
      ['schedule-delete', 'destructive'],
      ['rotate', 'destructive'],
      ['prune', 'destructive'],
    ]);
  });

  it('refuses two commands claiming the same custom id prefix', () => {
    const route = () => idRoute({ codec: customIdCodec('same', { n: z.string() }), run: async () => {} });
    const a = commandWith('a', { components: [route()] });
    const b = commandWith('b', { components: [route()] });
    expect(() => createRouter([a, b], unusedContext)).toThrow(/two routes claim the custom id prefix "same"/);
  });

  it('refuses a command prefix that collides with the confirmation buttons', () => {
    const action = { kind: 'wipe' } as AnyConfirmableAction;
    const clash = idRoute({ codec: customIdCodec('confirm', { n: z.string() }), run: async () => {} });
    const a = commandWith('a', { components: [clash], confirmables: [action] });
    expect(() => createRouter([a], unusedContext)).toThrow(/prefix "confirm"/);
  });

  it('refuses two confirmable actions of the same kind', () => {
    const action = { kind: 'wipe' } as AnyConfirmableAction;
    const a = commandWith('a', { confirmables: [action] });
    const b = commandWith('b', { confirmables: [action] });
    expect(() => createRouter([a, b], unusedContext)).toThrow(/two confirmable actions are named "wipe"/);
  });
});
