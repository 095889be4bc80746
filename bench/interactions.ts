import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { configureGuild, type E2E, linkDirectly, startE2E, waitUntil } from '#e2e/harness.js';
import type { FakeUser } from '#fakes/fakeDiscord.js';
import { fmt, latencies, row } from './measure.js';

const ROUND_TRIPS = 150;
const MEMBERS_TO_LINK = 1_000;
/** Linking stops here even if fewer members are linked, so the benchmark stays bounded in time. */
const LINK_BUDGET_MS = 15_000;

const ms = (l: { p50: number; p95: number; max: number }) =>
  `${fmt(l.p50, 1)} / ${fmt(l.p95, 1)} / ${fmt(l.max, 1)} ms`;

/**
 * Whole round trips through the real bot: the fake Discord sends `/backup list` over the gateway, the
 * bot defers, asks the loopback panel (server view + one page of backups), and edits its reply over
 * REST; a round trip ends when the fake has the edit. Then the process's memory before and after
 * linking 1,000 members through the real (SQLite) store. Everything lives in this one process, the
 * fakes included, so memory figures are upper bounds for the bot alone.
 */
export async function benchInteractions(): Promise<void> {
  process.stdout.write('\ninteractions (real bot, fake Discord, loopback panel; /backup list round trips)\n');
  const e2e = await startE2E({ panel: { rateLimitPerMinute: 1_000_000_000 }, logLevel: 'info' });
  try {
    const member = await linkedMember(e2e);
    const roundTrip = async () => {
      const handle = await e2e.discord.slash({ ...member, command: 'backup', subcommand: 'list' });
      await handle.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
    };

    // discord.js counts every REST request except interaction callbacks against its own global limit
    // of 50 per second, editing the deferred reply included: that caps both figures below.
    for (let i = 0; i < 20; i += 1) await roundTrip(); // warm-up: JIT, sockets, caches
    const sequential = await latencies(roundTrip, ROUND_TRIPS, 1);
    row(`sequential (${ROUND_TRIPS} round trips): throughput`, `${fmt(sequential.perSecond)} /s`);
    row('sequential: latency p50 / p95 / max', ms(sequential));

    const concurrent = await latencies(roundTrip, ROUND_TRIPS, 25);
    row(`25 in flight (${ROUND_TRIPS} round trips): throughput`, `${fmt(concurrent.perSecond)} /s`);
    row('25 in flight: latency p50 / p95 / max', ms(concurrent));

    await memoryForLinks(e2e);
  } finally {
    await e2e.close();
  }
}

async function linkedMember(
  e2e: E2E,
): Promise<{ user: FakeUser; guild: ReturnType<E2E['discord']['createGuild']> }> {
  const user = e2e.discord.createUser({ username: 'member' });
  const guild = e2e.discord.createGuild({ owner: user });
  const account = e2e.panel.addUser({ username: 'steve' });
  const server = e2e.panel.addServer({ owner: account, name: 'Survival', backupLimit: 20 });
  for (let i = 0; i < 12; i += 1)
    e2e.panel.addBackup(server, { name: `nightly ${i}`, state: 'completed', bytes: 50_000_000 + i });
  await waitUntil(() => e2e.bot.client.guilds.cache.has(guild.id), 'the bot to receive GUILD_CREATE');
  await configureGuild(e2e, guild);
  await linkDirectly(e2e, guild, user, account, [server]);
  return { user, guild };
}

async function memoryForLinks(e2e: E2E): Promise<void> {
  const collect = garbageCollector();
  const snapshot = () => {
    collect?.();
    return process.memoryUsage();
  };
  const user = e2e.discord.createUser({ username: 'owner' });
  const guild = e2e.discord.createGuild({ owner: user });
  const account = e2e.panel.addUser({ username: 'crowd' });
  const server = e2e.panel.addServer({ owner: account, name: 'Crowded' });
  const before = snapshot();
  const started = performance.now();
  let linked = 0;
  while (linked < MEMBERS_TO_LINK && performance.now() - started < LINK_BUDGET_MS) {
    const member = e2e.discord.createUser({ username: `member${linked}` });
    await linkDirectly(e2e, guild, member, account, [server]);
    linked += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const after = snapshot();
  const mib = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MiB`;
  row(
    `linking ${fmt(linked)} members in one guild (SQLite store)`,
    `${fmt(linked / seconds)} links/s, ${fmt((seconds * 1000) / linked, 1)} ms each`,
  );
  row('process RSS before / after', `${mib(before.rss)} / ${mib(after.rss)}`);
  row(
    `heap used before / after${collect ? ' (after a full GC)' : ''}`,
    `${mib(before.heapUsed)} / ${mib(after.heapUsed)}`,
  );
}

/** A full collection before each reading makes heap figures comparable; null where V8 refuses it. */
function garbageCollector(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => (gc as () => void)() : null;
  } catch {
    return null;
  }
}
