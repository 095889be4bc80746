import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '#fakes/fakeDiscord.js';
import { generateEncryptionKey } from '#store/index.js';
import { itEndsCleanBy } from './fixtures.js';
import { waitUntil } from './harness.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * The README's start command itself: `npm start` builds (prestart) and runs the compiled JavaScript
 * (`dist/`, the `compiled` import condition), logs in, and stops with exit code 0 on SIGTERM.
 */
describe('npm start', () => {
  let discord: FakeDiscord;
  let scratch: string;
  const key = generateEncryptionKey();
  let stdout = '';

  beforeAll(async () => {
    discord = await startFakeDiscord();
    scratch = mkdtempSync(join(tmpdir(), 'ptero-npm-start-'));
  });
  afterAll(async () => {
    await discord?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('builds, runs the compiled bot, logs in, and exits 0 on SIGTERM', async () => {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: scratch,
        DISCORD_TOKEN: discord.botToken,
        DISCORD_API_URL: discord.apiUrl,
        ENCRYPTION_KEY: key,
        STORE_URL: `sqlite://${join(scratch, 'bot.sqlite')}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitUntil(() => stdout.includes('logged in'), 'npm start to log in', 60_000);
    await waitUntil(
      () => discord.requests.some((r) => r.method === 'PUT' && r.path.endsWith('/commands')),
      'the commands to be registered',
    );
    // The process that logged in runs the compiled file, not TypeScript through a loader.
    const commands = await descendantCommands(child.pid ?? -1);
    const bot = commands.find(
      ({ args }) =>
        /(^|\/)node$/.test(args[0] ?? '') && args.some((arg) => arg.endsWith('dist/src/bin/start.js')),
    );
    expect(bot, `npm ran the compiled entry: ${JSON.stringify(commands)}`).toBeDefined();
    expect(bot?.args).toContain('--conditions=compiled');
    expect(commands.some(({ args }) => args.some((arg) => arg.includes('tsx')))).toBe(false);
    // As a service manager stops it: the bot gets the signal, npm passes its exit code on.
    process.kill(bot?.pid ?? -1, 'SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  }, 90_000);

  itEndsCleanBy(() => ({
    logs: stdout.split('\n').filter((line) => line.startsWith('{')),
    sentToDiscord: discord.requests.map((r) => r.rawBody),
    secrets: [discord.botToken, key],
  }));
});

/** The command lines of every descendant of a process, from /proc (Linux). */
async function descendantCommands(ancestor: number): Promise<Array<{ pid: number; args: string[] }>> {
  const { readdirSync, readFileSync } = await import('node:fs');
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // It ended while being read.
    }
  }
  const isDescendant = (pid: number): boolean => {
    const parent = parentOf.get(pid);
    return parent !== undefined && parent !== 0 && (parent === ancestor || isDescendant(parent));
  };
  const commands: Array<{ pid: number; args: string[] }> = [];
  for (const pid of parentOf.keys()) {
    if (!isDescendant(pid)) continue;
    try {
      commands.push({ pid, args: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean) });
    } catch {
      // Gone.
    }
  }
  return commands;
}
