import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmationId } from '#discord/confirmable.js';
import { PendingConfirmations } from '#discord/pendingConfirmations.js';
import { NotAllowedError } from '#src/errors.js';

const here = { userId: '111111111111111111', guildId: '222222222222222222', channelId: '333333333333333333' };

describe('confirmations', () => {
  afterEach(() => vi.useRealTimers());

  it('is claimed once, by its owner, in the same guild and channel', () => {
    const confirmations = new PendingConfirmations<string>(60_000);
    const pending = confirmations.create(here, 'delete backup', () => {});
    expect(confirmations.claim(pending.nonce, { ...here, userId: '999999999999999999' })).toEqual({
      status: 'not_owner',
      ownerId: here.userId,
    });
    expect(confirmations.claim(pending.nonce, { ...here, channelId: '444444444444444444' })).toEqual({
      status: 'wrong_place',
    });
    const first = confirmations.claim(pending.nonce, here);
    expect(first.status).toBe('ok');
    expect(first.status === 'ok' && first.confirmation.action).toBe('delete backup');
    expect(confirmations.claim(pending.nonce, here)).toEqual({ status: 'missing' });
  });

  it('expires after its time to live, runs the expiry once, and cannot be claimed after', () => {
    vi.useFakeTimers();
    const confirmations = new PendingConfirmations<string>(60_000);
    const onExpire = vi.fn();
    const pending = confirmations.create(here, 'restore', onExpire);
    vi.advanceTimersByTime(59_999);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(confirmations.claim(pending.nonce, here)).toEqual({ status: 'missing' });
    expect(confirmations.size).toBe(0);
  });

  it('does not run the expiry of a confirmation that was claimed', () => {
    vi.useFakeTimers();
    const confirmations = new PendingConfirmations<string>(1_000);
    const onExpire = vi.fn();
    const pending = confirmations.create(here, 'restore', onExpire);
    confirmations.claim(pending.nonce, here);
    vi.advanceTimersByTime(5_000);
    expect(onExpire).not.toHaveBeenCalled();
  });

  it('caps how many confirmations one member can hold', () => {
    const confirmations = new PendingConfirmations<string>(60_000, { perMember: 2, total: 100 });
    confirmations.create(here, 'a', () => {});
    confirmations.create(here, 'b', () => {});
    expect(() => confirmations.create(here, 'c', () => {})).toThrow(NotAllowedError);
    expect(() =>
      confirmations.create({ ...here, userId: '555555555555555555' }, 'd', () => {}),
    ).not.toThrow();
    confirmations.clear();
  });

  it('round-trips its custom ids and rejects forged ones', () => {
    const confirmations = new PendingConfirmations<string>(60_000);
    const { nonce } = confirmations.create(here, 'x', () => {});
    const id = confirmationId.build({ nonce, answer: 'yes' });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(confirmationId.parse(id)).toEqual({ nonce, answer: 'yes' });
    expect(confirmationId.parse(`confirm:${nonce}:maybe`)).toBeNull();
    expect(confirmationId.parse('confirm:short:yes')).toBeNull();
    expect(confirmationId.parse(`confirm:${nonce}:yes:extra`)).toBeNull();
    confirmations.clear();
  });
});
