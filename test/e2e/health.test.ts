import { join } from 'node:path';
import { KeyvSqlite } from '@keyv/sqlite';
import { describe, expect, it } from 'vitest';
import { createLogger } from '#src/log.js';
import { startHealthServer } from '#src/ops/health.js';
import { BotMetrics, panelRoute } from '#src/ops/metrics.js';
import { itEndsClean, useE2E } from './fixtures.js';
import { visibleText, waitUntil } from './harness.js';
import { answer, backupCommand, soloMember } from './memberFlows.js';

/** One sample of the Prometheus text format: `name{label="value",…} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * A small reader of the text exposition format (version 0.0.4): comments and TYPE lines, then one
 * sample a line with its labels' escapes (\\, \", \n) undone. Fails on a line it cannot read, and on a
 * sample whose family has no TYPE line, so a malformed exposition fails the test.
 */
function parseExposition(text: string): Sample[] {
  const typed = new Set<string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type?.[1]) {
      typed.add(type[1]);
      continue;
    }
    if (line.startsWith('#')) continue;
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: \d+)?$/.exec(line);
    if (!sample?.[1] || sample[3] === undefined) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    const body = sample[2] ?? '';
    const label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/gy;
    let read = 0;
    for (let match = label.exec(body); match; match = label.exec(body)) {
      labels[match[1] as string] = (match[2] as string).replace(/\\(.)/g, (_, c: string) =>
        c === 'n' ? '\n' : c,
      );
      read = label.lastIndex;
    }
    if (read !== body.length) throw new Error(`unreadable labels: ${line}`);
    const name = sample[1];
    const family = name.replace(/_(bucket|sum|count)$/, '');
    if (!typed.has(name) && !typed.has(family)) throw new Error(`a sample without a TYPE line: ${line}`);
    samples.push({ name, labels, value: Number(sample[3]) });
  }
  return samples;
}

/** The value of the one sample of `name` whose labels include `labels`; 0 when there is none. */
function valueIn(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value ?? 0;
}

const P = 'ptero_backup_bot_';

