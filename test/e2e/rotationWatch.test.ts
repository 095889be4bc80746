import { describe, expect, it } from 'vitest';
import { itEndsCleanBy, traceOf } from './fixtures.js';
import { visibleText } from './harness.js';
import { answer, backupCommand } from './memberFlows.js';
import { posts, useWatchRig, waitForLooks, waitForPost, watchedGuild, watchingMember } from './watchRig.js';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

for (const flavor of ['pterodactyl', 'pelican'] as const) {
  describe(`the watch and the bot's own rotations and prunes (${flavor})`, () => {
    const rig = useWatchRig({ panel: { flavor, backupDurationMs: 200 } });

    it('announces neither the backup a rotation deleted, nor the one it made, nor what a prune deleted', async () => {
      const g = await watchedGuild(rig);
      const m = await watchingMember(rig, g);
      const server = m.servers[0];
      if (!server) throw new Error('no server');
      server.backupLimit = 2;
      rig.e2e.panel.addBackup(server, { name: 'rotatedout', createdAt: hoursAgo(5) });
      rig.e2e.panel.addBackup(server, { name: 'stays', createdAt: hoursAgo(4) });
      rig.e2e.panel.addBackup(server, { name: 'broken', state: 'failed', createdAt: hoursAgo(3) });
      // The watch's first looks take these as the baseline.
      await waitForLooks(rig, [server], 2);
      const who = { guild: g.guild, user: m.user };

      const ask = await backupCommand(rig.e2e, who, 'create', { name: 'fresh' });
      expect(visibleText(ask.original)).toContain('**rotatedout**');
      await answer(rig.e2e, who, ask.original, 'confirm', /Completed/);
      const prune = await backupCommand(rig.e2e, who, 'prune', { 'failed-only': true });
      await answer(rig.e2e, who, prune.original, 'confirm', /Prune of/);

      // A foreign backup afterwards is announced: the watch was looking all along.
      rig.e2e.panel.addBackup(server, { name: 'foreign', state: 'in_progress' });
      await waitForPost(rig, g.notifications, (line) => line.includes('**foreign**'));
      await waitForLooks(rig, [server], 3);
      const all = posts(rig, g.notifications);
      for (const name of ['rotatedout', 'fresh', 'broken', 'stays']) {
        expect(all.filter((line) => line.includes(`**${name}**`))).toEqual([]);
      }
    });

    itEndsCleanBy(() => traceOf(rig.e2e));
  });
}
