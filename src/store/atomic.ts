import type { Keyv } from 'keyv';
import type { StoreLocation } from './backend.js';

/**
 * What Keyv's get/set/delete cannot say in one step, done by the backend itself so it holds across
 * processes (shards on one Redis or PostgreSQL), not only within one:
 *
 * - `take`: reads a record and deletes it in one operation (Redis GETDEL; SQL `DELETE … RETURNING`).
 *   Of two processes taking the same key at the same instant, exactly one gets the value.
 * - `scan`: every live record whose key starts with a prefix (Redis SCAN + MGET; one SQL SELECT).
 *   A record written as its own key needs no shared index record, so two writers never race on one.
 * - `replaceIf`: compare-and-set on the stored text (a Lua script on Redis; `UPDATE … WHERE value =`
 *   in SQL), for a rewrite that must not undo another process's write (key rotation beside the bot).
 *
 * Values are the records as Keyv wrote them (`{ value, expires }`, JSON): an expired one is absent.
 */
export interface AtomicOps {
  take(key: string): Promise<unknown>;
  /** `text` is the record exactly as stored: what `replaceIf` compares against. */
  scan(prefix: string): Promise<Array<{ key: string; value: unknown; text: string }>>;
  /**
   * Writes `next` (a value, stored without expiry) only if the record is still exactly `expectedText`:
   * a record another process rewrote or deleted meanwhile is left as it is. Says whether it wrote.
   */
  replaceIf(key: string, expectedText: string, next: unknown): Promise<boolean>;
  /** Writes `value` (no expiry) only if there is no record under `key`; says whether it wrote. */
  insertIfAbsent(key: string, value: unknown): Promise<boolean>;
  /** The live record and its stored text (for a later `replaceIf`), or undefined. */
  read(key: string): Promise<{ value: unknown; text: string } | undefined>;
}

/** What Keyv stores per key (our serializer writes it as JSON). */
interface Stored {
  value?: unknown;
  expires?: number | null;
}

