import { describe, expect, it } from 'vitest';
import { FLAVORS, failure, usePanel } from './harness.js';

/** The loopback panel's fault knobs, and what the retry policy does with each. */
describe.each(FLAVORS)('PanelClient under faults (%s)', (flavor) => {
  const h = usePanel({ flavor });

  function owner() {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user, backupLimit: 50 });
    return { user, server, client: h.client(user.key) };
  }

  it('answers through added latency within the budget', async () => {
    const { client } = owner();
    h.panel.faults.latencyMs = 150;
    expect((await client.account()).username).toMatch(/^user\d+$/);
  });

  it('turns latency beyond the budget into a timeout', async () => {
    const { user } = owner();
    h.panel.faults.latencyMs = 2_000;
    const error = await failure(h.client(user.key, { timeoutMs: 200 }).account(), 'timeout');
    expect(error.status).toBeNull();
    expect(error.userMessage).toBe(
      'The panel did not answer within 0.2 seconds. It may be overloaded or down: try again later.',
    );
  });

  it('turns a hanging panel into a timeout, without retrying it', async () => {
    const { user, server } = owner();
    h.panel.faults.hangNext(1);
    const mark = h.panel.requests.length;
    const error = await failure(
      h.client(user.key, { timeoutMs: 300 }).resources(server.identifier),
      'timeout',
    );
    expect(error.retryable).toBe(true);
    expect(h.since(mark)).toHaveLength(1);
  });

  for (const status of [502, 503, 504] as const) {
    it(`retries a GET after ${status} and succeeds`, async () => {
      const { client, server } = owner();
      h.panel.faults.failNext(status, 1);
      const mark = h.panel.requests.length;
      expect((await client.listBackups(server.identifier)).backups).toEqual([]);
      expect(h.since(mark)).toHaveLength(2);
    });
  }

  it('gives up on a GET after the retry budget', async () => {
    const { client } = owner();
    h.panel.faults.failNext(503, 5);
    const mark = h.panel.requests.length;
    const error = await failure(client.account(), 'panel_error');
    expect(error.status).toBe(503);
    expect(error.userMessage).toBe(
      'The panel had an internal error (HTTP 503). Try again in a moment; if it keeps happening, tell a panel admin.',
    );
    expect(h.since(mark)).toHaveLength(3);
  });

  it('honours a short Retry-After on a 503', async () => {
    const { client } = owner();
    h.panel.faults.failNext(503, 1, 1);
    const mark = h.panel.requests.length;
    await client.account();
    expect(h.since(mark)).toHaveLength(2);
    expect(h.logLines.some((line) => line.includes('"delayMs":1000'))).toBe(true);
  });

  it('does not retry a 500 even for a GET', async () => {
    const { client } = owner();
    h.panel.faults.failNext(500, 1);
    const mark = h.panel.requests.length;
    const error = await failure(client.account(), 'panel_error');
    expect(error.code).toBe('ErrorException');
    expect(h.since(mark)).toHaveLength(1);
  });

  it('never retries a POST or DELETE on a 5xx', async () => {
    const { client, server } = owner();
    const backup = h.panel.addBackup(server);
    for (const call of [
      () => client.createBackup(server.identifier),
      () => client.restoreBackup(server.identifier, backup.uuid, { truncate: false }),
      () => client.toggleLock(server.identifier, backup.uuid),
      () => client.deleteBackup(server.identifier, backup.uuid),
      () => client.sendPower(server.identifier, 'start'),
    ]) {
      h.panel.faults.failNext(503, 1);
      const mark = h.panel.requests.length;
      await failure(call(), 'panel_error');
      expect(h.since(mark)).toHaveLength(1);
    }
    expect(h.panel.backupsOf(server)).toHaveLength(1);
  });

  it('retries a GET after a short API rate limit', async () => {
    const { client } = owner();
    h.panel.faults.rateLimitNext(1, 1);
    const mark = h.panel.requests.length;
    await client.account();
    expect(h.since(mark)).toHaveLength(2);
  });

  it('never retries a POST after an API rate limit', async () => {
    const { client, server } = owner();
    h.panel.faults.rateLimitNext(1, 1);
    const mark = h.panel.requests.length;
    await failure(client.createBackup(server.identifier), 'rate_limited');
    expect(h.since(mark)).toHaveLength(1);
  });

  it('recognises an HTML login page as not a panel', async () => {
    const { client } = owner();
    h.panel.faults.htmlNext(1);
    const error = await failure(client.account(), 'not_a_panel');
    expect(error.status).toBe(200);
    expect(error.userMessage).toBe(
      'That address does not answer like a Pterodactyl or Pelican panel. Check the panel URL with an admin (`/setup`).',
    );
  });

  it('does not follow a redirect to the login page', async () => {
    const { client } = owner();
    h.panel.faults.redirectToLoginNext(1);
    const mark = h.panel.requests.length;
    const error = await failure(client.listServers(), 'not_a_panel');
    expect(error.status).toBe(302);
    expect(h.since(mark).map((r) => r.path)).toEqual(['/api/client']);
  });

  it('rejects JSON of another shape as not a panel', async () => {
    const { client, server } = owner();
    const backup = h.panel.addBackup(server);
    const calls = [
      () => client.account(),
      () => client.listServers(),
      () => client.server(server.identifier),
      () => client.resources(server.identifier),
      () => client.listBackups(server.identifier),
      () => client.backup(server.identifier, backup.uuid),
      () => client.downloadUrl(server.identifier, backup.uuid),
    ];
    for (const call of calls) {
      h.panel.faults.wrongJsonNext(1);
      const error = await failure(call(), 'not_a_panel');
      expect(error.message).toContain('fails schema');
    }
  });

  it('retries a GET whose connection was reset', async () => {
    const { client, server } = owner();
    h.panel.faults.resetNext(1);
    const mark = h.panel.requests.length;
    expect((await client.server(server.identifier)).server.uuid).toBe(server.uuid);
    expect(h.since(mark)).toHaveLength(2);
  });

  it('does not resend a POST whose connection was reset (it may have arrived)', async () => {
    const { client, server } = owner();
    h.panel.faults.resetNext(1);
    const mark = h.panel.requests.length;
    const error = await failure(client.createBackup(server.identifier), 'unreachable');
    expect(error.userMessage).toContain('could not be reached');
    expect(h.since(mark)).toHaveLength(1);
  });

  it('keeps working after each fault', async () => {
    const { client, server } = owner();
    h.panel.faults.hangNext(1);
    await failure(h.client(server.owner.key, { timeoutMs: 200 }).account(), 'timeout');
    h.panel.faults.resetNext(1);
    await failure(client.createBackup(server.identifier), 'unreachable');
    const created = await client.createBackup(server.identifier, { name: 'after faults' });
    expect(created.name).toBe('after faults');
  });
});
