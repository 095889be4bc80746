import { describe, expect, it } from 'vitest';
import { BotMetrics, MAX_ROUTES, OTHER_ROUTE, panelRoute } from '#src/ops/metrics.js';
import { RequestBudget } from '#watch/budget.js';

/** The label values a metric holds now, by label name. */
async function labelValues(metrics: BotMetrics, name: string, label: string): Promise<string[]> {
  const metric = metrics.registry.getSingleMetric(name);
  if (metric === undefined) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  return values.map((v) => String((v.labels as Record<string, unknown>)[label]));
}

async function sampleSum(metrics: BotMetrics, name: string, labels: Record<string, string>): Promise<number> {
  const metric = metrics.registry.getSingleMetric(name);
  if (metric === undefined) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  const matching = values.filter((v) =>
    Object.entries(labels).every(([key, value]) => (v.labels as Record<string, unknown>)[key] === value),
  );
  return matching.reduce((sum, v) => sum + v.value, 0);
}

describe('panel route templates (the panel metrics’ route label)', () => {
  const server = '1a2b3c4d';
  const uuid = '9f8e7d6c-5b4a-4321-8abc-0123456789ab';

  it('names every route the client calls by its template, relative to /api/client', () => {
    expect(panelRoute('GET', '/api/client')).toBe('GET /');
    expect(panelRoute('GET', '/api/client/account')).toBe('GET /account');
    expect(panelRoute('GET', `/api/client/servers/${server}`)).toBe('GET /servers/{server}');
    expect(panelRoute('GET', `/api/client/servers/${server}/resources`)).toBe(
      'GET /servers/{server}/resources',
    );
    expect(panelRoute('POST', `/api/client/servers/${server}/power`)).toBe('POST /servers/{server}/power');
    expect(panelRoute('GET', `/api/client/servers/${server}/backups`)).toBe('GET /servers/{server}/backups');
    expect(panelRoute('POST', `/api/client/servers/${server}/backups`)).toBe(
      'POST /servers/{server}/backups',
    );
    expect(panelRoute('GET', `/api/client/servers/${server}/backups/${uuid}/download`)).toBe(
      'GET /servers/{server}/backups/{backup}/download',
    );
    expect(panelRoute('POST', `/api/client/servers/${server}/backups/${uuid}/restore`)).toBe(
      'POST /servers/{server}/backups/{backup}/restore',
    );
    expect(panelRoute('DELETE', `/api/client/servers/${server}/backups/${uuid}`)).toBe(
      'DELETE /servers/{server}/backups/{backup}',
    );
    expect(panelRoute('PUT', `/api/client/servers/${server}/backups/${uuid}/rename`)).toBe(
      'PUT /servers/{server}/backups/{backup}/rename',
    );
    expect(panelRoute('POST', `/api/client/servers/${server}/schedules/17/tasks`)).toBe(
      'POST /servers/{server}/schedules/{schedule}/tasks',
    );
    expect(panelRoute('POST', `/api/client/servers/${server}/schedules/17/execute`)).toBe(
      'POST /servers/{server}/schedules/{schedule}/execute',
    );
    expect(panelRoute('POST', `/api/client/servers/${server}/schedules/17/tasks/3`)).toBe(
      'POST /servers/{server}/schedules/{schedule}/tasks/{task}',
    );
  });

  it('gives different ids the same label and keeps none of them', () => {
    const labels = new Set(
      ['aaaa1111', 'bbbb2222', 'cccc3333'].flatMap((id) => [
        panelRoute('GET', `/api/client/servers/${id}/backups`),
        panelRoute('get', `/api/client/servers/${id}/backups?page=2&per_page=50`),
      ]),
    );
    expect([...labels]).toEqual(['GET /servers/{server}/backups']);
  });

  it('reads a collection word in an id’s place as the id', () => {
    expect(panelRoute('GET', '/api/client/servers/backups/backups/schedules')).toBe(
      'GET /servers/{server}/backups/{backup}',
    );
  });

  it('turns unknown segments into {id}, and paths outside the client API or too long into {other}', () => {
    expect(panelRoute('GET', `/api/client/servers/${server}/files/ptlc_secretlookingthing`)).toBe(
      'GET /servers/{server}/{id}/{id}',
    );
    expect(panelRoute('GET', '/api/application/users/1')).toBe(`GET ${OTHER_ROUTE}`);
    expect(panelRoute('GET', '/auth/login')).toBe(`GET ${OTHER_ROUTE}`);
    expect(panelRoute('GET', '/api/clientele')).toBe(`GET ${OTHER_ROUTE}`);
    expect(panelRoute('GET', `/api/client/servers/${server}/a/b/c/d/e`)).toBe(`GET ${OTHER_ROUTE}`);
    expect(panelRoute('BREW', '/api/client/account')).toBe('OTHER /account');
  });

  it('keeps at most MAX_ROUTES distinct routes in the metrics; the rest are counted as {other}', async () => {
    const metrics = new BotMetrics();
    // Every distinct unknown-word path of one segment templates alike; distinct shapes come from lengths and methods.
    const shapes: string[] = [];
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'BREW'])
      for (let depth = 0; depth <= 6; depth += 1)
        for (const tail of ['', '/account', '/backups', '/schedules', '/tasks', '/power'])
          shapes.push(`${method} /api/client${'/x'.repeat(depth)}${tail}`);
    for (const shape of shapes) {
      const [method = 'GET', path = ''] = shape.split(' ');
      metrics.panelAnswered({ method, path, status: 200, ms: 5 });
    }
    const routes = new Set(await labelValues(metrics, 'ptero_backup_bot_panel_requests_total', 'route'));
    expect(
      new Set(shapes.map((s) => panelRoute(s.split(' ')[0] ?? '', s.split(' ')[1] ?? ''))).size,
    ).toBeGreaterThan(MAX_ROUTES);
    expect(routes.size).toBe(MAX_ROUTES + 1);
    expect(routes.has(OTHER_ROUTE)).toBe(true);
    expect(await sampleSum(metrics, 'ptero_backup_bot_panel_requests_total', {})).toBe(shapes.length);
  });

  it('labels a status by its number, a request with no answer `error`, anything else `other`', async () => {
    const metrics = new BotMetrics();
    const path = `/api/client/servers/${server}`;
    metrics.panelAnswered({ method: 'GET', path, status: 200, ms: 12 });
    metrics.panelAnswered({ method: 'GET', path, status: 'error', ms: 2_000 });
    metrics.panelAnswered({ method: 'GET', path, status: 1234, ms: 1 });
    expect((await labelValues(metrics, 'ptero_backup_bot_panel_requests_total', 'status')).sort()).toEqual([
      '200',
      'error',
      'other',
    ]);
    const text = (await metrics.scrape()).text;
    expect(text).not.toContain(server);
    expect(text).toContain(
      'ptero_backup_bot_panel_request_duration_seconds_count{route="GET /servers/{server}"} 3',
    );
  });
});

