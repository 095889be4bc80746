import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGuild } from '#fakes/fakeDiscord.js';
import { configureGuild, createWorld, type E2E, startE2E, visibleText, waitUntil } from './harness.js';
import { backupCommand, confirmButton, expectCleanRun, linkedMember } from './memberFlows.js';

/**
 * Work that outlives the interaction token (15 minutes in production, 400 ms here): the outcome
 * reaches the member by DM, and the bot stops editing a reply it can no longer edit.
 */
describe('long work past the interaction token', () => {
  let e2e: E2E;
  let guild: FakeGuild;
  const keys: string[] = [];

  beforeAll(async () => {
    e2e = await startE2E({
      panel: { backupDurationMs: 1_200, restoreDurationMs: 1_200 },
      timings: { interactionTokenLifetimeMs: 400 },
    });
    const world = await createWorld(e2e);
    guild = world.guild;
    keys.push(world.adminAccount.key, world.memberAccount.key);
    await configureGuild(e2e, guild);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('sends the outcome of a backup by DM once the reply can no longer be edited', async () => {
    const m = await linkedMember(e2e, guild, { username: 'patient' });
    keys.push(m.account.key);
    const create = await backupCommand(e2e, guild, m.user, 'create', { name: 'slow one' });
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
    const m = await linkedMember(e2e, guild, { username: 'restorer' });
    keys.push(m.account.key);
    const backup = e2e.panel.addBackup(m.server, { name: 'yesterday', state: 'completed' });
    const ask = await backupCommand(e2e, guild, m.user, 'restore', { backup: backup.uuid });
    const press = await e2e.discord.clickButton({
      user: m.user,
      guild,
      message: ask.original as NonNullable<typeof ask.original>,
      customId: confirmButton(ask.original).custom_id as string,
    });
    await press.waitFor((h) => /Restoring/.test(visibleText(h.original)));

    await waitUntil(
      () =>
        e2e.discord
          .dmMessages(m.user)
          .some((dm) => /restore of \*\*yesterday\*\*.* finished/.test(dm.content)),
      'a DM saying the restore finished',
    );
    expect(m.server.status).toBeNull();
  });

  it('leaks nothing and logs no failure', () => {
    expectCleanRun(e2e, keys);
  });
});
