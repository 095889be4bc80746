import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '#src/log.js';
import { Secret } from '#src/secret.js';
import { openKeyv, parseStoreUrl } from '#store/backend.js';
import { toEncryptionKey } from '#store/encryptionKey.js';
import { Keyring, open, seal } from '#store/envelope.js';
import { BotStore, generateEncryptionKey, type MemberLink } from '#store/index.js';
import { fmt, opsPerSecond, row } from './measure.js';

/** Each figure runs for about this long, and at most MAX_OPS operations. */
const BUDGET_MS = 1_500;
const MAX_OPS = 5_000;
/** Writes and reads cycle over this many members of one guild (so the member index stays bounded). */
const MEMBERS = 200;
const GUILD = '400000000000000001';

interface Target {
  name: string;
  storeUrl: string;
  namespace: string;
  cleanup(): Promise<void>;
}

function targets(): Target[] {
  const namespace = `bench${randomBytes(4).toString('hex')}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'ptero-bench-store-'));
  const list: Target[] = [
    {
      name: 'SQLite',
      storeUrl: `sqlite://${path.join(dir, 'bench.sqlite')}`,
      namespace,
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    },
  ];
  for (const [name, url] of [
    ['Redis', process.env.TEST_REDIS_URL],
    ['PostgreSQL', process.env.TEST_POSTGRES_URL],
  ] as const) {
    if (url === undefined || url === '') continue;
    list.push({
      name,
      storeUrl: url,
      namespace,
      cleanup: async () => {
        // Opened only after the store is closed: @keyv/postgres shares one pool per URL and process.
        const keyv = await openKeyv(parseStoreUrl(url), namespace);
        try {
          await keyv.clear();
        } finally {
          await keyv.disconnect();
        }
      },
    });
  }
  return list;
}

const linkFor = (n: number): MemberLink => ({
  apiKey: new Secret(`ptlc_bench${n}${'x'.repeat(32)}`),
  accountName: `bench account ${n}`,
  servers: [
    { identifier: '1a7ce997', name: 'Survival' },
    { identifier: '5b2d0c14', name: 'Creative' },
  ],
  defaultServer: '1a7ce997',
  linkedAt: new Date(0).toISOString(),
});

async function benchTarget(target: Target): Promise<void> {
  const store = await BotStore.open({
    storeUrl: target.storeUrl,
    namespace: target.namespace,
    encryptionKey: generateEncryptionKey(),
    logger: silentLogger,
  });
  try {
    // Every member exists before the figures start, so reads always find what they ask for.
    for (let n = 0; n < MEMBERS; n++) await store.setMemberLink(GUILD, `u${n}`, linkFor(n));
    let writes = 0;
    const writePerSecond = await opsPerSecond(
      async () => {
        const n = writes++ % MEMBERS;
        await store.setMemberLink(GUILD, `u${n}`, linkFor(n));
      },
      BUDGET_MS,
      MAX_OPS,
    );
    let reads = 0;
    const readPerSecond = await opsPerSecond(
      async () => {
        const n = reads++ % MEMBERS;
        const link = await store.getMemberLink(GUILD, `u${n}`);
        if (link?.apiKey.reveal() !== linkFor(n).apiKey.reveal())
          throw new Error(`member u${n} read back wrong`);
      },
      BUDGET_MS,
      MAX_OPS,
    );
    row(`${target.name}: member-link writes`, `${fmt(writePerSecond)} ops/s`);
    row(`${target.name}: member-link reads (decrypt incl.)`, `${fmt(readPerSecond)} ops/s`);
    await store.forgetGuild(GUILD);
  } finally {
    await store.close();
    await target.cleanup();
  }
}

/** The AES-256-GCM seal + open of one API key, without any backend: the floor under every figure. */
async function benchEnvelope(): Promise<void> {
  const keyring = new Keyring(toEncryptionKey(randomBytes(32)));
  const context = { kind: 'member-api-key', guildId: GUILD, userId: 'u1' } as const;
  const apiKey = `ptlc_${'x'.repeat(43)}`;
  const perSecond = await opsPerSecond(
    async () => {
      const opened = open(seal(apiKey, keyring.current, context), keyring, context);
      if (!opened.ok) throw new Error('envelope did not open');
    },
    BUDGET_MS,
    20_000,
  );
  row('AES-256-GCM seal + open of one API key', `${fmt(perSecond)} ops/s`);
}

/** Member-link write and read throughput on SQLite, and on Redis/PostgreSQL when TEST_REDIS_URL / TEST_POSTGRES_URL are set. */
export async function benchStore(): Promise<void> {
  process.stdout.write('\nstore (sequential awaits, one process)\n');
  await benchEnvelope();
  for (const target of targets()) {
    try {
      await benchTarget(target);
    } catch (error) {
      row(`${target.name}`, `failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!process.env.TEST_REDIS_URL) row('Redis', 'skipped (TEST_REDIS_URL unset)');
  if (!process.env.TEST_POSTGRES_URL) row('PostgreSQL', 'skipped (TEST_POSTGRES_URL unset)');
}
