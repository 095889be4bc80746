import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGuild } from '#fakes/fakeDiscord.js';
import { configureGuild, createWorld, type E2E, startE2E, visibleText } from './harness.js';
import {
  backupCommand,
  confirmButton,
  EPHEMERAL,
  expectCleanRun,
  type LinkedMember,
  linkedMember,
} from './memberFlows.js';

/** Longer than Discord's 3 s to acknowledge, shorter than the panel's budget of this bot. */
const PANEL_LATENCY_MS = 3_500;

describe('a panel slower than Discord allows for an acknowledgement', () => {
  let e2e: E2E;
  let guild: FakeGuild;
  let m: LinkedMember;
  const keys: string[] = [];

  beforeAll(async () => {
    // The fake Discord enforces the 3 s rule (10062 past it); the panel gets the product's room to answer.
    e2e = await startE2E({ timings: { panelTimeoutMs: 10_000 } });
    const world = await createWorld(e2e);
    guild = world.guild;
    keys.push(world.adminAccount.key, world.memberAccount.key);
    await configureGuild(e2e, guild);
    m = await linkedMember(e2e, guild);
    keys.push(m.account.key);
    e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });
    e2e.panel.faults.latencyMs = PANEL_LATENCY_MS;
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('acknowledges /backup list in time and then shows the list', async () => {
    const list = await backupCommand(e2e, guild, m.user, 'list', {}, 15_000);

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
      guild,
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
    const ask = await backupCommand(e2e, guild, m.user, 'delete', { backup: backup.uuid }, 15_000);
    const press = await e2e.discord.clickButton({
      user: m.user,
      message: ask.original as NonNullable<typeof ask.original>,
      customId: confirmButton(ask.original).custom_id as string,
    });
    await press.waitFor((h) => /was deleted/.test(visibleText(h.original)), 15_000);

    expect(press.responses[0]?.kind).toBe('callback');
    expect(press.errors).toEqual([]);
    expect(e2e.discord.errors.filter((e) => e.code === 10062)).toEqual([]);
    expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).not.toBeNull();
  });

  it('writes no unexpected failure to the log and no key anywhere', () => {
    expect(e2e.discord.errors).toEqual([]);
    expectCleanRun(e2e, keys);
  });
});
