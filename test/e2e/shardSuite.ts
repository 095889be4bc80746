/**
 * The shard e2e suite, one file per store so that the two run side by side (each takes about a
 * minute): shards.test.ts (Redis, with the SQLite refusal) and shardsPostgres.test.ts.
 */
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
import { type BackendUnderTest, backends, type TestPlace } from '../store/backends.js';
import { itEndsCleanBy } from './fixtures.js';
import { testTimings, visibleText, waitUntil } from './harness.js';
import { confirmButton } from './memberFlows.js';

const root = join(import.meta.dirname, '..', '..');
const HOUR = 60 * 60_000;
/** Long enough to restart a shard process and press in time; short enough to wait out in a test. */
const CONFIRMATION_TTL_MS = 15_000;
const EXPIRED = 'This confirmation has expired or was already answered';

interface LogLine {
  pid?: number;
  msg?: string;
  ids?: number[];
  interactionId?: string;
  count?: number;
  level?: string;
}

/** A bot process (a shard, or the ShardingManager with its shards' output), read line by line. */
interface BotProcess {
  child: ChildProcess;
  output: () => string;
  lines: () => LogLine[];
  exited: Promise<unknown>;
}

/**
 * Two shard processes of one bot on one Redis or PostgreSQL store, against the fake Discord (two
 * shards, guilds routed by `(guild_id >> 22) % 2`) and the loopback panel. On Redis they are the
 * ShardingManager's (SHARDS=2), on PostgreSQL two separate processes (SHARD_IDS=0 / SHARD_IDS=1 of
 * SHARD_COUNT=2), as on two machines.
 */
