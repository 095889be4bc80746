import { type Plan, SEQUENTIAL } from './compare.js';
import {
  type Errors,
  IN_FLIGHT,
  type InteractionFigures,
  SLOW_PANEL_MS,
  SLOW_PER_KIND,
} from './interactions.js';
import { fmt, type Latency } from './measure.js';
import { growth, SOAK_INTERACTIONS, type SoakFigures } from './soak.js';
import type { StartupFigures } from './startup.js';
import { STARTUP_ROUNDS } from './startup.js';

/** The targets; printed beside the figures, never enforced (the bench reports, it does not fail). */
const MAX_RATIO = 1.1;
const MAX_RSS_GROWTH = 0.1;

interface Row {
  what: string;
  bot: string;
  reference: string;
  ratio: string;
  target: string;
  /** null: no target for this row. */
  met: boolean | null;
}

const ms = (l: Latency) => `${fmt(l.p50, 1)} / ${fmt(l.p99, 1)} ms`;
const x = (n: number) => `${fmt(n, 2)}×`;
const count = (plan: Plan) => `${fmt(plan.count)}`;
const errorsText = (e: Errors) => `${e.failedTrips} / ${e.refusedByDiscord} / ${e.handlerErrors}`;
const noErrors = (e: Errors) => e.failedTrips + e.refusedByDiscord + e.handlerErrors === 0;

/** The summary of the run: real bot against the minimal reference bot, with the targets and ✓/✗. */
export function printSummary(
  interactions: InteractionFigures,
  startup: StartupFigures,
  soak: SoakFigures,
): void {
  const rows: Row[] = [];
  const latencyRow = (what: string, pair: InteractionFigures['inFlight']): Row => {
    const p50 = pair.bot.p50 / pair.minimal.p50;
    const p99 = pair.bot.p99 / pair.minimal.p99;
    return {
      what,
      bot: ms(pair.bot),
      reference: ms(pair.minimal),
      ratio: `${x(p50)} / ${x(p99)}`,
      target: `≤ ${x(MAX_RATIO)}`,
      met: p50 <= MAX_RATIO && p99 <= MAX_RATIO,
    };
  };
  for (const { name, pair } of interactions.paths)
    rows.push(latencyRow(`${name} (${count(SEQUENTIAL)}, one at a time)`, pair));
  rows.push(
    latencyRow(
      `${IN_FLIGHT.concurrency} in flight, 50 guilds (${count(IN_FLIGHT)}: list, autocomplete, create)`,
      interactions.inFlight,
    ),
  );
  const { bot: ackBot, minimal: ackMinimal } = interactions.ack;
  const share = (a: typeof ackBot) => `${fmt((a.acked / a.total) * 100)} % (${a.acked}/${a.total})`;
  rows.push({
    what: `acknowledged < 3 s, panel ${SLOW_PANEL_MS / 1000} s (${SLOW_PER_KIND} of each of the 4 kinds)`,
    bot: `${share(ackBot)}, slowest ${fmt(ackBot.slowestMs / 1000, 2)} s`,
    reference: share(ackMinimal),
    ratio: '',
    target: '100 %',
    met: ackBot.acked === ackBot.total,
  });
  rows.push({
    what: 'errors in all the above: failed trips / refused by Discord / handler',
    bot: errorsText(interactions.errors.bot),
    reference: errorsText(interactions.errors.minimal),
    ratio: '',
    target: '0',
    met: noErrors(interactions.errors.bot),
  });
  rows.push({
    what: `errors in the soak (${fmt(SOAK_INTERACTIONS)} interactions, bot in its own process)`,
    bot: errorsText(soak.errors),
    reference: '',
    ratio: '',
    target: '0',
    met: noErrors(soak.errors),
  });
  const mib = (bytes: number) => `${fmt(bytes / 1024 / 1024)} MiB`;
  rows.push({
    what: `RSS after warm-up → after ${fmt(soak.interactions)} more interactions`,
    bot: `${mib(soak.rssAfterWarmUp)} → ${mib(soak.rssAfter)} (${growth(soak.rssAfterWarmUp, soak.rssAfter)})`,
    reference: '',
    ratio: '',
    target: `< ${fmt(MAX_RSS_GROWTH * 100)} %`,
    met: (soak.rssAfter - soak.rssAfterWarmUp) / soak.rssAfterWarmUp < MAX_RSS_GROWTH,
  });
  rows.push({
    what: `start → ready (compiled; bench/startup.ts, median of ${STARTUP_ROUNDS})`,
    bot: `${fmt(startup.compiled.ms)} ms`,
    reference: '',
    ratio: '',
    target: '',
    met: null,
  });

  const header: Row = {
    what: 'dispatch → final reply (p50 / p99)',
    bot: 'real bot',
    reference: 'reference',
    ratio: 'real / ref',
    target: 'target',
    met: null,
  };
  const cells = (r: Row) => [r.what, r.bot, r.reference || '—', r.ratio || '—', r.target || '—'];
  const widths = [header, ...rows].reduce<number[]>(
    (w, r) => cells(r).map((c, i) => Math.max(w[i] ?? 0, [...c].length)),
    [],
  );
  const line = (r: Row, mark: string) =>
    `  ${cells(r)
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length))
      .join('  ')}  ${mark}\n`;
  process.stdout.write(
    '\nsummary: real bot vs the minimal discord.js reference (one run; targets are shown, never enforced)\n',
  );
  process.stdout.write(line({ ...header, reference: 'reference' }, ''));
  for (const r of rows) process.stdout.write(line(r, r.met === null ? '' : r.met ? '✓' : '✗'));
}
