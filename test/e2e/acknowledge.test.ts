import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '#src/bot.js';
import { createLogger } from '#src/log.js';
import { itEndsClean, traceOf, useE2E, useWorld } from './fixtures.js';
import {
  createWorld,
  customIds,
  linkDirectly,
  startE2E,
  testTimings,
  visibleText,
  waitUntil,
} from './harness.js';
import { hygieneProblems } from './hygiene.js';
import { confirmButton } from './memberFlows.js';

/** Every handler that touches the store or the panel acknowledges first (Discord allows 3 s). */
describe('acknowledging before the store or the panel', () => {
  const e2e = useE2E();
  const world = useWorld(e2e);
  beforeAll(() => linkDirectly(e2e, world.guild, world.member, world.memberAccount, [world.server]));

  it('/unlink defers (ephemeral), then says what it forgot', async () => {
    const handle = await e2e.discord.slash({ user: world.member, guild: world.guild, command: 'unlink' });
    await handle.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
    const [first] = handle.responses;
    expect(first?.kind).toBe('callback');
    expect(first?.kind === 'callback' ? first.type : undefined).toBe(5);
    expect(handle.original?.flags).toBe(64);
    expect(visibleText(handle.original)).toContain('forgotten');
    expect(await e2e.bot.context.store.getMemberLink(world.guild.id, world.member.id)).toBeUndefined();
  });

  itEndsClean(e2e);
});

const redisServer = spawnSync('redis-server', ['--version']).status === 0;

describe.skipIf(!redisServer)('/link while the store does not answer (a Redis of its own, frozen)', () => {
  let redis: ChildProcess | undefined;
  let port = 0;
  beforeAll(async () => {
    port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'ptero-frozen-redis-'));
    redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: 'ignore' },
    );
    await waitUntil(() => canConnect(port), 'redis-server to listen', 10_000);
  });
  afterAll(() => {
    redis?.kill('SIGCONT');
    redis?.kill('SIGTERM');
  });
  // Read when the bot starts (after redis-server has its port).
  const e2e = useE2E({
    env: {
      get STORE_URL() {
        return `redis://127.0.0.1:${port}`;
      },
    },
  });

  it("shows the form within Discord's 3 s although the store is frozen; the submission checks the set-up", async () => {
    const w = await createWorld(e2e);
    // SIGSTOP: the store's server takes connections' bytes and never answers, as an overloaded one.
    redis?.kill('SIGSTOP');
    let opened: Awaited<ReturnType<typeof e2e.discord.slash>>;
    try {
      opened = await e2e.discord.slash({ user: w.member, guild: w.guild, command: 'link' });
      const callback = await opened.waitForResponse((r) => r.kind === 'callback', 2_900);
      expect(callback.kind === 'callback' ? callback.type : undefined).toBe(9);
      expect(opened.errors).toEqual([]);
    } finally {
      redis?.kill('SIGCONT');
    }
    const submitted = await e2e.discord.submitModal({
      user: w.member,
      guild: w.guild,
      from: opened,
      values: { key: w.memberAccount.key, server: '' },
    });
    await submitted.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
    expect(visibleText(submitted.original)).toContain('Panel account linked');
  });

  itEndsClean(e2e);
});

describe('a confirmation pending when the bot stops', () => {
  it('is handed over: its message keeps its buttons, and the bot started again honours the press', async () => {
    const e2e = await startE2E();
    let again: RunningBot | undefined;
    try {
      const world = await createWorld(e2e);
      await linkDirectly(e2e, world.guild, world.member, world.memberAccount, [world.server]);
      const backup = e2e.panel.addBackup(world.server, { name: 'nightly', state: 'completed' });
      const ask = await e2e.discord.slash({
        user: world.member,
        guild: world.guild,
        command: 'backup',
        subcommand: 'delete',
        options: { backup: backup.uuid },
      });
      await ask.waitFor((h) => (h.original?.components?.length ?? 0) > 0, 10_000);
      await e2e.bot.stop();
      // Nothing withdrawn: the question stands, its record waits in the store.
      expect(visibleText(ask.original)).toContain('Confirm within');
      expect(customIds(ask.original)).toHaveLength(2);
      expect(e2e.logs.some((l) => l.includes('handed pending confirmations over to the store'))).toBe(true);

      // The same bot on the same store, started again: the press still deletes the backup, once.
      again = await startBot(e2e.bot.context.config, {
        logger: createLogger('debug', (line) => e2e.logs.push(line)),
        timings: testTimings,
      });
      const press = await e2e.discord.clickButton({
        user: world.member,
        message: ask.original as NonNullable<typeof ask.original>,
        customId: confirmButton(ask.original).custom_id as string,
      });
      await press.waitFor((h) => /Deleted/i.test(visibleText(h.original)), 10_000);
      expect(
        e2e.panel.backupsOf(world.server).some((b) => b.uuid === backup.uuid && b.deletedAt === null),
      ).toBe(false);
      // Both bots, the one that stopped and the one that took over, end clean.
      expect(hygieneProblems(traceOf(e2e), {})).toEqual([]);
    } finally {
      await again?.stop();
      await e2e.close();
    }
  });
});

/** A port nothing listens on yet (127.0.0.1). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
