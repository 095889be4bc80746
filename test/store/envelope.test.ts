import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toEncryptionKey } from '#store/encryptionKey.js';
import { Keyring, open, type SealContext, seal } from '#store/envelope.js';

const key = toEncryptionKey(randomBytes(32));
const context: SealContext = { kind: 'member-api-key', guildId: '100', userId: '200' };
const apiKey = 'ptlc_abcdefghijklmnopqrstuvwxyz0123456789ABCDEF';

describe('API key envelopes', () => {
  it('name their format and key id (first 8 hex digits of the sha256 of the key)', () => {
    const envelope = seal(apiKey, key, context);
    expect(envelope.format).toBe(1);
    expect(envelope.keyId).toBe(createHash('sha256').update(key.bytes).digest('hex').slice(0, 8));
    expect(Buffer.from(envelope.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(envelope.tag, 'base64')).toHaveLength(16);
    expect(JSON.stringify(envelope)).not.toContain(apiKey);
  });

  it('use a fresh IV for every seal of the same value', () => {
    const ivs = new Set(Array.from({ length: 50 }, () => seal(apiKey, key, context).iv));
    expect(ivs.size).toBe(50);
  });

  it('open under the key and context they were sealed with', () => {
    expect(open(seal(apiKey, key, context), new Keyring(key), context)).toEqual({
      ok: true,
      plaintext: apiKey,
    });
  });

  it.each([
    ['another guild', { ...context, guildId: '101' }],
    ['another member', { ...context, userId: '201' }],
    ['another record kind', { ...context, kind: 'key-check' as const }],
  ])('do not open in %s', (_case, elsewhere) => {
    expect(open(seal(apiKey, key, context), new Keyring(key), elsewhere)).toEqual({
      ok: false,
      reason: 'not-authentic',
    });
  });

  it('do not open once a byte of the ciphertext changed', () => {
    const envelope = seal(apiKey, key, context);
    const bytes = Buffer.from(envelope.ciphertext, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(open({ ...envelope, ciphertext: bytes.toString('base64') }, new Keyring(key), context)).toEqual({
      ok: false,
      reason: 'not-authentic',
    });
  });

  it('open under the previous key of a keyring, and say so when the key is neither', () => {
    const next = toEncryptionKey(randomBytes(32));
    const sealedBefore = seal(apiKey, key, context);
    expect(open(sealedBefore, new Keyring(next, key), context)).toEqual({ ok: true, plaintext: apiKey });
    expect(open(sealedBefore, new Keyring(next), context)).toEqual({ ok: false, reason: 'unknown-key' });
  });
});
