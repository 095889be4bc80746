import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGuild } from '#fakes/fakeDiscord.js';
import { configureGuild, createWorld, type E2E, startE2E, waitUntil } from './harness.js';
import { changesFor, confirmButton, expectCleanRun, linkedMember } from './memberFlows.js';

/**
 * A member may dismiss the ephemeral message of a confirmed restore while it runs; edits of it then
 * fail (10008 Unknown Message). That is news lost, not a reason to stop half way: the server was
 * already sent the stop signal, and the restore must still follow.
 */
describe('a confirmed restore whose message is dismissed', () => {
  let e2e: E2E;
  let guild: FakeGuild;
  const keys: string[] = [];

  beforeAll(async () => {
    e2e = await startE2E({ panel: { restoreDurationMs: 300, stopDurationMs: 400 } });
    const world = await createWorld(e2e);
    guild = world.guild;
    keys.push(world.adminAccount.key, world.memberAccount.key);
    await configureGuild(e2e, guild);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('stops the server and restores even when every edit of the reply fails', async () => {
    const m = await linkedMember(e2e, guild, { server: { name: 'Survival', powerState: 'running' } });
    keys.push(m.account.key);
    const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });
    const ask = await e2e.discord.slash({
      user: m.user,
      guild,
      command: 'backup',
      subcommand: 'restore',
      options: { backup: backup.uuid },
    });
    await ask.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
    const message = ask.original;
    if (!message) throw new Error('the restore question has no message');

    e2e.panel.faults.latencyMs = 200;
    const press = await e2e.discord.clickButton({
      user: m.user,
      message,
      customId: confirmButton(message).custom_id as string,
    });
    await press.waitFor((h) => h.responses.some((r) => r.kind === 'callback'), 10_000);
    // The member dismisses the message while the bot still checks with the panel.
    e2e.discord.messages.delete(message.id);
    e2e.panel.faults.latencyMs = 0;

    await waitUntil(
      () => changesFor(e2e, m.server).some((r) => r.path.endsWith('/restore')),
      'the restore to reach the panel',
    );
    expect(changesFor(e2e, m.server).map((r) => r.path.split('/').pop())).toEqual(['power', 'restore']);
    expectCleanRun(e2e, keys);
  });
});
