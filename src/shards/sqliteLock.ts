import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseStoreUrl } from '#store/backend.js';
import { StoreConfigError } from '#store/errors.js';

/** Held while a bot process uses a SQLite store; `release` lets the next one in. */
export interface SqliteStoreLock {
  readonly path: string;
  release(): Promise<void>;
}

interface LockDatabase {
  exec(sql: string, callback: (error: Error | null) => void): void;
  close(callback: (error: Error | null) => void): void;
}

/**
 * A SQLite store serves one bot process. Whatever the configuration says, a second bot process on
 * the same file (a second `npm start` in the same folder, two containers on one volume) is refused:
 * this holds an exclusive SQLite lock on `<file>.lock` for the process's life. The operating system
 * drops it when the process ends however it ends, so a crash never leaves a stale lock. Scripts such
 * as `npm run rotate-key` open the store without it. Undefined for Redis and PostgreSQL.
 */
export async function holdSqliteStore(storeUrl: string): Promise<SqliteStoreLock | undefined> {
  const location = parseStoreUrl(storeUrl);
  if (location.kind !== 'sqlite') return undefined;
  const lockPath = `${location.path}.lock`;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  const { default: sqlite3 } = await import('sqlite3');
  const database = await new Promise<LockDatabase>((resolve, reject) => {
    const opened: LockDatabase = new sqlite3.Database(lockPath, (error: Error | null) =>
      error ? reject(error) : resolve(opened),
    );
  });
  const exec = (sql: string) =>
    new Promise<void>((resolve, reject) =>
      database.exec(sql, (error) => (error ? reject(error) : resolve())),
    );
  const close = () => new Promise<void>((resolve) => database.close(() => resolve()));
  try {
    // Exclusive locking mode keeps the lock after the first write; no busy wait: the answer is now.
    await exec(
      'PRAGMA locking_mode=EXCLUSIVE; CREATE TABLE IF NOT EXISTS bot_process(id INTEGER); BEGIN EXCLUSIVE;',
    );
  } catch (error) {
    await close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY')
      throw new StoreConfigError(
        `STORE_URL ${location.description} is in use by another bot process: a SQLite store serves one process. ` +
          'Stop the other one, or use a redis:// or postgres:// STORE_URL to run several.',
      );
    throw new StoreConfigError(`STORE_URL: could not lock ${lockPath} for this process: ${String(error)}`, {
      cause: error,
    });
  }
  let released = false;
  return {
    path: lockPath,
    async release() {
      if (released) return;
      released = true;
      await close();
    },
  };
}
