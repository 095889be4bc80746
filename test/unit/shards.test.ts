import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '#src/config.js';
import { silentLogger } from '#src/log.js';
import { Secret } from '#src/secret.js';
import { clientShardOptions, holdsGuild, holdsShardZero, shardOfGuild } from '#src/shards/guilds.js';
import { BotStore, generateEncryptionKey } from '#store/index.js';
import { makePlan } from '#watch/plan.js';

const required = { DISCORD_TOKEN: 'token', ENCRYPTION_KEY: generateEncryptionKey() };
const redis = { ...required, STORE_URL: 'redis://127.0.0.1:6379' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

/** A guild id on shard `shard` of `count` (Discord routes by the id's millisecond). */
const guildOn = (shard: number, count: number, base = 1_000_000_000_000n) => {
  let ms = base;
  while (Number(ms % BigInt(count)) !== shard) ms += 1n;
  return ((ms << 22n) | 1n).toString();
};

const clientWith = (shards: number[] | 'auto', shardCount: number) =>
  ({ options: { shards, shardCount } }) as unknown as Client;

describe('sharding configuration', () => {
  it('is one process by default', () => {
    expect(parseConfig(required).sharding).toEqual({ mode: 'single' });
    expect(parseConfig({ ...required, SHARDS: '', SHARD_IDS: ' ', SHARD_COUNT: '' }).sharding).toEqual({
      mode: 'single',
    });
  });

  it('SHARDS=auto or a number starts the ShardingManager, for every shard or the SHARD_IDS slice', () => {
    expect(parseConfig({ ...redis, SHARDS: 'auto' }).sharding).toEqual({
      mode: 'manager',
      count: 'auto',
      ids: 'all',
    });
    expect(parseConfig({ ...redis, SHARDS: '4' }).sharding).toEqual({
      mode: 'manager',
      count: 4,
      ids: 'all',
    });
    expect(parseConfig({ ...redis, SHARDS: 'auto', SHARD_IDS: '2-3', SHARD_COUNT: '4' }).sharding).toEqual({
      mode: 'manager',
      count: 4,
      ids: [2, 3],
    });
    expect(parseConfig({ ...redis, SHARDS: '4', SHARD_IDS: '0', SHARD_COUNT: '4' }).sharding).toMatchObject({
      mode: 'manager',
    });
  });

  it('SHARD_IDS and SHARD_COUNT alone run that slice in this one process', () => {
    expect(parseConfig({ ...redis, SHARD_IDS: '1, 0,3,1', SHARD_COUNT: '4' }).sharding).toEqual({
      mode: 'slice',
      ids: [0, 1, 3],
      count: 4,
    });
  });

  it('reads a shard process of the ShardingManager from what the manager set', () => {
    expect(
      parseConfig({ ...redis, SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2', SHARD_IDS: '0,1' })
        .sharding,
    ).toEqual({ mode: 'managed', id: 1, count: 2 });
  });

  it('refuses what cannot be meant, naming the variable', () => {
    expect(problemsOf({ ...redis, SHARDS: 'many' })).toEqual([
      'SHARDS must be auto or a whole number of shards from 1 to 10000',
    ]);
    expect(problemsOf({ ...redis, SHARDS: '0' })).toHaveLength(1);
    expect(problemsOf({ ...redis, SHARD_IDS: '0,1' })[0]).toMatch(/^SHARD_COUNT is required with SHARD_IDS/);
    expect(problemsOf({ ...redis, SHARD_COUNT: '2' })[0]).toMatch(/^SHARD_IDS is required with SHARD_COUNT/);
    expect(problemsOf({ ...redis, SHARD_IDS: '0,2', SHARD_COUNT: '2' })).toEqual([
      'SHARD_IDS names shard 2, but shard ids run from 0 to 1 with SHARD_COUNT=2',
    ]);
    expect(problemsOf({ ...redis, SHARD_IDS: 'one', SHARD_COUNT: '2' })[0]).toMatch(/^SHARD_IDS must list/);
    expect(problemsOf({ ...redis, SHARD_IDS: '3-1', SHARD_COUNT: '4' })[0]).toMatch(/runs backwards/);
    expect(problemsOf({ ...redis, SHARDS: '3', SHARD_IDS: '0', SHARD_COUNT: '2' })[0]).toMatch(
      /^SHARDS is 3 but SHARD_COUNT is 2/,
    );
    // Listed with the other variables' problems, at once.
    expect(problemsOf({ ENCRYPTION_KEY: required.ENCRYPTION_KEY, SHARDS: 'x' })).toHaveLength(2);
  });

  it('refuses a SQLite store for several processes, naming STORE_URL; one process may use it', () => {
    const sqlite = { ...required, STORE_URL: 'sqlite://data/bot.sqlite' };
    for (const env of [
      { SHARDS: '2' },
      { SHARD_IDS: '0', SHARD_COUNT: '2' },
      { SHARDS: 'auto', SHARD_IDS: '1', SHARD_COUNT: '2' },
    ]) {
      const [problem, ...more] = problemsOf({ ...sqlite, ...env });
      expect(more).toEqual([]);
      expect(problem).toMatch(/^STORE_URL is a SQLite file, which only one bot process can use/);
      expect(problem).toContain('redis://');
    }
    expect(problemsOf({ ...sqlite, SHARDS: '1' })).toEqual([]);
    expect(problemsOf({ ...sqlite, SHARD_IDS: '0,1', SHARD_COUNT: '2' })).toEqual([]);
    // `auto` is known only once Discord answers: the manager checks it then.
    expect(problemsOf({ ...sqlite, SHARDS: 'auto' })).toEqual([]);
  });
});

describe('which guilds a process holds', () => {
  it('routes a guild as Discord does: (guild_id >> 22) % count', () => {
    expect(shardOfGuild('175928847299117063', 1)).toBe(0);
    expect(shardOfGuild(guildOn(3, 4), 4)).toBe(3);
    expect(shardOfGuild('81384788765712384', 2)).toBe(Number((81384788765712384n >> 22n) % 2n));
  });

  it('holds the guilds of its shards, every guild with one shard or before it connects', () => {
    const onZero = guildOn(0, 2);
    const onOne = guildOn(1, 2);
    expect(holdsGuild(clientWith([0], 2), onZero)).toBe(true);
    expect(holdsGuild(clientWith([0], 2), onOne)).toBe(false);
    expect(holdsGuild(clientWith([0, 1], 2), onOne)).toBe(true);
    expect(holdsGuild(clientWith([0], 1), onOne)).toBe(true);
    expect(holdsGuild(clientWith('auto', 1), onOne)).toBe(true);
    expect(holdsGuild(clientWith([1], 2), 'not-a-guild')).toBe(false);
    expect(holdsShardZero(clientWith([1], 2))).toBe(false);
    expect(holdsShardZero(clientWith([0, 1], 2))).toBe(true);
  });

  it('gives a SHARD_IDS slice to the client, and leaves a shard process to discord.js', () => {
    expect(clientShardOptions({ mode: 'slice', ids: [0, 2], count: 4 })).toEqual({
      shards: [0, 2],
      shardCount: 4,
    });
    expect(clientShardOptions({ mode: 'managed', id: 1, count: 2 })).toEqual({});
    process.env.SHARDS = '';
    expect(clientShardOptions({ mode: 'single' })).toEqual({});
    expect(process.env.SHARDS).toBeUndefined();
  });

  it('the watch plans only the guilds its process holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptero-shards-'));
    const store = await BotStore.open({
      storeUrl: `sqlite://${join(dir, 'bot.sqlite')}`,
      encryptionKey: generateEncryptionKey(),
      logger: silentLogger,
    });
    try {
      const guilds = [guildOn(0, 2), guildOn(1, 2)];
      for (const [i, guildId] of guilds.entries()) {
        await store.setGuildSettings(guildId, {
          panelUrl: 'https://panel.example.com',
          managerRoleIds: [],
          auditChannelId: null,
          notificationsChannelId: '300000000000000001',
          setupBy: '200000000000000001',
          updatedAt: new Date().toISOString(),
        });
        await store.setMemberLink(guildId, '200000000000000001', {
          apiKey: new Secret(`ptlc_${'k'.repeat(43)}`),
          accountName: 'alex',
          servers: [{ identifier: `srv0000${i}`, name: `Server ${i}` }],
          defaultServer: null,
          linkedAt: new Date().toISOString(),
        });
      }
      const onShard = async (shard: number) =>
        (
          await makePlan(store, new Map(), silentLogger, (g) => holdsGuild(clientWith([shard], 2), g))
        ).assignments.map((a) => [a.guildId, a.server]);
      expect(await onShard(0)).toEqual([[guilds[0], 'srv00000']]);
      expect(await onShard(1)).toEqual([[guilds[1], 'srv00001']]);
      expect((await makePlan(store, new Map(), silentLogger)).assignments).toHaveLength(2);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
