import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '#fakes/fakeDiscord.js';
import { generateEncryptionKey } from '#store/index.js';
import { itEndsCleanBy } from './fixtures.js';
import { waitUntil } from './harness.js';

const root = join(import.meta.dirname, '..', '..');

interface Run {
  child: ChildProcess;
  /** Everything it wrote, stdout and stderr as they came. */
  output: () => string;
  /** The JSON log lines it wrote on stdout. */
  logs: () => string[];
  exited: Promise<number | null>;
}

/** Every script this file ran, for the check at its end. */
const runs: Run[] = [];

/** Runs an entry file the way its npm script does (`tsx <entry>`), in a scratch working directory. */
function runScript(entry: string, env: Record<string, string>, cwd: string): Run {
  let output = '';
  let stdout = '';
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, join(root, entry)], {
    cwd,
    // Only what the bot is given: no inherited DISCORD_* or ENCRYPTION_* from the machine.
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logs = () => stdout.split('\n').filter((line) => line.startsWith('{'));
  const run = { child, output: () => output, logs, exited };
  runs.push(run);
  return run;
}

describe('starting the bot as `npm start` does', () => {
  let discord: FakeDiscord;
  let cwd: string;

  beforeAll(async () => {
    discord = await startFakeDiscord();
    cwd = mkdtempSync(join(tmpdir(), 'ptero-start-'));
  });
  afterAll(async () => {
    await discord?.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  const encryptionKeys: string[] = [];
  /** What the bot needs to log in to the fake Discord, with a new encryption key; `change` adds or overrides. */
  function botEnv(change: Record<string, string> = {}): Record<string, string> {
    const key = generateEncryptionKey();
    encryptionKeys.push(key);
    return {
      DISCORD_TOKEN: discord.botToken,
      ENCRYPTION_KEY: key,
      DISCORD_API_URL: discord.apiUrl,
      ...change,
    };
  }

  it('stops at once with a message naming each missing variable', async () => {
    const run = runScript('src/bin/start.ts', {}, cwd);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('DISCORD_TOKEN');
    expect(run.output()).toContain('ENCRYPTION_KEY');
    expect(run.output()).not.toMatch(/\n\s+at /); // no stack trace for a configuration problem
  });

  it('stops with a message naming ENCRYPTION_KEY when it is not 32 bytes of base64', async () => {
    const env = botEnv({ ENCRYPTION_KEY: 'c2hvcnQ=', STORE_URL: `sqlite://${join(cwd, 'a.sqlite')}` });
    const run = runScript('src/bin/start.ts', env, cwd);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('ENCRYPTION_KEY');
  });

  it('stops with a clear message when Discord rejects the token', async () => {
    const env = botEnv({ DISCORD_TOKEN: 'not-the-token', STORE_URL: `sqlite://${join(cwd, 'b.sqlite')}` });
    const run = runScript('src/bin/start.ts', env, cwd);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('DISCORD_TOKEN was rejected');
  });

  it('reads .env, logs in, registers the commands once, and stops cleanly on SIGTERM', async () => {
    const env = botEnv();
    // The default store path (data/bot.sqlite) is created under the working directory.
    writeFileSync(
      join(cwd, '.env'),
      Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    );
    const first = runScript('src/bin/start.ts', {}, cwd);
    await waitUntil(
      () => first.output().includes('slash commands registered'),
      'the bot to register its commands',
      20_000,
    );
    expect(discord.commands.global.map((c: { name: string }) => c.name).sort()).toEqual([
      'backup',
      'link',
      'setup',
      'unlink',
    ]);
    expect(existsSync(join(cwd, 'data', 'bot.sqlite'))).toBe(true);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    // A restart with unchanged definitions does not overwrite them.
    const puts = () =>
      discord.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands')).length;
    const before = puts();
    const second = runScript('src/bin/start.ts', {}, cwd);
    await waitUntil(
      () => second.output().includes('slash commands are up to date'),
      'the bot to compare its commands',
      20_000,
    );
    expect(puts()).toBe(before);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).not.toContain(env.ENCRYPTION_KEY);
  });

  it('deploy-commands learns the application id from the token and registers to DEV_GUILD_ID', async () => {
    const guild = discord.createGuild({ name: 'Dev' });
    const run = runScript('src/bin/deployCommands.ts', botEnv({ DEV_GUILD_ID: guild.id }), cwd);
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain(`in guild ${guild.id}`);
    expect(run.output()).toContain(discord.applicationId);
    expect((discord.commands.guild.get(guild.id) ?? []).map((c: { name: string }) => c.name).sort()).toEqual([
      'backup',
      'link',
      'setup',
      'unlink',
    ]);
  });

  itEndsCleanBy(() => ({
    logs: runs.flatMap((run) => run.logs()),
    sentToDiscord: discord.requests.map((r) => r.rawBody),
    secrets: [discord.botToken, ...encryptionKeys],
  }));
});
