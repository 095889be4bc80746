import { describe, expect, it } from 'vitest';
import { commands } from '#commands/index.js';
import { commandsDiffer } from '#discord/registerCommands.js';

const definitions = commands.map((c) => c.definition);

/** What Discord echoes back for a registered command: ids, versions, and defaults filled in. */
function asDiscordReturnsIt(def: (typeof definitions)[number], index: number) {
  const fill = (options: unknown[] | undefined): unknown[] | undefined =>
    options?.map((o) => {
      const option = o as Record<string, unknown>;
      return { required: false, ...option, options: fill(option.options as unknown[] | undefined) };
    });
  return {
    id: `12345678901234567${index}`,
    application_id: '123456789012345678',
    version: '1',
    type: 1,
    dm_permission: true,
    nsfw: false,
    integration_types: [0],
    default_member_permissions: null,
    ...def,
    options: fill(def.options as unknown[] | undefined) ?? [],
  };
}

describe('command registration', () => {
  it('names the commands and subcommands of the product contract', () => {
    expect(definitions.map((d) => d.name)).toEqual(['setup', 'link', 'unlink', 'backup']);
    const backup = definitions.find((d) => d.name === 'backup');
    expect(backup?.options?.map((o) => o.name)).toEqual([
      'list',
      'create',
      'info',
      'download',
      'restore',
      'lock',
      'delete',
      'prune',
      'rename',
      'notify',
      'schedule',
    ]);
    const schedule = backup?.options?.find((o) => o.name === 'schedule');
    expect(schedule && 'options' in schedule ? schedule.options?.map((o) => o.name) : []).toEqual([
      'create',
      'list',
      'run',
      'pause',
      'resume',
      'delete',
    ]);
  });

  it('sees no difference between the definitions and what Discord echoes for them', () => {
    expect(commandsDiffer(definitions.map(asDiscordReturnsIt), definitions)).toBe(false);
  });

  it('sees a difference when a command is missing, renamed or changed', () => {
    const echoed = definitions.map(asDiscordReturnsIt);
    expect(commandsDiffer(echoed.slice(1), definitions)).toBe(true);
    expect(
      commandsDiffer(
        echoed.map((c, i) => (i === 0 ? { ...c, description: 'old text' } : c)),
        definitions,
      ),
    ).toBe(true);
    expect(commandsDiffer([], definitions)).toBe(true);
  });
});
