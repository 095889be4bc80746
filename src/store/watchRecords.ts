import { z } from 'zod';
import { isLocale, type Locale } from '#i18n/locales.js';
import type { RecordStore } from './recordStore.js';
import { assertId, RECORD_VERSION } from './records.js';

/**
 * What the panel watch (src/watch/) keeps, so that a restart announces nothing twice and misses
 * nothing. Each record has one writer, so no two writers interleave on it:
 *
 *   watch:<gid>:index             servers and members with watch records (lets forgetGuild find them)
 *   watch:<gid>:server:<sid>      WatchedServer: what the last look at a server saw (the watch writes it)
 *   watch:<gid>:bot:<sid>         BotMarks: backups, restores and deletions the bot itself did (commands write it)
 *   watch:<gid>:subs:<uid>        a member's `/backup notify` servers and language (the command writes it)
 *   watch:<gid>:key:<uid>         KeyState: what the watch learnt about a member's key (the watch writes it)
 */

const version = z.literal(RECORD_VERSION);
const SERVER_ID = /^[A-Za-z0-9-]{1,64}$/;

export const watchedBackupSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  state: z.enum(['in_progress', 'completed', 'failed']),
  bytes: z.number(),
  isScheduled: z.boolean().optional(),
  /** Started by the bot: its outcome is the follow's to tell (reply, DM, audit). */
  byBot: z.boolean(),
  /** Seen once without a mark from the bot; announced at the next look unless the mark appears. */
  pending: z.boolean(),
  /** Its appearance was announced (foreign backups only). */
  announced: z.boolean(),
  stuckReported: z.boolean(),
  /** Already there when the watch first looked at the server. */
  preexisting: z.boolean(),
});
export type WatchedBackup = z.infer<typeof watchedBackupSchema>;

export const watchedServerRecord = z.object({
  v: version,
  name: z.string(),
  /** ISO-8601 time of the last complete look. */
  lookedAt: z.string(),
  /** The backups the last listing showed (a look that could not list them keeps the previous ones). */
  backups: z.array(watchedBackupSchema),
  /** Durations (ms) of the last successful backups, newest last, at most 5: the stuck rule's yardstick. */
  durations: z.array(z.number()),
  restoring: z
    .object({
      since: z.string(),
      byBot: z.boolean(),
      announced: z.boolean(),
    })
    .nullable(),
});
export type WatchedServer = Omit<z.infer<typeof watchedServerRecord>, 'v'>;

const botMarksRecord = z.object({
  v: version,
  backups: z.array(z.object({ uuid: z.string(), at: z.string() })),
  deleted: z.array(z.object({ uuid: z.string(), at: z.string() })).default([]),
  /** When the bot last started a restore on the server (null once the watch saw it end). */
  restoreAt: z.string().nullable(),
});
export type BotMarks = Omit<z.infer<typeof botMarksRecord>, 'v'>;

const subscriptionsRecord = z.object({
  v: version,
  servers: z.array(z.string()),
  /** The member's language when they last ran `/backup notify`: their DMs are in it (none in older records). */
  locale: z.string().optional(),
});

/** A member's `/backup notify` subscriptions: the servers, and the language their DMs are worded in. */
export interface Subscriber {
  servers: string[];
  /**
   * The member's language when they last ran `/backup notify`; null when none is kept (a record
   * written before languages were, or naming one no longer shipped): their DMs are in English.
   */
  locale: Locale | null;
}

export const keyStateRecord = z.object({
  v: version,
  /** The link this is about: a new `/link` (another linkedAt) starts afresh. */
  linkedAt: z.string(),
  /** The key as a whole was refused (401, application key, IP, 2FA): not used until linked again. */
  problem: z.object({ kind: z.string(), told: z.boolean() }).nullable(),
  /** Servers this key no longer watches: 403 on backup.read (told) or 404 (no longer reached). */
  lost: z.array(z.object({ server: z.string(), why: z.enum(['forbidden', 'gone']), told: z.boolean() })),
  /** The servers the key reached at the last refresh (GET /api/client), or null before the first. */
  reach: z.array(z.string()).nullable(),
  reachAt: z.string().nullable(),
});
export type KeyState = Omit<z.infer<typeof keyStateRecord>, 'v'>;

const indexRecord = z.object({ v: version, servers: z.array(z.string()), users: z.array(z.string()) });

/** Bot marks older than this are dropped when the record is next written (a follow ends after 6 h 10 min). */
const MARK_LIFETIME_MS = 7 * 60 * 60_000;

const keys = {
  index: (gid: string) => `watch:${gid}:index`,
  server: (gid: string, sid: string) => `watch:${gid}:server:${sid}`,
  bot: (gid: string, sid: string) => `watch:${gid}:bot:${sid}`,
  subs: (gid: string, uid: string) => `watch:${gid}:subs:${uid}`,
  key: (gid: string, uid: string) => `watch:${gid}:key:${uid}`,
};

function assertServer(sid: string): void {
  if (!SERVER_ID.test(sid)) throw new TypeError('invalid server identifier');
}

const fresh = <T extends { at: string }>(marks: T[], now: number) =>
  marks.filter((m) => now - Date.parse(m.at) < MARK_LIFETIME_MS);

