import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultTimings } from '#discord/context.js';
import { configureGuild, type E2E, joinedGuild, linkDirectly, startE2E, waitUntil } from '#e2e/harness.js';
import type { LoopbackPanel, PanelServer, PanelUser } from '#fakes/loopbackPanel.js';
import { compare, Failures, type Pair, type Plan, type RoundTrip, SEQUENTIAL } from './compare.js';
import { fmt, row, scaled } from './measure.js';
import { type MinimalBot, startMinimalBot } from './minimalBot.js';
import {
  type Kind,
  type Kinds,
  kinds,
  MINIMAL_ANSWERS,
  type Participant,
  REAL_ANSWERS,
  roundTrip,
} from './trips.js';

const MEMBERS_TO_LINK = scaled(1_000, 100);
/** Linking stops here even if fewer members are linked, so the benchmark stays bounded in time. */
const LINK_BUDGET_MS = 15_000;
const BACKUPS = 12;
const GUILDS = 50;
const MEMBERS_PER_GUILD = 2;
/** 100 in flight across the 50 guilds (a member's next interaction waits for their last). */
export const IN_FLIGHT: Plan = { count: scaled(800, 200), concurrency: 100, rounds: 2, warmUp: 0 };
/** Per kind, in the slow-panel burst: 10 each of list, create, autocomplete and a confirm press. */
export const SLOW_PER_KIND = 10;
export const SLOW_PANEL_MS = 5_000;
/** Discord's window for the first answer. */
const ACK_MS = 3_000;
/** After this the panel answers at once again: whether a reply was acknowledged in 3 s is decided by then. */
const SLOW_FOR_MS = 3_500;

export interface AckShare {
  acked: number;
  total: number;
  /** The slowest accepted first answer, ms. */
  slowestMs: number;
}

/** What went wrong on one side, seen three ways. */
export interface Errors {
  /** Round trips that ended on a wrong answer or none. */
  failedTrips: number;
  /** Requests the fake Discord refused (10062 too late, 40060 twice, 50035 invalid…). */
  refusedByDiscord: number;
  /** The real bot: interactions its router counted as `error`; the minimal bot: handler rejections. */
  handlerErrors: number;
  /** The first few messages of any of these, to say what they were. */
  examples: string[];
}

export interface InteractionFigures {
  paths: Array<{ name: string; pair: Pair }>;
  inFlight: Pair;
  ack: { bot: AckShare; minimal: AckShare };
  errors: { bot: Errors; minimal: Errors };
}

/**
 * Whole round trips through the real bot (in this process, started by startE2E with the production
 * timings) and through the minimal discord.js bot (bench/minimalBot.ts), each on its own fake
 * Discord, both on one loopback panel. A round trip starts when the fake dispatches the interaction
 * and ends when the fake has the bot's final answer: the edit of the deferred reply (list, create;
 * for a press the edit after its acknowledgement), or the choices (autocomplete). Then 100 in flight
 * across 50 guilds, then a burst against a panel that takes 5 s, then the memory of linking 1,000
 * members through the real (SQLite) store. Everything lives in this one process, the fakes included.
 */
