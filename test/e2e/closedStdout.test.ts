import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '#fakes/fakeDiscord.js';
import { generateEncryptionKey } from '#store/index.js';
import { runStartScript } from './fixtures/startScript.js';
import { waitUntil } from './harness.js';

/** CPU seconds (user + system) the process has used, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * The bot's stdout reader going away (a log shipper restarting, `| head`): every write then fails
 * with EPIPE. The bot must drop its log lines and go on, not spin on failing writes.
 */
describe('a bot whose stdout is closed', () => {
  let discord: FakeDiscord;
  let cwd: string;
  beforeAll(async () => {
    discord = await startFakeDiscord();
    cwd = mkdtempSync(join(tmpdir(), 'ptero-stdout-'));
  });
  afterAll(async () => {
    await discord?.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('keeps running, idle, and still stops cleanly on SIGTERM', async () => {
    const run = runStartScript(
      {
        DISCORD_TOKEN: discord.botToken,
        DISCORD_API_URL: discord.apiUrl,
        ENCRYPTION_KEY: generateEncryptionKey(),
        STORE_URL: `sqlite://${join(cwd, 'bot.sqlite')}`,
        LOG_LEVEL: 'debug',
      },
      cwd,
    );
    await waitUntil(() => run.output().includes('logged in'), 'the bot to log in', 30_000);
    run.child.stdout?.destroy();
    // The bot logs at debug as it goes (the watch plans every few seconds): each line now fails.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const pid = run.child.pid ?? -1;
    const before = cpuSeconds(pid);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    // A spinning process burns most of a core; an idle bot a few hundredths of a second.
    expect(cpuSeconds(pid) - before).toBeLessThan(1);
    expect(run.child.exitCode).toBeNull();
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 60_000);
});
