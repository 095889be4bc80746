import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConfirmationRecord } from '#store/confirmationRecords.js';
import { type BotStore, generateEncryptionKey } from '#store/index.js';
import { backends, openStore, type TestPlace, withRawKeyv } from './backends.js';

const CLAIMER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'claimer.ts');
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const GUILD = '100000000000000001';
const OWNER = '200000000000000001';
const CHANNEL = '300000000000000001';

const nonce = () => randomBytes(16).toString('base64url');

function pending(overrides: Partial<ConfirmationRecord> = {}): ConfirmationRecord {
  return {
    v: 1,
    nonce: nonce(),
    userId: OWNER,
    guildId: GUILD,
    channelId: CHANNEL,
    action: { kind: 'delete', payload: { backup: 'nightly' } },
    expiresAt: Date.now() + 60_000,
    reply: null,
    ...overrides,
  };
}

/** A claimer process, ready (store open) and waiting for `go`. */
async function startClaimer(place: TestPlace, encryptionKey: string, nonces: string[]) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CLAIMER], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      STORE_URL: place.storeUrl,
      STORE_NAMESPACE: place.namespace,
      ENCRYPTION_KEY: encryptionKey,
      NONCES: nonces.join(','),
    },
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
  const deadline = Date.now() + 20_000;
  while (!stdout.includes('ready\n')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`claimer did not get ready: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return {
    go: (at: number) => child.stdin?.write(`go ${at}\n`),
    async won(): Promise<string[]> {
      const code = await exited;
      if (code !== 0 || !stdout.includes('done')) throw new Error(`claimer failed (${code}): ${stderr}`);
      return [...stdout.matchAll(/^won (\S+)$/gm)].map((m) => m[1] as string);
    },
  };
}

for (const backend of backends) {
  describe.skipIf(!backend.available)(`atomic operations on ${backend.name}`, () => {
    let place: TestPlace;
    const open: BotStore[] = [];
    const key = generateEncryptionKey();

    async function store() {
      const opened = await openStore(place, key);
      open.push(opened);
      return opened;
    }

    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
      await place.cleanup();
    });

    it('a confirmation taken twice at the same instant is taken once', async () => {
      place = backend.fresh();
      const s = await store();
      for (let round = 0; round < 50; round++) {
        const record = pending();
        await s.confirmations.put(record, 120_000);
        const [first, second] = await Promise.all([
          s.confirmations.take(record.nonce),
          s.confirmations.take(record.nonce),
        ]);
        expect([first, second].filter(Boolean), `round ${round}`).toHaveLength(1);
        expect(first ?? second).toEqual(record);
        expect(await s.confirmations.get(record.nonce)).toBeUndefined();
      }
    });

    it('takes nothing that is absent, expired, or not a nonce', async () => {
      place = backend.fresh();
      const s = await store();
      expect(await s.confirmations.take(nonce())).toBeUndefined();
      expect(await s.confirmations.take('../../etc/passwd')).toBeUndefined();
      const short = pending();
      await s.confirmations.put(short, 50);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(await s.confirmations.take(short.nonce)).toBeUndefined();
    });

    it('lists the pending confirmations by prefix, and nothing else', async () => {
      place = backend.fresh();
      const s = await store();
      const records = [pending(), pending(), pending()];
      for (const record of records) await s.confirmations.put(record, 120_000);
      await s.setGuildSettings(GUILD, {
        panelUrl: 'https://panel.example.com',
        managerRoleIds: [],
        auditChannelId: null,
        setupBy: OWNER,
        updatedAt: new Date().toISOString(),
      });
      const listed = await s.confirmations.all();
      expect(listed.map((r) => r.nonce).sort()).toEqual(records.map((r) => r.nonce).sort());
      await s.confirmations.take(records[0]?.nonce ?? '');
      expect(await s.confirmations.all()).toHaveLength(2);
    });

    it('keeps every guild in the index when many are added at once', async () => {
      place = backend.fresh();
      const s = await store();
      const guilds = Array.from({ length: 40 }, (_, i) => `1000000000000${String(i).padStart(5, '0')}`);
      await Promise.all(
        guilds.map((guildId) =>
          s.setGuildSettings(guildId, {
            panelUrl: 'https://panel.example.com',
            managerRoleIds: [],
            auditChannelId: null,
            setupBy: OWNER,
            updatedAt: new Date().toISOString(),
          }),
        ),
      );
      expect((await s.guildIds()).sort()).toEqual([...guilds].sort());
      await s.forgetGuild(guilds[0] ?? '');
      expect(await s.guildIds()).not.toContain(guilds[0]);
    });

    it('still reads the single guild index record of older stores', async () => {
      place = backend.fresh();
      const s = await store();
      await s.close();
      open.splice(0);
      await withRawKeyv(place, (keyv) => keyv.set('guilds', { v: 1, guildIds: [GUILD] }));
      const reopened = await store();
      expect(await reopened.guildIds()).toEqual([GUILD]);
      await reopened.forgetGuild(GUILD);
      expect(await reopened.guildIds()).toEqual([]);
    });

    // SQLite serves one process (the bot refuses to share its file); Redis and PostgreSQL serve many.
    it.skipIf(backend.name === 'sqlite')(
      'two processes claiming the same 300 confirmations at once: each is won by exactly one',
      async () => {
        place = backend.fresh();
        const s = await store();
        const records = Array.from({ length: 300 }, () => pending());
        for (const record of records) await s.confirmations.put(record, 120_000);
        const nonces = records.map((r) => r.nonce);
        const claimers = await Promise.all([
          startClaimer(place, key, nonces),
          startClaimer(place, key, nonces),
        ]);
        const at = Date.now() + 200;
        for (const claimer of claimers) claimer.go(at);
        const [a, b] = await Promise.all(claimers.map((c) => c.won()));
        const both = (a ?? []).filter((n) => (b ?? []).includes(n));
        expect(both).toEqual([]);
        expect([...(a ?? []), ...(b ?? [])].sort()).toEqual([...nonces].sort());
        expect(await s.confirmations.all()).toEqual([]);
        console.info(`[claim ${backend.name}] 300 contested claims: ${a?.length} and ${b?.length}`);
      },
      60_000,
    );
  });
}
