import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type DeserializedData, Keyv, type KeyvOptions } from 'keyv';
import { StoreConfigError, StoreUnavailableError } from './errors.js';

export const DEFAULT_STORE_URL = 'sqlite://data/bot.sqlite';
/** SQLite waits this long for a lock held by another connection before a write fails. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;
/** How long a backend gets to answer its first request before opening fails. */
const CONNECT_TIMEOUT_MS = 10_000;

export type StoreLocation =
  | { kind: 'sqlite'; path: string; description: string }
  | { kind: 'redis'; url: string; description: string }
  | { kind: 'postgres'; url: string; description: string };

/** Host, port and database of a URL, without credentials: what may appear in a log line. */
function describeNetworkUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

/**
 * Reads STORE_URL. `sqlite://<path>` is relative to the working directory unless absolute
 * (`sqlite:///var/lib/bot.sqlite`). Messages never repeat the URL, which may hold a password.
 */
export function parseStoreUrl(value: string | undefined, cwd: string = process.cwd()): StoreLocation {
  const text = value === undefined || value.trim() === '' ? DEFAULT_STORE_URL : value.trim();
  if (text.startsWith('sqlite://')) {
    const file = text.slice('sqlite://'.length);
    if (file === '' || file.endsWith('/')) {
      throw new StoreConfigError('STORE_URL: sqlite:// needs a file path, e.g. sqlite://data/bot.sqlite');
    }
    const resolved = path.resolve(cwd, file);
    return { kind: 'sqlite', path: resolved, description: `sqlite://${resolved}` };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new StoreConfigError(
      'STORE_URL is not a valid URL: use sqlite://<path>, redis://host:port or postgres://user:password@host/db',
    );
  }
  if (url.protocol === 'redis:' || url.protocol === 'rediss:') {
    return { kind: 'redis', url: text, description: describeNetworkUrl(url) };
  }
  if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') {
    if (url.hostname === '') throw new StoreConfigError('STORE_URL: a postgres:// URL needs a host');
    return { kind: 'postgres', url: text, description: describeNetworkUrl(url) };
  }
  throw new StoreConfigError(
    `STORE_URL has the unsupported scheme "${url.protocol}": use sqlite://, redis://, rediss://, postgres:// or postgresql://`,
  );
}

/** A value that was not JSON; it fails every record schema, so it is reported and treated as absent. */
const UNPARSEABLE = { unparseable: true } as const;

function serialize<Value>(data: DeserializedData<Value>): string {
  return JSON.stringify(data);
}

function deserialize<Value>(text: string): DeserializedData<Value> | undefined {
  try {
    return JSON.parse(text) as DeserializedData<Value>;
  } catch {
    return { value: UNPARSEABLE as Value };
  }
}

/**
 * Opens the Keyv for a location. Every variant throws on a failed operation (`throwOnErrors`):
 * Keyv 5 otherwise resolves a failed write and reads the key back as undefined, i.e. silent data loss.
 * Only the chosen adapter is loaded, so a SQLite bot never loads the Redis or PostgreSQL clients.
 *
 * Note for PostgreSQL: @keyv/postgres keeps one connection pool per process and its disconnect ends
 * that pool, so a process holds one open store per PostgreSQL URL at a time.
 */
export async function openKeyv(location: StoreLocation, namespace: string): Promise<Keyv<unknown>> {
  const common = { namespace, throwOnErrors: true, serialize, deserialize } as const;
  let keyv: Keyv<unknown> | undefined;
  try {
    keyv = await createKeyv(location, common);
    // The first round trip proves the backend answers (and, for SQL, that the table exists).
    await answersWithin(keyv, CONNECT_TIMEOUT_MS);
  } catch (error) {
    await keyv?.disconnect().catch(() => {});
    throw new StoreUnavailableError(
      `could not open the store at ${location.description}: ${messageOf(error)}`,
      {
        cause: error,
      },
    );
  }
  return keyv;
}

type CommonOptions = Pick<KeyvOptions, 'namespace' | 'throwOnErrors' | 'serialize' | 'deserialize'>;

async function createKeyv(location: StoreLocation, common: CommonOptions): Promise<Keyv<unknown>> {
  switch (location.kind) {
    case 'sqlite': {
      const { KeyvSqlite } = await import('@keyv/sqlite');
      mkdirSync(path.dirname(location.path), { recursive: true });
      const adapter = new KeyvSqlite({
        uri: `sqlite://${location.path}`,
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      });
      const keyv = new Keyv<unknown>({ store: adapter, ...common });
      // WAL: readers do not block the writer, and a commit is one append (fsync'd: synchronous stays FULL,
      // so an acknowledged write survives a crash of the process or the machine).
      const rows = (await adapter.query('PRAGMA journal_mode=WAL')) as Array<{ journal_mode?: string }>;
      if (rows[0]?.journal_mode !== 'wal') {
        await keyv.disconnect();
        throw new Error(`SQLite refused WAL mode (journal_mode=${String(rows[0]?.journal_mode)})`);
      }
      return keyv;
    }
    case 'redis': {
      const { default: KeyvRedis } = await import('@keyv/redis');
      // No connectionTimeout here: the adapter's timer is never cleared and would hold the process open
      // for its whole length at shutdown; answersWithin bounds the first connection instead.
      const adapter = new KeyvRedis<unknown>(location.url, {
        throwOnErrors: true,
        throwOnConnectError: true,
      });
      // useKeyPrefix false: the adapter prefixes the namespace itself; Keyv's prefix would double it.
      return new Keyv<unknown>({ store: adapter, useKeyPrefix: false, ...common });
    }
    case 'postgres': {
      const { KeyvPostgres } = await import('@keyv/postgres');
      return new Keyv<unknown>({ store: new KeyvPostgres({ uri: location.url }), ...common });
    }
  }
}

/** A backend that is down may retry its connection forever; give up after `ms` and release it. */
async function answersWithin(keyv: Keyv<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  try {
    await Promise.race([keyv.get('store:probe'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
