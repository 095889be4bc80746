import { beforeAll, describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { EPHEMERAL, visibleText } from './harness.js';
import { answer, backupCommand, type LinkedMember, linkedMember } from './memberFlows.js';

/** Longer than Discord's 3 s to acknowledge, shorter than the panel's budget of this bot. */
const PANEL_LATENCY_MS = 3_500;

describe('a panel slower than Discord allows for an acknowledgement', () => {
  // The fake Discord enforces the 3 s rule (10062 past it); the panel gets the product's room to answer.
  const e2e = useE2E({ timings: { panelTimeoutMs: 10_000 } });
  const world = useWorld(e2e);
  let m: LinkedMember;

  beforeAll(async () => {
    m = await linkedMember(e2e, world.guild);
    e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });
    e2e.panel.faults.latencyMs = PANEL_LATENCY_MS;
  });

  it('acknowledges /backup list in time and then shows the list', async () => {
    const list = await backupCommand(e2e, m, 'list', {}, 15_000);

    expect(list.responses[0]?.kind).toBe('callback');
    expect(list.responses[0]?.type).toBe(5);
    expect(list.errors).toEqual([]);
    expect(e2e.discord.errors.filter((e) => e.code === 10062)).toEqual([]);
    expect(list.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(list.original)).toContain('nightly');
    expect(visibleText(list.original)).toContain('1 of 5 backups used');
  });

  it('answers autocomplete in time from the servers it knows when the panel is slow', async () => {
    const { choices } = await e2e.discord.autocomplete({
      user: m.user,
      guild: m.guild,
      command: 'backup',
      subcommand: 'list',
      focused: 'server',
      options: { server: '' },
    });
    expect(choices).toContainEqual({ name: `Survival (${m.server.identifier})`, value: m.server.identifier });
    expect(e2e.discord.errors.filter((e) => e.code === 10062)).toEqual([]);
  });

  it('acknowledges a confirm press at once and deletes once the panel has answered', async () => {
    const backup = e2e.panel.addBackup(m.server, { name: 'slow-delete', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'delete', { backup: backup.uuid }, 15_000);
    const press = await answer(e2e, m, ask.original, 'confirm', /was deleted/, 15_000);

    expect(press.responses[0]?.kind).toBe('callback');
    expect(press.errors).toEqual([]);
    expect(e2e.discord.errors.filter((e) => e.code === 10062)).toEqual([]);
    expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).not.toBeNull();
  });

  it('answered every request to Discord without an error', () => {
    expect(e2e.discord.errors).toEqual([]);
  });

  itEndsClean(e2e);
});
