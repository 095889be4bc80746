import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { waitUntil } from '#e2e/harness.js';
import { type FakeDiscord, startFakeDiscord } from '#fakes/fakeDiscord.js';
import { type LoopbackPanel, startLoopbackPanel } from '#fakes/loopbackPanel.js';
import { createLogger } from '#src/log.js';
import { Secret } from '#src/secret.js';
import { BotStore, generateEncryptionKey } from '#store/index.js';
import { Failures } from './compare.js';
import { type Errors, metricSum } from './interactions.js';
import { fmt, row, scaled } from './measure.js';
import { buildCompiled, COMPILED_BOT, root, stop, treeRss } from './startup.js';
import { type Kind, kinds, type Participant, REAL_ANSWERS } from './trips.js';

/** Interactions before the first reading, so that start-up allocation and JIT are behind it. */
export const SOAK_WARM_UP = scaled(1_000, 100);
export const SOAK_INTERACTIONS = scaled(20_000, 500);
const GUILDS = 25;
const MEMBERS_PER_GUILD = 2;
const BACKUPS = 12;
/** RSS is also read (on the fly) every this many interactions, to show its course. */
const TRACE_EVERY = 2_000;
/** After the bot follows nothing any more, a moment for its last replies and timers before reading. */
const SETTLE_MS = 1_000;

export interface SoakFigures {
  /** The bot process's RSS after the warm-up and after SOAK_INTERACTIONS more, bytes. */
  rssAfterWarmUp: number;
  rssAfter: number;
  /** Interactions after the warm-up (a cycle in flight at the end finishes, so a few over). */
  interactions: number;
  seconds: number;
  errors: Errors;
}

/**
 * The real bot's memory over a long run, with nothing else in its process: the compiled bot
 * (`npm start`'s JavaScript) as a child process on a fake Discord and a loopback panel held here,
 * with a SQLite store. GUILDS × MEMBERS_PER_GUILD members, each one interaction at a time, each
 * going round list → autocomplete → create → delete (asked, then confirmed: two interactions) of a
 * backup an earlier create made, so the panel's rows stay few. RSS of the bot process (from /proc)
 * once it follows nothing and has run a full GC (asked through its inspector, on loopback), after
 * SOAK_WARM_UP interactions and after SOAK_INTERACTIONS more; its heap from its own /metrics.
 */