describe('health and metrics endpoints of the running bot (HEALTH_PORT)', () => {
  const e2e = useE2E({ env: { HEALTH_PORT: '0' } });

  const url = (path: string) => {
    const health = e2e.bot.health;
    if (health === undefined) throw new Error('the bot started no health server');
    return `${health.url}${path}`;
  };
  const readiness = async () => {
    const response = await fetch(url('/readyz'));
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  };
  const scrape = async () => {
    const response = await fetch(url('/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    return { text, samples: parseExposition(text) };
  };

  it('listens on loopback only, on the port the system chose for HEALTH_PORT=0', () => {
    expect(e2e.bot.health?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(e2e.bot.health?.port).toBeGreaterThan(0);
  });

  it('answers /healthz with 200 while the process is up', async () => {
    const response = await fetch(url('/healthz'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok\n');
  });

  it('answers /readyz with 200 when the gateway is connected and the store answers', async () => {
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', gateway: 'ok', store: 'ok' } });
  });

  it('answers 404 for any other path and 405 for another method', async () => {
    expect((await fetch(url('/'))).status).toBe(404);
    expect((await fetch(url('/metrics/extra'))).status).toBe(404);
    const post = await fetch(url('/readyz'), { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('counts in /metrics exactly the interactions, panel requests and long work that happened', async () => {
    const m = await soloMember(e2e, { username: 'counted', servers: ['Survival'], backupLimit: 5 });
    const stranger = await soloMember(e2e, { username: 'stranger', account: 'nobody', link: false });
    const before = await scrape();
    const panelBefore = e2e.panel.requests.length;

    await backupCommand(e2e, m, 'list');
    await backupCommand(e2e, m, 'list');
    const refused = await backupCommand(e2e, stranger, 'list');
    expect(visibleText(refused.original)).toContain('/link');
    const created = await backupCommand(e2e, m, 'create', { name: 'counted one' });
    await created.waitFor((h) => visibleText(h.original).includes('Completed'));
    await waitUntil(() => e2e.bot.context.background.size === 0, 'the follow to end');
    const backup = e2e.panel.addBackup(m.server, { name: 'old', state: 'completed' });
    const question = await backupCommand(e2e, m, 'delete', { backup: backup.uuid });
    const waiting = await scrape();
    expect(valueIn(waiting.samples, `${P}pending_confirmations`)).toBe(1);
    await answer(e2e, m, question.original, 'cancel');

    // The router counts once the handler has ended, just after the answer went out.
    const command = (name: string, outcome: string) => ({ kind: 'command', command: name, outcome });
    let after = await scrape();
    await waitUntil(async () => {
      after = await scrape();
      return (
        valueIn(after.samples, `${P}interactions_total`, { kind: 'component', command: 'confirm' }) === 1
      );
    }, 'the cancel press to be counted');
    const counted = (labels: Record<string, string>) =>
      valueIn(after.samples, `${P}interactions_total`, labels) -
      valueIn(before.samples, `${P}interactions_total`, labels);
    expect(counted(command('backup list', 'ok'))).toBe(2);
    expect(counted(command('backup list', 'refused'))).toBe(1);
    expect(counted(command('backup list', 'error'))).toBe(0);
    expect(counted(command('backup create', 'ok'))).toBe(1);
    expect(counted(command('backup delete', 'ok'))).toBe(1);
    expect(counted({ kind: 'component', command: 'confirm', outcome: 'ok' })).toBe(1);
    expect(
      valueIn(after.samples, `${P}interaction_duration_seconds_count`, {
        kind: 'command',
        command: 'backup list',
      }) -
        valueIn(before.samples, `${P}interaction_duration_seconds_count`, {
          kind: 'command',
          command: 'backup list',
        }),
    ).toBe(3);

    // Every request the panel received is counted under its route, none more, none without an answer.
    const received = new Map<string, number>();
    for (const request of e2e.panel.requests.slice(panelBefore)) {
      const route = panelRoute(request.method, request.path);
      received.set(route, (received.get(route) ?? 0) + 1);
    }
    const countedRoutes = new Map<string, number>();
    for (const sample of after.samples.filter((s) => s.name === `${P}panel_requests_total`)) {
      const was = before.samples.find(
        (s) =>
          s.name === sample.name &&
          s.labels.route === sample.labels.route &&
          s.labels.status === sample.labels.status,
      );
      const delta = sample.value - (was?.value ?? 0);
      if (delta === 0) continue;
      expect(sample.labels.status).toMatch(/^2\d\d$/);
      const route = sample.labels.route as string;
      countedRoutes.set(route, (countedRoutes.get(route) ?? 0) + delta);
    }
    expect(Object.fromEntries(countedRoutes)).toEqual(Object.fromEntries(received));
    expect(received.get('POST /servers/{server}/backups')).toBe(1);
    expect(received.get('GET /servers/{server}/backups')).toBeGreaterThanOrEqual(2);
    const latencyCount = after.samples
      .filter((s) => s.name === `${P}panel_request_duration_seconds_count`)
      .reduce((sum, s) => sum + s.value, 0);
    expect(latencyCount).toBe(
      after.samples.filter((s) => s.name === `${P}panel_requests_total`).reduce((sum, s) => sum + s.value, 0),
    );

    // The backup was followed to its end; the question is no longer pending.
    expect(valueIn(after.samples, `${P}long_work_started_total`, { kind: 'backup' })).toBe(1);
    expect(valueIn(after.samples, `${P}long_work_finished_total`, { kind: 'backup' })).toBe(1);
    expect(valueIn(after.samples, `${P}long_work_in_flight`, { kind: 'backup' })).toBe(0);
    expect(valueIn(after.samples, `${P}pending_confirmations`)).toBe(0);
    // No notifications channel: the watch looked at nothing and spent nothing.
    expect(after.samples.some((s) => s.name === `${P}watch_looks_total`)).toBe(false);
    expect(valueIn(after.samples, `${P}watch_budget_requests`)).toBe(0);
    expect(valueIn(after.samples, `${P}store_errors_total`)).toBe(0);
    // The process metrics come along.
    expect(valueIn(after.samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(after.samples.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);

    // Labels name routes and commands, never a server, a backup, a user or a key.
    for (const secret of [m.server.identifier, m.server.uuid, backup.uuid, m.user.id, m.account.key])
      expect(after.text).not.toContain(secret);
  });

  it('says 503 on /readyz while the store cannot take a write, counts the failure, and 200 once it can', async () => {
    // Another connection holds SQLite's write lock: the bot's writes wait (busy timeout 5 s), then fail.
    const lock = new KeyvSqlite({ uri: `sqlite://${join(e2e.storeDir, 'bot.sqlite')}` });
    await lock.query('BEGIN IMMEDIATE');
    try {
      const stuck = await readiness();
      expect(stuck.status).toBe(503);
      expect(stuck.body).toEqual({
        status: 'not ready',
        gateway: 'ok',
        store: 'the store did not answer within 2 s',
      });
      // The write under way gives up at the busy timeout: a store error, counted by operation.
      await waitUntil(
        async () => valueIn((await scrape()).samples, `${P}store_errors_total`, { operation: 'set' }) === 1,
        'the store error to be counted',
        10_000,
      );
    } finally {
      await lock.query('ROLLBACK');
      await lock.disconnect();
    }
    await waitUntil(async () => (await readiness()).status === 200, '/readyz to be 200 again', 10_000);
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', gateway: 'ok', store: 'ok' } });
    expect(e2e.logs.some((line) => line.includes('"msg":"not ready"'))).toBe(true);
    expect(e2e.logs.some((line) => line.includes('"msg":"ready again"'))).toBe(true);
  });

  itEndsClean(e2e);
});

describe('the health server on its own', () => {
  const started = async (checks: Parameters<typeof startHealthServer>[0]['checks'], storeTimeoutMs = 300) =>
    startHealthServer({
      host: '127.0.0.1',
      port: 0,
      checks,
      metrics: new BotMetrics(),
      logger: createLogger('error', () => {}),
      storeTimeoutMs,
    });

  it('says 503 with the gateway’s state while a shard is not connected', async () => {
    const health = await started({
      gatewayProblem: () => 'gateway shard 0 reconnecting',
      pingStore: async () => {},
    });
    try {
      const response = await fetch(`${health.url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'not ready',
        gateway: 'gateway shard 0 reconnecting',
        store: 'ok',
      });
    } finally {
      await health.close();
    }
  });

  it('says why the store failed (no password shown), and asks a stuck store only once at a time', async () => {
    let pings = 0;
    let failing = true;
    const health = await started({
      gatewayProblem: () => null,
      pingStore: () => {
        pings += 1;
        return failing
          ? Promise.reject(new Error('connection refused by redis://bot:hunter2@127.0.0.1:6379'))
          : new Promise<void>(() => {});
      },
    });
    try {
      const failed = await fetch(`${health.url}/readyz`);
      expect(failed.status).toBe(503);
      // Its words, without the password of a URL in them.
      expect(((await failed.json()) as { store: string }).store).toBe(
        'the store failed: connection refused by redis://[redacted]@127.0.0.1:6379',
      );
      failing = false;
      const answers = await Promise.all([1, 2, 3].map(() => fetch(`${health.url}/readyz`)));
      expect(answers.map((a) => a.status)).toEqual([503, 503, 503]);
      expect(pings).toBe(2);
    } finally {
      await health.close();
    }
  });

  it('refuses a port already in use with a message naming HEALTH_PORT', async () => {
    const first = await started({ gatewayProblem: () => null, pingStore: async () => {} });
    try {
      await expect(
        startHealthServer({
          host: '127.0.0.1',
          port: first.port,
          checks: { gatewayProblem: () => null, pingStore: async () => {} },
          metrics: new BotMetrics(),
          logger: createLogger('error', () => {}),
        }),
      ).rejects.toThrow(/HEALTH_PORT 127\.0\.0\.1:\d+ is already in use/);
    } finally {
      await first.close();
    }
  });
});
