import type { Keyv } from 'keyv';
import { z } from 'zod';
import type { Logger } from '#src/log.js';
import type { AtomicOps } from './atomic.js';
import { KeyedMutex } from './keyedMutex.js';
import { guildIndexRecord, memberIndexRecord, RECORD_VERSION, recordKeys } from './records.js';

const GUILD_INDEX_LOCK = '\0guilds';
/** One key per indexed guild (`guilds:<gid>`): adding one is a single write, never a read-modify-write. */
const guildEntry = (guildId: string) => `${recordKeys.guildEntryPrefix}${guildId}`;
const guildEntryRecord = z.object({ v: z.literal(RECORD_VERSION) });

/**
 * The records under a keyv backend: each read is validated against its schema, writes refuse once
 * closed, and the guild and member indexes are kept (see records.ts for the layout).
 */
export class RecordStore {
  readonly #keyv: Keyv<unknown>;
  readonly #atomic: AtomicOps;
  readonly #logger: Logger;
  /** Serialises read-modify-write sections per guild (and for the guild index) in this process. */
  readonly locks = new KeyedMutex();
  #closed = false;

  constructor(keyv: Keyv<unknown>, logger: Logger, atomic: AtomicOps) {
    this.#keyv = keyv;
    this.#atomic = atomic;
    this.#logger = logger;
  }

  /** A record as stored, before any schema: for the key check, whose failure is its own message. */
  raw(key: string): Promise<unknown> {
    return this.#keyv.get(key);
  }

  /** Reads and validates a record; an invalid one is reported by key (never content) and treated as absent. */
  async read<Schema extends z.ZodType>(key: string, schema: Schema): Promise<z.infer<Schema> | undefined> {
    return this.#validated(key, await this.#keyv.get(key), schema);
  }

  /** `ttlMs`: the backend forgets the record after that long (Redis PX; SQL reads treat it as gone). */
  async write(key: string, record: object, ttlMs?: number): Promise<void> {
    this.#assertOpen();
    await this.#keyv.set(key, record, ttlMs);
  }

  /**
   * Reads and deletes a record in one backend operation: of several processes taking the same key at
   * once, exactly one gets it (the others get undefined).
   */
  async take<Schema extends z.ZodType>(key: string, schema: Schema): Promise<z.infer<Schema> | undefined> {
    this.#assertOpen();
    return this.#validated(key, await this.#atomic.take(key), schema);
  }

  /** Every live record whose key starts with `prefix` (each validated; invalid ones are reported and left out). */
  async scan<Schema extends z.ZodType>(
    prefix: string,
    schema: Schema,
  ): Promise<Array<{ key: string; record: z.infer<Schema>; text: string }>> {
    const found: Array<{ key: string; record: z.infer<Schema>; text: string }> = [];
    for (const { key, value, text } of await this.#atomic.scan(prefix)) {
      const record = this.#validated(key, value, schema);
      if (record !== undefined) found.push({ key, record, text });
    }
    return found;
  }

  /** A record with its stored text, for a compare-and-set (`replaceIf`); invalid ones are absent. */
  async readWithText<Schema extends z.ZodType>(
    key: string,
    schema: Schema,
  ): Promise<{ record: z.infer<Schema>; text: string } | undefined> {
    this.#assertOpen();
    const found = await this.#atomic.read(key);
    if (found === undefined) return undefined;
    const record = this.#validated(key, found.value, schema);
    return record === undefined ? undefined : { record, text: found.text };
  }

  /** Writes `record` only if nothing is stored under `key`; says whether it wrote. */
  insertIfAbsent(key: string, record: object): Promise<boolean> {
    this.#assertOpen();
    return this.#atomic.insertIfAbsent(key, record);
  }

  /** Writes `record` only if the stored one is still exactly `expectedText` (as `scan` gave it). */
  replaceIf(key: string, expectedText: string, record: object): Promise<boolean> {
    this.#assertOpen();
    return this.#atomic.replaceIf(key, expectedText, record);
  }

  #validated<Schema extends z.ZodType>(
    key: string,
    raw: unknown,
    schema: Schema,
  ): z.infer<Schema> | undefined {
    if (raw === undefined || raw === null) return undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      this.#logger.warn('stored record failed validation; treating it as absent', {
        record: key,
        problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`),
      });
      return undefined;
    }
    return parsed.data;
  }

  async delete(keys: string[]): Promise<void> {
    this.#assertOpen();
    await this.#keyv.deleteMany(keys);
  }

  async memberIds(guildId: string): Promise<string[]> {
    const index = await this.read(recordKeys.memberIndex(guildId), memberIndexRecord);
    return index?.userIds ?? [];
  }

  /**
   * Every indexed guild: one `guilds:<gid>` key each, so processes sharing the store (shards) add and
   * remove guilds without racing on one record; plus those still in the single `guilds` record that
   * stores written before kept.
   */
  async guildIds(): Promise<string[]> {
    const entries = await this.scan(recordKeys.guildEntryPrefix, guildEntryRecord);
    const ids = new Set(entries.map(({ key }) => key.slice(recordKeys.guildEntryPrefix.length)));
    for (const id of (await this.read(recordKeys.guildIndex, guildIndexRecord))?.guildIds ?? []) ids.add(id);
    return [...ids];
  }

  async indexGuild(guildId: string): Promise<void> {
    await this.write(guildEntry(guildId), { v: RECORD_VERSION });
  }

  async unindexGuild(guildId: string): Promise<void> {
    await this.delete([guildEntry(guildId)]);
    // The record of older stores: only ever shrinks now, under the process's lock.
    await this.locks.run(GUILD_INDEX_LOCK, async () => {
      const legacy = await this.read(recordKeys.guildIndex, guildIndexRecord);
      if (legacy?.guildIds.includes(guildId)) {
        await this.write(recordKeys.guildIndex, {
          v: RECORD_VERSION,
          guildIds: legacy.guildIds.filter((id) => id !== guildId),
        });
      }
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#keyv.disconnect();
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('the store is closed');
  }
}
