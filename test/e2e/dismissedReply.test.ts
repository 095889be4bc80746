import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { waitUntil } from './harness.js';
import { answer, backupCommand, changesFor, linkedMember } from './memberFlows.js';

/**
 * A member may dismiss the ephemeral message of a confirmed restore while it runs; edits of it then
 * fail (10008 Unknown Message). That is news lost, not a reason to stop half way: the server was
 * already sent the stop signal, and the restore must still follow.
 */
describe('a confirmed restore whose message is dismissed', () => {
  const e2e = useE2E({ panel: { restoreDurationMs: 300, stopDurationMs: 400 } });
  const world = useWorld(e2e);

  it('stops the server and restores even when every edit of the reply fails', async () => {
    const m = await linkedMember(e2e, world.guild, { server: { name: 'Survival', powerState: 'running' } });
    const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });
    const message = ask.original;
    if (!message) throw new Error('the restore question has no message');

    e2e.panel.faults.latencyMs = 200;
    await answer(e2e, m, message, 'confirm');
    // The member dismisses the message while the bot still checks with the panel.
    e2e.discord.messages.delete(message.id);
    e2e.panel.faults.latencyMs = 0;

    await waitUntil(
      () => changesFor(e2e, m.server).some((r) => r.path.endsWith('/restore')),
      'the restore to reach the panel',
    );
    expect(changesFor(e2e, m.server).map((r) => r.path.split('/').pop())).toEqual(['power', 'restore']);
  });

  itEndsClean(e2e);
});
