import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { visibleText, waitUntil } from './harness.js';
import { answer, backupCommand, linkedMember } from './memberFlows.js';

/**
 * Work that outlives the interaction token (15 minutes in production, 400 ms here): the outcome
 * reaches the member by DM, and the bot stops editing a reply it can no longer edit.
 */
describe('long work past the interaction token', () => {
  const e2e = useE2E({
    panel: { backupDurationMs: 1_200, restoreDurationMs: 1_200 },
    timings: { interactionTokenLifetimeMs: 400 },
  });
  const world = useWorld(e2e);

  it('sends the outcome of a backup by DM once the reply can no longer be edited', async () => {
    const m = await linkedMember(e2e, world.guild, { username: 'patient' });
    const create = await backupCommand(e2e, m, 'create', { name: 'slow one' });
    expect(visibleText(create.original)).toContain('In progress');

    await waitUntil(
      () =>
        e2e.discord
          .dmMessages(m.user)
          .some((dm) => dm.content.includes('slow one') && dm.content.includes('Completed')),
      'a DM with the completed backup',
    );
    const outcome = e2e.discord.dmMessages(m.user).find((dm) => dm.content.includes('slow one'));
    // The DM stands alone: which Discord server it came from, the size and how long it took.
    expect(outcome?.content).toMatch(/^From \*\*.+\*\*: Backup \*\*slow one\*\*/);
    expect(outcome?.content).toMatch(/✅ Completed \(\d[\d.]* [KMG]?i?B, took \d+s\)\./);
    // The reply was not edited with the outcome after its token's lifetime.
    expect(visibleText(create.original)).not.toContain('Completed');
    expect(e2e.panel.backupsOf(m.server)[0]?.isSuccessful).toBe(true);
  });

  it('sends the end of a restore by DM once the reply can no longer be edited', async () => {
    const m = await linkedMember(e2e, world.guild, { username: 'restorer' });
    const backup = e2e.panel.addBackup(m.server, { name: 'yesterday', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });
    await answer(e2e, m, ask.original, 'confirm', /Restoring/);

    await waitUntil(
      () =>
        e2e.discord
          .dmMessages(m.user)
          .some((dm) => /restore of \*\*yesterday\*\*.* finished/.test(dm.content)),
      'a DM saying the restore finished',
    );
    expect(m.server.status).toBeNull();
  });

  itEndsClean(e2e);
});
