import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itEndsCleanBy, traceOf } from './fixtures.js';
import { waitUntil } from './harness.js';
import {
  type KeyCountingProxy,
  postsAbout,
  startKeyCountingProxy,
  startWatchRig,
  type WatchRig,
  waitForPost,
  watchedGuild,
  watchingMember,
} from './watchRig.js';

/**
 * The loopback panel is Pterodactyl here and says `X-RateLimit-Limit: 720`: the watch's share is 72
 * requests per window of 2 s, so its steady spacing between two requests is 2000 / 71 ≈ 28 ms.
 */
const STEADY_SPACING_MS = 2_000 / 71;

describe('the panel watch when the panel fails or throttles', () => {
  let rig: WatchRig;
  let proxy: KeyCountingProxy;

  beforeAll(async () => {
    rig = await startWatchRig();
    proxy = await startKeyCountingProxy(rig.e2e.panel.url);
  });
  afterAll(async () => {
    await rig?.close();
    await proxy?.close();
  });

  async function watchedServer(username: string) {
    const g = await watchedGuild(rig, { panelUrl: proxy.url });
    const m = await watchingMember(rig, g, { username });
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    await waitUntil(
      async () => (await rig.bot.context.store.watch.server(g.guild.id, server.identifier)) !== undefined,
      'a first look',
    );
    const requests = () => proxy.requests.filter((r) => r.key === m.account.key);
    // The panel's faults hit whichever request comes next: only this guild is watched during a test.
    const done = async () => {
      const settings = await rig.bot.context.store.getGuildSettings(g.guild.id);
      if (settings)
        await rig.bot.context.store.setGuildSettings(g.guild.id, {
          ...settings,
          notificationsChannelId: null,
        });
      await quiet();
    };
    return { g, m, server, requests, done };
  }

  /** Waits until nothing has been asked of the panel for 300 ms (no other guild is watched any more). */
  async function quiet() {
    await waitUntil(() => Date.now() - (proxy.requests.at(-1)?.at ?? 0) > 300, 'the watch to be idle');
  }

  it('waits out a 429’s Retry-After, then carries on and misses nothing', async () => {
    const { g, server, requests, done } = await watchedServer('throttled');
    const before = requests().length;
    rig.e2e.panel.faults.rateLimitNext(1, 1);
    await waitUntil(() => requests().length >= before + 3, 'the watch to ask again after the 429');
    const [throttled, next] = requests().slice(before, before + 2);
    if (!throttled || !next) throw new Error('no requests');
    // Retry-After: 1 second, and nothing is asked in between.
    expect(next.at - throttled.at).toBeGreaterThanOrEqual(950);
    rig.e2e.panel.addBackup(server, { name: 'afterthrottle', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**afterthrottle**'));
    expect(rig.e2e.logs.some((l) => l.includes('slowing down') && l.includes('rate_limited'))).toBe(true);
    await done();
  });

  it('spaces its requests further apart while the panel keeps failing, and recovers', async () => {
    const { g, server, requests, done } = await watchedServer('faulty');
    const before = requests().length;
    rig.e2e.panel.faults.failNext(500, 4);
    await waitUntil(() => requests().length >= before + 6, 'the watch to get past the faults');
    const times = requests()
      .slice(before, before + 5)
      .map((r) => r.at);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    // Doubling after each fault: at least 2, 4, 8 and 16 times the steady spacing.
    expect(gaps[0]).toBeGreaterThanOrEqual(1.8 * STEADY_SPACING_MS);
    expect(gaps[2]).toBeGreaterThanOrEqual(7 * STEADY_SPACING_MS);
    expect(gaps[3]).toBeGreaterThanOrEqual(14 * STEADY_SPACING_MS);
    for (let i = 1; i < gaps.length; i += 1) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] as number);
    rig.e2e.panel.addBackup(server, { name: 'afterfaults', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**afterfaults**'));
    expect(postsAbout(rig, g.notifications, '**afterfaults**')).toHaveLength(1);
    await done();
  });

  it('survives a panel that stops answering like a panel, and a node that is down', async () => {
    const { g, server, requests, done } = await watchedServer('unlucky');
    const before = requests().length;
    rig.e2e.panel.faults.htmlNext(1);
    rig.e2e.panel.faults.failNext(504, 1);
    rig.e2e.panel.faults.resetNext(1);
    await waitUntil(() => requests().length >= before + 5, 'the watch to get past the faults');
    rig.e2e.panel.addBackup(server, { name: 'survivor', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**survivor**'));
    expect(postsAbout(rig, g.notifications, '**survivor**')).toHaveLength(1);
    await done();
  });

  itEndsCleanBy(() => traceOf(rig.e2e));
});
