import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '#fakes/fakeDiscord.js';
import { generateEncryptionKey } from '#store/index.js';
import { waitUntil } from './harness.js';

const root = join(import.meta.dirname, '..', '..');

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs an entry file the way its npm script does (`tsx <entry>`), in a scratch working directory. */
function runScript(entry: string, env: Record<string, string>, cwd: string): Run {
  let output = '';
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, join(root, entry)], {
    cwd,
    // Only what the bot is given: no inherited DISCORD_* or ENCRYPTION_* from the machine.
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
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

  it('stops at once with a message naming each missing variable', async () => {
    const run = runScript('src/bin/start.ts', {}, cwd);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('DISCORD_TOKEN');
    expect(run.output()).toContain('ENCRYPTION_KEY');
    expect(run.output()).not.toMatch(/\n\s+at /); // no stack trace for a configuration problem
  });

  it('stops with a message naming ENCRYPTION_KEY when it is not 32 bytes of base64', async () => {
    const run = runScript(
      'src/bin/start.ts',
      {
        DISCORD_TOKEN: discord.botToken,
        ENCRYPTION_KEY: 'c2hvcnQ=',
        DISCORD_API_URL: discord.apiUrl,
        STORE_URL: `sqlite://${join(cwd, 'a.sqlite')}`,
      },
      cwd,
    );
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('ENCRYPTION_KEY');
  });

  it('stops with a clear message when Discord rejects the token', async () => {
    const run = runScript(
      'src/bin/start.ts',
      {
        DISCORD_TOKEN: 'not-the-token',
        ENCRYPTION_KEY: generateEncryptionKey(),
        DISCORD_API_URL: discord.apiUrl,
        STORE_URL: `sqlite://${join(cwd, 'b.sqlite')}`,
      },
      cwd,
    );
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('DISCORD_TOKEN was rejected');
  });

  it('reads .env, logs in, registers the commands once, and stops cleanly on SIGTERM', async () => {
    const env = {
      DISCORD_TOKEN: discord.botToken,
      ENCRYPTION_KEY: generateEncryptionKey(),
      DISCORD_API_URL: discord.apiUrl,
    };
    // The default store path (data/bot.sqlite) is created under the working directory.
    const { writeFileSync, existsSync } = await import('node:fs');
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
    const run = runScript(
      'src/bin/deployCommands.ts',
      {
        DISCORD_TOKEN: discord.botToken,
        ENCRYPTION_KEY: generateEncryptionKey(),
        DISCORD_API_URL: discord.apiUrl,
        DEV_GUILD_ID: guild.id,
      },
      cwd,
    );
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
});
