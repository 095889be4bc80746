import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelBackup } from '#fakes/loopbackPanel.js';
import { itEndsCleanBy, traceOf } from './fixtures.js';
import { waitUntil } from './harness.js';
import {
  type KeyCountingProxy,
  peakPerWindow,
  postsAbout,
  startKeyCountingProxy,
  startWatchRig,
  type WatchingMember,
  type WatchRig,
  watchedGuild,
  watchingMember,
} from './watchRig.js';

/**
 * 50 servers across 10 keys on a Pelican panel (256 requests a minute per user; its
 * X-RateLimit-Limit says so): the watch's share is 10 %, 25 requests per window. The window (the
 * panel's minute) is 3 s of test time, so the watch's 25 per 3 s also stays under the loopback
 * panel's own real-time 256 a minute.
 */
const WINDOW_MS = 3_000;
const BUDGET = 25;

describe('the panel watch keeps to its budget', () => {
  let rig: WatchRig;
  let proxy: KeyCountingProxy;

  beforeAll(async () => {
    rig = await startWatchRig({
      panel: { flavor: 'pelican' },
      timings: { watchWindowMs: WINDOW_MS, watchLookIntervalMs: 100 },
    });
    proxy = await startKeyCountingProxy(rig.e2e.panel.url);
  });
  afterAll(async () => {
    await rig?.close();
    await proxy?.close();
  });

  it('spends at most 10 % of each key’s rate limit with 50 servers on 10 keys, and misses no outcome', async () => {
    const g = await watchedGuild(rig, { panelUrl: proxy.url });
    const members: WatchingMember[] = [];
    for (let i = 0; i < 10; i += 1)
      members.push(await watchingMember(rig, g, { username: `u${i}`, servers: 5 }));
    const servers = members.flatMap((m) => m.servers);
    const store = rig.bot.context.store;
    // Every server has had its baseline look.
    await waitUntil(
      async () =>
        (await Promise.all(servers.map((s) => store.watch.server(g.guild.id, s.identifier)))).every(Boolean),
      'a first look at all 50 servers',
      30_000,
    );
    const from = Date.now();
    // One backup on the last server of each key, made on the panel, then finished.
    const made: PanelBackup[] = members.map((m, i) => {
      const last = m.servers[4];
      if (!last) throw new Error('five servers per key');
      return rig.e2e.panel.addBackup(last, { name: `sched${i}`, state: 'in_progress' });
    });
    await waitUntil(
      () => made.every((b) => postsAbout(rig, g.notifications, `**${b.name}**`).length === 1),
      'every backup announced',
      30_000,
    );
    for (const [i, b] of made.entries()) rig.e2e.panel.completeBackup(b.uuid, i % 2 === 0);
    await waitUntil(
      () => made.every((b) => postsAbout(rig, g.notifications, `**${b.name}**`).length === 2),
      'every outcome posted',
      30_000,
    );
    // Keep watching for at least three windows in all.
    await new Promise((r) => setTimeout(r, Math.max(0, from + 3 * WINDOW_MS - Date.now())));
    const to = Date.now();

    const keys = new Set(members.map((m) => m.account.key));
    const watched = proxy.requests.filter((r) => keys.has(r.key));
    const peaks = peakPerWindow(watched, WINDOW_MS);
    expect(peaks.size).toBe(10);
    for (const peak of peaks.values()) expect(peak).toBeLessThanOrEqual(BUDGET);
    // Each key only ever asked about its own servers: a server is watched with one key.
    for (const m of members) {
      const own = new Set(m.servers.map((s) => s.identifier));
      const asked = watched
        .filter((r) => r.key === m.account.key && r.path.startsWith('/api/client/servers/'))
        .map((r) => r.path.split('/')[4] ?? '');
      expect(asked.filter((id) => !own.has(id))).toEqual([]);
    }
    // Outcomes: completed for the even ones, failed for the odd ones, each said once.
    for (const [i, b] of made.entries()) {
      const lines = postsAbout(rig, g.notifications, `**${b.name}**`);
      expect(lines[1]).toContain(i % 2 === 0 ? 'completed' : 'failed');
    }
    const inSpan = watched.filter((r) => r.at >= from && r.at <= to);
    const perKeyPerWindow = inSpan.length / 10 / ((to - from) / WINDOW_MS);
    console.log(
      `watch budget: ${watched.length} requests by 10 keys; peak per key per ${WINDOW_MS} ms window: ${Math.max(...peaks.values())} (budget ${BUDGET}); mean per key per window over ${((to - from) / 1000).toFixed(1)} s: ${perKeyPerWindow.toFixed(1)}`,
    );
    expect(perKeyPerWindow).toBeLessThanOrEqual(BUDGET);
    expect(perKeyPerWindow).toBeGreaterThan(0);
  }, 120_000);

  itEndsCleanBy(() => traceOf(rig.e2e));
});
