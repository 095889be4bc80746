import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { confirmationId } from '#discord/confirmable.js';
import { expiredText } from '#discord/pendingConfirmations.js';

/** The claim, expiry and restarts of confirmations run on a real store: test/store/confirmations.test.ts. */
describe('confirmations', () => {
  it('round-trips its custom ids and rejects forged ones', () => {
    const nonce = randomBytes(16).toString('base64url');
    const id = confirmationId.build({ nonce, answer: 'yes' });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(confirmationId.parse(id)).toEqual({ nonce, answer: 'yes' });
    expect(confirmationId.parse(`confirm:${nonce}:maybe`)).toBeNull();
    expect(confirmationId.parse('confirm:short:yes')).toBeNull();
    expect(confirmationId.parse(`confirm:${nonce}:yes:extra`)).toBeNull();
  });

  it('says how long it waited when it expired', () => {
    expect(expiredText(60_000)).toBe('⌛ This confirmation expired after 60 seconds. Nothing was done.');
  });
});
