import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itEndsCleanBy, traceOf } from './fixtures.js';
import { waitUntil } from './harness.js';
import {
  postsAbout,
  startWatchRig,
  type WatchRig,
  waitForLooks,
  waitForPost,
  watchedGuild,
  watchingMember,
} from './watchRig.js';

describe('the panel watch across a restart', () => {
  let rig: WatchRig;

  beforeAll(async () => {
    rig = await startWatchRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('announces nothing twice and reports what happened while the bot was down', async () => {
    const g = await watchedGuild(rig);
    const m = await watchingMember(rig, g);
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    const { panel } = rig.e2e;
    const kept = panel.addBackup(server, { name: 'kept', state: 'completed' });
    const doomed = panel.addBackup(server, { name: 'doomed', state: 'completed' });
    await waitForLooks(rig, [server], 2);
    const running = panel.addBackup(server, { name: 'running', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**running**'));
    const steady = panel.addBackup(server, { name: 'steady', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**steady**'));

    let made = '';
    await rig.restart(() => {
      panel.completeBackup(running.uuid);
      doomed.deletedAt = new Date();
      made = panel.addBackup(server, {
        name: 'whiledown',
        state: 'completed',
        createdAt: new Date(Date.now() - 120_000),
      }).uuid;
    });
    expect(made).not.toBe('');

    const ended = await waitForPost(
      rig,
      g.notifications,
      (l) => l.includes('**running**') && l.includes('completed'),
    );
    expect(ended.content).toContain('(noticed after a restart)');
    const gone = await waitForPost(rig, g.notifications, (l) => l.includes('**doomed**'));
    expect(gone.content).toContain('is gone from the panel');
    expect(gone.content).toContain('(noticed after a restart)');
    const appeared = await waitForPost(rig, g.notifications, (l) => l.includes('**whiledown**'));
    expect(appeared.content).toContain('and completed');
    expect(appeared.content).toContain('(noticed after a restart)');

    // What changes after the first look of the new process is not "noticed after a restart".
    panel.completeBackup(steady.uuid);
    const steadyEnd = await waitForPost(
      rig,
      g.notifications,
      (l) => l.includes('**steady**') && l.includes('completed'),
    );
    expect(steadyEnd.content).not.toContain('restart');
    await waitForLooks(rig, [server], 3);

    expect(postsAbout(rig, g.notifications, '**running**')).toHaveLength(2);
    expect(postsAbout(rig, g.notifications, '**steady**')).toHaveLength(2);
    expect(postsAbout(rig, g.notifications, '**doomed**')).toHaveLength(1);
    expect(postsAbout(rig, g.notifications, '**whiledown**')).toHaveLength(1);
    expect(postsAbout(rig, g.notifications, '**kept**')).toEqual([]);
    expect(kept.deletedAt).toBeNull();
  });

  it('a second restart with nothing new posts nothing', async () => {
    const g = await watchedGuild(rig);
    const m = await watchingMember(rig, g, { username: 'calm' });
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    rig.e2e.panel.addBackup(server, { name: 'only', state: 'in_progress' });
    await waitForLooks(rig, [server], 2);
    await rig.restart();
    await waitUntil(() => rig.bot.client.guilds.cache.has(g.guild.id), 'the new bot to see the guild');
    await waitForLooks(rig, [server], 3);
    expect(rig.e2e.discord.channelMessages(g.notifications.id)).toEqual([]);
  });

  itEndsCleanBy(() => traceOf(rig.e2e));
});
