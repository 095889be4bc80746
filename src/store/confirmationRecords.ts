import { z } from 'zod';
import { isLocale, type Locale } from '#i18n/locales.js';
import type { RecordStore } from './recordStore.js';
import { RECORD_VERSION } from './records.js';

/**
 * Restore/delete confirmations waiting for their member's press, one record each, so that any
 * process sharing the store (another shard, or this one restarted) can answer a press, and exactly
 * one does: a press takes the record in one backend operation (`RecordStore.take`), and so does the
 * expiry. A record holds what the action needs (ids and names, never a key), who may answer where,
 * until when, the reply to mark as expired (its interaction token, which Discord expires after
 * 15 minutes) and the language it was asked in.
 *
 * Layout: `confirm:<nonce>`, listed by prefix. Each is written with a time to live a little past its
 * expiry (so a restarted process can still mark its message), after which the backend forgets it.
 */

const version = z.literal(RECORD_VERSION);
const NONCE = /^[A-Za-z0-9_-]{22}$/;

export const confirmationRecord = z.object({
  v: version,
  nonce: z.string().regex(NONCE),
  userId: z.string(),
  guildId: z.string(),
  channelId: z.string(),
  /** What is confirmed (`{ kind, payload }`), validated by the confirmable action that runs it. */
  action: z.unknown(),
  /** Epoch ms: a press after this is refused, whatever the backend still holds. */
  expiresAt: z.number(),
  /** The reply that asked, to mark as expired (validated by the confirmations code). */
  reply: z.unknown(),
  /**
   * The language the member was asked in, so the answer to a press and the expiry notice after a
   * restart speak it too. Absent from records written before it was kept (or no longer shipped):
   * read as English.
   */
  locale: z.custom<Locale>(isLocale).optional().catch(undefined),
});
export type ConfirmationRecord = z.output<typeof confirmationRecord>;

const PREFIX = 'confirm:';
const key = (nonce: string) => `${PREFIX}${nonce}`;

export class ConfirmationRecords {
  constructor(private readonly records: RecordStore) {}

  /** `keepMs`: how long the backend keeps it (its expiry plus a margin). */
  async put(record: ConfirmationRecord, keepMs: number): Promise<void> {
    const valid = confirmationRecord.parse(record);
    await this.records.write(key(valid.nonce), valid, Math.max(1, Math.ceil(keepMs)));
  }

  /** Reads without claiming: who may answer it, and where. */
  async get(nonce: string): Promise<ConfirmationRecord | undefined> {
    if (!NONCE.test(nonce)) return undefined;
    return this.records.read(key(nonce), confirmationRecord);
  }

  /** Claims it: the record is gone for everyone else. Undefined when another claim (or the expiry) was first. */
  async take(nonce: string): Promise<ConfirmationRecord | undefined> {
    if (!NONCE.test(nonce)) return undefined;
    return this.records.take(key(nonce), confirmationRecord);
  }

  /** Every record the backend still keeps (pending, or expired within the margin). */
  async all(): Promise<ConfirmationRecord[]> {
    return (await this.records.scan(PREFIX, confirmationRecord)).map(({ record }) => record);
  }
}
