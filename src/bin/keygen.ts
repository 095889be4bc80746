/**
 * `npm run keygen`: prints a fresh ENCRYPTION_KEY (32 random bytes, base64) on stdout.
 * To rotate: move the current key to ENCRYPTION_KEY_PREVIOUS, put this one in ENCRYPTION_KEY,
 * then run `npm run rotate-key`.
 */
import { generateEncryptionKey } from '#store/encryptionKey.js';

process.stdout.write(`${generateEncryptionKey()}\n`);