export function shardSuite(backend: BackendUnderTest, mode: 'manager' | 'processes') {
  describe.skipIf(!backend.available)(
    `two shard processes on one ${backend.name} store (${mode === 'manager' ? 'SHARDS=2' : 'SHARD_IDS=0 and 1 of SHARD_COUNT=2'})`,
    () => {
      let panel: LoopbackPanel;
      let discord: FakeDiscord;
      let dir: string;
      let place: TestPlace;
      let env: Record<string, string>;
      let owner: FakeUser;
      let stranger: FakeUser;
      let account: PanelUser;
      const guilds: FakeGuild[] = [];
      const servers: PanelServer[] = [];
      const running: BotProcess[] = [];

      function startProcess(extra: Record<string, string>): BotProcess {
        let output = '';
        // tsx as a loader inside the process: the ShardingManager gives its shards the same flags.
        const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
        const entry = join(root, 'test/e2e/fixtures/shardProcess.ts');
        const child = spawn(process.execPath, ['--import', loader, entry], {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', HOME: dir, ...env, ...extra },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
        });
        child.stderr?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
        });
        const exited = new Promise((resolve) => child.on('exit', resolve));
        const run: BotProcess = {
          child,
          output: () => output,
          lines: () =>
            output
              .split('\n')
              .filter((line) => line.startsWith('{') && line.endsWith('}'))
              .map((line) => JSON.parse(line) as LogLine),
          exited,
        };
        running.push(run);
        return run;
      }

      const allLines = () => running.flatMap((run) => run.lines());
      /** The pid of the (latest) process that logged in holding shard `id`. */
      const pidOfShard = (id: number) =>
        allLines()
          .filter((l) => l.msg === 'logged in' && l.ids?.length === 1 && l.ids[0] === id)
          .at(-1)?.pid;
      const shardsLoggedIn = () =>
        new Set(allLines().flatMap((l) => (l.msg === 'logged in' ? (l.ids ?? []) : [])));
      /** Which shard's process handled an interaction (from its 'interaction handled' line). */
      const handledBy = (interactionId: string) => {
        const pid = allLines().find(
          (l) => l.msg === 'interaction handled' && l.interactionId === interactionId,
        )?.pid;
        const login = allLines().find((l) => l.msg === 'logged in' && l.pid === pid);
        return login?.ids;
      };
      const deletesOf = (uuid: string) =>
        panel.requests.filter((r) => r.method === 'DELETE' && r.path.includes(uuid)).length;

      /** /backup delete in `guild`, up to its question; returns the question's message and confirm id. */
      async function askDelete(guild: FakeGuild, server: PanelServer, name: string) {
        const backup = panel.addBackup(server, { name, state: 'completed' });
        const ask = await discord.slash({
          user: owner,
          guild,
          command: 'backup',
          subcommand: 'delete',
          options: { backup: backup.uuid },
        });
        await ask.waitFor((h) => (h.original?.components?.length ?? 0) > 0, 15_000);
        const message = ask.original as NonNullable<typeof ask.original>;
        return { ask, backup, message, customId: confirmButton(message).custom_id as string };
      }

      async function startShards() {
        if (mode === 'manager') {
          startProcess({ SHARDS: '2' });
        } else {
          startProcess({ SHARD_IDS: '0', SHARD_COUNT: '2' });
          startProcess({ SHARD_IDS: '1', SHARD_COUNT: '2' });
        }
        await waitUntil(
          () =>
            shardsLoggedIn().size === 2 &&
            discord.gateway.connectedShards().length === 2 &&
            discord.commands.global.length > 0,
          'both shards to log in, and the commands to be registered',
          60_000,
        );
      }

      beforeAll(async () => {
        panel = await startLoopbackPanel({ backupDurationMs: HOUR });
        discord = await startFakeDiscord({ shards: 2, maxConcurrency: 16 });
        dir = mkdtempSync(join(tmpdir(), 'ptero-shards-'));
        place = backend.fresh();
        owner = discord.createUser({ username: 'owner' });
        stranger = discord.createUser({ username: 'stranger' });
        account = panel.addUser({ username: 'steve' });
        for (const id of [0, 1]) {
          const guild = discord.createGuild({
            name: `Shard ${id} guild`,
            owner,
            textChannels: ['general'],
            shard: { id, count: 2 },
          });
          discord.addMember(guild, stranger);
          guilds.push(guild);
          servers.push(panel.addServer({ owner: account, name: `Server ${id}`, backupLimit: 10 }));
        }
        const encryptionKey = generateEncryptionKey();
        env = {
          DISCORD_TOKEN: discord.botToken,
          DISCORD_API_URL: discord.apiUrl,
          ENCRYPTION_KEY: encryptionKey,
          STORE_URL: place.storeUrl,
          STORE_NAMESPACE: place.namespace,
          ALLOW_INSECURE_PANEL_URL: 'true',
          LOG_LEVEL: 'debug',
          TEST_BOT_TIMINGS: JSON.stringify({ ...testTimings, confirmationTtlMs: CONFIRMATION_TTL_MS }),
        };
        const store = await BotStore.open({
          storeUrl: place.storeUrl,
          namespace: place.namespace,
          encryptionKey,
          logger: createLogger('error', () => {}),
        });
        try {
          for (const [i, guild] of guilds.entries()) {
            const server = servers[i] as PanelServer;
            await store.setGuildSettings(guild.id, {
              panelUrl: panel.url,
              managerRoleIds: [],
              auditChannelId: null,
              setupBy: owner.id,
              updatedAt: new Date().toISOString(),
            });
            await store.setMemberLink(guild.id, owner.id, {
              apiKey: new Secret(account.key),
              accountName: account.username,
              servers: [{ identifier: server.identifier, name: server.name }],
              defaultServer: server.identifier,
              linkedAt: new Date().toISOString(),
            });
          }
        } finally {
          await store.close();
        }
        await startShards();
      }, 90_000);

      afterAll(async () => {
        for (const run of running) run.child.kill('SIGKILL');
        await Promise.all(running.map((run) => run.exited));
        await discord?.close();
        await panel?.close();
        await place?.cleanup();
        rmSync(dir, { recursive: true, force: true });
      });

      it('each shard process holds and answers its own guilds', async () => {
        // READY gave each process one guild: the one on its shard.
        const logins = allLines().filter((l) => l.msg === 'logged in');
        expect(logins.map((l) => [l.ids, (l as { guilds?: number }).guilds]).sort()).toEqual([
          [[0], 1],
          [[1], 1],
        ]);
        for (const [i, guild] of guilds.entries()) {
          const list = await discord.slash({ user: owner, guild, command: 'backup', subcommand: 'list' });
          await list.waitFor(
            (h) => h.responses.some((r) => r.kind === 'edit' || r.kind === 'callback'),
            15_000,
          );
          await waitUntil(
            () => handledBy(list.id) !== undefined,
            `the /backup list in guild ${i} to be handled`,
          );
          expect(handledBy(list.id)).toEqual([i]);
        }
        // The commands were registered once, by the process with shard 0.
        const registrations = discord.requests.filter(
          (r) => r.method === 'PUT' && /\/applications\/\d+\/commands$/.test(r.path),
        );
        expect(registrations).toHaveLength(1);
      });

      it('a confirmation asked on shard 0 is "not yours" on shard 1 for another member, and pressed on both at once runs once', async () => {
        const { backup, message, customId } = await askDelete(
          guilds[0] as FakeGuild,
          servers[0] as PanelServer,
          'nightly',
        );
        const intruder = await discord.clickButton({ user: stranger, message, customId, shard: 1 });
        await intruder.waitFor((h) => h.responses.length > 0, 15_000);
        expect(await waitFor(() => handledBy(intruder.id))).toEqual([1]);
        expect(visibleText(intruder.original)).toContain(`Only <@${owner.id}> can answer this confirmation`);
        expect(deletesOf(backup.uuid)).toBe(0);

        // The owner presses it on shard 0 and, at the same instant, on shard 1.
        const [here, there] = await Promise.all([
          discord.clickButton({ user: owner, message, customId }),
          discord.clickButton({ user: owner, message, customId, shard: 1 }),
        ]);
        const answered = (h: typeof here) =>
          /Deleted|deleted/.test(visibleText(h.original)) || visibleText(h.original).includes(EXPIRED);
        await here.waitFor(answered, 15_000);
        await there.waitFor(answered, 15_000);
        const texts = [visibleText(here.original), visibleText(there.original)];
        expect(texts.filter((t) => t.includes(EXPIRED))).toHaveLength(1);
        await waitUntil(() => deletesOf(backup.uuid) > 0, 'the panel to see the DELETE');
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(deletesOf(backup.uuid)).toBe(1);
        expect(
          panel
            .backupsOf(servers[0] as PanelServer)
            .some((b) => b.uuid === backup.uuid && b.deletedAt === null),
        ).toBe(false);
      });

      it('a confirmation asked on shard 1 is refused as expired on shard 0 once its time is up', async () => {
        const { ask, backup, message, customId } = await askDelete(
          guilds[1] as FakeGuild,
          servers[1] as PanelServer,
          'weekly',
        );
        // Shard 1's process is frozen: nothing marks the message, its buttons still show when time is up.
        const asker = pidOfShard(1) as number;
        process.kill(asker, 'SIGSTOP');
        try {
          await new Promise((resolve) => setTimeout(resolve, CONFIRMATION_TTL_MS + 500));
          const late = await discord.clickButton({ user: owner, message, customId, shard: 0 });
          await late.waitFor((h) => visibleText(h.original).includes(EXPIRED), 15_000);
          expect(await waitFor(() => handledBy(late.id))).toEqual([0]);
        } finally {
          process.kill(asker, 'SIGCONT');
        }
        // Thawed, shard 1 marks its message as expired; nothing was deleted.
        await ask.waitFor((h) => /expired after/.test(visibleText(h.original)), 15_000);
        expect(ask.original?.components ?? []).toEqual([]);
        expect(deletesOf(backup.uuid)).toBe(0);
      }, 40_000);

      it('a killed shard process, restarted, resumes only its own follows and honours its pending confirmation', async () => {
        // A backup followed on each shard, and a confirmation waiting on shard 1.
        const creates = [];
        for (const [i, guild] of guilds.entries()) {
          const create = await discord.slash({
            user: owner,
            guild,
            command: 'backup',
            subcommand: 'create',
            options: { name: `followed${i}` },
          });
          await create.waitFor((h) => /In progress/.test(visibleText(h.original)), 15_000);
          creates.push(create);
        }
        const pending = await askDelete(guilds[1] as FakeGuild, servers[1] as PanelServer, 'monthly');

        const killed = pidOfShard(1);
        expect(killed).toBeDefined();
        const before = allLines().length;
        if (mode === 'manager') {
          // The manager notices and starts shard 1 again.
          process.kill(killed as number, 'SIGKILL');
        } else {
          const run = running.find((r) => r.child.pid === killed);
          run?.child.kill('SIGKILL');
          await run?.exited;
          startProcess({ SHARD_IDS: '1', SHARD_COUNT: '2' });
        }
        await waitUntil(
          () => pidOfShard(1) !== killed && pidOfShard(1) !== undefined && discord.gateway.shardConnected(1),
          'shard 1 to be back',
          40_000,
        );
        const restarted = pidOfShard(1);
        await waitUntil(
          () => allLines().some((l) => l.pid === restarted && l.msg === 'resumed following long work'),
          'the restarted shard to resume its follow',
          15_000,
        );
        const resumed = allLines()
          .slice(before)
          .filter((l) => l.msg === 'resumed following long work');
        // Only guild 1's follow (the store also holds guild 0's, which shard 0 follows on).
        expect(resumed.map((l) => [l.pid, l.count])).toEqual([[restarted, 1]]);
        expect(
          allLines().some(
            (l) => l.pid === restarted && l.msg === 'confirmations still pending were taken over',
          ),
        ).toBe(true);

        // The confirmation asked before the kill is honoured by the new process, once.
        const press = await discord.clickButton({
          user: owner,
          message: pending.message,
          customId: pending.customId,
        });
        await press.waitFor((h) => /Deleted|deleted/.test(visibleText(h.original)), 15_000);
        expect(await waitFor(() => handledBy(press.id))).toEqual([1]);
        expect(deletesOf(pending.backup.uuid)).toBe(1);

        // Both backups end on the panel: each follow delivers its outcome once, from its own shard.
        for (const [i, server] of servers.entries()) {
          const made = panel.backupsOf(server).find((b) => b.name === `followed${i}`);
          panel.completeBackup(made?.uuid ?? '', true);
        }
        for (const create of creates)
          await create.waitFor((h) => /Completed/.test(visibleText(h.original)), 20_000);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        for (const create of creates)
          expect(
            create.responses.filter((r) => r.kind === 'edit' && /Completed/.test(JSON.stringify(r.data))),
          ).toHaveLength(1);
      }, 90_000);

      it(`SIGTERM ${mode === 'manager' ? 'to the manager and its shards at once stops every shard process' : 'stops each shard process'}, each exiting 0`, async () => {
        const live = running.filter((run) => run.child.exitCode === null && run.child.signalCode === null);
        const shardPids = [pidOfShard(0), pidOfShard(1)];
        for (const run of live) run.child.kill('SIGTERM');
        // As a service manager stops the whole group (systemd's control-group kill): the shards get it
        // too, and the manager must not send them a second one (which would cut their shutdown short).
        if (mode === 'manager') for (const pid of shardPids) process.kill(pid as number, 'SIGTERM');
        expect(await Promise.all(live.map((run) => run.exited))).toEqual(live.map(() => 0));
        const stopped = allLines()
          .filter((l) => l.msg === 'stopped')
          .map((l) => l.pid);
        for (const pid of shardPids) expect(stopped).toContain(pid);
        if (mode === 'manager')
          expect(allLines().some((l) => l.msg === 'every shard process stopped')).toBe(true);
        expect(allLines().filter((l) => /second signal/.test(l.msg ?? ''))).toEqual([]);
        if (mode === 'manager')
          expect(allLines().find((l) => l.msg === 'waiting for the shard processes to stop')).toMatchObject({
            signalled: [],
            stoppingAlready: [0, 1],
          });
        await waitUntil(
          () => discord.gateway.connectedShards().length === 0,
          'every shard to leave the gateway',
        );
      }, 60_000);

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
    },
  );
}

async function waitFor<T>(get: () => T | undefined): Promise<T> {
  let value: T | undefined;
  await waitUntil(() => {
    value = get();
    return value !== undefined;
  }, 'a value');
  return value as T;
}

/** The backend of the store tests by name (test/store/backends.ts). */
export const backendNamed = (name: string) => backends.find((b) => b.name === name) as BackendUnderTest;
