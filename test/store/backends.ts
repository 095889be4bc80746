import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Keyv } from 'keyv';
import { createLogger, type Logger } from '#src/log.js';
import { Secret } from '#src/secret.js';
import { openKeyv, parseStoreUrl } from '#store/backend.js';
import { BotStore, type MemberLink } from '#store/index.js';

/**
 * The backends every store test runs against: SQLite always (a file in a fresh temp dir),
 * Redis and PostgreSQL when TEST_REDIS_URL / TEST_POSTGRES_URL name a server (CI starts them with
 * .ci/services.sh). Each test gets its own namespace, so runs sharing a server never see each other.
 */
export interface BackendUnderTest {
  name: 'sqlite' | 'redis' | 'postgres';
  /** Unset when the backend is not available here. */
  available: boolean;
  /** A fresh, empty place: a new SQLite file, or a new namespace on the shared server. */
  fresh(): TestPlace;
}

export interface TestPlace {
  storeUrl: string;
  namespace: string;
  /** The SQLite file, when the backend is SQLite. */
  sqlitePath?: string;
  /** Removes what the test wrote. */
  cleanup(): Promise<void>;
}

export const uniqueNamespace = (): string => `t${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;

function networkBackend(name: 'redis' | 'postgres', url: string | undefined): BackendUnderTest {
  return {
    name,
    available: url !== undefined && url !== '',
    fresh() {
      const storeUrl = url ?? '';
      const namespace = uniqueNamespace();
      return {
        storeUrl,
        namespace,
        cleanup: async () => {
          await withRawKeyv({ storeUrl, namespace }, (keyv) => keyv.clear());
        },
      };
    },
  };
}

export const backends: BackendUnderTest[] = [
  {
    name: 'sqlite',
    available: true,
    fresh() {
      const dir = mkdtempSync(path.join(tmpdir(), 'ptero-store-'));
      const sqlitePath = path.join(dir, 'nested', 'bot.sqlite');
      return {
        storeUrl: `sqlite://${sqlitePath}`,
        namespace: uniqueNamespace(),
        sqlitePath,
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  networkBackend('redis', process.env.TEST_REDIS_URL),
  networkBackend('postgres', process.env.TEST_POSTGRES_URL),
];

/**
 * Direct access to the records underneath a store, to tamper with them as an attacker or a bug would.
 * Open it only while no BotStore on the same place is open: @keyv/postgres shares one pool per process
 * and closing either side ends it.
 */
export async function withRawKeyv<T>(
  place: { storeUrl: string; namespace: string },
  use: (keyv: Keyv<unknown>) => Promise<T>,
): Promise<T> {
  const keyv = await openKeyv(parseStoreUrl(place.storeUrl), place.namespace);
  try {
    return await use(keyv);
  } finally {
    await keyv.disconnect();
  }
}

/** A logger whose output the test can search. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger('debug', (line) => lines.push(line)), lines };
}

export async function openStore(
  place: TestPlace,
  encryptionKey: string,
  extra: { previousEncryptionKey?: string; logger?: Logger } = {},
): Promise<BotStore> {
  return BotStore.open({
    storeUrl: place.storeUrl,
    namespace: place.namespace,
    encryptionKey,
    previousEncryptionKey: extra.previousEncryptionKey,
    logger: extra.logger ?? capturingLogger().logger,
  });
}

/** A panel client key shaped like the real ones, unique per call. */
export const fakeApiKey = (): string => `ptlc_${randomBytes(18).toString('base64url').replace(/[-_]/g, 'x')}`;

export function sampleLink(apiKey: string = fakeApiKey(), accountName = 'Alex'): MemberLink {
  return {
    apiKey: new Secret(apiKey),
    accountName,
    servers: [
      { identifier: '1a7ce997', name: 'Survival' },
      { identifier: '5b2d0c14', name: 'Creative' },
    ],
    defaultServer: '1a7ce997',
    linkedAt: '2026-11-20T10:00:00.000Z',
  };
}
