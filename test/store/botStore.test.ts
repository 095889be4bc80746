import { afterEach, describe, expect, it } from 'vitest';
import { Secret } from '#src/secret.js';
import {
  type BotStore,
  type GuildSettings,
  generateEncryptionKey,
  StoreConfigError,
  StoreKeyUnavailableError,
} from '#store/index.js';
import { recordKeys } from '#store/records.js';
import {
  backends,
  capturingLogger,
  fakeApiKey,
  openStore,
  sampleLink,
  type TestPlace,
  withRawKeyv,
} from './backends.js';

const settings: GuildSettings = {
  panelUrl: 'https://panel.example.com',
  managerRoleIds: ['111111111111111111'],
  auditChannelId: '222222222222222222',
  notificationsChannelId: '444444444444444444',
  setupBy: '333333333333333333',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

const GUILD_A = '100000000000000001';
const GUILD_B = '100000000000000002';
const USER_1 = '200000000000000001';
const USER_2 = '200000000000000002';

for (const backend of backends) {
  describe.skipIf(!backend.available)(`BotStore on ${backend.name}`, () => {
    let place: TestPlace;
    const open: BotStore[] = [];
    const key = generateEncryptionKey();

    /** Opens a store on this test's place; it is closed after the test if still open. */
    async function storeWith(encryptionKey = key, extra: Parameters<typeof openStore>[2] = {}) {
      const store = await openStore(place, encryptionKey, extra);
      open.push(store);
      return store;
    }

    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
      await place.cleanup();
    });

    function freshPlace() {
      place = backend.fresh();
    }

    it('reads back guild settings and a member link with its API key', async () => {
      freshPlace();
      const store = await storeWith();
      const apiKey = fakeApiKey();
      await store.setGuildSettings(GUILD_A, settings);
      await store.setMemberLink(GUILD_A, USER_1, sampleLink(apiKey));

      expect(await store.getGuildSettings(GUILD_A)).toEqual(settings);
      const link = await store.getMemberLink(GUILD_A, USER_1);
      expect(link?.apiKey).toBeInstanceOf(Secret);
      expect(link?.apiKey.reveal()).toBe(apiKey);
      expect({ ...link, apiKey: undefined }).toEqual({ ...sampleLink(apiKey), apiKey: undefined });
    });

    it('keeps what it stored across a close and a reopen', async () => {
      freshPlace();
      const apiKey = fakeApiKey();
      const first = await storeWith();
      await first.setGuildSettings(GUILD_A, settings);
      await first.setMemberLink(GUILD_A, USER_1, sampleLink(apiKey));
      await first.close();

      const second = await storeWith();
      expect(await second.getGuildSettings(GUILD_A)).toEqual(settings);
      expect((await second.getMemberLink(GUILD_A, USER_1))?.apiKey.reveal()).toBe(apiKey);
    });

    it('reads settings written before the notifications channel existed as having none', async () => {
      freshPlace();
      const store = await storeWith();
      await store.close();
      const { notificationsChannelId: _, ...old } = settings;
      await withRawKeyv(place, (keyv) => keyv.set(`guild:${GUILD_A}:settings`, { v: 1, ...old }));
      const reopened = await storeWith();
      expect(await reopened.getGuildSettings(GUILD_A)).toEqual({ ...old, notificationsChannelId: null });
    });

    it('answers undefined for a guild or member it has never seen', async () => {
      freshPlace();
      const store = await storeWith();
      expect(await store.getGuildSettings(GUILD_A)).toBeUndefined();
      expect(await store.getMemberLink(GUILD_A, USER_1)).toBeUndefined();
    });

    it('shows nothing of one guild through another', async () => {
      freshPlace();
      const store = await storeWith();
      await store.setGuildSettings(GUILD_A, settings);
      await store.setMemberLink(GUILD_A, USER_1, sampleLink());

      expect(await store.getGuildSettings(GUILD_B)).toBeUndefined();
      expect(await store.getMemberLink(GUILD_B, USER_1)).toBeUndefined();
    });

    it('keeps the same member apart in two guilds', async () => {
      freshPlace();
      const store = await storeWith();
      const keyInA = fakeApiKey();
      const keyInB = fakeApiKey();
      await store.setMemberLink(GUILD_A, USER_1, sampleLink(keyInA, 'in A'));
      await store.setMemberLink(GUILD_B, USER_1, sampleLink(keyInB, 'in B'));

      expect((await store.getMemberLink(GUILD_A, USER_1))?.apiKey.reveal()).toBe(keyInA);
      expect((await store.getMemberLink(GUILD_B, USER_1))?.apiKey.reveal()).toBe(keyInB);
    });

    it('replaces a member link when the member links again', async () => {
      freshPlace();
      const store = await storeWith();
      const newer = fakeApiKey();
      await store.setMemberLink(GUILD_A, USER_1, sampleLink(fakeApiKey(), 'old'));
      await store.setMemberLink(GUILD_A, USER_1, sampleLink(newer, 'new'));

      const link = await store.getMemberLink(GUILD_A, USER_1);
      expect(link?.accountName).toBe('new');
      expect(link?.apiKey.reveal()).toBe(newer);
    });

    it('forgetMember deletes that member only', async () => {
      freshPlace();
      const store = await storeWith();
      await store.setGuildSettings(GUILD_A, settings);
      await store.setMemberLink(GUILD_A, USER_1, sampleLink());
      await store.setMemberLink(GUILD_A, USER_2, sampleLink());
      await store.setMemberLink(GUILD_B, USER_1, sampleLink());

      expect(await store.forgetMember(GUILD_A, USER_1)).toBe(true);

      expect(await store.getMemberLink(GUILD_A, USER_1)).toBeUndefined();
      expect(await store.getMemberLink(GUILD_A, USER_2)).toBeDefined();
      expect(await store.getMemberLink(GUILD_B, USER_1)).toBeDefined();
      expect(await store.getGuildSettings(GUILD_A)).toEqual(settings);
    });

    it('forgetMember forgets a link it cannot decrypt (its encryption key is gone), and says there was one', async () => {
      freshPlace();
      const first = await storeWith();
      await first.setMemberLink(GUILD_A, USER_1, sampleLink());
      await first.close();
      // A rotation that missed this link (its record as the old key sealed it comes back after), and
      // the old key removed afterwards.
      const memberKey = recordKeys.member(GUILD_A, USER_1);
      const sealedUnderOld = await withRawKeyv(place, (keyv) => keyv.get(memberKey));
      const newKey = generateEncryptionKey();
      const rotating = await storeWith(newKey, { previousEncryptionKey: key });
      expect((await rotating.rotateEncryption()).complete).toBe(true);
      await rotating.close();
      await withRawKeyv(place, (keyv) => keyv.set(memberKey, sealedUnderOld));
      const other = await storeWith(newKey);
      await expect(other.getMemberLink(GUILD_A, USER_1)).rejects.toBeInstanceOf(StoreKeyUnavailableError);
      expect(await other.forgetMember(GUILD_A, USER_1)).toBe(true);
      expect(await other.getMemberLink(GUILD_A, USER_1)).toBeUndefined();
      expect(await other.memberIds(GUILD_A)).toEqual([]);
      expect(await other.forgetMember(GUILD_A, USER_1)).toBe(false);
    });

    it('rotation finds a link the member index lost, so complete means complete', async () => {
      freshPlace();
      const apiKey = fakeApiKey();
      const before = await storeWith();
      await before.setMemberLink(GUILD_A, USER_1, sampleLink(apiKey));
      await before.setMemberLink(GUILD_A, USER_2, sampleLink());
      await before.close();
      // The index as a lost write under two writers left it: USER_1 is missing.
      await withRawKeyv(place, (keyv) =>
        keyv.set(recordKeys.memberIndex(GUILD_A), { v: 1, userIds: [USER_2] }),
      );
      const newKey = generateEncryptionKey();
      const rotating = await storeWith(newKey, { previousEncryptionKey: key });
      expect(await rotating.rotateEncryption()).toEqual({
        rotated: 2,
        alreadyCurrent: 0,
        unreadable: [],
        complete: true,
      });
      await rotating.close();
      const after = await storeWith(newKey);
      expect((await after.getMemberLink(GUILD_A, USER_1))?.apiKey.reveal()).toBe(apiKey);
    });

    it('rotation beside the running bot never brings back an unlinked key nor reverts a fresh link', async () => {
      freshPlace();
      const users = Array.from({ length: 40 }, (_, i) => `2000000000000003${String(i).padStart(2, '0')}`);
      const before = await storeWith();
      for (const userId of users) await before.setMemberLink(GUILD_A, userId, sampleLink());
      await before.close();
      const newKey = generateEncryptionKey();
      const bot = await storeWith(newKey, { previousEncryptionKey: key });
      // The rotate-key script's store. @keyv/postgres keeps one pool per process, which the bot's store
      // closes for both; elsewhere it is closed on its own.
      const script = await openStore(place, newKey, { previousEncryptionKey: key });
      if (!place.storeUrl.startsWith('postgres')) open.push(script);
      const fresh = new Map(users.filter((_, i) => i % 2 === 1).map((userId) => [userId, fakeApiKey()]));
      const [summary] = await Promise.all([
        script.rotateEncryption(),
        ...users.map((userId) => {
          const apiKey = fresh.get(userId);
          return apiKey === undefined
            ? bot.forgetMember(GUILD_A, userId)
            : bot.setMemberLink(GUILD_A, userId, sampleLink(apiKey));
        }),
      ]);
      expect(summary.unreadable).toEqual([]);
      for (const [i, userId] of users.entries()) {
        const link = await bot.getMemberLink(GUILD_A, userId);
        if (i % 2 === 0) expect(link, `unlinked member ${i} stays unlinked`).toBeUndefined();
        else expect(link?.apiKey.reveal(), `member ${i} keeps the fresh link`).toBe(fresh.get(userId));
      }
      // Whatever the interleaving, a rerun completes and the new key alone opens the store.
      expect((await script.rotateEncryption()).complete).toBe(true);
      expect(await bot.memberIds(GUILD_A)).toEqual([...fresh.keys()]);
    });

    it('patchGuildSettings from two processes at once: every change lands, none overwrites another', async () => {
      freshPlace();
      const one = await storeWith();
      // The second process's store. @keyv/postgres keeps one pool per process, closed by the first.
      const two = await openStore(place, key);
      if (!place.storeUrl.startsWith('postgres')) open.push(two);
      const initial = { ...settings, panelUrl: null, managerRoleIds: [], auditChannelId: null };
      const at = new Date().toISOString();
      for (let round = 0; round < 10; round += 1) {
        const roles = [`11111111111111111${round}`];
        const audit = `22222222222222222${round}`;
        await Promise.all([
          one.patchGuildSettings(GUILD_A, { managerRoleIds: roles, setupBy: USER_1, updatedAt: at }, initial),
          two.patchGuildSettings(GUILD_A, { auditChannelId: audit, setupBy: USER_2, updatedAt: at }, initial),
        ]);
        const saved = await one.getGuildSettings(GUILD_A);
        expect(saved?.managerRoleIds, `round ${round}`).toEqual(roles);
        expect(saved?.auditChannelId, `round ${round}`).toBe(audit);
      }
      expect(await one.guildIds()).toEqual([GUILD_A]);
    });

    it('a link checked against one panel is not read for another (a URL change on another process racing /link)', async () => {
      freshPlace();
      const store = await storeWith();
      await store.setGuildSettings(GUILD_A, settings);
      const apiKey = fakeApiKey();
      expect(
        await store.setMemberLink(GUILD_A, USER_1, sampleLink(apiKey), {
          whilePanelUrl: settings.panelUrl ?? '',
        }),
      ).toBe(true);
      await store.close();
      // Another process changed the URL and forgot the links just before this link was written.
      await withRawKeyv(place, (keyv) =>
        keyv.set(recordKeys.settings(GUILD_A), { v: 1, ...settings, panelUrl: 'https://other.example.com' }),
      );
      const later = await storeWith();
      expect(await later.getMemberLink(GUILD_A, USER_1, 'https://other.example.com')).toBeUndefined();
      expect((await later.getMemberLink(GUILD_A, USER_1, settings.panelUrl ?? ''))?.apiKey.reveal()).toBe(
        apiKey,
      );
    });

    it('forgetGuild deletes the settings and every member link of that guild, and nothing else', async () => {
      freshPlace();
      const store = await storeWith();
      await store.setGuildSettings(GUILD_A, settings);
      await store.setGuildSettings(GUILD_B, settings);
      const members = Array.from({ length: 12 }, (_, i) => `2000000000000001${String(i).padStart(2, '0')}`);
      await Promise.all(members.map((userId) => store.setMemberLink(GUILD_A, userId, sampleLink())));
      await store.setMemberLink(GUILD_B, members[0] ?? '', sampleLink());

      await store.forgetGuild(GUILD_A);

      expect(await store.getGuildSettings(GUILD_A)).toBeUndefined();
      for (const userId of members) expect(await store.getMemberLink(GUILD_A, userId)).toBeUndefined();
      expect(await store.getGuildSettings(GUILD_B)).toEqual(settings);
      expect(await store.getMemberLink(GUILD_B, members[0] ?? '')).toBeDefined();
      // Nothing of guild A is left underneath either (no orphaned record, no index naming it).
      await store.close();
      const leftovers = await withRawKeyv(place, async (keyv) =>
        Promise.all([
          keyv.get(`guild:${GUILD_A}:members`),
          ...members.map((userId) => keyv.get(`guild:${GUILD_A}:member:${userId}`)),
        ]),
      );
      expect(leftovers.every((value) => value === undefined)).toBe(true);
      // The guild index is one key per guild (processes sharing the store never race on one record).
      const guildIndex = await withRawKeyv(place, (keyv) =>
        Promise.all([keyv.get(`guilds:${GUILD_A}`), keyv.get(`guilds:${GUILD_B}`)]),
      );
      expect(guildIndex).toEqual([undefined, { v: 1 }]);
    });

    it('indexes every member of concurrent links in one guild, so forgetGuild reaches them all', async () => {
      freshPlace();
      const store = await storeWith();
      const members = Array.from({ length: 20 }, (_, i) => `u${i}`);
      await Promise.all(members.map((userId) => store.setMemberLink(GUILD_A, userId, sampleLink())));
      await store.close();
      const index = await withRawKeyv(place, (keyv) => keyv.get(`guild:${GUILD_A}:members`));
      expect(new Set((index as { userIds: string[] }).userIds)).toEqual(new Set(members));
    });

    it('reports a record that fails validation by its key, not its content, and treats it as absent', async () => {
      freshPlace();
      const { logger, lines } = capturingLogger();
      await (await storeWith(key, { logger })).close();
      await withRawKeyv(place, async (keyv) => {
        await keyv.set(`guild:${GUILD_A}:settings`, { v: 2, panelUrl: 'https://CONTENT-MARKER.example' });
        await keyv.set(`guild:${GUILD_A}:member:${USER_1}`, { v: 1, apiKey: 'CONTENT-MARKER' });
      });
      const store = await storeWith(key, { logger });

      expect(await store.getGuildSettings(GUILD_A)).toBeUndefined();
      expect(await store.getMemberLink(GUILD_A, USER_1)).toBeUndefined();
      const reports = lines.filter((line) => line.includes('failed validation'));
      expect(reports.some((line) => line.includes(`guild:${GUILD_A}:settings`))).toBe(true);
      expect(reports.some((line) => line.includes(`guild:${GUILD_A}:member:${USER_1}`))).toBe(true);
      expect(lines.join('\n')).not.toContain('CONTENT-MARKER');
    });

    it('refuses to decrypt a sealed key copied into another member record', async () => {
      freshPlace();
      const { logger, lines } = capturingLogger();
      const victimKey = fakeApiKey();
      const first = await storeWith(key, { logger });
      await first.setMemberLink(GUILD_A, USER_1, sampleLink(victimKey));
      await first.setMemberLink(GUILD_A, USER_2, sampleLink());
      await first.setMemberLink(GUILD_B, USER_2, sampleLink());
      await first.close();

      await withRawKeyv(place, async (keyv) => {
        const victim = await keyv.get(`guild:${GUILD_A}:member:${USER_1}`);
        await keyv.set(`guild:${GUILD_A}:member:${USER_2}`, victim); // same guild, other member
        await keyv.set(`guild:${GUILD_B}:member:${USER_2}`, victim); // other guild
        await keyv.set(`guild:${GUILD_B}:member:${USER_1}`, victim); // other guild, same member
      });

      const store = await storeWith(key, { logger });
      expect(await store.getMemberLink(GUILD_A, USER_2)).toBeUndefined();
      expect(await store.getMemberLink(GUILD_B, USER_2)).toBeUndefined();
      expect(await store.getMemberLink(GUILD_B, USER_1)).toBeUndefined();
      expect((await store.getMemberLink(GUILD_A, USER_1))?.apiKey.reveal()).toBe(victimKey);
      expect(lines.filter((line) => line.includes('failed authentication'))).toHaveLength(3);
      expect(lines.join('\n')).not.toContain(victimKey);
    });

    it('stops start-up when ENCRYPTION_KEY is not the key the store was written with', async () => {
      freshPlace();
      const first = await storeWith();
      await first.setMemberLink(GUILD_A, USER_1, sampleLink());
      await first.close();

      await expect(storeWith(generateEncryptionKey())).rejects.toThrow(
        new StoreConfigError('ENCRYPTION_KEY does not match the key this store was written with'),
      );
      await expect(
        storeWith(generateEncryptionKey(), { previousEncryptionKey: generateEncryptionKey() }),
      ).rejects.toThrow(/ENCRYPTION_KEY does not match the key this store was written with \(nor does/);
      // The right key still opens it, and the data is intact.
      const again = await storeWith();
      expect(await again.getMemberLink(GUILD_A, USER_1)).toBeDefined();
    });

    it('reads records under ENCRYPTION_KEY_PREVIOUS during a rotation and writes new ones under the new key', async () => {
      freshPlace();
      const newKey = generateEncryptionKey();
      const oldApiKey = fakeApiKey();
      const before = await storeWith(key);
      await before.setMemberLink(GUILD_A, USER_1, sampleLink(oldApiKey));
      await before.close();

      const during = await storeWith(newKey, { previousEncryptionKey: key });
      expect((await during.getMemberLink(GUILD_A, USER_1))?.apiKey.reveal()).toBe(oldApiKey);
      const newApiKey = fakeApiKey();
      await during.setMemberLink(GUILD_A, USER_2, sampleLink(newApiKey));
      expect((await during.getMemberLink(GUILD_A, USER_2))?.apiKey.reveal()).toBe(newApiKey);
      await during.close();

      // Not rotated yet: the new key alone does not open the store.
      await expect(storeWith(newKey)).rejects.toThrow(StoreConfigError);
    });

    it('rotates every record to the new key, resumably, after which the old key is no longer needed', async () => {
      freshPlace();
      const newKey = generateEncryptionKey();
      const apiKeys = new Map<string, string>();
      const before = await storeWith(key);
      for (const guildId of [GUILD_A, GUILD_B]) {
        for (let i = 0; i < 5; i++) {
          const apiKey = fakeApiKey();
          apiKeys.set(`${guildId}/u${i}`, apiKey);
          await before.setMemberLink(guildId, `u${i}`, sampleLink(apiKey));
        }
      }
      await before.close();

      // An interrupted run: it stops after three records.
      const interrupted = await storeWith(newKey, { previousEncryptionKey: key });
      await expect(
        interrupted.rotateEncryption((done) => {
          if (done === 3) throw new Error('interrupted');
        }),
      ).rejects.toThrow('interrupted');
      await interrupted.close();
      await expect(storeWith(newKey)).rejects.toThrow(StoreConfigError);

      // The rerun finishes the job and skips what is done.
      const rerun = await storeWith(newKey, { previousEncryptionKey: key });
      expect(await rerun.rotateEncryption()).toEqual({
        rotated: 7,
        alreadyCurrent: 3,
        unreadable: [],
        complete: true,
      });
      expect(await rerun.rotateEncryption()).toEqual({
        rotated: 0,
        alreadyCurrent: 10,
        unreadable: [],
        complete: true,
      });
      await rerun.close();

      const after = await storeWith(newKey);
      for (const [where, apiKey] of apiKeys) {
        const [guildId = '', userId = ''] = where.split('/');
        expect((await after.getMemberLink(guildId, userId))?.apiKey.reveal()).toBe(apiKey);
      }
      await after.close();
      // And the old key alone is now the wrong key.
      await expect(storeWith(key)).rejects.toThrow(/ENCRYPTION_KEY does not match/);
    });

    it('throws, rather than answering "not linked", for a record sealed under a key it does not hold', async () => {
      freshPlace();
      const newKey = generateEncryptionKey();
      const before = await storeWith(key);
      await before.setMemberLink(GUILD_A, USER_1, sampleLink());
      await before.close();
      const oldRecord = await withRawKeyv(place, (keyv) => keyv.get(`guild:${GUILD_A}:member:${USER_1}`));

      const rotating = await storeWith(newKey, { previousEncryptionKey: key });
      expect((await rotating.rotateEncryption()).complete).toBe(true);
      await rotating.close();
      // A record restored from before the rotation, when the old key is gone.
      await withRawKeyv(place, (keyv) => keyv.set(`guild:${GUILD_A}:member:${USER_1}`, oldRecord));

      const after = await storeWith(newKey);
      await expect(after.getMemberLink(GUILD_A, USER_1)).rejects.toThrow(StoreKeyUnavailableError);
    });

    it('keeps member links only for the panel they were checked against', async () => {
      freshPlace();
      const store = await storeWith();
      await store.setGuildSettings(GUILD_A, settings);
      await store.setGuildSettings(GUILD_B, settings);
      await store.setMemberLink(GUILD_A, USER_1, sampleLink());
      await store.setMemberLink(GUILD_B, USER_1, sampleLink());
      // Other settings change: links stay.
      await store.setGuildSettings(GUILD_A, { ...settings, auditChannelId: null });
      expect(await store.getMemberLink(GUILD_A, USER_1)).toBeDefined();
      // Another panel: the keys belong to the previous one and must never be sent to the new host.
      await store.setGuildSettings(GUILD_A, { ...settings, panelUrl: 'https://other.example.com' });
      expect(await store.getMemberLink(GUILD_A, USER_1)).toBeUndefined();
      expect(await store.getMemberLink(GUILD_B, USER_1)).toBeDefined();
      // A link checked against the previous panel is refused; one for the current panel is stored.
      expect(
        await store.setMemberLink(GUILD_A, USER_2, sampleLink(), {
          whilePanelUrl: 'https://panel.example.com',
        }),
      ).toBe(false);
      expect(await store.getMemberLink(GUILD_A, USER_2)).toBeUndefined();
      expect(
        await store.setMemberLink(GUILD_A, USER_2, sampleLink(), {
          whilePanelUrl: 'https://other.example.com',
        }),
      ).toBe(true);
      expect(await store.getMemberLink(GUILD_A, USER_2)).toBeDefined();
    });

    it('refuses ids that would break out of their record key', async () => {
      freshPlace();
      const store = await storeWith();
      await expect(store.getGuildSettings(`${GUILD_A}:member:${USER_1}`)).rejects.toThrow(/invalid guild id/);
      await expect(store.setMemberLink(GUILD_A, '', sampleLink())).rejects.toThrow(/invalid user id/);
    });
  });
}
