import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '#src/log.js';
import { BotStore, generateEncryptionKey, parseEncryptionKey } from '#store/index.js';
import { fakeApiKey, sampleLink } from './backends.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the store's npm scripts the way `npm run` does (tsx), in `cwd`, with no store variables set. */
function runScript(script: 'keygen' | 'rotateKey', cwd: string): Promise<Run> {
  const env = { ...process.env };
  for (const name of ['STORE_URL', 'ENCRYPTION_KEY', 'ENCRYPTION_KEY_PREVIOUS']) delete env[name];
  return new Promise((resolve) => {
    execFile(
      TSX,
      [path.join(REPO_ROOT, 'src', 'bin', `${script}.ts`)],
      { cwd, env },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
      },
    );
  });
}

describe('store scripts', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keygen prints a fresh 32-byte base64 key each time', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ptero-keygen-'));
    const first = await runScript('keygen', dir);
    const second = await runScript('keygen', dir);
    expect(first.code).toBe(0);
    expect(parseEncryptionKey(first.stdout, 'ENCRYPTION_KEY')).toHaveLength(32);
    expect(parseEncryptionKey(second.stdout, 'ENCRYPTION_KEY')).toHaveLength(32);
    expect(first.stdout).not.toBe(second.stdout);
  });

  it('rotate-key reads .env, re-encrypts every link under the new key, and a rerun has nothing left to do', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ptero-rotate-'));
    const oldKey = generateEncryptionKey();
    const newKey = generateEncryptionKey();
    // STORE_URL relative to the working directory, as in a deployment's .env.
    const storeUrl = `sqlite://${path.join(dir, 'data', 'bot.sqlite')}`;
    const apiKeys = [fakeApiKey(), fakeApiKey(), fakeApiKey()];
    const before = await BotStore.open({ storeUrl, encryptionKey: oldKey, logger: silentLogger });
    for (const [i, apiKey] of apiKeys.entries())
      await before.setMemberLink('100', `u${i}`, sampleLink(apiKey));
    await before.close();

    writeFileSync(
      path.join(dir, '.env'),
      `STORE_URL=sqlite://data/bot.sqlite\nENCRYPTION_KEY=${newKey}\nENCRYPTION_KEY_PREVIOUS=${oldKey}\n`,
    );
    const first = await runScript('rotateKey', dir);
    expect(first.stderr).not.toContain('failed');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('re-encrypted 3 member links; 0 were already under ENCRYPTION_KEY');
    expect(first.stdout).toContain('rotation complete');

    const rerun = await runScript('rotateKey', dir);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('re-encrypted 0 member links; 3 were already under ENCRYPTION_KEY');

    const after = await BotStore.open({ storeUrl, encryptionKey: newKey, logger: silentLogger });
    for (const [i, apiKey] of apiKeys.entries()) {
      expect((await after.getMemberLink('100', `u${i}`))?.apiKey.reveal()).toBe(apiKey);
    }
    await after.close();
    for (const output of [first, rerun]) {
      for (const secret of [oldKey, newKey, ...apiKeys])
        expect(output.stdout + output.stderr).not.toContain(secret);
    }
  });

  it('rotate-key stops with a clear message when ENCRYPTION_KEY is not the store key', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ptero-rotate-'));
    const storeUrl = `sqlite://${path.join(dir, 'data', 'bot.sqlite')}`;
    await (
      await BotStore.open({ storeUrl, encryptionKey: generateEncryptionKey(), logger: silentLogger })
    ).close();
    writeFileSync(path.join(dir, '.env'), `ENCRYPTION_KEY=${generateEncryptionKey()}\n`);

    const run = await runScript('rotateKey', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'rotate-key failed: ENCRYPTION_KEY does not match the key this store was written with',
    );
  });
});