export async function benchSoak(): Promise<SoakFigures> {
  process.stdout.write(
    `\nsoak (the compiled bot in its own process; ${fmt(SOAK_WARM_UP)} + ${fmt(SOAK_INTERACTIONS)} interactions, ${GUILDS * MEMBERS_PER_GUILD} in flight)\n`,
  );
  buildCompiled();
  const panel = await startLoopbackPanel({
    rateLimitPerMinute: 1_000_000_000,
    backupThrottle: { limit: 1, periodSeconds: 0 },
  });
  const discord = await startFakeDiscord();
  const scratch = mkdtempSync(join(tmpdir(), 'ptero-bench-soak-'));
  let child: ChildProcess | undefined;
  try {
    const storeUrl = `sqlite://${join(scratch, 'bot.sqlite')}`;
    const encryptionKey = generateEncryptionKey();
    const crew = await world(discord, panel, storeUrl, encryptionKey);
    const healthPort = await freePort();
    let errorLines = 0;
    const errorExamples: string[] = [];
    // The inspector (loopback, a free port) lets the bench ask for a full GC before each reading.
    child = spawn(process.execPath, ['--inspect=127.0.0.1:0', ...COMPILED_BOT], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmpdir(),
        DISCORD_TOKEN: discord.botToken,
        DISCORD_API_URL: discord.apiUrl,
        ENCRYPTION_KEY: encryptionKey,
        STORE_URL: storeUrl,
        ALLOW_INSECURE_PANEL_URL: 'true',
        BACKUP_THROTTLE_PERIOD: '0',
        HEALTH_HOST: '127.0.0.1',
        HEALTH_PORT: String(healthPort),
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    const exited = new Promise<never>((_, reject) =>
      child?.once('exit', (code) =>
        reject(new Error(`the bot exited (${code}) during the soak; its last lines:\n${tail.join('\n')}`)),
      ),
    );
    exited.catch(() => {});
    let partial = '';
    const onOutput = (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      tail.push(...lines);
      tail.splice(0, Math.max(0, tail.length - 20));
      for (const line of lines)
        if (line.includes('"level":"error"')) {
          errorLines += 1;
          if (errorExamples.length < 3) errorExamples.push(line.slice(0, 300));
        }
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    const inspector = new Promise<string>((resolve) => {
      let seen = '';
      child?.stderr?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const url = /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(seen)?.[1];
        if (url) resolve(url);
      });
    });
    const metrics = async () => (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
    // Ready to answer once its commands are registered (after "logged in").
    await Promise.race([
      exited,
      discord.waitFor(() => discord.commands.global.length > 0, {
        timeoutMs: 30_000,
        what: 'the bot to register its commands',
      }),
    ]);

    const claimed = new Set<string>();
    const seed = (p: Participant) => {
      const made = panel
        .backupsOf(p.scratch)
        .find(
          (b) => b.completedAt !== null && b.isSuccessful && b.deletedAt === null && !claimed.has(b.uuid),
        );
      const uuid = made?.uuid ?? panel.addBackup(p.scratch, { name: 'seeded', state: 'completed' }).uuid;
      claimed.add(uuid);
      return uuid;
    };
    const k = kinds(discord, REAL_ANSWERS, { seed, choices: BACKUPS, timeoutMs: 15_000 });
    const failures = new Failures();
    const refusedBefore = discord.errors.length;
    let done = 0;
    const trace: number[] = [];
    const step = async (kind: Kind, p: Participant, interactions: number) => {
      try {
        const go = await kind.prepare(p);
        await go().finished;
      } catch (error) {
        failures.note(error);
      }
      const before = done;
      done += interactions;
      // A reading every TRACE_EVERY interactions while it runs (no waiting for follows): how RSS gets there.
      if (Math.floor(before / TRACE_EVERY) !== Math.floor(done / TRACE_EVERY) && child)
        trace.push(treeRss(child));
    };
    const runTo = (target: number) =>
      Promise.race([
        exited,
        Promise.all(
          crew.map(async (p) => {
            while (done < target) {
              await step(k.list, p, 1);
              await step(k.autocomplete, p, 1);
              await step(k.create, p, 1);
              await step(k.press, p, 2);
            }
          }),
        ),
      ]);
    const settled = async () => {
      await Promise.race([
        exited,
        waitUntil(
          async () => metricSum(await metrics(), 'ptero_backup_bot_long_work_in_flight') === 0,
          'the bot to finish following its backups',
          30_000,
        ),
      ]);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      await collectGarbage(await inspector);
      const text = await metrics();
      return {
        rss: treeRss(child as ChildProcess),
        heapUsed: metricSum(text, 'nodejs_heap_size_used_bytes'),
        heapTotal: metricSum(text, 'nodejs_heap_size_total_bytes'),
        external: metricSum(text, 'nodejs_external_memory_bytes'),
      };
    };

    await runTo(SOAK_WARM_UP);
    const afterWarmUp = await settled();
    const warm = done;
    const started = performance.now();
    await runTo(warm + SOAK_INTERACTIONS);
    const seconds = (performance.now() - started) / 1000;
    const after = await settled();
    const interactions = done - warm;
    const errors: Errors = {
      failedTrips: failures.count,
      refusedByDiscord: discord.errors.length - refusedBefore,
      handlerErrors: metricSum(await metrics(), 'ptero_backup_bot_interactions_total', 'outcome="error"'),
      examples: [...failures.first, ...errorExamples],
    };
    const mib = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MiB`;
    row(`${fmt(interactions)} interactions`, `${fmt(seconds, 1)} s, ${fmt(interactions / seconds)} /s`);
    row(
      'bot RSS after warm-up / after (each after a full GC)',
      `${mib(afterWarmUp.rss)} / ${mib(after.rss)} (${growth(afterWarmUp.rss, after.rss)})`,
    );
    row(
      `bot RSS every ${fmt(TRACE_EVERY)} interactions (MiB)`,
      trace.map((rss) => fmt(rss / 1024 / 1024)).join(' '),
    );
    row(
      'bot heap used after warm-up / after (full GC)',
      `${mib(afterWarmUp.heapUsed)} / ${mib(after.heapUsed)} (${growth(afterWarmUp.heapUsed, after.heapUsed)})`,
    );
    row(
      'bot heap total / external after warm-up, after',
      `${mib(afterWarmUp.heapTotal)} / ${mib(afterWarmUp.external)}, ${mib(after.heapTotal)} / ${mib(after.external)}`,
    );
    row(
      'failed trips / refused by Discord / handler errors',
      `${errors.failedTrips} / ${errors.refusedByDiscord} / ${errors.handlerErrors} (error log lines: ${errorLines})`,
    );
    for (const example of errors.examples.slice(0, 3))
      process.stdout.write(`      e.g. ${example.slice(0, 300)}\n`);
    return { rssAfterWarmUp: afterWarmUp.rss, rssAfter: after.rss, interactions, seconds, errors };
  } finally {
    if (child) await stop(child);
    await discord.close();
    await panel.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function growth(before: number, after: number): string {
  const percent = ((after - before) / before) * 100;
  return `${percent >= 0 ? '+' : ''}${fmt(percent, 1)} %`;
}

/**
 * The guilds and members, made before the bot starts so that its READY lists them: each guild set
 * up and each member linked to an account of their own (a server of BACKUPS backups, the default,
 * and one their creates go to), written through the store the bot will open.
 */
async function world(
  discord: FakeDiscord,
  panel: LoopbackPanel,
  storeUrl: string,
  encryptionKey: string,
): Promise<Participant[]> {
  const store = await BotStore.open({ storeUrl, encryptionKey, logger: createLogger('warn', () => {}) });
  const crew: Participant[] = [];
  try {
    for (let g = 0; g < GUILDS; g += 1) {
      const owner = discord.createUser({ username: `member${g}` });
      const guild = discord.createGuild({ owner });
      await store.setGuildSettings(guild.id, {
        panelUrl: panel.url,
        managerRoleIds: [],
        auditChannelId: null,
        setupBy: owner.id,
        updatedAt: new Date().toISOString(),
      });
      for (let m = 0; m < MEMBERS_PER_GUILD; m += 1) {
        const user = m === 0 ? owner : discord.createUser({ username: `member${g}-${m}` });
        if (m > 0) discord.addMember(guild, user);
        const account = panel.addUser({ username: `steve${g}-${m}` });
        const survival = panel.addServer({ owner: account, name: 'Survival', backupLimit: 20 });
        for (let i = 0; i < BACKUPS; i += 1)
          panel.addBackup(survival, { name: `nightly ${i}`, state: 'completed', bytes: 50_000_000 + i });
        const scratchServer = panel.addServer({ owner: account, name: 'Scratch', backupLimit: 100_000 });
        await store.setMemberLink(guild.id, user.id, {
          apiKey: new Secret(account.key),
          accountName: account.username,
          servers: [survival, scratchServer].map((s) => ({ identifier: s.identifier, name: s.name })),
          defaultServer: survival.identifier,
          linkedAt: new Date().toISOString(),
        });
        crew.push({ user, guild, scratch: scratchServer });
      }
    }
  } finally {
    await store.close();
  }
  return crew;
}

/** A full garbage collection in the process whose inspector is at `url` (DevTools protocol). */
async function collectGarbage(url: string): Promise<void> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.on('message', (data: Buffer) => {
        const reply = JSON.parse(data.toString()) as { id?: number; error?: { message: string } };
        if (reply.id !== 1) return;
        if (reply.error) reject(new Error(`the inspector refused a GC: ${reply.error.message}`));
        else resolve();
      });
      socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
    });
  } finally {
    socket.close();
  }
}

/** A loopback port nothing listens on now (for the bot's health server, which serves /metrics). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}
