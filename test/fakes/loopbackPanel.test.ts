import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type LoopbackPanel,
  type LoopbackPanelOptions,
  type PanelServer,
  type PanelUser,
  startLoopbackPanel,
} from './loopbackPanel.js';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON paths
  json: any;
}

const panels: LoopbackPanel[] = [];

afterEach(async () => {
  await Promise.all(panels.splice(0).map((p) => p.close()));
});

async function start(options: LoopbackPanelOptions = {}): Promise<LoopbackPanel> {
  const panel = await startLoopbackPanel(options);
  panels.push(panel);
  return panel;
}

async function call(
  panel: LoopbackPanel,
  key: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (key !== undefined) headers.authorization = `Bearer ${key}`;
  const init: RequestInit = { method, headers, redirect: 'manual' };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const response = await fetch(`${panel.url}${path}`, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function firstError(answer: Answer): { code: string; status: string; detail: string; meta?: unknown } {
  return answer.json.errors[0];
}

async function setup(options: LoopbackPanelOptions = {}) {
  const panel = await start(options);
  const owner = panel.addUser({ username: 'owner' });
  const server = panel.addServer({ owner, name: 'Survival', backupLimit: 3 });
  const base = `/api/client/servers/${server.identifier}`;
  return { panel, owner, server, base };
}

describe('envelopes', () => {
  it('sends an empty backup list with links {} and one page', async () => {
    const { panel, owner, base } = await setup();
    const answer = await call(panel, owner.key, 'GET', `${base}/backups`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.json).toEqual({
      object: 'list',
      data: [],
      meta: {
        backup_count: 0,
        pagination: { total: 0, count: 0, per_page: 20, current_page: 1, total_pages: 1, links: {} },
      },
    });
  });

  it('answers 204 with an empty body and errors with a string status', async () => {
    const { panel, owner, server, base } = await setup();
    const backup = panel.addBackup(server);
    const deleted = await call(panel, owner.key, 'DELETE', `${base}/backups/${backup.uuid}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const again = await call(panel, owner.key, 'DELETE', `${base}/backups/${backup.uuid}`);
    expect(again.json).toEqual({
      errors: [
        {
          code: 'NotFoundHttpException',
          status: '404',
          detail: 'The requested resource could not be found on the server.',
        },
      ],
    });
  });

  it('shows the server with owner meta and feature limits, by identifier or uuid', async () => {
    const { panel, owner, server } = await setup();
    for (const id of [server.identifier, server.uuid]) {
      const answer = await call(panel, owner.key, 'GET', `/api/client/servers/${id}`);
      expect(answer.status).toBe(200);
      expect(answer.json.object).toBe('server');
      expect(answer.json.attributes).toMatchObject({
        identifier: server.identifier,
        uuid: server.uuid,
        name: 'Survival',
        status: null,
        feature_limits: { backups: 3 },
      });
      expect(answer.json.meta).toEqual({ is_server_owner: true, user_permissions: ['*'] });
    }
    const unknown = await call(panel, owner.key, 'GET', '/api/client/servers/not-an-id');
    expect(firstError(unknown).detail).toBe('The requested resource could not be found on the server.');
  });

  it('reports a route it does not know as NotFoundHttpException and malformed JSON as a 400', async () => {
    const { panel, owner, base } = await setup();
    const unknown = await call(panel, owner.key, 'GET', '/api/client/nothing-here');
    expect(unknown.status).toBe(404);
    expect(firstError(unknown).code).toBe('NotFoundHttpException');
    const malformed = await call(panel, owner.key, 'POST', `${base}/backups`, '{"name":');
    expect(malformed.status).toBe(400);
    expect(firstError(malformed)).toEqual({
      code: 'BadRequestHttpException',
      status: '400',
      detail: 'The JSON data passed in the request appears to be malformed: Syntax error',
    });
  });

  it('records requests without the Authorization value', async () => {
    const { panel, owner, base } = await setup();
    await call(panel, owner.key, 'GET', `${base}/backups?page=2`, undefined, { 'user-agent': 'probe/1' });
    await call(panel, undefined, 'GET', '/api/client/account');
    expect(panel.requests).toEqual([
      {
        method: 'GET',
        path: `${base}/backups`,
        query: { page: '2' },
        body: undefined,
        authorization: 'bearer',
        accept: 'application/json',
        userAgent: 'probe/1',
      },
      expect.objectContaining({ authorization: 'none', path: '/api/client/account' }),
    ]);
    expect(JSON.stringify(panel.requests)).not.toContain(owner.key);
  });
});

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
      {
        code: 'ValidationException',
        status: '422',
        detail: 'The name may not be greater than 191 characters.',
        meta: { source_field: 'name', rule: 'max' },
      },
      {
        code: 'ValidationException',
        status: '422',
        detail: 'The is_locked field must be true or false.',
        meta: { source_field: 'is_locked', rule: 'boolean' },
      },
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

describe('lists', () => {
  it('pages backups: default 20, cap 50, 0 means 15, junk page is 1, links keep only the page', async () => {
    const { panel, owner, server, base } = await setup();
    const made = Array.from({ length: 60 }, (_, i) => panel.addBackup(server, { name: `b${i}` }));
    panel.addBackup(server, { state: 'failed' });
    const first = await call(panel, owner.key, 'GET', `${base}/backups?per_page=10&page=2`);
    expect(first.json.data.map((d: { attributes: { name: string } }) => d.attributes.name)).toEqual(
      made.slice(10, 20).map((b) => b.name),
    );
    expect(first.json.meta.backup_count).toBe(60);
    expect(first.json.meta.pagination).toEqual({
      total: 61,
      count: 10,
      per_page: 10,
      current_page: 2,
      total_pages: 7,
      links: { previous: `${panel.url}${base}/backups?page=1`, next: `${panel.url}${base}/backups?page=3` },
    });
    const perPage = async (query: string) =>
      (await call(panel, owner.key, 'GET', `${base}/backups${query}`)).json.meta.pagination;
    expect((await perPage('')).per_page).toBe(20);
    expect((await perPage('?per_page=500')).per_page).toBe(50);
    expect((await perPage('?per_page=0')).per_page).toBe(15);
    expect((await perPage('?page=abc')).current_page).toBe(1);
    const past = await call(panel, owner.key, 'GET', `${base}/backups?page=9`);
    expect(past.json.data).toEqual([]);
    expect(past.json.meta.pagination.current_page).toBe(9);
  });

  it('lists servers with per_page 50 by default and links that keep the query', async () => {
    const { panel, owner } = await setup();
    for (let i = 0; i < 3; i++) panel.addServer({ owner });
    const other = panel.addUser();
    const shared = panel.addServer({ owner: other });
    panel.addSubuser(shared, owner, ['backup.read']);
    panel.addServer({ owner: other });
    const all = await call(panel, owner.key, 'GET', '/api/client');
    expect(all.json.meta.pagination).toMatchObject({ total: 5, per_page: 50, links: {} });
    expect(all.json.data[0].meta).toBeUndefined();
    const owned = await call(panel, owner.key, 'GET', '/api/client?type=owner&per_page=2');
    expect(owned.json.meta.pagination.total).toBe(4);
    expect(owned.json.meta.pagination.links).toEqual({
      next: `${panel.url}/api/client?type=owner&per_page=2&page=2`,
    });
    const capped = await call(panel, owner.key, 'GET', '/api/client?per_page=1000');
    expect(capped.json.meta.pagination.per_page).toBe(100);
  });

  it('shapes the account as Pterodactyl does', async () => {
    const { panel, owner } = await setup();
    const answer = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(answer.json.object).toBe('user');
    expect(Object.keys(answer.json.attributes)).toEqual([
      'id',
      'admin',
      'username',
      'email',
      'first_name',
      'last_name',
      'language',
    ]);
    expect(owner.key).toMatch(/^ptlc_[A-Za-z0-9]{43}$/);
  });
});

describe('creating backups', () => {
  it('answers 200 in progress, then completes with size, checksum and completion time', async () => {
    const { panel, owner, base } = await setup({ backupDurationMs: 20 });
    const created = await call(panel, owner.key, 'POST', `${base}/backups`, {
      name: '  nightly  ',
      ignored: 'logs/*\n\n*.tmp\n',
      is_locked: true,
    });
    expect(created.status).toBe(200);
    expect(created.json).toEqual({
      object: 'backup',
      attributes: {
        uuid: expect.any(String),
        is_successful: false,
        is_locked: true,
        name: 'nightly',
        ignored_files: ['logs/*', '*.tmp'],
        checksum: null,
        bytes: 0,
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
        completed_at: null,
      },
    });
    const path = `${base}/backups/${created.json.attributes.uuid}`;
    await waitFor(
      async () => (await call(panel, owner.key, 'GET', path)).json.attributes.is_successful,
      'backup',
    );
    const done = (await call(panel, owner.key, 'GET', path)).json.attributes;
    expect(done.checksum).toMatch(/^sha1:[0-9a-f]{40}$/);
    expect(done.bytes).toBeGreaterThan(0);
    expect(done.completed_at).toMatch(/\+00:00$/);
  });

  it('names an unnamed backup by its UTC time and ignores is_locked without backup.delete', async () => {
    const { panel, server, base } = await setup();
    const member = panel.addUser();
    panel.addSubuser(server, member, ['backup.create']);
    const created = await call(panel, member.key, 'POST', `${base}/backups`, { name: '', is_locked: true });
    expect(created.status).toBe(200);
    expect(created.json.attributes.name).toMatch(/^Backup at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(created.json.attributes.is_locked).toBe(false);
  });

  it('forces a failed backup unlocked', async () => {
    const { panel, owner, server, base } = await setup();
    server.nextBackupOutcome = 'never';
    const created = await call(panel, owner.key, 'POST', `${base}/backups`, { is_locked: true });
    expect(created.json.attributes.is_locked).toBe(true);
    panel.completeBackup(created.json.attributes.uuid, false);
    const failed = await call(panel, owner.key, 'GET', `${base}/backups/${created.json.attributes.uuid}`);
    expect(failed.json.attributes).toMatchObject({ is_successful: false, is_locked: false, checksum: null });
    expect(failed.json.attributes.completed_at).not.toBeNull();
  });

  it('throttles after two backups with Retry-After, counting deleted ones', async () => {
    const { panel, owner, base } = await setup();
    const first = await call(panel, owner.key, 'POST', `${base}/backups`, {});
    await call(panel, owner.key, 'POST', `${base}/backups`, {});
    await waitFor(
      () => panel.getBackup(first.json.attributes.uuid)?.completedAt !== null,
      'first backup to complete',
    );
    expect(
      (await call(panel, owner.key, 'DELETE', `${base}/backups/${first.json.attributes.uuid}`)).status,
    ).toBe(204);
    const throttled = await call(panel, owner.key, 'POST', `${base}/backups`, {});
    expect(throttled.status).toBe(429);
    expect(firstError(throttled)).toEqual({
      code: 'TooManyRequestsHttpException',
      status: '429',
      detail: 'Only 2 backups may be generated within a 600 second span of time.',
    });
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(590);
    expect(retryAfter).toBeLessThanOrEqual(600);
  });

  it('refuses past the limit (failed backups do not count) and always with a limit of 0 or none', async () => {
    const { panel, owner, server, base } = await setup({ backupThrottle: { limit: 2, periodSeconds: 0 } });
    panel.addBackup(server);
    panel.addBackup(server);
    panel.addBackup(server, { state: 'failed' });
    expect((await call(panel, owner.key, 'POST', `${base}/backups`, {})).status).toBe(200);
    const full = await call(panel, owner.key, 'POST', `${base}/backups`, {});
    expect(full.status).toBe(400);
    expect(firstError(full)).toEqual({
      code: 'TooManyBackupsException',
      status: '400',
      detail: 'Cannot create a new backup, this server has reached its limit of 3 backups.',
    });
    for (const limit of [0, null]) {
      const empty = panel.addServer({ owner, backupLimit: limit });
      const refused = await call(
        panel,
        owner.key,
        'POST',
        `/api/client/servers/${empty.identifier}/backups`,
        {},
      );
      expect(refused.status).toBe(400);
      expect(firstError(refused).detail).toBe(
        'Cannot create a new backup, this server has reached its limit of 0 backups.',
      );
    }
  });

  it('answers 504 when wings is unreachable and keeps no backup', async () => {
    const { panel, owner, server, base } = await setup();
    server.wingsDown = true;
    const answer = await call(panel, owner.key, 'POST', `${base}/backups`, {});
    expect(answer.status).toBe(504);
    expect(firstError(answer)).toEqual({
      code: 'DaemonConnectionException',
      status: '504',
      detail: 'Could not establish a connection to the machine running this server. Please try again.',
    });
    expect(panel.backupsOf(server)).toEqual([]);
  });
});

describe('lock and delete', () => {
  it('flips the lock and refuses to delete a locked successful backup', async () => {
    const { panel, owner, server, base } = await setup();
    const backup = panel.addBackup(server);
    const locked = await call(panel, owner.key, 'POST', `${base}/backups/${backup.uuid}/lock`);
    expect(locked.status).toBe(200);
    expect(locked.json.attributes.is_locked).toBe(true);
    const refused = await call(panel, owner.key, 'DELETE', `${base}/backups/${backup.uuid}`);
    expect(refused.status).toBe(400);
    expect(firstError(refused)).toEqual({
      code: 'BackupLockedException',
      status: '400',
      detail: 'Cannot delete a backup that is marked as locked.',
    });
    const lockedFailed = panel.addBackup(server, { state: 'failed', locked: true });
    expect((await call(panel, owner.key, 'DELETE', `${base}/backups/${lockedFailed.uuid}`)).status).toBe(204);
    const unlocked = await call(panel, owner.key, 'POST', `${base}/backups/${backup.uuid}/lock`);
    expect(unlocked.json.attributes.is_locked).toBe(false);
  });

  it('needs backup.delete to lock or delete', async () => {
    const { panel, server, base } = await setup();
    const member = panel.addUser();
    panel.addSubuser(server, member, ['backup.create', 'backup.read']);
    const backup = panel.addBackup(server);
    expect((await call(panel, member.key, 'POST', `${base}/backups/${backup.uuid}/lock`)).status).toBe(403);
    expect((await call(panel, member.key, 'DELETE', `${base}/backups/${backup.uuid}`)).status).toBe(403);
    expect((await call(panel, member.key, 'GET', `${base}/backups/${backup.uuid}/download`)).status).toBe(
      403,
    );
  });
});

describe('restore', () => {
  it('validates truncate, refuses an in-progress backup or a server in a non-null status', async () => {
    const { panel, owner, server, base } = await setup();
    const done = panel.addBackup(server);
    const running = panel.addBackup(server, { state: 'in_progress' });
    const restore = (uuid: string, body?: unknown) =>
      call(panel, owner.key, 'POST', `${base}/backups/${uuid}/restore`, body);
    const missing = await restore(done.uuid, {});
    expect(missing.status).toBe(422);
    expect(firstError(missing)).toEqual({
      code: 'ValidationException',
      status: '422',
      detail: 'The truncate field is required.',
      meta: { source_field: 'truncate', rule: 'required' },
    });
    const wrongType = await restore(done.uuid, { truncate: 'maybe' });
    expect(firstError(wrongType).detail).toBe('The truncate field must be true or false.');
    const inProgress = await restore(running.uuid, { truncate: false });
    expect(inProgress.status).toBe(400);
    expect(firstError(inProgress).detail).toBe(
      'This backup cannot be restored at this time: not completed or failed.',
    );
    server.status = 'reinstall_failed';
    const badState = await restore(done.uuid, { truncate: false });
    expect(badState.status).toBe(400);
    expect(firstError(badState).detail).toBe(
      'This server is not currently in a state that allows for a backup to be restored.',
    );
  });

  it('restores a failed backup too, shows restoring_backup and answers 409 until it finishes', async () => {
    const { panel, owner, server, base } = await setup({ restoreDurationMs: 60_000 });
    const failed = panel.addBackup(server, { state: 'failed' });
    const answer = await call(panel, owner.key, 'POST', `${base}/backups/${failed.uuid}/restore`, {
      truncate: '1',
    });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    expect((await call(panel, owner.key, 'GET', base)).json.attributes.status).toBe('restoring_backup');
    expect((await call(panel, owner.key, 'POST', `${base}/power`, { signal: 'start' })).status).toBe(409);
    panel.finishRestore(server);
    expect((await call(panel, owner.key, 'GET', base)).json.attributes.status).toBeNull();
    expect((await call(panel, owner.key, 'GET', `${base}/backups`)).status).toBe(200);
  });

  it('clears restoring_backup by itself after restoreDurationMs', async () => {
    const { panel, owner, server, base } = await setup({ restoreDurationMs: 20 });
    const backup = panel.addBackup(server);
    await call(panel, owner.key, 'POST', `${base}/backups/${backup.uuid}/restore`, { truncate: false });
    await waitFor(() => server.status === null, 'restore to finish');
    expect((await call(panel, owner.key, 'GET', `${base}/resources`)).status).toBe(200);
  });
});

describe('power and resources', () => {
  it('stops through stopping to offline, kills at once and starts through starting', async () => {
    const { panel, owner, server, base } = await setup({ stopDurationMs: 20 });
    server.powerState = 'running';
    const state = async () =>
      (await call(panel, owner.key, 'GET', `${base}/resources`)).json.attributes.current_state;
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
    const state = async () =>
      (await call(panel, owner.key, 'GET', `${base}/resources`)).json.attributes.current_state;
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

describe('download', () => {
  it('serves a real tar.gz once, then 404; an expired or forged token gets a 500 with request_id', async () => {
    const { panel, owner, server, base } = await setup();
    const backup = panel.addBackup(server);
    const link = await call(panel, owner.key, 'GET', `${base}/backups/${backup.uuid}/download`);
    expect(link.json.object).toBe('signed_url');
    const url: string = link.json.attributes.url;
    expect(url.startsWith(`${panel.url}/download/backup?token=`)).toBe(true);
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/octet-stream');
    expect(first.headers.get('content-disposition')).toBe(`attachment; filename="${backup.uuid}.tar.gz"`);
    expect(first.headers.get('x-request-id')).toBeTruthy();
    const tar = gunzipSync(Buffer.from(await first.arrayBuffer()));
    expect(tar.subarray(257, 262).toString()).toBe('ustar');
    const again = await fetch(url);
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ error: 'The requested resource was not found on this server.' });

    const forged = await fetch(`${url.slice(0, -3)}abc`);
    expect(forged.status).toBe(500);
    expect(await forged.json()).toEqual({
      error: 'An unexpected error was encountered while processing this request',
      request_id: expect.any(String),
    });
  });

  it('refuses an expired link', async () => {
    const { panel, owner, server, base } = await setup({ downloadTtlSeconds: -1 });
    const backup = panel.addBackup(server);
    const link = await call(panel, owner.key, 'GET', `${base}/backups/${backup.uuid}/download`);
    const expired = await fetch(link.json.attributes.url);
    expect(expired.status).toBe(500);
    expect(await expired.json()).toEqual({
      error: 'An unexpected error was encountered while processing this request',
      request_id: expect.any(String),
    });
  });
});

describe('pelican', () => {
  async function pelican() {
    return setup({ flavor: 'pelican', backupThrottle: { limit: 10, periodSeconds: 600 } });
  }

  it('uses pacc_ keys, the pelican account shape and is_scheduled', async () => {
    const { panel, owner, server, base } = await pelican();
    expect(owner.key).toMatch(/^pacc_/);
    expect(panel.addApplicationKey(owner)).toMatch(/^papp_/);
    const account = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(account.json.attributes).toMatchObject({ uuid: owner.uuid, username: 'owner', root_admin: false });
    expect(account.json.attributes.id).toBeUndefined();
    panel.addBackup(server, { scheduled: true });
    const list = await call(panel, owner.key, 'GET', `${base}/backups`);
    expect(Object.keys(list.json.data[0].attributes).slice(0, 4)).toEqual([
      'uuid',
      'is_successful',
      'is_locked',
      'is_scheduled',
    ]);
    expect(list.json.data[0].attributes.is_scheduled).toBe(true);
  });

  it('renames with backup.delete, allows 255-character names and hard-deletes', async () => {
    const { panel, owner, server, base } = await pelican();
    const backup = panel.addBackup(server);
    const renamed = await call(panel, owner.key, 'PUT', `${base}/backups/${backup.uuid}/rename`, {
      name: 'kept',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.json.attributes.name).toBe('kept');
    const missing = await call(panel, owner.key, 'PUT', `${base}/backups/${backup.uuid}/rename`, {});
    expect(firstError(missing).meta).toEqual({ source_field: 'name', rule: 'required' });
    const long = await call(panel, owner.key, 'POST', `${base}/backups`, { name: 'y'.repeat(255) });
    expect(long.status).toBe(200);
    expect((await call(panel, owner.key, 'DELETE', `${base}/backups/${backup.uuid}`)).status).toBe(204);
    expect(panel.getBackup(backup.uuid)).toBeUndefined();
  });

  it('has no rename route on pterodactyl', async () => {
    const { panel, owner, server, base } = await setup();
    const backup = panel.addBackup(server);
    const answer = await call(panel, owner.key, 'PUT', `${base}/backups/${backup.uuid}/rename`, {
      name: 'x',
    });
    expect(answer.status).toBe(404);
  });

  it('throttles restores to 3 per 15 minutes per server', async () => {
    const { panel, owner, server, base } = await pelican();
    const backup = panel.addBackup(server);
    for (let i = 0; i < 3; i++) {
      expect(
        (await call(panel, owner.key, 'POST', `${base}/backups/${backup.uuid}/restore`, { truncate: false }))
          .status,
      ).toBe(204);
      panel.finishRestore(server);
    }
    const limited = await call(panel, owner.key, 'POST', `${base}/backups/${backup.uuid}/restore`, {
      truncate: false,
    });
    expect(limited.status).toBe(429);
    expect(firstError(limited).code).toBe('ThrottleRequestsException');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('fault knobs', () => {
  async function faulty(): Promise<{ panel: LoopbackPanel; owner: PanelUser; server: PanelServer }> {
    const { panel, owner, server } = await setup();
    return { panel, owner, server };
  }

  it('fails the next requests with 5xx panel envelopes and an optional Retry-After', async () => {
    const { panel, owner } = await faulty();
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
    const { panel, owner } = await faulty();
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

  it('resets the connection, hangs until close, and clear() drops queued faults', async () => {
    const { panel, owner } = await faulty();
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
    const { panel, owner } = await faulty();
    panel.faults.latencyMs = 30;
    const answer = await call(panel, owner.key, 'GET', '/api/client/account');
    expect(answer.status).toBe(200);
    panel.faults.clear();
    expect(panel.faults.latencyMs).toBe(0);
  });
});