describe('the bot metrics object', () => {
  it('gives each bot its own registry: two in one process count apart and never clash', async () => {
    const one = new BotMetrics();
    const two = new BotMetrics();
    one.interactionHandled('command', 'backup list', 'ok', 30);
    one.interactionHandled('command', 'backup list', 'ok', 40);
    two.interactionHandled('command', 'backup list', 'refused', 5);
    const labels = { command: 'backup list' };
    expect(await sampleSum(one, 'ptero_backup_bot_interactions_total', { ...labels, outcome: 'ok' })).toBe(2);
    expect(await sampleSum(two, 'ptero_backup_bot_interactions_total', { ...labels, outcome: 'ok' })).toBe(0);
    expect(
      await sampleSum(two, 'ptero_backup_bot_interactions_total', { ...labels, outcome: 'refused' }),
    ).toBe(1);
    // The process metrics are in both.
    for (const metrics of [one, two])
      expect((await metrics.scrape()).text).toContain('process_cpu_user_seconds_total');
  });

  it('reads its gauges from the sources it is given, at scrape time', async () => {
    const metrics = new BotMetrics();
    let pending = 3;
    metrics.readFrom({
      pendingConfirmations: () => pending,
      watchBudget: () => ({ requests: 7, highestShare: 0.28 }),
    });
    expect(await sampleSum(metrics, 'ptero_backup_bot_pending_confirmations', {})).toBe(3);
    pending = 1;
    expect(await sampleSum(metrics, 'ptero_backup_bot_pending_confirmations', {})).toBe(1);
    expect(await sampleSum(metrics, 'ptero_backup_bot_watch_budget_requests', {})).toBe(7);
    expect(await sampleSum(metrics, 'ptero_backup_bot_watch_budget_used_ratio', {})).toBe(0.28);
  });

  it('counts long work started and finished, and what is in flight between', async () => {
    const metrics = new BotMetrics();
    metrics.followStarted('backup');
    metrics.followStarted('backup');
    metrics.followFinished('backup');
    expect(await sampleSum(metrics, 'ptero_backup_bot_long_work_started_total', { kind: 'backup' })).toBe(2);
    expect(await sampleSum(metrics, 'ptero_backup_bot_long_work_finished_total', { kind: 'backup' })).toBe(1);
    expect(await sampleSum(metrics, 'ptero_backup_bot_long_work_in_flight', { kind: 'backup' })).toBe(1);
  });
});

describe('the watch budget used (RequestBudget.usedInWindow)', () => {
  it('counts the slots taken in the last window, not those still ahead', async () => {
    const budget = new RequestBudget(60_000);
    const controller = new AbortController();
    const { signal } = controller;
    const start = Date.now();
    await budget.take(signal);
    expect(budget.usedInWindow(start + 1)).toBe(1);
    // The next slot is a spacing ahead: taken, but not yet spent.
    const next = budget.take(signal);
    expect(budget.usedInWindow()).toBe(1);
    expect(budget.usedInWindow(start + budget.spacingMs + 1)).toBe(2);
    expect(budget.usedInWindow(start + 60_000 + budget.spacingMs + 1)).toBe(0);
    controller.abort();
    await expect(next).rejects.toThrow();
  });
});
