/**
 * Discord snowflakes: milliseconds since the Discord epoch shifted left by 22 bits.
 * Real-looking ids matter: @discordjs/rest buckets routes by /\d{17,19}/, so short ids would
 * serialise every interaction's webhook traffic into one global queue.
 */
const DISCORD_EPOCH = 1_420_070_400_000n;
const WORKER_BITS = 1n << 17n;

let lastIssued = 0n;

export function nextSnowflake(): string {
  let id = ((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | WORKER_BITS;
  // Several ids within one millisecond: keep them unique and increasing, as Discord's are.
  if (id <= lastIssued) id = lastIssued + 1n;
  lastIssued = id;
  return id.toString();
}

export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/**
 * A new snowflake on shard `shard` of `count`: Discord routes by `(id >> 22) % count`, i.e. by the
 * id's millisecond, so the next id whose millisecond falls on that shard (at most `count - 1` ms ahead).
 */
export function snowflakeOnShard(shard: number, count: number): string {
  let ms = BigInt(nextSnowflake()) >> 22n;
  while (Number(ms % BigInt(count)) !== shard) ms += 1n;
  let id = (ms << 22n) | WORKER_BITS;
  if (id <= lastIssued) id = lastIssued + 1n;
  lastIssued = id;
  return id.toString();
}
