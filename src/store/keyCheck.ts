import { type Keyring, open, type SealContext, seal } from './envelope.js';
import { StoreConfigError } from './errors.js';
import type { RecordStore } from './recordStore.js';
import { keyCheckRecord, RECORD_VERSION, recordKeys } from './records.js';

/**
 * A store remembers (in a sealed known plaintext) which key wrote it. Starting with another key
 * fails at start-up, loudly, instead of every member's link later reading as absent.
 */

const KEY_CHECK_PLAINTEXT = 'ptero-backup-bot key check';
const KEY_CHECK_CONTEXT: SealContext = { kind: 'key-check', guildId: '-', userId: '-' };

/** Seals the known plaintext under the keyring's current key. */
export async function writeKeyCheck(records: RecordStore, keyring: Keyring): Promise<void> {
  await records.write(recordKeys.keyCheck, {
    v: RECORD_VERSION,
    check: seal(KEY_CHECK_PLAINTEXT, keyring.current, KEY_CHECK_CONTEXT),
  });
}

/** Writes the check into a new store; in an existing one, proves the keyring opens it. */
export async function verifyKeyCheck(records: RecordStore, keyring: Keyring): Promise<void> {
  const raw = await records.raw(recordKeys.keyCheck);
  if (raw === undefined || raw === null) {
    await writeKeyCheck(records, keyring);
    return;
  }
  const parsed = keyCheckRecord.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `the store's key-check record (${recordKeys.keyCheck}) is unreadable; restore it from a backup or delete it to accept ENCRYPTION_KEY as the store's key`,
    );
  }
  const opened = open(parsed.data.check, keyring, KEY_CHECK_CONTEXT);
  if (!opened.ok || opened.plaintext !== KEY_CHECK_PLAINTEXT) {
    throw new StoreConfigError(
      keyring.previous === undefined
        ? 'ENCRYPTION_KEY does not match the key this store was written with'
        : 'ENCRYPTION_KEY does not match the key this store was written with (nor does ENCRYPTION_KEY_PREVIOUS)',
    );
  }
}
