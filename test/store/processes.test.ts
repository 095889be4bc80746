import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotStore, generateEncryptionKey } from '#store/index.js';
import { backends, fakeApiKey, openStore, sampleLink, type TestPlace } from './backends.js';

/**
 * Separate processes on one Redis or PostgreSQL store at the same moment, as shards and the
 * rotate-key script are: one links and unlinks members, two patch different settings of one guild,
 * one rotates the encryption key. Nothing is lost, nothing comes back, and a rotation that says
 * complete is: the new key alone opens every link afterwards.
 */

const HAMMER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'hammer.ts');
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GUILD = '100000000000000001';
const GUILD_B = '100000000000000002';
/** The key the members hammer (fixtures/hammer.ts) links each member with. */
const freshKey = (userId: string) => `ptlc_fresh${userId}xxxxxxxxxxxxxxxxxxxx`;

function startHammer(place: TestPlace, env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', HAMMER], {
    cwd: REPO_ROOT,
    env: { ...process.env, STORE_URL: place.storeUrl, STORE_NAMESPACE: place.namespace, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    async ready() {
      const deadline = Date.now() + 30_000;
      while (!stdout.includes('ready\n')) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`hammer not ready: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    go: () => child.stdin?.write('go\n'),
    async done() {
      const code = await exited;
      if (code !== 0 || !stdout.includes('done')) throw new Error(`hammer failed (${code}): ${stderr}`);
    },
  };
}

for (const backend of backends.filter((b) => b.name !== 'sqlite')) {
  describe.skipIf(!backend.available)(`four processes on one ${backend.name} store`, () => {
    const open: BotStore[] = [];
    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
    });

    it('links, unlinks, settings and a key rotation at once: nothing lost, nothing resurrected', async () => {
      const place = backend.fresh();
      const oldKey = generateEncryptionKey();
      const newKey = generateEncryptionKey();
      const users = Array.from({ length: 30 }, (_, i) => `2000000000000005${String(i).padStart(2, '0')}`);
      const before = await openStore(place, oldKey);
      for (const userId of users) await before.setMemberLink(GUILD, userId, sampleLink(fakeApiKey()));
      await before.close();

      const shared = {
        ENCRYPTION_KEY: newKey,
        ENCRYPTION_KEY_PREVIOUS: oldKey,
        GUILD,
        GUILD_B,
        USERS: users.join(','),
      };
      const hammers = [
        startHammer(place, { ...shared, ROLE: 'members' }),
        startHammer(place, { ...shared, ROLE: 'settings', FIELD: 'roles', ROUNDS: '15' }),
        startHammer(place, { ...shared, ROLE: 'settings', FIELD: 'audit', ROUNDS: '15' }),
        startHammer(place, { ...shared, ROLE: 'rotate' }),
      ];
      await Promise.all(hammers.map((h) => h.ready()));
      for (const hammer of hammers) hammer.go();
      await Promise.all(hammers.map((h) => h.done()));

      // The rotation said complete: the new key alone opens the store and every link in it.
      const after = await openStore(place, newKey);
      open.push(after);
      for (const [i, userId] of users.entries()) {
        const link = await after.getMemberLink(GUILD, userId);
        if (i % 2 === 0) expect(link, `member ${i} stays unlinked`).toBeUndefined();
        else expect(link?.apiKey.reveal(), `member ${i} keeps the fresh link`).toBe(freshKey(userId));
        expect((await after.getMemberLink(GUILD_B, userId))?.apiKey.reveal()).toBe(freshKey(userId));
      }
      const settings = await after.getGuildSettings(GUILD);
      expect(settings?.managerRoleIds).toEqual(['111111111111111199']);
      expect(settings?.auditChannelId).toBe('222222222222222299');
      expect((await after.guildIds()).sort()).toEqual([GUILD, GUILD_B]);
      expect((await after.memberIds(GUILD_B)).sort()).toEqual([...users].sort());
    }, 90_000);
  });
}
