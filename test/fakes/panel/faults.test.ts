import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, firstError, setup, waitFor } from './harness.js';

afterEach(closePanels);

describe('fault knobs', () => {
  it('fails the next requests with 5xx panel envelopes and an optional Retry-After', async () => {
    const { panel, owner } = await setup();
    panel.faults.failNext(504);
    panel.faults.failNext(503, 1, 7);
    const gateway = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(gateway.status).toBe(504);
    expect(firstError(gateway).code).toBe('DaemonConnectionException');
    const unavailable = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('7');
    expect(firstError(unavailable).status).toBe('503');
    expect((await call(panel, owner.key, 'GET', '/api/client/account')).status).toBe(200);
  });

  it('answers HTML, a login redirect, JSON of another shape and a 429 when asked', async () => {
    const { panel, owner } = await setup();
    panel.faults.htmlNext();
    panel.faults.redirectToLoginNext();
    panel.faults.wrongJsonNext();
    panel.faults.rateLimitNext(1, 9);
    const html = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.text).toContain('<form');
    const redirect = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(`${panel.url}/auth/login`);
    const wrong = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(wrong.status).toBe(200);
    expect(wrong.json.object).toBeUndefined();
    const limited = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('9');
    expect(firstError(limited).detail).toBe('Too Many Attempts.');
  });

  it('keeps a 429 meant for one method and path until such a request comes', async () => {
    const { panel, owner } = await setup();
    panel.faults.rateLimitNext(1, 3, { method: 'DELETE', path: '/backups/some-uuid' });
    expect((await call(panel, owner.key, 'GET', '/api/client/account')).status).toBe(200);
    const other = await call(panel, owner.key, 'DELETE', '/api/client/servers/zz99zz99/backups/other-uuid');
    expect(other.status).toBe(404);
    const meant = await call(panel, owner.key, 'DELETE', '/api/client/servers/zz99zz99/backups/some-uuid');
    expect(meant.status).toBe(429);
    expect(meant.headers.get('retry-after')).toBe('3');
    // Taken once.
    expect(
      (await call(panel, owner.key, 'DELETE', '/api/client/servers/zz99zz99/backups/some-uuid')).status,
    ).toBe(404);
  });

  it('resets the connection, hangs until close, and clear() drops queued faults', async () => {
    const { panel, owner } = await setup();
    panel.faults.resetNext();
    await expect(call(panel, owner.key, 'GET', '/api/client/account')).rejects.toThrow();
    panel.faults.htmlNext(3);
    panel.faults.clear();
    expect((await call(panel, owner.key, 'GET', '/api/client/account')).status).toBe(200);

    panel.faults.hangNext();
    const before = panel.requests.length;
    const hanging = call(panel, owner.key, 'GET', '/api/client/account');
    const settled = hanging.then(
      () => 'answered',
      () => 'failed',
    );
    await waitFor(() => panel.requests.length > before, 'the hanging request to arrive');
    await panel.close();
    expect(await settled).toBe('failed');
  });

  it('adds latency before answering', async () => {
    const { panel, owner } = await setup();
    panel.faults.latencyMs = 30;
    const answer = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(answer.status).toBe(200);
    panel.faults.clear();
    expect(panel.faults.latencyMs).toBe(0);
  });
});
