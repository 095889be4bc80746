import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { generateEncryptionKey } from '#store/index.js';
import { backends, openStore, type TestPlace } from './backends.js';
import { DURABILITY_GUILD, expectedApiKey, expectedUserId } from './fixtures/durability.js';

const ROUNDS = 8;
const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'writer.ts');
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface KilledWriter {
  acknowledged: number[];
  signal: NodeJS.Signals | null;
}

/**
 * Starts the writer, lets it write for a random moment after it opened the store, then SIGKILLs it
 * (no chance to close anything) and returns the writes it had acknowledged.
 */
async function writeUntilKilled(
  place: TestPlace,
  encryptionKey: string,
  round: number,
): Promise<KilledWriter> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', WRITER], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      STORE_URL: place.storeUrl,
      STORE_NAMESPACE: place.namespace,
      ENCRYPTION_KEY: encryptionKey,
      ROUND: String(round),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acknowledged: number[] = [];
  let stderr = '';
  let buffered = '';
  let ready: () => void = () => {};
  const readyNow = new Promise<void>((resolve) => {
    ready = resolve;
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') ready();
      const match = /^ack (\d+)$/.exec(line);
      if (match) acknowledged.push(Number(match[1]));
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );

  await Promise.race([
    readyNow,
    exited.then(() => {
      throw new Error(`writer exited before it was ready: ${stderr}`);
    }),
  ]);
  // A random point in the write loop: anywhere from before the first write to a few hundred in.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 400));
  child.kill('SIGKILL');
  const signal = await exited;
  return { acknowledged, signal };
}

for (const backend of backends) {
  describe.skipIf(!backend.available)(`durability on ${backend.name}`, () => {
    let place: TestPlace;
    afterEach(async () => place.cleanup());

    it(`keeps every acknowledged write across ${ROUNDS} SIGKILLs of the writing process`, async () => {
      place = backend.fresh();
      const encryptionKey = generateEncryptionKey();
      const acknowledgedByRound: number[][] = [];

      for (let round = 0; round < ROUNDS; round++) {
        const { acknowledged, signal } = await writeUntilKilled(place, encryptionKey, round);
        expect(signal).toBe('SIGKILL');
        acknowledgedByRound.push(acknowledged);

        // After each kill the store opens, and every write acknowledged in any round so far reads back.
        const store = await openStore(place, encryptionKey);
        try {
          for (const [pastRound, writes] of acknowledgedByRound.entries()) {
            for (const n of writes) {
              const link = await store.getMemberLink(DURABILITY_GUILD, expectedUserId(pastRound, n));
              expect(link?.apiKey.reveal(), `round ${pastRound} write ${n}`).toBe(
                expectedApiKey(pastRound, n),
              );
              expect(link?.accountName).toBe(`round ${pastRound} write ${n}`);
            }
          }
        } finally {
          await store.close();
        }
      }
      const total = acknowledgedByRound.reduce((sum, writes) => sum + writes.length, 0);
      console.info(
        `[durability ${backend.name}] ${ROUNDS} kills, acknowledged writes per round: ${acknowledgedByRound
          .map((writes) => writes.length)
          .join(', ')} (${total} in all, all read back)`,
      );
      // The kills landed while writes were under way, not only before the first one.
      expect(total).toBeGreaterThan(0);
    }, 60_000);
  });
}
