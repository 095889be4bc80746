import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { visibleText } from './harness.js';
import { answer, backupCommand, linkedMember } from './memberFlows.js';

/**
 * Following long work ends: a backup the panel never finishes, or a restore wings never reports,
 * is followed until the deadline (6 h 10 min in production, 600 ms here), then the member is told.
 */
describe('following long work has a deadline', () => {
  const e2e = useE2E({ panel: { restoreDurationMs: 60_000 }, timings: { followDeadlineMs: 600 } });
  const world = useWorld(e2e);

  it('stops following a backup the panel never finishes, and says so', async () => {
    const m = await linkedMember(e2e, world.guild, {
      username: 'stuck',
      server: { nextBackupOutcome: 'never' },
    });
    const create = await backupCommand(e2e, m, 'create', { name: 'forever' });
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
    const m = await linkedMember(e2e, world.guild, { username: 'waiting' });
    const backup = e2e.panel.addBackup(m.server, { name: 'old', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });
    const press = await answer(e2e, m, ask.original, 'confirm', /stopped following it/);
    expect(visibleText(press.original)).toContain('Check the server on the panel before starting it');
    expect(m.server.status).toBe('restoring_backup');
  });

  itEndsClean(e2e);
});
