import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itEndsCleanBy, traceOf } from './fixtures.js';
import {
  postsAbout,
  startWatchRig,
  type WatchRig,
  waitForLooks,
  waitForPost,
  watchedGuild,
  watchingMember,
} from './watchRig.js';

describe('the panel watch and stuck backups', () => {
  let rig: WatchRig;

  beforeAll(async () => {
    // The stuck rule's floor (30 min in production) is 1.5 s here; with no successful backup to
    // compare with, the floor is the rule.
    rig = await startWatchRig({ timings: { watchStuckFloorMs: 1_500 } });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('reports a backup stuck once, and again when it finally ends', async () => {
    const g = await watchedGuild(rig);
    const m = await watchingMember(rig, g);
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    await waitForLooks(rig, [server], 2);
    const slow = rig.e2e.panel.addBackup(server, { name: 'slowpoke', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**slowpoke**'));
    const stuck = await waitForPost(rig, g.notifications, (l) => l.includes('looks stuck'));
    expect(stuck.content).toContain('**slowpoke**');
    expect(stuck.content).toContain('no successful backup of this server to compare with');
    expect(stuck.content).toContain('stuck after 2s');
    await waitForLooks(rig, [server], 4);
    expect(postsAbout(rig, g.notifications, 'looks stuck')).toHaveLength(1);
    rig.e2e.panel.completeBackup(slow.uuid, false);
    const ended = await waitForPost(rig, g.notifications, (l) => l.includes('which I reported stuck'));
    expect(ended.content).toMatch(/^❌ Backup \*\*slowpoke\*\*/);
    await waitForLooks(rig, [server], 2);
    expect(postsAbout(rig, g.notifications, '**slowpoke**')).toHaveLength(3);
  });

  itEndsCleanBy(() => traceOf(rig.e2e));
});