/** The record's value, or undefined when the raw text is absent, not JSON or expired. */
function liveValue(raw: unknown, now = Date.now()): unknown {
  if (typeof raw !== 'string') return undefined;
  let data: Stored;
  try {
    data = JSON.parse(raw) as Stored;
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object') return undefined;
  if (typeof data.expires === 'number' && now > data.expires) return undefined;
  return data.value;
}

/** The text Keyv stores for a value without expiry (our serializer is JSON.stringify). */
function storedText(value: unknown): string {
  return JSON.stringify({ value });
}

const REPLACE_IF_SCRIPT =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return 1 else return 0 end";

function withText(raw: unknown): { value: unknown; text: string } | undefined {
  const value = liveValue(raw);
  return value === undefined ? undefined : { value, text: String(raw) };
}

/** LIKE with `\` as its escape character: the prefix is matched literally. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
}

/** A glob (Redis MATCH) that matches the prefix literally. */
function globPrefix(prefix: string): string {
  return `${prefix.replace(/[\\*?[\]]/g, '\\$&')}*`;
}

interface SqliteAdapter {
  opts: { table: string };
  query(sql: string, ...params: unknown[]): Promise<Array<Record<string, unknown>>>;
}

interface PostgresAdapter {
  opts: { table: string; schema: string };
  query(sql: string, values?: unknown[]): Promise<Array<Record<string, unknown>>>;
}

interface RedisClientLike {
  getDel(key: string): Promise<unknown>;
  scan(
    cursor: string,
    options: { MATCH: string; COUNT: number; TYPE: string },
  ): Promise<{ cursor: string | number; keys: string[] }>;
  mGet(keys: string[]): Promise<Array<unknown>>;
  get(key: string): Promise<unknown>;
  set(key: string, value: string, options: { NX: true }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

interface RedisAdapter {
  namespace: string | undefined;
  createKeyPrefix(key: string, namespace?: string): string;
  getClient(): Promise<RedisClientLike>;
  getMasterNodes(): Promise<RedisClientLike[]>;
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The atomic operations of the backend under `keyv` (opened by `openKeyv` for `kind`). */
export function atomicOps(keyv: Keyv<unknown>, kind: StoreLocation['kind']): AtomicOps {
  const adapter: unknown = keyv.opts.store;
  // Keyv prefixes SQL keys with `<namespace>:`; for Redis the adapter prefixes them (`<namespace>::`).
  const sqlKey = (key: string) => (keyv.namespace ? `${keyv.namespace}:${key}` : key);
  switch (kind) {
    case 'sqlite': {
      const sqlite = adapter as SqliteAdapter;
      const table = sqlite.opts.table;
      return {
        async take(key) {
          // One statement is one transaction: of two takes, exactly one deletes (and returns) the row.
          const rows = await sqlite.query(`DELETE FROM ${table} WHERE key = ? RETURNING value`, sqlKey(key));
          return liveValue(rows[0]?.value);
        },
        async scan(prefix) {
          const full = sqlKey(prefix);
          // LIKE is case-insensitive in SQLite: the exact prefix is checked again below.
          const rows = await sqlite.query(
            `SELECT key, value FROM ${table} WHERE key LIKE ? ESCAPE '\\'`,
            likePrefix(full),
          );
          return collect(rows, full, sqlKey(''));
        },
        async replaceIf(key, expectedText, next) {
          const rows = await sqlite.query(
            `UPDATE ${table} SET value = ? WHERE key = ? AND value = ? RETURNING key`,
            storedText(next),
            sqlKey(key),
            expectedText,
          );
          return rows.length === 1;
        },
        async insertIfAbsent(key, value) {
          const rows = await sqlite.query(
            `INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING RETURNING key`,
            sqlKey(key),
            storedText(value),
          );
          return rows.length === 1;
        },
        async read(key) {
          const rows = await sqlite.query(`SELECT value FROM ${table} WHERE key = ?`, sqlKey(key));
          return withText(rows[0]?.value);
        },
      };
    }
    case 'postgres': {
      const postgres = adapter as PostgresAdapter;
      const table = `${quoteIdentifier(postgres.opts.schema)}.${quoteIdentifier(postgres.opts.table)}`;
      return {
        async take(key) {
          const rows = await postgres.query(`DELETE FROM ${table} WHERE key = $1 RETURNING value`, [
            sqlKey(key),
          ]);
          return liveValue(rows[0]?.value);
        },
        async scan(prefix) {
          const full = sqlKey(prefix);
          const rows = await postgres.query(`SELECT key, value FROM ${table} WHERE key LIKE $1 ESCAPE '\\'`, [
            likePrefix(full),
          ]);
          return collect(rows, full, sqlKey(''));
        },
        async replaceIf(key, expectedText, next) {
          const rows = await postgres.query(
            `UPDATE ${table} SET value = $1 WHERE key = $2 AND value = $3 RETURNING key`,
            [storedText(next), sqlKey(key), expectedText],
          );
          return rows.length === 1;
        },
        async insertIfAbsent(key, value) {
          const rows = await postgres.query(
            `INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
            [sqlKey(key), storedText(value)],
          );
          return rows.length === 1;
        },
        async read(key) {
          const rows = await postgres.query(`SELECT value FROM ${table} WHERE key = $1`, [sqlKey(key)]);
          return withText(rows[0]?.value);
        },
      };
    }
    case 'redis': {
      const redis = adapter as RedisAdapter;
      const redisKey = (key: string) => redis.createKeyPrefix(key, redis.namespace);
      return {
        async take(key) {
          const client = await redis.getClient();
          return liveValue(await client.getDel(redisKey(key)));
        },
        async scan(prefix) {
          const full = redisKey(prefix);
          const base = redisKey('');
          const found: Array<{ key: string; value: unknown; text: string }> = [];
          for (const client of await redis.getMasterNodes()) {
            let cursor = '0';
            do {
              const page = await client.scan(cursor, {
                MATCH: globPrefix(full),
                COUNT: 1000,
                TYPE: 'string',
              });
              cursor = String(page.cursor);
              const keys = page.keys.filter((k) => k.startsWith(full));
              if (keys.length === 0) continue;
              const values = await client.mGet(keys);
              keys.forEach((k, i) => {
                const text = values[i];
                const value = liveValue(text);
                if (value !== undefined) found.push({ key: k.slice(base.length), value, text: String(text) });
              });
            } while (cursor !== '0');
          }
          return found;
        },
        async replaceIf(key, expectedText, next) {
          const client = await redis.getClient();
          const replaced = await client.eval(REPLACE_IF_SCRIPT, {
            keys: [redisKey(key)],
            arguments: [expectedText, storedText(next)],
          });
          return Number(replaced) === 1;
        },
        async insertIfAbsent(key, value) {
          const client = await redis.getClient();
          return (await client.set(redisKey(key), storedText(value), { NX: true })) === 'OK';
        },
        async read(key) {
          const client = await redis.getClient();
          return withText(await client.get(redisKey(key)));
        },
      };
    }
  }
}

function collect(
  rows: Array<Record<string, unknown>>,
  fullPrefix: string,
  base: string,
): Array<{ key: string; value: unknown; text: string }> {
  const now = Date.now();
  const found: Array<{ key: string; value: unknown; text: string }> = [];
  for (const row of rows) {
    const key = String(row.key);
    if (!key.startsWith(fullPrefix)) continue;
    const value = liveValue(row.value, now);
    if (value !== undefined) found.push({ key: key.slice(base.length), value, text: String(row.value) });
  }
  return found;
}
