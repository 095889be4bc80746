import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BotStore,
  DEFAULT_STORE_URL,
  generateEncryptionKey,
  parseStoreUrl,
  StoreConfigError,
} from '#store/index.js';
import { backends, capturingLogger, fakeApiKey, openStore, sampleLink, type TestPlace } from './backends.js';

const sqlite = backends.find((backend) => backend.name === 'sqlite');
if (sqlite === undefined) throw new Error('the SQLite backend is always available');

const GUILD = '100000000000000001';
const USER = '200000000000000001';

describe('BotStore on SQLite', () => {
  let place: TestPlace;
  const toClose: Array<{ close(): Promise<void> }> = [];

  afterEach(async () => {
    for (const item of toClose.splice(0).reverse()) await item.close().catch(() => {});
    await place.cleanup();
  });

  function sqlitePath(): string {
    if (place.sqlitePath === undefined) throw new Error('SQLite place without a path');
    return place.sqlitePath;
  }

  /** A second connection to the same file, as another process (or a rogue tool) would have. */
  function otherConnection(): KeyvSqlite {
    const connection = new KeyvSqlite({ uri: `sqlite://${sqlitePath()}`, busyTimeout: 100 });
    toClose.push({ close: () => connection.disconnect() });
    return connection;
  }

  async function store(encryptionKey: string, extra: Parameters<typeof openStore>[2] = {}) {
    const opened = await openStore(place, encryptionKey, extra);
    toClose.push(opened);
    return opened;
  }

  it('creates the folder of the database file and switches the file to WAL', async () => {
    place = sqlite.fresh();
    expect(existsSync(path.dirname(sqlitePath()))).toBe(false);
    await store(generateEncryptionKey());
    expect(existsSync(sqlitePath())).toBe(true);
    const rows = (await otherConnection().query('PRAGMA journal_mode')) as Array<{ journal_mode: string }>;
    expect(rows[0]?.journal_mode).toBe('wal');
  });

  it('rejects a write the database refuses, and keeps the value it had', async () => {
    place = sqlite.fresh();
    const opened = await store(generateEncryptionKey());
    const kept = fakeApiKey();
    await opened.setMemberLink(GUILD, USER, sampleLink(kept));
    // Make every write fail underneath the store, as a full disk or a broken file would.
    const other = otherConnection();
    await other.query(
      "CREATE TRIGGER refuse_updates BEFORE UPDATE ON keyv BEGIN SELECT RAISE(ABORT, 'writes refused'); END",
    );
    await other.query(
      "CREATE TRIGGER refuse_inserts BEFORE INSERT ON keyv BEGIN SELECT RAISE(ABORT, 'writes refused'); END",
    );

    await expect(opened.setMemberLink(GUILD, USER, sampleLink(fakeApiKey()))).rejects.toThrow(
      /writes refused/,
    );
    await expect(opened.setMemberLink(GUILD, '200000000000000009', sampleLink())).rejects.toThrow(
      /writes refused/,
    );
    expect((await opened.getMemberLink(GUILD, USER))?.apiKey.reveal()).toBe(kept);
    expect(await opened.getMemberLink(GUILD, '200000000000000009')).toBeUndefined();
  });

  it('rejects a write while another connection holds the write lock past the busy timeout', async () => {
    place = sqlite.fresh();
    const opened = await store(generateEncryptionKey());
    const other = otherConnection();
    await other.query('BEGIN EXCLUSIVE');
    await expect(opened.setGuildSettings(GUILD, settingsOf('locked'))).rejects.toThrow(/SQLITE_BUSY/);
    await other.query('ROLLBACK');
    await opened.setGuildSettings(GUILD, settingsOf('after'));
    expect((await opened.getGuildSettings(GUILD))?.setupBy).toBe('after');
  });

  it('treats a value that is not even JSON as absent and reports it by key', async () => {
    place = sqlite.fresh();
    const { logger, lines } = capturingLogger();
    const opened = await store(generateEncryptionKey(), { logger });
    await opened.setGuildSettings(GUILD, settingsOf('someone'));
    await otherConnection().query("UPDATE keyv SET value = 'garbage{CONTENT' WHERE key LIKE ?", [
      `%guild:${GUILD}:settings`,
    ]);

    expect(await opened.getGuildSettings(GUILD)).toBeUndefined();
    expect(lines.some((line) => line.includes(`guild:${GUILD}:settings`))).toBe(true);
    expect(lines.join('\n')).not.toContain('garbage{CONTENT');
  });

  it('writes no API key and no encryption key in plaintext to the database files or the log', async () => {
    place = sqlite.fresh();
    const { logger, lines } = capturingLogger();
    const encryptionKey = generateEncryptionKey();
    const apiKey = fakeApiKey();
    const opened = await store(encryptionKey, { logger });
    await opened.setMemberLink(GUILD, USER, sampleLink(apiKey, 'Visible Account'));
    expect((await opened.getMemberLink(GUILD, USER))?.apiKey.reveal()).toBe(apiKey);

    const needles = [
      Buffer.from(apiKey),
      Buffer.from(apiKey.slice('ptlc_'.length)),
      Buffer.from(encryptionKey),
      Buffer.from(encryptionKey, 'base64'),
    ];
    const files = () =>
      ['', '-wal', '-shm'].map((suffix) => `${sqlitePath()}${suffix}`).filter((file) => existsSync(file));
    const search = () => {
      const contents = files().map((file) => readFileSync(file));
      // The record is really there (so not finding the key means something).
      expect(contents.some((bytes) => bytes.includes('Visible Account'))).toBe(true);
      for (const bytes of contents) for (const needle of needles) expect(bytes.includes(needle)).toBe(false);
    };

    expect(files().some((file) => file.endsWith('-wal'))).toBe(true);
    search(); // while open: the record sits in the WAL
    await opened.close();
    search(); // after close: checkpointed into the main file
    expect(lines.length).toBeGreaterThan(0);
    for (const needle of [apiKey, encryptionKey]) expect(lines.join('\n')).not.toContain(needle);
  });
});

