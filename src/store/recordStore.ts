import type { Keyv } from 'keyv';
import type { z } from 'zod';
import type { Logger } from '#src/log.js';
import { KeyedMutex } from './keyedMutex.js';
import { guildIndexRecord, memberIndexRecord, RECORD_VERSION, recordKeys } from './records.js';

const GUILD_INDEX_LOCK = '\0guilds';

/**
 * The records under a keyv backend: each read is validated against its schema, writes refuse once
 * closed, and the guild and member indexes are kept (see records.ts for the layout).
 */
export class RecordStore {
  readonly #keyv: Keyv<unknown>;
  readonly #logger: Logger;
  /** Serialises read-modify-write sections per guild (and for the guild index) in this process. */
  readonly locks = new KeyedMutex();
  #closed = false;

  constructor(keyv: Keyv<unknown>, logger: Logger) {
    this.#keyv = keyv;
    this.#logger = logger;
  }

  /** A record as stored, before any schema: for the key check, whose failure is its own message. */
  raw(key: string): Promise<unknown> {
    return this.#keyv.get(key);
  }

  /** Reads and validates a record; an invalid one is reported by key (never content) and treated as absent. */
  async read<Schema extends z.ZodType>(key: string, schema: Schema): Promise<z.infer<Schema> | undefined> {
    const raw = await this.#keyv.get(key);
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

  async write(key: string, record: object): Promise<void> {
    this.#assertOpen();
    await this.#keyv.set(key, record);
  }

  async delete(keys: string[]): Promise<void> {
    this.#assertOpen();
    await this.#keyv.deleteMany(keys);
  }

  async memberIds(guildId: string): Promise<string[]> {
    const index = await this.read(recordKeys.memberIndex(guildId), memberIndexRecord);
    return index?.userIds ?? [];
  }

  async guildIds(): Promise<string[]> {
    const index = await this.read(recordKeys.guildIndex, guildIndexRecord);
    return index?.guildIds ?? [];
  }

  async indexGuild(guildId: string): Promise<void> {
    await this.locks.run(GUILD_INDEX_LOCK, async () => {
      const guilds = await this.guildIds();
      if (!guilds.includes(guildId)) {
        await this.write(recordKeys.guildIndex, { v: RECORD_VERSION, guildIds: [...guilds, guildId] });
      }
    });
  }

  async unindexGuild(guildId: string): Promise<void> {
    await this.locks.run(GUILD_INDEX_LOCK, async () => {
      const guilds = await this.guildIds();
      if (guilds.includes(guildId)) {
        await this.write(recordKeys.guildIndex, {
          v: RECORD_VERSION,
          guildIds: guilds.filter((id) => id !== guildId),
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
