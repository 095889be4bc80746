import type { Client, ClientOptions } from 'discord.js';
import type { Sharding } from './sharding.js';

/** The shard Discord routes a guild to: `(guild_id >> 22) % shard_count`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The shards this client runs, once it has connected (discord.js resolves `auto` then). */
export function heldShards(client: Client): { ids: readonly number[]; count: number } | undefined {
  const { shards, shardCount } = client.options;
  return Array.isArray(shards) ? { ids: shards, count: shardCount ?? shards.length } : undefined;
}

/**
 * Whether this process holds `guildId` (its shard is one of this client's): only then does it watch
 * the guild's panel and resume its follows and confirmations, so adding shards never doubles any of
 * them. Before the client connects, or with one shard, it holds every guild.
 */
export function holdsGuild(client: Client, guildId: string): boolean {
  const held = heldShards(client);
  if (!held || held.count <= 1) return true;
  if (!/^\d{1,20}$/.test(guildId)) return false;
  return held.ids.includes(shardOfGuild(guildId, held.count));
}

/** Whether this process runs shard 0: the one that does what the bot does once (registering commands). */
export function holdsShardZero(client: Client): boolean {
  const held = heldShards(client);
  return !held || held.ids.includes(0);
}

/**
 * The Client's shard options for this process. A shard process of the ShardingManager leaves them to
 * discord.js (it reads SHARDS and SHARD_COUNT from the environment the manager set). A single process
 * clears blank SHARDS / SHARD_COUNT lines of a .env, which discord.js would otherwise try to read.
 */
export function clientShardOptions(sharding: Sharding): Pick<ClientOptions, 'shards' | 'shardCount'> {
  switch (sharding.mode) {
    case 'slice':
      return { shards: [...sharding.ids], shardCount: sharding.count };
    case 'single':
      for (const name of ['SHARDS', 'SHARD_COUNT'])
        if (process.env[name] !== undefined && process.env[name]?.trim() === '') delete process.env[name];
      return {};
    default:
      return {};
  }
}