export async function benchInteractions(): Promise<InteractionFigures> {
  process.stdout.write(
    '\ninteractions (real bot vs the minimal discord.js bot; fake Discord, loopback panel; p50 / p99)\n',
  );
  const e2e = await startE2E({
    panel: { rateLimitPerMinute: 1_000_000_000, backupThrottle: { limit: 1, periodSeconds: 0 } },
    logLevel: 'info',
    timings: defaultTimings,
    env: { BACKUP_THROTTLE_PERIOD: '0' },
  });
  let minimal: MinimalBot | undefined;
  try {
    const crew = await realCrew(e2e);
    const reference = account(e2e.panel, 'reference');
    minimal = await startMinimalBot(
      {
        panelUrl: e2e.panel.url,
        apiKey: reference.user.key,
        server: reference.survival.identifier,
        createServer: reference.scratch.identifier,
      },
      { guilds: GUILDS, membersPerGuild: MEMBERS_PER_GUILD },
    );
    const refCrew: Participant[] = minimal.members.map((m) => ({ ...m, scratch: reference.scratch }));
    const failures = { bot: new Failures(), minimal: new Failures() };
    const refusedBefore = { bot: e2e.discord.errors.length, minimal: minimal.discord.errors.length };
    const seed = (p: Participant) =>
      e2e.panel.addBackup(p.scratch, { name: 'to delete', state: 'completed', bytes: 1_000 }).uuid;
    const quick = { seed, choices: BACKUPS, timeoutMs: 10_000 };
    const bot = kinds(e2e.discord, REAL_ANSWERS, quick);
    const ref = kinds(minimal.discord, MINIMAL_ANSWERS, quick);

    const paths: InteractionFigures['paths'] = [];
    const one: Array<[string, Kind, Kind]> = [
      ['/backup list', bot.list, ref.list],
      ['/backup create', bot.create, ref.create],
      ['autocomplete (backup)', bot.autocomplete, ref.autocomplete],
      ['autocomplete (server)', bot.complete('server', 2), ref.complete('server', 2)],
      ['confirm press (delete)', bot.press, ref.press],
    ];
    const scrape = async () => (await e2e.bot.context.metrics.scrape()).text;
    for (const [name, real, minimalKind] of one) {
      const before = panelRoutes(await scrape());
      const pair = await compare(
        failures.bot.guard(roundTrip(real, () => crew[0] as Participant)),
        failures.minimal.guard(roundTrip(minimalKind, () => refCrew[0] as Participant)),
        SEQUENTIAL,
      );
      paths.push({ name, pair });
      printPair(`${name}, ${SEQUENTIAL.count} one at a time`, pair);
      await drained(e2e);
      const trips = SEQUENTIAL.warmUp + SEQUENTIAL.count;
      const calls = [...panelRoutes(await scrape())]
        .map(([route, n]) => [route, (n - (before.get(route) ?? 0)) / trips] as const)
        .filter(([, n]) => n >= 0.05)
        .map(([route, n]) => `${route} ×${fmt(n, 1)}`);
      row('  real bot: panel requests per round trip', calls.join(' · ') || 'none');
    }

    const inFlight = await compare(
      failures.bot.guard(mixed(bot, crew)),
      failures.minimal.guard(mixed(ref, refCrew)),
      IN_FLIGHT,
    );
    printPair(`${IN_FLIGHT.concurrency} in flight, ${GUILDS} guilds, ${IN_FLIGHT.count} mixed`, inFlight);
    await drained(e2e);

    const slow = { seed, choices: undefined, timeoutMs: 30_000 };
    const ackBot = await ackUnderSlowPanel(
      e2e.panel,
      kinds(e2e.discord, REAL_ANSWERS, slow),
      crew,
      failures.bot,
    );
    await drained(e2e);
    const ackMinimal = await ackUnderSlowPanel(
      e2e.panel,
      kinds(minimal.discord, MINIMAL_ANSWERS, slow),
      refCrew,
      failures.minimal,
    );
    for (const [who, share] of [
      ['real bot', ackBot],
      ['minimal', ackMinimal],
    ] as const)
      row(
        `${who}: acknowledged < 3 s, panel ${SLOW_PANEL_MS / 1000} s`,
        `${share.acked} of ${share.total}, slowest ${fmt(share.slowestMs)} ms`,
      );
    await drained(e2e);

    const errors = {
      bot: {
        failedTrips: failures.bot.count,
        refusedByDiscord: e2e.discord.errors.length - refusedBefore.bot,
        handlerErrors: metricSum(
          (await e2e.bot.context.metrics.scrape()).text,
          'ptero_backup_bot_interactions_total',
          'outcome="error"',
        ),
        examples: [...failures.bot.first, ...discordErrors(e2e.discord.errors.slice(refusedBefore.bot))],
      },
      minimal: {
        failedTrips: failures.minimal.count,
        refusedByDiscord: minimal.discord.errors.length - refusedBefore.minimal,
        handlerErrors: minimal.failures.count,
        examples: [...failures.minimal.first, ...minimal.failures.first],
      },
    };
    for (const [who, e] of [
      ['real bot', errors.bot],
      ['minimal', errors.minimal],
    ] as const) {
      row(
        `${who}: failed trips / refused by Discord / handler errors`,
        `${e.failedTrips} / ${e.refusedByDiscord} / ${e.handlerErrors}`,
      );
      for (const example of e.examples.slice(0, 3))
        process.stdout.write(`      e.g. ${example.slice(0, 300)}\n`);
    }

    await minimal.close();
    minimal = undefined;
    process.stdout.write('\nmemory (real bot, SQLite store)\n');
    await memoryForLinks(e2e);
    return { paths, inFlight, ack: { bot: ackBot, minimal: ackMinimal }, errors };
  } finally {
    await minimal?.close();
    await e2e.close();
  }
}

function printPair(label: string, pair: Pair): void {
  const ms = (l: Pair['bot']) => `${fmt(l.p50, 1)} / ${fmt(l.p99, 1)} ms`;
  row(label, `real ${ms(pair.bot)} · minimal ${ms(pair.minimal)}`);
}

/** A panel account with a server of BACKUPS completed backups (listed) and one that creates go to. */
function account(
  panel: LoopbackPanel,
  username: string,
): { user: PanelUser; survival: PanelServer; scratch: PanelServer } {
  const user = panel.addUser({ username });
  const survival = panel.addServer({ owner: user, name: 'Survival', backupLimit: 20 });
  for (let i = 0; i < BACKUPS; i += 1)
    panel.addBackup(survival, { name: `nightly ${i}`, state: 'completed', bytes: 50_000_000 + i });
  const scratch = panel.addServer({ owner: user, name: 'Scratch', backupLimit: 100_000 });
  return { user, survival, scratch };
}

