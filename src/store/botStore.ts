import type { Keyv } from 'keyv';
import { z } from 'zod';
import type { Logger } from '#src/log.js';
import { Secret } from '#src/secret.js';
import { atomicOps } from './atomic.js';
import { openKeyv, parseStoreUrl, type StoreLocation } from './backend.js';
import { ConfirmationRecords } from './confirmationRecords.js';
import { parseEncryptionKey, toEncryptionKey } from './encryptionKey.js';
import { Keyring, open, type SealContext, seal } from './envelope.js';
import { StoreConfigError, StoreKeyUnavailableError, StoreUnavailableError } from './errors.js';
import { FollowRecords } from './followRecords.js';
import { verifyKeyCheck, writeKeyCheck } from './keyCheck.js';
import { RecordStore } from './recordStore.js';
import {
  assertId,
  type GuildSettings,
  type GuildSettingsInput,
  guildSettingsRecord,
  type MemberLink,
  type MemberLinkRecord,
  memberLinkRecord,
  RECORD_VERSION,
  recordKeys,
} from './records.js';
import { WatchRecords } from './watchRecords.js';

/** `guild:<gid>:member:<uid>` (records.ts). */
const MEMBER_KEY = /^guild:([^:]+):member:([^:]+)$/;
/** A compare-and-set that loses this many times in a row means the store is misbehaving. */
const PATCH_ATTEMPTS = 10;

export interface StoreOptions {
  /** STORE_URL: sqlite://<path> (default sqlite://data/bot.sqlite), redis://…, postgres://… */
  storeUrl: string;
  /** ENCRYPTION_KEY: base64 of 32 bytes. */
  encryptionKey: string;
  /** ENCRYPTION_KEY_PREVIOUS: the key being rotated away from. */
  previousEncryptionKey?: string | undefined;
  logger: Logger;
  /** Prefix of every key; lets several bots (or test runs) share one Redis/PostgreSQL. Default `ptero`. */
  namespace?: string | undefined;
}

export interface RotationSummary {
  /** Member links re-encrypted under the current key by this run. */
  rotated: number;
  /** Member links that were already under the current key. */
  alreadyCurrent: number;
  /** Record keys that could not be read (invalid, or failing authentication); left untouched. */
  unreadable: string[];
  /** Whether the key-check record now names the current key (i.e. the rotation is complete). */
  complete: boolean;
}

const DEFAULT_NAMESPACE = 'ptero';
const NAMESPACE = /^[A-Za-z0-9_-]{1,40}$/;
/** The record the readiness ping writes (src/ops/health.ts): one small key, overwritten each time. */
const PING_KEY = 'store:ready';
/** The Keyv operations whose failures are told to `onFailure` listeners. */
const OBSERVED_OPERATIONS = ['get', 'getMany', 'set', 'delete', 'deleteMany', 'has', 'clear'] as const;

/** Wraps the Keyv's operations in place: a failure is told to `onFailure` (by operation name), then rethrown. */
function observeFailures(keyv: Keyv<unknown>, onFailure: (operation: string) => void): void {
  const operations = keyv as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of OBSERVED_OPERATIONS) {
    const operation = operations[name]?.bind(keyv);
    if (operation === undefined) continue;
    operations[name] = async (...args: unknown[]) => {
      try {
        return await operation(...args);
      } catch (error) {
        onFailure(name);
        throw error;
      }
    };
  }
}

const memberContext = (guildId: string, userId: string): SealContext => ({
  kind: 'member-api-key',
  guildId,
  userId,
});

/**
 * Per-guild settings and member links. Everything is keyed by guild, so nothing of one guild is
 * reachable through another; API keys are sealed with AES-256-GCM bound to their guild and member.
 * Each guild's records are written by the process whose shard holds the guild (their updates are
 * serialised in memory); what several processes share (the guild index, follow records, pending
 * confirmations) is one key per entry, or claimed with an atomic backend operation.
 */
export class BotStore {
  readonly #records: RecordStore;
  readonly #keyring: Keyring;
  readonly #logger: Logger;
  /** Told of every failed store operation (the metrics count them), once someone listens. */
  readonly #failures: { listener?: (operation: string) => void } = {};
  /** Long work being followed, so a restart resumes it (no key in them). */
  readonly follows: FollowRecords;
  /** Confirmations waiting for a press, claimed once across every process on the store. */
  readonly confirmations: ConfirmationRecords;
  /** Which backend this is: SQLite serves one process, Redis and PostgreSQL many. */
  readonly backend: StoreLocation['kind'];
  /** The panel watch's records (src/watch/), on the same record I/O. */
  readonly watch: WatchRecords;

