import type { FakeDiscord, FakeGuild, FakeUser } from '#fakes/fakeDiscord.js';
import { type Batch, type Latency, sampled, scaled, summarize, type Timed } from './measure.js';

/** One fake Discord, a bot logged in to it, and a member of a guild the bot is in. */
export interface Side {
  discord: FakeDiscord;
  member: { user: FakeUser; guild: FakeGuild };
}

/** One round trip; see `Timed` for what it may return. */
export type RoundTrip = Timed;

/** How one path is measured: `count` round trips per bot after `warmUp`, in `rounds` batches. */
export interface Plan {
  count: number;
  concurrency: number;
  rounds: number;
  warmUp: number;
}

/** One at a time: the latency of a round trip with nothing else going on. */
export const SEQUENTIAL: Plan = { count: scaled(300, 20), concurrency: 1, rounds: 10, warmUp: scaled(20, 5) };

export interface Pair {
  bot: Latency;
  minimal: Latency;
}

/** Failed round trips of one side: how many, and the first few messages (for the bench's output). */
export class Failures {
  count = 0;
  readonly first: string[] = [];

  note(error: unknown): void {
    this.count += 1;
    if (this.first.length < 3) this.first.push(error instanceof Error ? error.message : String(error));
  }

  /** `trip`, with a failure counted here (and no sample kept) instead of ending the bench. */
  guard(trip: RoundTrip): RoundTrip {
    return async (index) => {
      try {
        return await trip(index);
      } catch (error) {
        this.note(error);
        return null;
      }
    };
  }
}

/**
 * The real bot and the minimal bot on the same kind of round trip, measured the same way: the same
 * warm-up, then `plan.count` round trips each, in alternating batches (bot first, then minimal
 * first, and so on) so that load from elsewhere on the shared machine falls on both alike.
 */
export async function compare(bot: RoundTrip, minimal: RoundTrip, plan: Plan): Promise<Pair> {
  for (const trip of [bot, minimal]) for (let i = 0; i < plan.warmUp; i += 1) await trip(i);
  const batches = { bot: [] as Batch[], minimal: [] as Batch[] };
  for (let round = 0; round < plan.rounds; round += 1) {
    const count = Math.floor(plan.count / plan.rounds) + (round < plan.count % plan.rounds ? 1 : 0);
    const order = round % 2 === 0 ? (['bot', 'minimal'] as const) : (['minimal', 'bot'] as const);
    for (const who of order)
      batches[who].push(await sampled(who === 'bot' ? bot : minimal, count, plan.concurrency));
  }
  return { bot: summarize(batches.bot), minimal: summarize(batches.minimal) };
}