/** GUILDS set-up guilds of MEMBERS_PER_GUILD members, each linked (through the store) to an account of their own. */
async function realCrew(e2e: E2E): Promise<Participant[]> {
  const crew: Participant[] = [];
  for (let g = 0; g < GUILDS; g += 1) {
    const owner = e2e.discord.createUser({ username: `member${g}` });
    const guild = await joinedGuild(e2e, { owner });
    await configureGuild(e2e, guild);
    for (let m = 0; m < MEMBERS_PER_GUILD; m += 1) {
      const user = m === 0 ? owner : e2e.discord.createUser({ username: `member${g}-${m}` });
      if (m > 0) e2e.discord.addMember(guild, user);
      const { user: panelUser, survival, scratch } = account(e2e.panel, `steve${g}-${m}`);
      await linkDirectly(e2e, guild, user, panelUser, [survival, scratch]);
      crew.push({ user, guild, scratch });
    }
  }
  return crew;
}

/** List, autocomplete and create in turn, member after member across the guilds. */
export function mixed(k: Kinds, crew: ReadonlyArray<Participant>): RoundTrip {
  const order = [k.list, k.autocomplete, k.create];
  let runs = 0;
  return async () => {
    const n = runs;
    runs += 1;
    const go = await (order[n % order.length] as Kind).prepare(crew[n % crew.length] as Participant);
    const started = performance.now();
    await go().finished;
    return performance.now() - started;
  };
}

/**
 * SLOW_PER_KIND each of list, create, autocomplete and a confirm press (its question asked first,
 * while the panel is quick), by different members, dispatched at once while the panel takes
 * SLOW_PANEL_MS to answer anything; the share whose first answer Discord accepted (the fake refuses
 * one later than 3 s, as Discord does). The panel is quick again after SLOW_FOR_MS, so the rest
 * finishes soon.
 */
async function ackUnderSlowPanel(
  panel: LoopbackPanel,
  k: Kinds,
  crew: ReadonlyArray<Participant>,
  failures: Failures,
): Promise<AckShare> {
  const plan = [k.list, k.create, k.autocomplete, k.press].flatMap((kind) =>
    Array.from({ length: SLOW_PER_KIND }, () => kind),
  );
  const ready = await Promise.all(plan.map((kind, i) => kind.prepare(crew[i % crew.length] as Participant)));
  panel.faults.latencyMs = SLOW_PANEL_MS;
  const quickAgain = setTimeout(() => {
    panel.faults.latencyMs = 0;
  }, SLOW_FOR_MS);
  try {
    const runs = ready.map((go) => go());
    // Settled from the start: a run that fails while the others are still awaited is counted, not thrown.
    const finished = Promise.allSettled(runs.map((run) => run.finished));
    const acked = await Promise.all(runs.map((run) => run.acked));
    for (const outcome of await finished) if (outcome.status === 'rejected') failures.note(outcome.reason);
    const inTime = acked.filter((ms): ms is number => ms !== null && ms <= ACK_MS);
    return { acked: inTime.length, total: runs.length, slowestMs: Math.max(0, ...inTime) };
  } finally {
    clearTimeout(quickAgain);
    panel.faults.latencyMs = 0;
  }
}

/** Waits until the real bot follows no backup any more (each create is followed until the panel finishes it). */
async function drained(e2e: E2E): Promise<void> {
  await waitUntil(
    async () =>
      metricSum((await e2e.bot.context.metrics.scrape()).text, 'ptero_backup_bot_long_work_in_flight') === 0,
    'the real bot to finish following the backups it started',
    30_000,
  );
}

/** The sum of a metric's samples in Prometheus text, those whose labels contain `labels` if given. */
export function metricSum(text: string, name: string, labels?: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== '{' && line[name.length] !== ' ')) continue;
    if (labels !== undefined && !line.includes(labels)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
  }
  return sum;
}

/**
 * The real bot's panel requests so far by route ("GET /servers/{server}/backups"), from its metrics;
 * for a confirm press they include the question asked before it, for a create the follow's polls.
 */
function panelRoutes(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(
    /^ptero_backup_bot_panel_requests_total\{route="([^"]*)"[^}]*\} (\S+)$/gm,
  )) {
    const route = (match[1] ?? '').replace(/ \/api\/client($|\/)/, (_, rest: string) =>
      rest ? ' /' : ' / (servers)',
    );
    counts.set(route, (counts.get(route) ?? 0) + Number(match[2]));
  }
  return counts;
}

function discordErrors(errors: ReadonlyArray<{ code: number; message: string; path: string }>): string[] {
  return errors.slice(0, 3).map((e) => `Discord ${e.code} ${e.message} (${e.path})`);
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
export function garbageCollector(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => (gc as () => void)() : null;
  } catch {
    return null;
  }
}
