import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { EPHEMERAL, linkThroughModal, visibleText } from './harness.js';
import { backupCommand } from './memberFlows.js';

describe('/backup list end to end', () => {
  const e2e = useE2E();
  const world = useWorld(e2e);

  it('lists the backups of the default server after /link', async () => {
    e2e.panel.addBackup(world.server, { name: 'nightly', state: 'completed', bytes: 52_428_800 });
    e2e.panel.addBackup(world.server, { name: 'broken', state: 'failed' });
    const linked = await linkThroughModal(
      e2e,
      world.guild,
      world.member,
      world.memberAccount.key,
      world.server.identifier,
    );
    expect(visibleText(linked.original)).toContain('steve');

    const list = await backupCommand(e2e, { guild: world.guild, user: world.member }, 'list');
    const text = visibleText(list.original);
    expect(list.original?.flags).toBe(EPHEMERAL);
    expect(text).toContain('nightly');
    expect(text).toContain('50.0 MiB');
    expect(text).toContain('broken');
    expect(text).toContain('1 of 3 backups used');
  });

  itEndsClean(e2e);
});
