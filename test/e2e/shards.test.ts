import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startE2E, testTimings } from './harness.js';

import { backendNamed, shardSuite } from './shardSuite.js';

const root = join(import.meta.dirname, '..', '..');

shardSuite(backendNamed('redis'), 'manager');

describe('a SQLite store serves one bot process', () => {
  it('refuses a second bot process on the same file, naming STORE_URL, and lets one in once the first stops', async () => {
    const e2e = await startE2E();
    try {
      const storeUrl = `sqlite://${join(e2e.storeDir, 'bot.sqlite')}`;
      const second = () =>
        new Promise<{ code: number | null; output: string }>((resolve) => {
          const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
          const child = spawn(
            process.execPath,
            ['--import', loader, join(root, 'test/e2e/fixtures/shardProcess.ts')],
            {
              cwd: e2e.storeDir,
              env: {
                PATH: process.env.PATH ?? '',
                HOME: e2e.storeDir,
                DISCORD_TOKEN: e2e.discord.botToken,
                DISCORD_API_URL: e2e.discord.apiUrl,
                ENCRYPTION_KEY: e2e.encryptionKey,
                STORE_URL: storeUrl,
                TEST_BOT_TIMINGS: JSON.stringify(testTimings),
              },
              stdio: ['ignore', 'pipe', 'pipe'],
            },
          );
          let output = '';
          let stopping = false;
          child.stdout?.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            // Got in: this process is the only one on the file now.
            if (!stopping && output.includes('bot process ready')) {
              stopping = true;
              child.kill('SIGTERM');
            }
          });
          child.stderr?.on('data', (chunk: Buffer) => {
            output += chunk.toString();
          });
          child.on('exit', (code) => resolve({ code, output }));
        });
      const refused = await second();
      expect(refused.code).not.toBe(0);
      expect(refused.output).toMatch(/STORE_URL sqlite:\/\/\S+ is in use by another bot process/);
      expect(refused.output).not.toContain('bot process ready');

      await e2e.bot.stop();
      const admitted = await second();
      expect(admitted.output).toContain('bot process ready');
      expect(admitted.code).toBe(0);
    } finally {
      await e2e.close();
    }
  }, 60_000);
});