/** The watch's records, on the store's validated record I/O (see the layout above). */
export class WatchRecords {
  constructor(readonly records: RecordStore) {}

  #lock<T>(gid: string, section: () => Promise<T>): Promise<T> {
    return this.records.locks.run(`watch:${gid}`, section);
  }

  async #index(gid: string, add: { server?: string; user?: string }): Promise<void> {
    const index = (await this.records.read(keys.index(gid), indexRecord)) ?? {
      v: RECORD_VERSION,
      servers: [],
      users: [],
    };
    const servers = add.server && !index.servers.includes(add.server) ? [...index.servers, add.server] : null;
    const users = add.user && !index.users.includes(add.user) ? [...index.users, add.user] : null;
    if (servers || users) {
      await this.records.write(keys.index(gid), {
        v: RECORD_VERSION,
        servers: servers ?? index.servers,
        users: users ?? index.users,
      });
    }
  }

  async server(gid: string, sid: string): Promise<WatchedServer | undefined> {
    assertId(gid, 'guild id');
    assertServer(sid);
    const record = await this.records.read(keys.server(gid, sid), watchedServerRecord);
    if (!record) return undefined;
    const { v: _, ...server } = record;
    return server;
  }

  async setServer(gid: string, sid: string, server: WatchedServer): Promise<void> {
    assertId(gid, 'guild id');
    assertServer(sid);
    const record = watchedServerRecord.parse({ v: RECORD_VERSION, ...server });
    await this.#lock(gid, async () => {
      await this.#index(gid, { server: sid });
      await this.records.write(keys.server(gid, sid), record);
    });
  }

  async marks(gid: string, sid: string): Promise<BotMarks> {
    assertId(gid, 'guild id');
    assertServer(sid);
    const record = await this.records.read(keys.bot(gid, sid), botMarksRecord);
    return record
      ? { backups: record.backups, deleted: record.deleted, restoreAt: record.restoreAt }
      : { backups: [], deleted: [], restoreAt: null };
  }

  /** Changes the bot's marks on a server under the guild's watch lock; old marks are dropped. */
  async mark(gid: string, sid: string, change: (marks: BotMarks) => BotMarks): Promise<void> {
    assertId(gid, 'guild id');
    assertServer(sid);
    await this.#lock(gid, async () => {
      await this.#index(gid, { server: sid });
      const next = change(await this.marks(gid, sid));
      const now = Date.now();
      await this.records.write(
        keys.bot(gid, sid),
        botMarksRecord.parse({
          v: RECORD_VERSION,
          backups: fresh(next.backups, now),
          deleted: fresh(next.deleted, now),
          restoreAt: next.restoreAt,
        }),
      );
    });
  }

  /** The member's `/backup notify` servers and the language kept for their DMs. */
  async subscriber(gid: string, uid: string): Promise<Subscriber> {
    assertId(gid, 'guild id');
    assertId(uid, 'user id');
    const record = await this.records.read(keys.subs(gid, uid), subscriptionsRecord);
    return { servers: record?.servers ?? [], locale: isLocale(record?.locale) ? record.locale : null };
  }

  /**
   * Turns one server's DMs on or off for the member; `locale` (the member's language now) is kept
   * for every DM the watch sends them, else the one kept before stays.
   */
  async setSubscription(gid: string, uid: string, sid: string, on: boolean, locale?: Locale): Promise<void> {
    assertId(gid, 'guild id');
    assertId(uid, 'user id');
    assertServer(sid);
    await this.#lock(gid, async () => {
      await this.#index(gid, { user: uid });
      const record = await this.records.read(keys.subs(gid, uid), subscriptionsRecord);
      const current = record?.servers ?? [];
      const servers = on ? [...new Set([...current, sid])] : current.filter((s) => s !== sid);
      const kept = locale ?? record?.locale;
      await this.records.write(keys.subs(gid, uid), {
        v: RECORD_VERSION,
        servers,
        ...(kept === undefined ? {} : { locale: kept }),
      });
    });
  }

  async keyState(gid: string, uid: string): Promise<KeyState | undefined> {
    assertId(gid, 'guild id');
    assertId(uid, 'user id');
    const record = await this.records.read(keys.key(gid, uid), keyStateRecord);
    if (!record) return undefined;
    const { v: _, ...state } = record;
    return state;
  }

  async setKeyState(gid: string, uid: string, state: KeyState): Promise<void> {
    assertId(gid, 'guild id');
    assertId(uid, 'user id');
    const record = keyStateRecord.parse({ v: RECORD_VERSION, ...state });
    await this.#lock(gid, async () => {
      await this.#index(gid, { user: uid });
      await this.records.write(keys.key(gid, uid), record);
    });
  }

  /** Everything the watch kept about a guild (the bot left it). */
  async forgetGuild(gid: string): Promise<void> {
    assertId(gid, 'guild id');
    await this.#lock(gid, async () => {
      const index = await this.records.read(keys.index(gid), indexRecord);
      if (!index) return;
      await this.records.delete([
        ...index.servers.flatMap((sid) => [keys.server(gid, sid), keys.bot(gid, sid)]),
        ...index.users.flatMap((uid) => [keys.subs(gid, uid), keys.key(gid, uid)]),
        keys.index(gid),
      ]);
    });
  }
}
