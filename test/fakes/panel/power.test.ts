import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, firstError, reportedPowerState, setup, waitFor } from './harness.js';

afterEach(closePanels);

describe('power and resources', () => {
  it('stops through stopping to offline, kills at once and starts through starting', async () => {
    const { panel, owner, server, base } = await setup({ stopDurationMs: 20 });
    server.powerState = 'running';
    const state = () => reportedPowerState(panel, owner.key, base);
    expect(await state()).toBe('running');
    expect((await call(panel, owner.key, 'POST', `${base}/power`, { signal: 'stop' })).status).toBe(204);
    expect(await state()).toBe('stopping');
    await waitFor(async () => (await state()) === 'offline', 'offline');
    await call(panel, owner.key, 'POST', `${base}/power`, { signal: 'start' });
    expect(await state()).toBe('starting');
    await waitFor(async () => (await state()) === 'running', 'running');
    await call(panel, owner.key, 'POST', `${base}/power`, { signal: 'kill' });
    expect(await state()).toBe('offline');
  });

  it('serves cached resources while the cache is fresh, and 504 when wings is down', async () => {
    const { panel, owner, server, base } = await setup({ resourcesCacheMs: 60_000 });
    server.powerState = 'running';
    const state = () => reportedPowerState(panel, owner.key, base);
    expect(await state()).toBe('running');
    await call(panel, owner.key, 'POST', `${base}/power`, { signal: 'kill' });
    expect(server.powerState).toBe('offline');
    expect(await state()).toBe('running');
    const other = panel.addServer({ owner, wingsDown: true });
    const down = await call(panel, owner.key, 'GET', `/api/client/servers/${other.identifier}/resources`);
    expect(down.status).toBe(504);
    expect(firstError(down).code).toBe('DaemonConnectionException');
  });

  it('refuses an invalid signal with 403 for a subuser and 422 for the owner', async () => {
    const { panel, owner, server, base } = await setup();
    const member = panel.addUser();
    panel.addSubuser(server, member, ['control.start', 'control.stop', 'control.restart']);
    expect((await call(panel, member.key, 'POST', `${base}/power`, { signal: 'explode' })).status).toBe(403);
    const invalid = await call(panel, owner.key, 'POST', `${base}/power`, { signal: 'explode' });
    expect(invalid.status).toBe(422);
    expect(firstError(invalid)).toMatchObject({
      detail: 'The selected signal is invalid.',
      meta: { source_field: 'signal', rule: 'in' },
    });
    const noStop = panel.addUser();
    panel.addSubuser(server, noStop, ['control.start']);
    expect((await call(panel, noStop.key, 'POST', `${base}/power`, { signal: 'kill' })).status).toBe(403);
  });
});
