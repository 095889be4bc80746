import { z } from 'zod';
import type { RecordStore } from './recordStore.js';
import { RECORD_VERSION } from './records.js';

/**
 * Long work the bot is following (a backup being made, a restore), one record each, written when it
 * starts and deleted when its outcome is delivered, so a restart resumes every follow and delivers
 * each outcome once. A record holds no key: only ids, names, the interaction token (which Discord
 * expires after 15 minutes) and, once the work has ended, the outcome and which parts went out.
 *
 * Layout: `follows` (index of record ids), `follow:<id>`.
 */

const version = z.literal(RECORD_VERSION);
const ID = /^[A-Za-z0-9_-]{8,64}$/;

export const followRecord = z.object({
  v: version,
  id: z.string().regex(ID),
  /** The kind of work (`backup`, `restore`): which LongWork resumes it. */
  kind: z.string().min(1).max(40),
  guildId: z.string(),
  userId: z.string(),
  /** The reply to edit (its token), validated by the long-work code that uses it. */
  reply: z.unknown(),
  /** What the work's words need (server, backup, options), validated by its LongWork. */
  payload: z.unknown(),
  startedAt: z.number(),
  deadlineAt: z.number(),
  /** Set once the work ended: the outcome as sent, and the parts already delivered. */
  delivery: z
    .object({
      outcome: z.unknown(),
      delivered: z.array(z.enum(['member', 'audit'])),
    })
    .nullable(),
});
export type FollowRecord = z.output<typeof followRecord>;

const indexRecord = z.object({ v: version, ids: z.array(z.string()) });
const INDEX = 'follows';
const INDEX_LOCK = '\0follows';
const key = (id: string) => `follow:${id}`;

export class FollowRecords {
  constructor(private readonly records: RecordStore) {}

  /** Index first, record second: an interruption leaves at most a stale id, never an unlisted record. */
  async put(record: FollowRecord): Promise<void> {
    const valid = followRecord.parse(record);
    await this.records.locks.run(INDEX_LOCK, async () => {
      const ids = await this.#ids();
      if (!ids.includes(valid.id))
        await this.records.write(INDEX, { v: RECORD_VERSION, ids: [...ids, valid.id] });
    });
    await this.records.write(key(valid.id), valid);
  }

  async get(id: string): Promise<FollowRecord | undefined> {
    return this.records.read(key(id), followRecord);
  }

  /** Every record the index names; stale ids (a record already gone) are dropped from the index. */
  async all(): Promise<FollowRecord[]> {
    const found: FollowRecord[] = [];
    const stale: string[] = [];
    for (const id of await this.#ids()) {
      const record = await this.get(id);
      if (record) found.push(record);
      else stale.push(id);
    }
    if (stale.length > 0) await this.#unindex(stale);
    return found;
  }

  /** Record first, index second. */
  async delete(id: string): Promise<void> {
    await this.records.delete([key(id)]);
    await this.#unindex([id]);
  }

  async #ids(): Promise<string[]> {
    return (await this.records.read(INDEX, indexRecord))?.ids ?? [];
  }

  async #unindex(gone: string[]): Promise<void> {
    await this.records.locks.run(INDEX_LOCK, async () => {
      const ids = await this.#ids();
      const kept = ids.filter((id) => !gone.includes(id));
      if (kept.length !== ids.length) await this.records.write(INDEX, { v: RECORD_VERSION, ids: kept });
    });
  }
}