  private constructor(keyv: Keyv<unknown>, kind: StoreLocation['kind'], keyring: Keyring, logger: Logger) {
    this.#records = new RecordStore(keyv, logger, atomicOps(keyv, kind));
    this.backend = kind;
    this.follows = new FollowRecords(this.#records);
    this.confirmations = new ConfirmationRecords(this.#records);
    this.#keyring = keyring;
    this.#logger = logger;
    this.watch = new WatchRecords(this.#records);
  }

  /** Every guild with stored data (the guild index). */
  guildIds(): Promise<string[]> {
    return this.#records.guildIds();
  }

  /** The members with a link in a guild (the member index; may name one whose link is being removed). */
  memberIds(guildId: string): Promise<string[]> {
    assertId(guildId, 'guild id');
    return this.#records.memberIds(guildId);
  }

  /** Validates the keys and the URL, connects, and checks the key against the store's key-check record. */
  static async open(options: StoreOptions): Promise<BotStore> {
    const current = toEncryptionKey(parseEncryptionKey(options.encryptionKey, 'ENCRYPTION_KEY'));
    const previousText = options.previousEncryptionKey?.trim();
    const previous =
      previousText === undefined || previousText === ''
        ? undefined
        : toEncryptionKey(parseEncryptionKey(previousText, 'ENCRYPTION_KEY_PREVIOUS'));
    const namespace = options.namespace ?? DEFAULT_NAMESPACE;
    if (!NAMESPACE.test(namespace)) {
      throw new StoreConfigError('store namespace must be 1-40 letters, digits, "_" or "-"');
    }
    const location = parseStoreUrl(options.storeUrl);
    const keyv = await openKeyv(location, namespace);
    const logger = options.logger.child({ component: 'store' });
    const store = new BotStore(keyv, location.kind, new Keyring(current, previous), logger);
    try {
      await verifyKeyCheck(store.#records, store.#keyring);
    } catch (error) {
      await store.close().catch(() => {});
      throw error;
    }
    observeFailures(keyv, (operation) => store.#failures.listener?.(operation));
    logger.info('store opened', {
      backend: location.kind,
      location: location.description,
      keyId: current.id,
      ...(previous === undefined ? {} : { previousKeyId: previous.id }),
    });
    return store;
  }

  async getGuildSettings(guildId: string): Promise<GuildSettings | undefined> {
    assertId(guildId, 'guild id');
    const record = await this.#records.read(recordKeys.settings(guildId), guildSettingsRecord);
    if (record === undefined) return undefined;
    const { v: _version, ...settings } = record;
    return settings;
  }

  /**
   * Writes a guild's settings. Stored keys belong to the panel they were checked against: moving the
   * guild to another panel URL forgets every member link in the same locked section, so no key is
   * ever sent to a host its owner did not give it to. Says whether that happened.
   */
  async setGuildSettings(guildId: string, settings: GuildSettingsInput): Promise<{ panelChanged: boolean }> {
    assertId(guildId, 'guild id');
    const record = guildSettingsRecord.parse({
      v: RECORD_VERSION,
      panelUrl: settings.panelUrl,
      managerRoleIds: [...settings.managerRoleIds],
      auditChannelId: settings.auditChannelId,
      notificationsChannelId: settings.notificationsChannelId ?? null,
      setupBy: settings.setupBy,
      updatedAt: settings.updatedAt,
    });
    return this.#records.locks.run(guildId, async () => {
      const previous = await this.#records.read(recordKeys.settings(guildId), guildSettingsRecord);
      const panelChanged = Boolean(previous?.panelUrl && previous.panelUrl !== record.panelUrl);
      if (panelChanged) await this.#forgetMembers(guildId);
      await this.#records.indexGuild(guildId);
      await this.#records.write(recordKeys.settings(guildId), record);
      return { panelChanged };
    });
  }

  /**
   * Changes some of the guild's settings (those in `change`), keeping the rest as stored, atomically
   * in the backend: two admins saving at once (on one process or two) both land, neither overwrites
   * the other's field with what it read before. `initial` stands in for a guild never set up. As in
   * `setGuildSettings`, a change of panel URL forgets every member link.
   */
  async patchGuildSettings(
    guildId: string,
    change: Partial<GuildSettingsInput> & Pick<GuildSettingsInput, 'setupBy' | 'updatedAt'>,
    initial: GuildSettingsInput,
  ): Promise<{ settings: GuildSettings; panelChanged: boolean }> {
    assertId(guildId, 'guild id');
    const key = recordKeys.settings(guildId);
    return this.#records.locks.run(guildId, async () => {
      for (let attempt = 0; attempt < PATCH_ATTEMPTS; attempt += 1) {
        const stored = await this.#records.readWithText(key, guildSettingsRecord);
        const base = stored?.record ?? { v: RECORD_VERSION, ...initial };
        const record = guildSettingsRecord.parse({
          ...base,
          ...change,
          v: RECORD_VERSION,
          notificationsChannelId: change.notificationsChannelId ?? base.notificationsChannelId ?? null,
        });
        // The old panel's keys go before the new URL is written, never after: no moment has both.
        const panelChanged = Boolean(stored?.record.panelUrl && stored.record.panelUrl !== record.panelUrl);
        if (panelChanged) await this.#forgetMembers(guildId);
        const written = stored
          ? await this.#records.replaceIf(key, stored.text, record)
          : await this.#records.insertIfAbsent(key, record);
        if (!written) continue;
        await this.#records.indexGuild(guildId);
        const { v: _v, ...settings } = record;
        return { settings, panelChanged };
      }
      throw new StoreUnavailableError(`guild settings of ${guildId} kept changing under this save`);
    });
  }

  /**
   * The member's link, its key decrypted. With `forPanelUrl` (the guild's panel URL now), a link made
   * against another panel is treated as absent: its key must never be sent to this one.
   */
  async getMemberLink(
    guildId: string,
    userId: string,
    forPanelUrl?: string,
  ): Promise<MemberLink | undefined> {
    assertId(guildId, 'guild id');
    assertId(userId, 'user id');
    const key = recordKeys.member(guildId, userId);
    const record = await this.#records.read(key, memberLinkRecord);
    if (record === undefined) return undefined;
    if (forPanelUrl !== undefined && record.panelUrl !== undefined && record.panelUrl !== forPanelUrl) {
      this.#logger.info('member link was checked against another panel URL; treating it as absent', {
        record: key,
      });
      return undefined;
    }
    const opened = open(record.apiKey, this.#keyring, memberContext(guildId, userId));
    if (!opened.ok) {
      if (opened.reason === 'unknown-key') throw new StoreKeyUnavailableError(key, record.apiKey.keyId);
      this.#logger.error(
        'stored API key failed authentication (tampered or moved); treating the link as absent',
        {
          record: key,
        },
      );
      return undefined;
    }
    return {
      apiKey: new Secret(opened.plaintext),
      accountName: record.accountName,
      servers: record.servers.map((server) => ({ identifier: server.identifier, name: server.name })),
      defaultServer: record.defaultServer,
      linkedAt: record.linkedAt,
    };
  }

  /**
   * Stores a member's link. With `whilePanelUrl`, only while the guild's panel URL is still that one
   * (checked under the guild's lock, which a URL change also takes): a key checked against one panel
   * is never stored after an admin moved the guild to another. Returns whether the link was stored.
   */
  async setMemberLink(
    guildId: string,
    userId: string,
    link: MemberLink,
    options: { whilePanelUrl?: string } = {},
  ): Promise<boolean> {
    assertId(guildId, 'guild id');
    assertId(userId, 'user id');
    const record = memberLinkRecord.parse({
      v: RECORD_VERSION,
      apiKey: seal(link.apiKey.reveal(), this.#keyring.current, memberContext(guildId, userId)),
      accountName: link.accountName,
      servers: link.servers.map((server) => ({ identifier: server.identifier, name: server.name })),
      defaultServer: link.defaultServer,
      linkedAt: link.linkedAt,
      ...(options.whilePanelUrl !== undefined ? { panelUrl: options.whilePanelUrl } : {}),
    } satisfies MemberLinkRecord);
    return this.#records.locks.run(guildId, async () => {
      if (options.whilePanelUrl !== undefined) {
        const settings = await this.#records.read(recordKeys.settings(guildId), guildSettingsRecord);
        if (settings?.panelUrl !== options.whilePanelUrl) return false;
      }
      // Indexes first: an interruption leaves a stale id in an index, never a record no index names.
      await this.#records.indexGuild(guildId);
      const members = await this.#records.memberIds(guildId);
      if (!members.includes(userId)) {
        await this.#records.write(recordKeys.memberIndex(guildId), {
          v: RECORD_VERSION,
          userIds: [...members, userId],
        });
      }
      await this.#records.write(recordKeys.member(guildId, userId), record);
      return true;
    });
  }

  /**
   * Deletes a member's link and says whether there was one. Nothing is decrypted or even validated:
   * a link stored under a key since removed (or of an older shape) is forgotten all the same.
   */
  async forgetMember(guildId: string, userId: string): Promise<boolean> {
    assertId(guildId, 'guild id');
    assertId(userId, 'user id');
    return this.#records.locks.run(guildId, async () => {
      const existed =
        (await this.#records.take(recordKeys.member(guildId, userId), z.unknown())) !== undefined;
      const members = await this.#records.memberIds(guildId);
      if (members.includes(userId)) {
        await this.#records.write(recordKeys.memberIndex(guildId), {
          v: RECORD_VERSION,
          userIds: members.filter((id) => id !== userId),
        });
      }
      return existed;
    });
  }

  /** Deletes the guild's settings, every member link in it, and what the watch kept about it. */
  async forgetGuild(guildId: string): Promise<void> {
    assertId(guildId, 'guild id');
    await this.watch.forgetGuild(guildId);
    await this.#records.locks.run(guildId, async () => {
      const members = await this.#records.memberIds(guildId);
      // One multi-key delete: a single statement on SQLite/PostgreSQL, a single DEL on Redis.
      await this.#records.delete([
        ...members.map((userId) => recordKeys.member(guildId, userId)),
        recordKeys.settings(guildId),
        recordKeys.memberIndex(guildId),
      ]);
    });
    await this.#records.unindexGuild(guildId);
  }

  /** Every member link of the guild and its index: the keys belong to a panel the guild left. */
  async #forgetMembers(guildId: string): Promise<void> {
    const members = await this.#records.memberIds(guildId);
    await this.#records.delete([
      ...members.map((userId) => recordKeys.member(guildId, userId)),
      recordKeys.memberIndex(guildId),
    ]);
  }

  /**
   * Re-encrypts every member link that is not yet under the current key, found by scanning the
   * records themselves (not the indexes, which another process may be changing). Each record is
   * rewritten on its own with a compare-and-set in the backend: a link the running bot changed or
   * removed meanwhile is left as the bot wrote it (under the current key already), never brought
   * back. An interrupted run loses nothing and a rerun skips what is done. The key-check record moves
   * to the current key only once a last scan finds nothing left under another key.
   */
  async rotateEncryption(onProgress?: (done: number) => void): Promise<RotationSummary> {
    const summary: RotationSummary = { rotated: 0, alreadyCurrent: 0, unreadable: [], complete: false };
    for (const { key, text, record } of await this.#memberRecords()) {
      const [, guildId = '', userId = ''] = MEMBER_KEY.exec(key) ?? [];
      if (record.apiKey.keyId === this.#keyring.current.id) {
        summary.alreadyCurrent += 1;
        continue;
      }
      const context = memberContext(guildId, userId);
      const opened = open(record.apiKey, this.#keyring, context);
      if (!opened.ok) {
        if (opened.reason === 'unknown-key') throw new StoreKeyUnavailableError(key, record.apiKey.keyId);
        summary.unreadable.push(key);
        continue;
      }
      const rewritten = { ...record, apiKey: seal(opened.plaintext, this.#keyring.current, context) };
      // Not written when the bot changed the link meanwhile: its own write is under the current key.
      if (await this.#records.replaceIf(key, text, rewritten)) {
        summary.rotated += 1;
        onProgress?.(summary.rotated);
      }
    }
    const left = (await this.#memberRecords()).filter(
      ({ key, record }) =>
        record.apiKey.keyId !== this.#keyring.current.id && !summary.unreadable.includes(key),
    );
    if (summary.unreadable.length === 0 && left.length === 0) {
      await writeKeyCheck(this.#records, this.#keyring);
      summary.complete = true;
    }
    return summary;
  }

  /** Every stored member link, whatever the member indexes say. */
  async #memberRecords() {
    // Settings and indexes share the prefix: only member keys are read as links (and reported if invalid).
    const found = await this.#records.scan('guild:', z.unknown());
    return found.flatMap(({ key, record, text }) => {
      if (!MEMBER_KEY.test(key)) return [];
      const parsed = memberLinkRecord.safeParse(record);
      if (!parsed.success) {
        this.#logger.warn('stored member link failed validation; not rotated', { record: key });
        return [];
      }
      return [{ key, text, record: parsed.data }];
    });
  }

  /** Tells `listener` of every store operation that fails, by operation (get, set, delete, …). */
  onFailure(listener: (operation: string) => void): void {
    this.#failures.listener = listener;
  }

  /**
   * The readiness probe: one small write. It fails when the backend is down, and waits when another
   * connection holds the write lock (SQLite), so a store that cannot take the bot's writes is not ready.
   */
  async ping(): Promise<void> {
    await this.#records.write(PING_KEY, { v: 1, at: new Date().toISOString() });
  }

  close(): Promise<void> {
    return this.#records.close();
  }
}
