/**
 * End-to-end rig for the panel watch: the real bot (through `startE2E`) with the watch's timings
 * shortened, a guild with a notifications channel, members linked through the real store, a bot
 * restart against the same fakes and the same SQLite file, and a loopback proxy in front of the
 * panel that records which key sent each request (the loopback panel records only the kind).
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { BotTimings } from '#discord/context.js';
import type { FakeChannel, FakeGuild, FakeMessage, FakeUser } from '#fakes/fakeDiscord.js';
import type { LoopbackPanelOptions, PanelServer, PanelUser } from '#fakes/loopbackPanel.js';
import { type RunningBot, startBot } from '#src/bot.js';
import { parseConfig } from '#src/config.js';
import { createLogger } from '#src/log.js';
import { Secret } from '#src/secret.js';
import { provided } from './fixtures.js';
import { type E2E, startE2E, waitUntil } from './harness.js';

/**
 * One "minute" of the panel's rate limit is `watchWindowMs` here: the budget of 25 requests per key
 * holds per 2 s of test time. Looks are at most every 100 ms per server; the plan is re-read every 100 ms.
 */
export const watchTimings: Partial<BotTimings> = {
  watchWindowMs: 2_000,
  watchLookIntervalMs: 100,
  watchPlanMs: 100,
  watchReachRefreshMs: 60_000,
  watchStuckFloorMs: 10 * 60_000,
};

