import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, firstError, setup, validationError } from './harness.js';

afterEach(closePanels);

describe('authentication and order of checks', () => {
  it('refuses missing or unknown keys with 401, or a 302 to the login page without Accept: json', async () => {
    const { panel, owner } = await setup();
    const missing = await call(panel, undefined, 'GET', '/api/client/account');
    expect(missing.status).toBe(401);
    expect(firstError(missing)).toEqual({
      code: 'AuthenticationException',
      status: '401',
      detail: 'Unauthenticated.',
    });
    panel.revokeKey(owner.key);
    expect((await call(panel, owner.key, 'GET', '/api/client/account')).status).toBe(401);
    const browser = await call(panel, owner.key, 'GET', '/api/client/account', undefined, {
      accept: 'text/html',
    });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe(`${panel.url}/auth/login`);
  });

  it('refuses application keys, IP-restricted keys and (except on the account) users without 2FA', async () => {
    const { panel, owner, base } = await setup();
    const appKey = panel.addApplicationKey(owner);
    expect(appKey).toMatch(/^ptla_/);
    const app = await call(panel, appKey, 'GET', '/api/client/account');
    expect(app.status).toBe(403);
    expect(firstError(app).detail).toBe(
      'You are attempting to use an application API key on an endpoint that requires a client API key.',
    );
    owner.ipRestricted = true;
    const ip = await call(panel, owner.key, 'GET', base);
    expect(ip.status).toBe(403);
    expect(firstError(ip).detail).toBe(
      'This IP address (127.0.0.1) does not have permission to access the API using these credentials.',
    );
    owner.ipRestricted = false;
    owner.twoFactorMissing = true;
    const twoFactor = await call(panel, owner.key, 'GET', base);
    expect(twoFactor.status).toBe(400);
    expect(firstError(twoFactor).code).toBe('TwoFactorAuthRequiredException');
    expect((await call(panel, owner.key, 'GET', '/api/client/account')).status).toBe(200);
  });

  it('hides servers the user cannot reach with 404 before any state conflict', async () => {
    const { panel, server, base } = await setup();
    const stranger = panel.addUser();
    server.status = 'suspended';
    const answer = await call(panel, stranger.key, 'GET', `${base}/backups`);
    expect(answer.status).toBe(404);
    expect(firstError(answer).detail).toBe('The requested resource does not exist on this server.');
    const admin = panel.addUser({ admin: true });
    const asAdmin = await call(panel, admin.key, 'GET', base);
    expect(asAdmin.json.meta.user_permissions).toEqual([
      '*',
      'admin.websocket.errors',
      'admin.websocket.install',
      'admin.websocket.transfer',
    ]);
  });

  it.each([
    [
      { status: 'suspended' },
      'This server is currently suspended and the functionality requested is unavailable.',
    ],
    [
      { nodeMaintenance: true },
      'The node of this server is currently under maintenance and the functionality requested is unavailable.',
    ],
    [
      { status: 'installing' },
      'This server has not yet completed its installation process, please try again later.',
    ],
    [
      { status: 'install_failed' },
      'This server has not yet completed its installation process, please try again later.',
    ],
    [
      { status: 'restoring_backup' },
      'This server is currently restoring from a backup, please try again later.',
    ],
    [
      { transferring: true },
      'This server is currently being transferred to a new machine, please try again later.',
    ],
  ] as const)('answers 409 for %o except on the server view', async (state, detail) => {
    const { panel, owner, server, base } = await setup();
    Object.assign(server, state);
    const existing = panel.addBackup(server);
    for (const path of [`${base}/backups`, `${base}/resources`, `${base}/backups/${existing.uuid}`]) {
      const answer = await call(panel, owner.key, 'GET', path);
      expect(answer.status).toBe(409);
      expect(firstError(answer)).toEqual({ code: 'ServerStateConflictException', status: '409', detail });
    }
    expect((await call(panel, owner.key, 'GET', base)).status).toBe(200);
    // Route-model binding comes before the state check (§7): an unknown backup is still a 404.
    const unknown = await call(
      panel,
      owner.key,
      'GET',
      `${base}/backups/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`,
    );
    expect(unknown.status).toBe(404);
    expect(firstError(unknown)?.code).toBe('NotFoundHttpException');
  });

  it('binds backups to their own server, then checks permission, then validates', async () => {
    const { panel, owner, server, base } = await setup();
    const other = panel.addServer({ owner });
    const foreign = panel.addBackup(other);
    expect((await call(panel, owner.key, 'GET', `${base}/backups/${foreign.uuid}`)).status).toBe(404);

    const member = panel.addUser();
    panel.addSubuser(server, member, ['backup.read']);
    const longName = 'x'.repeat(192);
    const denied = await call(panel, member.key, 'POST', `${base}/backups`, { name: longName });
    expect(denied.status).toBe(403);
    expect(firstError(denied)).toEqual({
      code: 'AccessDeniedHttpException',
      status: '403',
      detail: 'This action is unauthorized.',
    });
    const invalid = await call(panel, owner.key, 'POST', `${base}/backups`, {
      name: longName,
      is_locked: 'yes',
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json.errors).toEqual([
      validationError('name', 'max', 'The name may not be greater than 191 characters.'),
      validationError('is_locked', 'boolean', 'The is_locked field must be true or false.'),
    ]);
  });

  it('rate-limits per user across keys with X-RateLimit headers', async () => {
    const { panel, owner } = await setup({ rateLimitPerMinute: 2 });
    const secondKey = panel.addClientKey(owner);
    const first = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    expect((await call(panel, secondKey, 'GET', '/api/client/account')).status).toBe(200);
    const limited = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(limited.status).toBe(429);
    expect(firstError(limited)).toEqual({
      code: 'ThrottleRequestsException',
      status: '429',
      detail: 'Too Many Attempts.',
    });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const someoneElse = panel.addUser();
    expect((await call(panel, someoneElse.key, 'GET', '/api/client/account')).status).toBe(200);
  });
});
