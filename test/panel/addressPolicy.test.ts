import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackPanel, type PanelUser, startLoopbackPanel } from '#fakes/loopbackPanel.js';
import { PanelClient } from '#panel/client.js';
import { PanelConnections } from '#panel/connections.js';
import { PanelError } from '#panel/errors.js';
import { Secret } from '#src/secret.js';

/** The address policy is enforced when sockets connect, not only when an admin types the URL. */
describe('panel address policy at connection time', () => {
  let panel: LoopbackPanel;
  let user: PanelUser;

  beforeAll(async () => {
    panel = await startLoopbackPanel();
    user = panel.addUser();
  });
  afterAll(async () => {
    await panel.close();
  });

  async function accountVia(url: string, allowPrivateAddresses: boolean) {
    const connections = new PanelConnections({ allowPrivateAddresses });
    try {
      return await new PanelClient({ panelUrl: url, apiKey: new Secret(user.key), connections }).account();
    } finally {
      await connections.close();
    }
  }

  it('reaches a loopback panel when private addresses are allowed', async () => {
    await expect(accountVia(panel.url, true)).resolves.toMatchObject({ username: user.username });
  });

  it('refuses a loopback address literal when private addresses are not allowed, without sending anything', async () => {
    const before = panel.requests.length;
    const error = await accountVia(panel.url, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PanelError);
    expect((error as PanelError).kind).toBe('unreachable');
    expect((error as PanelError).userMessage).toContain('not allowed to connect');
    expect(panel.requests.length).toBe(before);
  });

  it('refuses a host name whose DNS answer is a loopback address, without sending anything', async () => {
    const port = new URL(panel.url).port;
    const before = panel.requests.length;
    const error = await accountVia(`http://localhost:${port}`, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PanelError);
    expect((error as PanelError).userMessage).toContain('not allowed to connect');
    expect((error as PanelError).retryable).toBe(false);
    expect(panel.requests.length).toBe(before);
  });

  it('refuses link-local and metadata literals even when private addresses are allowed', async () => {
    const error = await accountVia('http://169.254.169.254', true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PanelError);
    expect((error as PanelError).userMessage).toContain('not allowed to connect');
  });
});
