import type { FakeDiscord, FakeGuild, FakeUser } from '#fakes/fakeDiscord.js';
import { type Batch, fmt, type Latency, row, sampled, summarize } from './measure.js';

/** Round trips per bot and per mode (sequential, in flight), and the warm-up before them. */
export const ROUND_TRIPS = 150;
const WARM_UP = 20;
const IN_FLIGHT = 25;
/**
 * Each mode runs in this many batches, the two bots taking turns, so that neither gets the quieter
 * part of the run: short batches one at a time, batches of 50 (twice the in-flight count) with 25.
 */
const ROUNDS = { sequential: 15, inFlight: 3 };

/** One fake Discord, a bot logged in to it, and a member of a guild the bot is in. */
export interface Side {
  discord: FakeDiscord;
  member: { user: FakeUser; guild: FakeGuild };
}

export type RoundTrip = () => Promise<void>;

export interface Compared {
  sequential: { bot: Latency; minimal: Latency };
  inFlight: { bot: Latency; minimal: Latency };
}

const ms = (l: Latency) => `${fmt(l.p50, 1)} / ${fmt(l.p95, 1)} / ${fmt(l.max, 1)} ms`;

/**
 * The real bot and the minimal bot on the same kind of round trip, measured the same way: the same
 * warm-up, then ROUND_TRIPS each one at a time, then ROUND_TRIPS each with IN_FLIGHT in flight, in
 * alternating batches (bot first, then minimal first, and so on) so that load from elsewhere on the
 * shared machine falls on both alike.
 */
export async function compare(bot: RoundTrip, minimal: RoundTrip): Promise<Compared> {
  for (const trip of [bot, minimal]) for (let i = 0; i < WARM_UP; i += 1) await trip();
  const mode = async (concurrency: number, rounds: number) => {
    const batches = { bot: [] as Batch[], minimal: [] as Batch[] };
    for (let round = 0; round < rounds; round += 1) {
      const count = Math.floor(ROUND_TRIPS / rounds) + (round < ROUND_TRIPS % rounds ? 1 : 0);
      const order = round % 2 === 0 ? (['bot', 'minimal'] as const) : (['minimal', 'bot'] as const);
      for (const who of order)
        batches[who].push(await sampled(who === 'bot' ? bot : minimal, count, concurrency));
    }
    return { bot: summarize(batches.bot), minimal: summarize(batches.minimal) };
  };
  return { sequential: await mode(1, ROUNDS.sequential), inFlight: await mode(IN_FLIGHT, ROUNDS.inFlight) };
}

/** The real bot's rows as the bench always printed them, then the minimal bot's. */
export function printCompared(compared: Compared): void {
  for (const who of ['bot', 'minimal'] as const) {
    const prefix = who === 'bot' ? '' : 'minimal, ';
    const sequential = compared.sequential[who];
    const inFlight = compared.inFlight[who];
    row(`${prefix}sequential (${ROUND_TRIPS} round trips): throughput`, `${fmt(sequential.perSecond)} /s`);
    row(`${prefix}sequential: latency p50 / p95 / max`, ms(sequential));
    row(
      `${prefix}${IN_FLIGHT} in flight (${ROUND_TRIPS} round trips): throughput`,
      `${fmt(inFlight.perSecond)} /s`,
    );
    row(`${prefix}${IN_FLIGHT} in flight: latency p50 / p95 / max`, ms(inFlight));
  }
}

/** e.g. "autocomplete p50: bot / minimal = 1.70×", the sequential p50s, with the in-flight ratio after. */
export function printRatio(what: string, compared: Compared): void {
  const ratio = (pair: { bot: Latency; minimal: Latency }) => fmt(pair.bot.p50 / pair.minimal.p50, 2);
  process.stdout.write(
    `  ${`${what} p50: bot / minimal = ${ratio(compared.sequential)}×`.padEnd(58)} ` +
      `(sequential; ${IN_FLIGHT} in flight: ${ratio(compared.inFlight)}×)\n`,
  );
}
