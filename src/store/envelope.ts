import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { EncryptionKey } from './encryptionKey.js';

/**
 * AES-256-GCM envelopes for secrets at rest. Each seal uses a fresh 96-bit IV. The additional
 * authenticated data binds the envelope to where it belongs (record kind, guild, user), so a
 * ciphertext copied into another member's record fails authentication instead of decrypting.
 */

export const ENVELOPE_FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const envelopeSchema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  keyId: z.string().regex(/^[0-9a-f]{8}$/),
  iv: base64,
  ciphertext: base64,
  tag: base64,
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** Where a sealed value lives; any difference makes decryption fail. */
export interface SealContext {
  kind: 'member-api-key' | 'key-check';
  guildId: string;
  userId: string;
}

function additionalData(context: SealContext): Buffer {
  // JSON array: unambiguous whatever characters the ids hold.
  return Buffer.from(
    JSON.stringify(['ptero-backup-bot', ENVELOPE_FORMAT, context.kind, context.guildId, context.userId]),
  );
}

export function seal(plaintext: string, key: EncryptionKey, context: SealContext): Envelope {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    format: ENVELOPE_FORMAT,
    keyId: key.id,
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** The keys a store can decrypt with: the current one, and during rotation the previous one. */
export class Keyring {
  constructor(
    readonly current: EncryptionKey,
    readonly previous?: EncryptionKey,
  ) {}

  find(keyId: string): EncryptionKey | undefined {
    if (keyId === this.current.id) return this.current;
    if (this.previous !== undefined && keyId === this.previous.id) return this.previous;
    return undefined;
  }
}

export type OpenResult =
  | { ok: true; plaintext: string }
  /** The envelope names a key the keyring does not hold. */
  | { ok: false; reason: 'unknown-key' }
  /** The key matched by id but authentication failed: tampered, or moved from another record. */
  | { ok: false; reason: 'not-authentic' };

export function open(envelope: Envelope, keyring: Keyring, context: SealContext): OpenResult {
  const key = keyring.find(envelope.keyId);
  if (key === undefined) return { ok: false, reason: 'unknown-key' };
  const iv = Buffer.from(envelope.iv, 'base64');
  const tag = Buffer.from(envelope.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return { ok: false, reason: 'not-authentic' };
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(context));
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([
      decipher.update(Buffer.from(envelope.ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
    return { ok: true, plaintext };
  } catch {
    return { ok: false, reason: 'not-authentic' };
  }
}
