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
 *
 * Values are the records as Keyv wrote them (`{ value, expires }`, JSON): an expired one is absent.
 */
export interface AtomicOps {
  take(key: string): Promise<unknown>;
  scan(prefix: string): Promise<Array<{ key: string; value: unknown }>>;
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
          const found: Array<{ key: string; value: unknown }> = [];
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
                const value = liveValue(values[i]);
                if (value !== undefined) found.push({ key: k.slice(base.length), value });
              });
            } while (cursor !== '0');
          }
          return found;
        },
      };
    }
  }
}

function collect(
  rows: Array<Record<string, unknown>>,
  fullPrefix: string,
  base: string,
): Array<{ key: string; value: unknown }> {
  const now = Date.now();
  const found: Array<{ key: string; value: unknown }> = [];
  for (const row of rows) {
    const key = String(row.key);
    if (!key.startsWith(fullPrefix)) continue;
    const value = liveValue(row.value, now);
    if (value !== undefined) found.push({ key: key.slice(base.length), value });
  }
  return found;
}