function settingsOf(setupBy: string) {
  return {
    panelUrl: 'https://panel.example.com',
    managerRoleIds: [],
    auditChannelId: null,
    setupBy,
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
}

describe('store configuration', () => {
  const logger = capturingLogger().logger;
  const open = (overrides: Partial<Parameters<typeof BotStore.open>[0]>) =>
    BotStore.open({
      storeUrl: 'sqlite:///nonexistent-dir-never-created/bot.sqlite',
      encryptionKey: generateEncryptionKey(),
      logger,
      ...overrides,
    });

  it.each([
    ['missing', undefined, /^ENCRYPTION_KEY is missing/],
    ['empty', '', /^ENCRYPTION_KEY is missing/],
    ['not base64', 'this is not base64!!', /^ENCRYPTION_KEY is not valid base64/],
    [
      '16 bytes',
      Buffer.alloc(16, 7).toString('base64'),
      /^ENCRYPTION_KEY must decode to 32 bytes, but it decodes to 16/,
    ],
  ])('refuses an ENCRYPTION_KEY that is %s, naming it', async (_case, value, message) => {
    const attempt = open({ encryptionKey: value as string });
    await expect(attempt).rejects.toThrow(StoreConfigError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('refuses a malformed ENCRYPTION_KEY_PREVIOUS, naming it and not its value', async () => {
    const value = Buffer.alloc(31, 9).toString('base64');
    const attempt = open({ previousEncryptionKey: value });
    await expect(attempt).rejects.toThrow(/^ENCRYPTION_KEY_PREVIOUS must decode to 32 bytes/);
    await attempt.catch((error: Error) => expect(error.message).not.toContain(value));
  });

  it('refuses a STORE_URL it cannot use, naming it and not repeating a password', async () => {
    const attempt = open({ storeUrl: 'mysql://root:hunter2@db/bot' });
    await expect(attempt).rejects.toThrow(StoreConfigError);
    await expect(attempt).rejects.toThrow(/^STORE_URL has the unsupported scheme "mysql:"/);
    await attempt.catch((error: Error) => expect(error.message).not.toContain('hunter2'));
    await expect(open({ storeUrl: 'sqlite://' })).rejects.toThrow(
      /^STORE_URL: sqlite:\/\/ needs a file path/,
    );
    await expect(open({ storeUrl: 'not a url' })).rejects.toThrow(/^STORE_URL is not a valid URL/);
  });

  it('resolves a relative SQLite path against the working directory, with data/bot.sqlite by default', () => {
    expect(parseStoreUrl(undefined, '/srv/bot')).toMatchObject({
      kind: 'sqlite',
      path: '/srv/bot/data/bot.sqlite',
    });
    expect(parseStoreUrl('', '/srv/bot')).toMatchObject({ path: '/srv/bot/data/bot.sqlite' });
    expect(DEFAULT_STORE_URL).toBe('sqlite://data/bot.sqlite');
    expect(parseStoreUrl('sqlite://state/x.db', '/srv/bot')).toMatchObject({ path: '/srv/bot/state/x.db' });
    expect(parseStoreUrl('sqlite:///var/lib/bot.db', '/srv/bot')).toMatchObject({ path: '/var/lib/bot.db' });
    expect(parseStoreUrl('postgres://u:secret@db.internal:5432/bot')).toEqual({
      kind: 'postgres',
      url: 'postgres://u:secret@db.internal:5432/bot',
      description: 'postgres://db.internal:5432/bot',
    });
    expect(parseStoreUrl('redis://:pw@cache:6379')).toMatchObject({
      kind: 'redis',
      description: 'redis://cache:6379',
    });
  });
});
