import { z } from 'zod';

/**
 * How this process takes part in the bot's shards (Discord routes each guild to shard
 * `(guild_id >> 22) % shard_count`):
 *
 * - `single` (default): one process; discord.js picks the shards (one unless Discord asks for more).
 * - `slice`: `SHARD_IDS` + `SHARD_COUNT` without `SHARDS`: this one process runs those shards of that
 *   many, so several machines can each run a slice.
 * - `manager`: `SHARDS=auto|N`: this process starts discord.js's ShardingManager, which runs one
 *   process per shard (all of them, or the `SHARD_IDS` slice of `SHARD_COUNT`) and nothing else.
 * - `managed`: a shard process the manager started (it sets SHARDING_MANAGER, SHARDS to the shard's
 *   id and SHARD_COUNT); discord.js's Client reads those itself.
 */
export type Sharding =
  | { readonly mode: 'single' }
  | { readonly mode: 'slice'; readonly ids: readonly number[]; readonly count: number }
  | {
      readonly mode: 'manager';
      /** `auto`: the count Discord recommends (GET /gateway/bot). */
      readonly count: number | 'auto';
      /** `all`: every shard of the count. */
      readonly ids: readonly number[] | 'all';
    }
  | { readonly mode: 'managed'; readonly id: number; readonly count: number };

const MAX_SHARDS = 10_000;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const shardCount = z
  .string()
  .regex(/^\d+$/, `must be a whole number of shards from 1 to ${MAX_SHARDS}`)
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be at least 1').max(MAX_SHARDS, `must be at most ${MAX_SHARDS}`));

/** `0,1,2`, or ranges such as `0-3,8`: sorted, without repeats. */
const shardIds = z
  .string()
  .regex(
    /^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/,
    'must list shard ids separated by commas, e.g. 0,1 or 0-3',
  )
  .transform((text, check) => {
    const ids = new Set<number>();
    for (const part of text.split(',')) {
      const [from, to = from] = part.split('-').map((n) => Number(n.trim())) as [number, number?];
      if (to < from) {
        check.addIssue({ code: 'custom', message: `has the range ${part.trim()}, which runs backwards` });
        return z.NEVER;
      }
      if (to - from >= MAX_SHARDS) {
        check.addIssue({ code: 'custom', message: `has a range of more than ${MAX_SHARDS} shards` });
        return z.NEVER;
      }
      for (let id = from; id <= to; id++) ids.add(id);
    }
    return [...ids].sort((a, b) => a - b);
  });

/** The environment's sharding variables, checked together (zod), as a `Sharding`. */
export const shardingSchema = z
  .object({
    SHARDS: optionalText,
    SHARD_IDS: optionalText,
    SHARD_COUNT: optionalText,
    /** Set by discord.js's ShardingManager in the processes it starts. */
    SHARDING_MANAGER: optionalText,
  })
  .transform((env, check): Sharding => {
    const problem = (path: string, message: string) => {
      check.addIssue({ code: 'custom', path: [path], message });
      return z.NEVER;
    };
    if (env.SHARDING_MANAGER === 'true') {
      // The manager's own values (SHARDS: this process's shard id).
      const id = Number(env.SHARDS);
      const count = Number(env.SHARD_COUNT);
      if (!Number.isInteger(id) || !Number.isInteger(count) || id < 0 || id >= count)
        return problem(
          'SHARDS',
          'must be this shard process’s id below SHARD_COUNT (the ShardingManager sets both)',
        );
      return { mode: 'managed', id, count };
    }
    const count = env.SHARD_COUNT === undefined ? undefined : shardCount.safeParse(env.SHARD_COUNT);
    if (count && !count.success)
      return problem('SHARD_COUNT', count.error.issues[0]?.message ?? 'is not valid');
    const ids = env.SHARD_IDS === undefined ? undefined : shardIds.safeParse(env.SHARD_IDS);
    if (ids && !ids.success) return problem('SHARD_IDS', ids.error.issues[0]?.message ?? 'is not valid');
    if ((ids === undefined) !== (count === undefined)) {
      const [missing, given] =
        ids === undefined ? ['SHARD_IDS', 'SHARD_COUNT'] : ['SHARD_COUNT', 'SHARD_IDS'];
      return problem(
        missing,
        `is required with ${given}: set both (e.g. SHARD_IDS=0,1 SHARD_COUNT=4, this process's shards of how many in all), or neither`,
      );
    }
    const slice = ids?.data && count?.data ? { ids: ids.data, count: count.data } : undefined;
    if (slice) {
      const beyond = slice.ids.filter((id) => id >= slice.count);
      if (beyond.length > 0)
        return problem(
          'SHARD_IDS',
          `names shard ${beyond.join(', ')}, but shard ids run from 0 to ${slice.count - 1} with SHARD_COUNT=${slice.count}`,
        );
    }
    if (env.SHARDS === undefined) return slice ? { mode: 'slice', ...slice } : { mode: 'single' };
    let shards: number | 'auto' = 'auto';
    if (env.SHARDS.toLowerCase() !== 'auto') {
      const parsed = shardCount.safeParse(env.SHARDS);
      if (!parsed.success)
        return problem('SHARDS', `must be auto or a whole number of shards from 1 to ${MAX_SHARDS}`);
      shards = parsed.data;
    }
    if (slice) {
      if (shards !== 'auto' && shards !== slice.count)
        return problem(
          'SHARDS',
          `is ${shards} but SHARD_COUNT is ${slice.count}: with SHARD_IDS and SHARD_COUNT, set SHARDS=auto (one process per shard of the slice) or leave SHARDS unset (the slice in one process)`,
        );
      return { mode: 'manager', count: slice.count, ids: slice.ids };
    }
    return { mode: 'manager', count: shards, ids: 'all' };
  });

/** How many processes share the store, as far as the configuration says (`undefined` for `auto`, known later). */
function processesBesideThisOne(sharding: Sharding): string | undefined {
  switch (sharding.mode) {
    case 'single':
    case 'managed':
      return undefined;
    case 'slice':
      return sharding.ids.length < sharding.count
        ? `SHARD_IDS=${sharding.ids.join(',')} of SHARD_COUNT=${sharding.count} leaves the other shards to other processes`
        : undefined;
    case 'manager': {
      if (sharding.count === 'auto') return undefined;
      return shardProcesses(sharding.count, sharding.ids);
    }
  }
}

/** Why one process per shard cannot share a SQLite file, or undefined when it is only one process. */
export function shardProcesses(count: number, ids: readonly number[] | 'all'): string | undefined {
  const here = ids === 'all' ? count : ids.length;
  if (here > 1) return `SHARDS starts ${here} shard processes`;
  if (here < count) return `the other ${count - here} of SHARD_COUNT=${count} shards run in other processes`;
  return undefined;
}

/** A SQLite STORE_URL serves one process: the problem to report when the sharding needs several. */
export function sqliteRefusal(why: string): string {
  return (
    `STORE_URL is a SQLite file, which only one bot process can use, but ${why}. ` +
    'Use a redis:// or postgres:// STORE_URL for several processes (or run one process: leave SHARDS, SHARD_IDS and SHARD_COUNT unset).'
  );
}

/** The configuration's refusal of a SQLite store, if it already knows of several processes. */
export function sqliteProblem(sharding: Sharding): string | undefined {
  const why = processesBesideThisOne(sharding);
  return why === undefined ? undefined : sqliteRefusal(why);
}
