import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PendingConfirmation, PendingConfirmations } from '#discord/pendingConfirmations.js';
import { NotAllowedError } from '#src/errors.js';
import { silentLogger } from '#src/log.js';
import { type BotStore, generateEncryptionKey } from '#store/index.js';
import { backends, openStore, type TestPlace } from './backends.js';

const here = { userId: '111111111111111111', guildId: '222222222222222222', channelId: '333333333333333333' };
const other = { ...here, userId: '999999999999999999' };
const reply = { applicationId: '1', token: 't', createdAt: 0, userId: here.userId, guildName: null };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Pending confirmations on a real store, each PendingConfirmations standing for one bot process:
 * the claim and the expiry are the store's (one atomic take), so two processes never both run one.
 */
for (const backend of backends) {
  describe.skipIf(!backend.available)(`pending confirmations on ${backend.name}`, () => {
    let place: TestPlace;
    let store: BotStore | undefined;
    const processes: PendingConfirmations<string>[] = [];

    /** One bot process's confirmations, on the shared store. */
    async function bot(ttlMs = 60_000, onExpire = vi.fn<(c: PendingConfirmation<unknown>) => void>()) {
      if (!store) {
        place = backend.fresh();
        store = await openStore(place, generateEncryptionKey());
      }
      const confirmations = new PendingConfirmations<string>({
        ttlMs,
        keepMs: 60_000,
        records: store.confirmations,
        onExpire,
        logger: silentLogger,
        limits: { perMember: 2, total: 100 },
      });
      processes.push(confirmations);
      return { confirmations, onExpire };
    }

    afterEach(async () => {
      for (const p of processes.splice(0)) p.handOver();
      await store?.close();
      store = undefined;
      await place.cleanup();
    });

    it('is claimed once, by its owner, in the same guild and channel; other presses leave it pending', async () => {
      const { confirmations } = await bot();
      const pending = await confirmations.create(here, 'delete backup', reply);
      expect(await confirmations.claim(pending.nonce, other)).toEqual({
        status: 'not_owner',
        ownerId: here.userId,
      });
      expect(await confirmations.claim(pending.nonce, { ...here, channelId: '444444444444444444' })).toEqual({
        status: 'wrong_place',
      });
      const first = await confirmations.claim(pending.nonce, here);
      expect(first.status === 'ok' && first.confirmation.action).toBe('delete backup');
      expect(await confirmations.claim(pending.nonce, here)).toEqual({ status: 'missing' });
      expect(confirmations.size).toBe(0);
    });

    it('pressed in two processes at the same instant: one runs it, the other finds it answered', async () => {
      const a = await bot();
      const b = await bot();
      for (let round = 0; round < 20; round++) {
        const pending = await a.confirmations.create(here, `round ${round}`, reply);
        const results = await Promise.all([
          a.confirmations.claim(pending.nonce, here),
          b.confirmations.claim(pending.nonce, here),
        ]);
        expect(results.map((r) => r.status).sort(), `round ${round}`).toEqual(['missing', 'ok']);
      }
      expect(a.confirmations.size).toBe(0);
    });

    it('in another process: "not yours" for another member, and the owner can still claim it there', async () => {
      const a = await bot();
      const b = await bot();
      const pending = await a.confirmations.create(here, 'restore', reply);
      expect(await b.confirmations.claim(pending.nonce, other)).toEqual({
        status: 'not_owner',
        ownerId: here.userId,
      });
      expect((await b.confirmations.claim(pending.nonce, here)).status).toBe('ok');
      // The process that asked does not mark it expired later: it was answered.
      expect(await a.confirmations.claim(pending.nonce, here)).toEqual({ status: 'missing' });
      expect(a.confirmations.size).toBe(0);
    });

    it('expires once, marked by one process only, and cannot be claimed after', async () => {
      const a = await bot(300);
      const b = await bot(300, a.onExpire);
      const pending = await a.confirmations.create(here, 'restore', reply);
      // The other process takes it over too (as after a restart): both hold a timer for it.
      await b.confirmations.resume(() => true);
      await sleep(500);
      expect(a.onExpire).toHaveBeenCalledTimes(1);
      expect(a.onExpire.mock.calls[0]?.[0]).toMatchObject({ nonce: pending.nonce, reply });
      expect(await b.confirmations.claim(pending.nonce, here)).toEqual({ status: 'missing' });
    });

    it('is honoured by a restarted process, which takes over its expiry (for the guilds it holds)', async () => {
      const first = await bot(400);
      const pending = await first.confirmations.create(here, 'delete', reply);
      expect(first.confirmations.handOver()).toBe(1);
      const elsewhere = await bot(400);
      expect(await elsewhere.confirmations.resume(() => false)).toBe(0);
      const restarted = await bot(400);
      expect(await restarted.confirmations.resume((guildId) => guildId === here.guildId)).toBe(1);
      const claim = await restarted.confirmations.claim(pending.nonce, here);
      expect(claim.status === 'ok' && claim.confirmation.action).toBe('delete');

      const unanswered = await restarted.confirmations.create(here, 'restore', reply);
      restarted.confirmations.handOver();
      const again = await bot(400);
      await again.confirmations.resume(() => true);
      await sleep(600);
      expect(again.onExpire).toHaveBeenCalledTimes(1);
      expect(again.onExpire.mock.calls[0]?.[0]).toMatchObject({ nonce: unanswered.nonce });
      expect(first.onExpire).not.toHaveBeenCalled();
    });

    it('one that expired while no process ran is marked at the next start', async () => {
      const first = await bot(100);
      const pending = await first.confirmations.create(here, 'delete', reply);
      first.confirmations.handOver();
      await sleep(200);
      const next = await bot(100);
      expect(await next.confirmations.resume(() => true)).toBe(0);
      expect(next.onExpire).toHaveBeenCalledTimes(1);
      expect(next.onExpire.mock.calls[0]?.[0]).toMatchObject({ nonce: pending.nonce });
      expect(await store?.confirmations.all()).toEqual([]);
    });

    it('caps how many confirmations one member can hold in a process', async () => {
      const { confirmations } = await bot();
      await confirmations.create(here, 'a', reply);
      await confirmations.create(here, 'b', reply);
      await expect(confirmations.create(here, 'c', reply)).rejects.toThrow(NotAllowedError);
      await expect(confirmations.create(other, 'd', reply)).resolves.toBeDefined();
    });
  });
}