export interface WatchRig {
  readonly e2e: E2E;
  /** The running bot (a new one after `restart()`). */
  readonly bot: RunningBot;
  /**
   * Stops the bot, runs `whileDown` (what happens on the panel meanwhile), and starts a new bot on
   * the same store file, fake Discord and panel.
   */
  restart(whileDown?: () => void | Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** The watch rig for the tests of this `describe`: started before them, closed after. */
export function useWatchRig(options: Parameters<typeof startWatchRig>[0] = {}): WatchRig {
  const rig = provided<WatchRig>('the watch rig');
  beforeAll(async () => rig.provide(await startWatchRig(options)));
  afterAll(async () => {
    await rig.current()?.close();
  });
  return rig.stand;
}

export async function startWatchRig(
  options: { panel?: LoopbackPanelOptions; timings?: Partial<BotTimings> } = {},
): Promise<WatchRig> {
  const timings = { ...watchTimings, ...options.timings };
  const e2e = await startE2E({ ...(options.panel ? { panel: options.panel } : {}), timings });
  let bot: RunningBot = e2e.bot;
  let restarted = false;
  return {
    e2e,
    get bot() {
      return bot;
    },
    async restart(whileDown) {
      await bot.stop();
      await whileDown?.();
      const config = parseConfig({
        DISCORD_TOKEN: e2e.discord.botToken,
        ENCRYPTION_KEY: e2e.encryptionKey,
        STORE_URL: `sqlite://${join(e2e.storeDir, 'bot.sqlite')}`,
        DISCORD_API_URL: e2e.discord.apiUrl,
        ALLOW_INSECURE_PANEL_URL: 'true',
        LOG_LEVEL: 'debug',
      });
      bot = await startBot(config, {
        logger: createLogger('debug', (line) => e2e.logs.push(line)),
        timings: { ...e2e.bot.context.timings, ...timings },
      });
      restarted = true;
    },
    async close() {
      if (restarted) await bot.stop();
      await e2e.close();
    },
  };
}

export interface WatchedGuild {
  guild: FakeGuild;
  admin: FakeUser;
  general: FakeChannel;
  notifications: FakeChannel;
}

/** A guild whose settings name the panel (or `panelUrl`) and a notifications channel. */
export async function watchedGuild(
  rig: WatchRig,
  options: { panelUrl?: string; notifications?: boolean } = {},
): Promise<WatchedGuild> {
  const { discord } = rig.e2e;
  const admin = discord.createUser({ username: 'admin' });
  const guild = discord.createGuild({
    name: 'Game Night',
    owner: admin,
    textChannels: ['general', 'backups'],
  });
  const [general, notifications] = guild.channels as [FakeChannel, FakeChannel];
  await waitUntil(() => rig.bot.client.guilds.cache.has(guild.id), 'the bot to receive GUILD_CREATE');
  await rig.bot.context.store.setGuildSettings(guild.id, {
    panelUrl: options.panelUrl ?? rig.e2e.panel.url,
    managerRoleIds: [],
    auditChannelId: null,
    notificationsChannelId: options.notifications === false ? null : notifications.id,
    setupBy: admin.id,
    updatedAt: new Date().toISOString(),
  });
  return { guild, admin, general, notifications };
}

export interface WatchingMember {
  user: FakeUser;
  account: PanelUser;
  servers: PanelServer[];
}

/** A guild member with a panel account owning `servers` servers, linked through the real store. */
export async function watchingMember(
  rig: WatchRig,
  g: WatchedGuild,
  options: { username?: string; servers?: number; account?: PanelUser } = {},
): Promise<WatchingMember> {
  const { discord, panel } = rig.e2e;
  const username = options.username ?? 'steve';
  const user = discord.createUser({ username });
  discord.addMember(g.guild, user);
  const account = options.account ?? panel.addUser({ username });
  const servers = Array.from({ length: options.servers ?? 1 }, (_, i) =>
    panel.addServer({ owner: account, name: `${username} world ${i + 1}`, backupLimit: 10 }),
  );
  await linkMember(rig, g, user, account, servers);
  return { user, account, servers };
}

export async function linkMember(
  rig: WatchRig,
  g: WatchedGuild,
  user: FakeUser,
  account: PanelUser,
  servers: readonly PanelServer[],
): Promise<void> {
  await rig.bot.context.store.setMemberLink(g.guild.id, user.id, {
    apiKey: new Secret(account.key),
    accountName: account.username,
    servers: servers.map((s) => ({ identifier: s.identifier, name: s.name })),
    defaultServer: servers[0]?.identifier ?? null,
    linkedAt: new Date().toISOString(),
  });
}

/** What the notifications channel holds, as text. */
export function posts(rig: WatchRig, channel: FakeChannel): string[] {
  return rig.e2e.discord.channelMessages(channel.id).map((m) => m.content);
}

export function postsAbout(rig: WatchRig, channel: FakeChannel, needle: string): string[] {
  return posts(rig, channel).filter((line) => line.includes(needle));
}

export function waitForPost(
  rig: WatchRig,
  channel: FakeChannel,
  predicate: (line: string) => boolean,
  timeoutMs = 10_000,
): Promise<FakeMessage> {
  return rig.e2e.discord.waitForChannelMessage(channel.id, (m) => predicate(m.content), timeoutMs);
}

/** Waits until the watch has looked at every given server at least `times` more times than now. */
export async function waitForLooks(rig: WatchRig, servers: readonly PanelServer[], times = 2): Promise<void> {
  const count = (s: PanelServer) =>
    rig.e2e.panel.requests.filter(
      (r) => r.method === 'GET' && r.path === `/api/client/servers/${s.identifier}`,
    ).length;
  const start = new Map(servers.map((s) => [s.identifier, count(s)]));
  await waitUntil(
    () => servers.every((s) => count(s) >= (start.get(s.identifier) ?? 0) + times),
    `${times} more looks at ${servers.length} server(s)`,
  );
}

export interface KeyedRequest {
  at: number;
  /** The bearer token the request carried (the panel key). */
  key: string;
  method: string;
  path: string;
}

/** A loopback HTTP proxy in front of the panel recording each request's key and time. */
export interface KeyCountingProxy {
  readonly url: string;
  readonly requests: KeyedRequest[];
  close(): Promise<void>;
}

export async function startKeyCountingProxy(target: string): Promise<KeyCountingProxy> {
  const to = new URL(target);
  const requests: KeyedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    requests.push({
      at: Date.now(),
      key: auth.replace(/^Bearer\s+/i, ''),
      method: req.method ?? 'GET',
      path: (req.url ?? '').split('?')[0] ?? '',
    });
    const forward = httpRequest(
      {
        host: to.hostname,
        port: to.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: to.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The most requests any `windowMs`-long stretch holds, per key. */
export function peakPerWindow(requests: readonly KeyedRequest[], windowMs: number): Map<string, number> {
  const byKey = new Map<string, number[]>();
  for (const r of requests) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.at]);
  const peaks = new Map<string, number>();
  for (const [key, times] of byKey) {
    times.sort((a, b) => a - b);
    let peak = 0;
    let from = 0;
    for (let to = 0; to < times.length; to += 1) {
      while ((times[to] as number) - (times[from] as number) >= windowMs) from += 1;
      peak = Math.max(peak, to - from + 1);
    }
    peaks.set(key, peak);
  }
  return peaks;
}
