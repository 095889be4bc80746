import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTARTING } from '#discord/interactionGate.js';
import { type FakeDiscord, type FakeGuild, type FakeUser, startFakeDiscord } from '#fakes/fakeDiscord.js';
import {
  type LoopbackPanel,
  type PanelServer,
  type PanelUser,
  startLoopbackPanel,
} from '#fakes/loopbackPanel.js';
import { silentLogger } from '#src/log.js';
import { Secret } from '#src/secret.js';
import { BotStore, generateEncryptionKey } from '#store/index.js';
import { runStartScript, type StartScript } from './fixtures/startScript.js';
import { itEndsCleanBy } from './fixtures.js';
import { visibleText, waitUntil } from './harness.js';

const HOUR = 60 * 60_000;
/** Each panel answer takes this long while the interaction runs: a create is several requests. */
const PANEL_LATENCY_MS = 1_200;

/**
 * SIGTERM to `npm start`'s process while a member's /backup create waits on a slow panel: the create
 * finishes with its real answer, a command sent meanwhile is told the bot is restarting, the follow
 * of the new backup is left in the store, the process exits 0, and the next start delivers the outcome.
 */
describe('a SIGTERM in the middle of an interaction', () => {
  let panel: LoopbackPanel;
  let discord: FakeDiscord;
  let dir: string;
  let env: Record<string, string>;
  let guild: FakeGuild;
  let member: FakeUser;
  let account: PanelUser;
  let server: PanelServer;
  const runs: StartScript[] = [];

  function start(): StartScript {
    const run = runStartScript(env, dir);
    runs.push(run);
    return run;
  }

  async function ready(run: StartScript) {
    await waitUntil(
      () => /slash commands (registered|are up to date)/.test(run.output()),
      'the bot to be ready',
      30_000,
    );
  }

  beforeAll(async () => {
    // The backup does not end by itself: the test says when.
    panel = await startLoopbackPanel({ backupDurationMs: HOUR });
    discord = await startFakeDiscord();
    dir = mkdtempSync(join(tmpdir(), 'ptero-shutdown-'));
    member = discord.createUser({ username: 'member' });
    guild = discord.createGuild({ name: 'Game Night', owner: member, textChannels: ['general'] });
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
    };
    const store = await BotStore.open({ storeUrl, encryptionKey, logger: silentLogger });
    await store.setGuildSettings(guild.id, {
      panelUrl: panel.url,
      managerRoleIds: [],
      auditChannelId: null,
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
    for (const run of runs) run.child.kill('SIGKILL');
    await Promise.all(runs.map((run) => run.exited));
    await discord?.close();
    await panel?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets the interaction finish with its answer, turns new ones away, keeps the follow, and exits 0', async () => {
    const first = start();
    await ready(first);

    panel.faults.latencyMs = PANEL_LATENCY_MS;
    const seen = panel.requests.length;
    const create = await discord.slash({
      user: member,
      guild,
      command: 'backup',
      subcommand: 'create',
      options: { name: 'midterm' },
    });
    // Acknowledged, and its panel work under way: now the signal.
    await waitUntil(
      () => create.responses.length > 0 && panel.requests.length > seen,
      'the create to reach the panel',
      10_000,
    );
    first.child.kill('SIGTERM');
    await waitUntil(() => first.output().includes('"msg":"shutting down"'), 'the shutdown to begin', 5_000);
    expect(visibleText(create.original)).not.toMatch(/In progress/);

    // A command that arrives now is answered at once, not left to time out.
    const late = await discord.slash({ user: member, guild, command: 'backup', subcommand: 'list' });
    await late.waitFor((h) => visibleText(h.original).includes(RESTARTING), 5_000);

    // The running one finishes with its real answer.
    await create.waitFor((h) => /In progress/.test(visibleText(h.original)), 15_000);
    panel.faults.latencyMs = 0;
    expect(await first.exited).toBe(0);
    expect(visibleText(create.original)).not.toMatch(/went wrong|restarting/i);
    const backup = panel.backupsOf(server).find((b) => b.name === 'midterm');
    expect(backup?.completedAt).toBeNull();
    expect(first.output()).toContain('handed followed work over to the store for the next start');
    expect(first.output()).toContain('"msg":"stopped"');
    expect(first.output()).not.toContain('shutting down with interactions still running');

    // The follow is in the store, whole.
    const store = await BotStore.open({
      storeUrl: env.STORE_URL ?? '',
      encryptionKey: env.ENCRYPTION_KEY ?? '',
      logger: silentLogger,
    });
    const follows = await store.follows.all();
    await store.close();
    expect(follows.map((f) => [f.kind, f.delivery])).toEqual([['backup', null]]);
    expect(JSON.stringify(follows[0]?.payload)).toContain(backup?.uuid ?? 'no backup');

    // The next start takes it up and delivers the outcome into the same reply.
    const second = start();
    await ready(second);
    panel.completeBackup(backup?.uuid ?? '', true);
    await create.waitFor((h) => /Completed/.test(visibleText(h.original)), 15_000);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  itEndsCleanBy(() => ({
    logs: runs.flatMap((run) => run.logs()),
    sentToDiscord: discord.requests.map((r) => r.rawBody),
    secrets: [account.key, discord.botToken, env.ENCRYPTION_KEY ?? ''],
  }));
});
