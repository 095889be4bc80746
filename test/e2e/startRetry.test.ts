import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '#fakes/fakeDiscord.js';
import { generateEncryptionKey } from '#store/index.js';
import { closedPort, forward, runStartScript, type StartScript } from './fixtures/startScript.js';
import { itEndsCleanBy } from './fixtures.js';
import { waitUntil } from './harness.js';

/** A stack frame, as a raw stack or JSON shows one. */
const STACK = /(?:\\n|\n)\s+at /;

/**
 * `npm start` while Discord or the store cannot be reached yet: it waits with a doubling delay (the
 * product's 1 s, 2 s, 4 s…), says why in one line each time, and starts once the target answers.
 * Every target is a loopback port.
 */
describe('starting while Discord or the store is unreachable', () => {
  let discord: FakeDiscord;
  let cwd: string;
  const runs: StartScript[] = [];
  const encryptionKeys: string[] = [];
  const closers: Array<() => Promise<void> | void> = [];

  beforeAll(async () => {
    discord = await startFakeDiscord();
    cwd = mkdtempSync(join(tmpdir(), 'ptero-retry-'));
  });
  afterAll(async () => {
    for (const run of runs) run.child.kill('SIGKILL');
    await Promise.all(runs.map((run) => run.exited));
    for (const close of closers) await close();
    await discord?.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  function start(change: Record<string, string>): StartScript {
    const key = generateEncryptionKey();
    encryptionKeys.push(key);
    const run = runStartScript(
      {
        DISCORD_TOKEN: discord.botToken,
        ENCRYPTION_KEY: key,
        DISCORD_API_URL: discord.apiUrl,
        STORE_URL: `sqlite://${join(cwd, `${runs.length}.sqlite`)}`,
        ...change,
      },
      cwd,
    );
    runs.push(run);
    return run;
  }

  /** The warnings with this message, with when each came and the delay it announced. */
  const retries = (run: StartScript, message: string) =>
    run
      .records()
      .filter((r) => r.level === 'warn' && r.msg === message)
      .map((r) => ({ at: Date.parse(r.time), retryInMs: r.retryInMs, attempt: r.attempt }));

  it('says it cannot reach Discord, tries again later each time, and logs in once Discord answers', async () => {
    const port = await closedPort();
    const run = start({ DISCORD_API_URL: `http://127.0.0.1:${port}/api` });
    const reason = `cannot reach 127.0.0.1:${port} — check the network or DISCORD_API_URL`;
    await waitUntil(() => retries(run, reason).length >= 3, 'three failed attempts', 20_000);

    const seen = retries(run, reason);
    expect(seen.map((r) => [r.attempt, r.retryInMs])).toEqual([
      [1, 1000],
      [2, 2000],
      [3, 4000],
    ]);
    const [first, second, third] = seen.map((r) => r.at) as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(950);
    expect(third - second).toBeGreaterThanOrEqual(1950);
    expect(run.records().find((r) => r.msg === reason)?.code).toBe('ECONNREFUSED');

    // Discord comes up on that port (a pass-through to the fake): the next attempt logs in.
    const proxy = await forward(port, Number(new URL(discord.apiUrl).port));
    closers.push(() => proxy.close());
    await waitUntil(
      () => /slash commands (registered|are up to date)/.test(run.output()),
      'the bot to log in and register its commands',
      15_000,
    );
    expect(run.output()).toContain('"msg":"logged in"');
    expect(run.output()).not.toMatch(STACK);
    expect(run.output()).not.toContain('getaddrinfo');

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('still stops at once with its message when Discord refuses the token', async () => {
    const run = start({ DISCORD_TOKEN: 'not-the-token' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('DISCORD_TOKEN was rejected');
    expect(run.output()).not.toContain('cannot reach');
  });

  it('stops with exit 0 when a signal comes while it waits', async () => {
    const port = await closedPort();
    const run = start({ DISCORD_API_URL: `http://127.0.0.1:${port}/api` });
    await waitUntil(() => run.output().includes('cannot reach'), 'the first failed attempt', 15_000);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('stopped before start-up finished');
  });

  // The Redis store's first connection gives up after its 10 s connect timeout, so an attempt takes
  // about 10 s here: two of them, then Redis is started on that port.
  const redisServer = spawnSync('redis-server', ['--version']).status === 0;
  it.skipIf(!redisServer)(
    'says it cannot reach a Redis store, naming it without its password, and starts once Redis answers',
    async () => {
      const port = await closedPort();
      const run = start({ STORE_URL: `redis://bot:s3cretpassw0rd@127.0.0.1:${port}` });
      const reason = `cannot reach the store at redis://127.0.0.1:${port} — check STORE_URL`;
      await waitUntil(() => retries(run, reason).length >= 2, 'two failed attempts', 40_000);
      expect(retries(run, reason).map((r) => r.retryInMs)).toEqual([1000, 2000]);

      const redis: ChildProcess = spawn(
        'redis-server',
        // A password-protected user, as a real deployment has: the URL's credentials must work and stay out of the log.
        [
          ...[
            '--port',
            String(port),
            '--bind',
            '127.0.0.1',
            '--save',
            '',
            '--appendonly',
            'no',
            '--dir',
            cwd,
          ],
          ...['--user', 'bot', 'on', '>s3cretpassw0rd', '~*', '&*', '+@all'],
        ],
        { stdio: 'ignore' },
      );
      closers.push(() => {
        redis.kill('SIGTERM');
      });
      await waitUntil(() => run.output().includes('"msg":"store opened"'), 'the store to open', 20_000);
      await waitUntil(
        () => /slash commands (registered|are up to date)/.test(run.output()),
        'the bot to log in',
        15_000,
      );
      expect(run.output()).not.toContain('s3cretpassw0rd');
      expect(run.output()).not.toMatch(STACK);
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    },
    60_000,
  );

  itEndsCleanBy(() => ({
    logs: runs.flatMap((run) => run.logs()),
    sentToDiscord: discord.requests.map((r) => r.rawBody),
    secrets: [discord.botToken, ...encryptionKeys, 's3cretpassw0rd'],
  }));
});
