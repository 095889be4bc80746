import { z } from 'zod';
import { isLocale, type Locale } from '#i18n/locales.js';
import type { RecordStore } from './recordStore.js';
import { RECORD_VERSION } from './records.js';

/**
 * Long work the bot is following (a backup being made, a restore), one record each, written when it
 * starts and deleted when its outcome is delivered, so a restart resumes every follow and delivers
 * each outcome once. A record holds no key: only ids, names, the interaction token (which Discord
 * expires after 15 minutes), the language of the member who asked and, once the work has ended, the
 * outcome and which parts went out.
 *
 * Layout: `follow:<id>`, one key per record, listed by prefix: processes sharing the store (shards)
 * add and remove records without racing on a shared index. (Stores before shards also kept a
 * `follows` index of the same ids; it is no longer read.)
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
  /**
   * The language of the member who asked, so a follow resumed after a restart edits the reply and
   * DMs in it. Absent from records written before it was kept (or no longer shipped): read as English.
   */
  locale: z.custom<Locale>(isLocale).optional().catch(undefined),
});
export type FollowRecord = z.output<typeof followRecord>;

const PREFIX = 'follow:';
const key = (id: string) => `${PREFIX}${id}`;

export class FollowRecords {
  constructor(private readonly records: RecordStore) {}

  /** One write: the record is its own entry in the listing. */
  async put(record: FollowRecord): Promise<void> {
    const valid = followRecord.parse(record);
    await this.records.write(key(valid.id), valid);
  }

  async get(id: string): Promise<FollowRecord | undefined> {
    return this.records.read(key(id), followRecord);
  }

  /** Every record, oldest first (by when its work started). */
  async all(): Promise<FollowRecord[]> {
    const found = await this.records.scan(PREFIX, followRecord);
    return found.map(({ record }) => record).sort((a, b) => a.startedAt - b.startedAt);
  }

  async delete(id: string): Promise<void> {
    await this.records.delete([key(id)]);
  }
}
