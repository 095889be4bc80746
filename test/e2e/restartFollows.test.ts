import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, type FakeGuild, type FakeUser, startFakeDiscord } from '#fakes/fakeDiscord.js';
import {
  type LoopbackPanel,
  type PanelServer,
  type PanelUser,
  startLoopbackPanel,
} from '#fakes/loopbackPanel.js';
import { createLogger } from '#src/log.js';
import { Secret } from '#src/secret.js';
import { BotStore, generateEncryptionKey } from '#store/index.js';
import { itEndsCleanBy } from './fixtures.js';
import { testTimings, visibleText, waitUntil } from './harness.js';
import { confirmButton } from './memberFlows.js';

const root = join(import.meta.dirname, '..', '..');
const HOUR = 60 * 60_000;

interface BotProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<unknown>;
}

/**
 * The bot killed with SIGKILL while it follows a backup and a restore: nothing of it runs at its
 * end. A new process on the same store resumes both follows and delivers each outcome once.
 */
describe('long work across a SIGKILL of the bot', () => {
  let panel: LoopbackPanel;
  let discord: FakeDiscord;
  let dir: string;
  let env: Record<string, string>;
  let guild: FakeGuild;
  let member: FakeUser;
  let account: PanelUser;
  let server: PanelServer;
  const running: BotProcess[] = [];

  function startBotProcess(): BotProcess {
    let output = '';
    // tsx as a loader inside this one process (its CLI runs the script in a child, which a SIGKILL
    // of the CLI would leave running).
    const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const entry = join(root, 'test/e2e/fixtures/botProcess.ts');
    const child = spawn(process.execPath, ['--import', loader, entry], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const run = { child, output: () => output, exited };
    running.push(run);
    return run;
  }

  /** `/backup restore` of a backup, then a press on its confirm button (whose label is returned). */
  async function confirmRestore(backup: string) {
    const ask = await discord.slash({
      user: member,
      guild,
      command: 'backup',
      subcommand: 'restore',
      options: { backup },
    });
    await ask.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
    const label = confirmButton(ask.original).label;
    const press = await discord.clickButton({
      user: member,
      message: ask.original as NonNullable<typeof ask.original>,
      customId: confirmButton(ask.original).custom_id as string,
    });
    return { label, press };
  }

  async function ready(run: BotProcess) {
    await waitUntil(() => run.output().includes('bot process ready'), 'the bot process to be ready', 30_000);
  }

  beforeAll(async () => {
    // Neither the backup nor the restore ends by itself: the test says when (a test clock).
    panel = await startLoopbackPanel({
      backupDurationMs: HOUR,
      restoreDurationMs: HOUR,
      stopDurationMs: HOUR,
    });
    discord = await startFakeDiscord();
    dir = mkdtempSync(join(tmpdir(), 'ptero-restart-'));
    member = discord.createUser({ username: 'member' });
    guild = discord.createGuild({ name: 'Game Night', owner: member, textChannels: ['general', 'audit'] });
    account = panel.addUser({ username: 'steve' });
    server = panel.addServer({ owner: account, name: 'Survival', backupLimit: 5 });
    const storeUrl = `sqlite://${join(dir, 'bot.sqlite')}`;
    const encryptionKey = generateEncryptionKey();
    env = {
      DISCORD_TOKEN: discord.botToken,
      DISCORD_API_URL: discord.apiUrl,
      ENCRYPTION_KEY: encryptionKey,
      STORE_URL: storeUrl,
      ALLOW_INSECURE_PANEL_URL: 'true',
      LOG_LEVEL: 'debug',
      TEST_BOT_TIMINGS: JSON.stringify(testTimings),
    };
    // The guild's settings and the member's link, written through the real store before the bot runs.
    const store = await BotStore.open({ storeUrl, encryptionKey, logger: createLogger('error', () => {}) });
    await store.setGuildSettings(guild.id, {
      panelUrl: panel.url,
      managerRoleIds: [],
      auditChannelId: guild.channels[1]?.id ?? null,
      setupBy: member.id,
      updatedAt: new Date().toISOString(),
    });
    await store.setMemberLink(guild.id, member.id, {
      apiKey: new Secret(account.key),
      accountName: account.username,
      servers: [{ identifier: server.identifier, name: server.name }],
      defaultServer: server.identifier,
      linkedAt: new Date().toISOString(),
    });
    await store.close();
  });
  afterAll(async () => {
    for (const run of running) run.child.kill('SIGKILL');
    await Promise.all(running.map((run) => run.exited));
    await discord?.close();
    await panel?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('resumes following a create and a restore, and delivers each outcome once', async () => {
    const first = startBotProcess();
    await ready(first);

    const create = await discord.slash({
      user: member,
      guild,
      command: 'backup',
      subcommand: 'create',
      options: { name: 'beforekill' },
    });
    await create.waitFor((h) => /In progress/.test(visibleText(h.original)), 10_000);
    const created = panel.backupsOf(server).find((b) => b.name === 'beforekill');
    expect(created?.completedAt).toBeNull();

    const old = panel.addBackup(server, { name: 'old', state: 'completed' });
    const { press } = await confirmRestore(old.uuid);
    await press.waitFor((h) => /Restoring .+old/.test(visibleText(h.original)), 10_000);
    // Both follows poll now; a progress edit shows each is being followed.
    await create.waitFor((h) => /In progress for/.test(visibleText(h.original)), 10_000);
    await press.waitFor((h) => /so far; waiting for the panel/.test(visibleText(h.original)), 10_000);

    first.child.kill('SIGKILL');
    await first.exited;
    // While the bot is down, both end on the panel.
    panel.completeBackup(created?.uuid ?? '', true);
    panel.finishRestore(server, true);

    const second = startBotProcess();
    await ready(second);
    await create.waitFor((h) => /Completed/.test(visibleText(h.original)), 15_000);
    await press.waitFor((h) => /The restore of .+old.+ finished/.test(visibleText(h.original)), 15_000);
    expect(second.output()).toContain('resumed following long work');

    // Each outcome once: one edit with it per reply, one audit line each, after waiting a while longer.
    const audit = guild.channels[1]?.id ?? '';
    await waitUntil(
      () => discord.channelMessages(audit).some((m) => /finished/.test(m.content ?? '')),
      'audit lines',
      10_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const outcomeEdits = (handle: typeof create, pattern: RegExp) =>
      handle.responses.filter((r) => r.kind === 'edit' && pattern.test(JSON.stringify(r.data))).length;
    expect(outcomeEdits(create, /Completed/)).toBe(1);
    expect(outcomeEdits(press, /The restore of/)).toBe(1);
    const lines = discord.channelMessages(audit).map((m) => m.content ?? '');
    expect(lines.filter((l) => /beforekill.+completed/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /The restore of .+old.+finished/.test(l))).toHaveLength(1);
    // No record is left: a third start resumes nothing.
    second.child.kill('SIGTERM');
    await second.exited;
    const third = startBotProcess();
    await ready(third);
    expect(third.output()).not.toContain('resumed following long work');
    expect(third.output()).not.toMatch(/"level":"error"/);
    expect(second.output()).not.toMatch(/"level":"error"/);
    third.child.kill('SIGTERM');
    await third.exited;
  });

  it('goes on with "Stop and restore" after a SIGKILL during the wait for the server to stop', async () => {
    const first = startBotProcess();
    await ready(first);
    server.powerState = 'running';
    const old = panel.addBackup(server, { name: 'weekly', state: 'completed' });
    const { label, press } = await confirmRestore(old.uuid);
    expect(label).toBe('Stop and restore');
    await press.waitFor(
      (h) => /Waiting for .+ to stop before restoring/.test(visibleText(h.original)),
      10_000,
    );

    first.child.kill('SIGKILL');
    await first.exited;
    // The stop signal was sent before the kill; the server goes offline while the bot is down.
    expect(server.powerState).toBe('stopping');
    server.powerState = 'offline';

    const second = startBotProcess();
    await ready(second);
    await press.waitFor((h) => /Restoring .+weekly/.test(visibleText(h.original)), 15_000);
    expect(server.status).toBe('restoring_backup');
    panel.finishRestore(server, true);
    await press.waitFor((h) => /The restore of .+weekly.+ finished/.test(visibleText(h.original)), 15_000);
    const restores = panel.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith(`/backups/${old.uuid}/restore`),
    );
    expect(restores).toHaveLength(1);
    const audit = guild.channels[1]?.id ?? '';
    await waitUntil(
      () =>
        discord.channelMessages(audit).some((m) => /The restore of .+weekly.+finished/.test(m.content ?? '')),
      'the audit line of the finished restore',
      10_000,
    );
    const lines = discord.channelMessages(audit).map((m) => m.content ?? '');
    expect(lines.filter((l) => /started restoring backup .+weekly.+after stopping it/.test(l))).toHaveLength(
      1,
    );
    expect(second.output()).not.toMatch(/"level":"error"/);
    second.child.kill('SIGTERM');
    await second.exited;
  });

  // Every process's log (a line cut short by a SIGKILL is not a log line), and all the bot sent Discord.
  itEndsCleanBy(() => ({
    logs: running.flatMap((run) =>
      run
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{') && line.endsWith('}')),
    ),
    sentToDiscord: discord.requests.map((r) => r.rawBody),
    secrets: [account.key],
  }));
});
