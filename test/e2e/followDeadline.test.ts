import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGuild } from '#fakes/fakeDiscord.js';
import { configureGuild, createWorld, type E2E, startE2E, visibleText } from './harness.js';
import { backupCommand, confirmButton, expectCleanRun, linkedMember } from './memberFlows.js';

/**
 * Following long work ends: a backup the panel never finishes, or a restore wings never reports,
 * is followed until the deadline (6 h 10 min in production, 600 ms here), then the member is told.
 */
describe('following long work has a deadline', () => {
  let e2e: E2E;
  let guild: FakeGuild;
  const keys: string[] = [];

  beforeAll(async () => {
    e2e = await startE2E({ panel: { restoreDurationMs: 60_000 }, timings: { followDeadlineMs: 600 } });
    const world = await createWorld(e2e);
    guild = world.guild;
    keys.push(world.adminAccount.key, world.memberAccount.key);
    await configureGuild(e2e, guild);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('stops following a backup the panel never finishes, and says so', async () => {
    const m = await linkedMember(e2e, guild, { username: 'stuck', server: { nextBackupOutcome: 'never' } });
    keys.push(m.account.key);
    const create = await backupCommand(e2e, guild, m.user, 'create', { name: 'forever' });
    await create.waitFor((h) => /stopped following it/.test(visibleText(h.original)));
    expect(visibleText(create.original)).toContain('still reports this backup in progress');
    const backupPolls = () =>
      e2e.panel.requests.filter((r) => r.method === 'GET' && /\/backups\/[0-9a-f-]{36}$/.test(r.path)).length;
    // Once it has said so, it stops asking the panel (a short wait proves nothing more is sent).
    const before = backupPolls();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(backupPolls()).toBe(before);
  });

  it('stops following a restore wings never reports, and says to check the panel', async () => {
    const m = await linkedMember(e2e, guild, { username: 'waiting' });
    keys.push(m.account.key);
    const backup = e2e.panel.addBackup(m.server, { name: 'old', state: 'completed' });
    const ask = await backupCommand(e2e, guild, m.user, 'restore', { backup: backup.uuid });
    const press = await e2e.discord.clickButton({
      user: m.user,
      guild,
      message: ask.original as NonNullable<typeof ask.original>,
      customId: confirmButton(ask.original).custom_id as string,
    });
    await press.waitFor((h) => /stopped following it/.test(visibleText(h.original)));
    expect(visibleText(press.original)).toContain('Check the server on the panel before starting it');
    expect(m.server.status).toBe('restoring_backup');
  });

  it('leaks nothing and logs no failure', () => {
    expectCleanRun(e2e, keys);
  });
});
