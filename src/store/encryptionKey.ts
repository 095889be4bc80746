import { createHash, randomBytes } from 'node:crypto';
import { StoreConfigError } from './errors.js';

export const ENCRYPTION_KEY_BYTES = 32;

/** A 256-bit key and the short id that envelopes carry to say which key sealed them. */
export interface EncryptionKey {
  /** First 8 hex digits of sha256(key): identifies the key without revealing it. */
  readonly id: string;
  readonly bytes: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Decodes a base64 key from the environment. Throws a StoreConfigError naming `variable` when the
 * value is missing, not base64, or not 32 bytes; the message never contains the value.
 */
export function parseEncryptionKey(value: string | undefined, variable: string): Buffer {
  const text = value?.trim() ?? '';
  if (text === '') {
    throw new StoreConfigError(`${variable} is missing: generate one with \`npm run keygen\``);
  }
  if (!BASE64.test(text) || text.length % 4 !== 0) {
    throw new StoreConfigError(`${variable} is not valid base64: generate one with \`npm run keygen\``);
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== ENCRYPTION_KEY_BYTES) {
    throw new StoreConfigError(
      `${variable} must decode to ${ENCRYPTION_KEY_BYTES} bytes, but it decodes to ${bytes.length}: generate one with \`npm run keygen\``,
    );
  }
  return bytes;
}

export function keyIdOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 8);
}

export function toEncryptionKey(bytes: Buffer): EncryptionKey {
  return { id: keyIdOf(bytes), bytes };
}

/** A fresh random key, base64, as ENCRYPTION_KEY expects it. */
export function generateEncryptionKey(): string {
  return randomBytes(ENCRYPTION_KEY_BYTES).toString('base64');
}
