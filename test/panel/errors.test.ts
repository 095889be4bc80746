import { describe, expect, it } from 'vitest';
import type { PanelClient } from '#panel/client.js';
import type { PanelPermission, PowerSignal } from '#panel/schemas.js';
import { FLAVORS, failure, usePanel } from './harness.js';

/** Every row of the panel's error table (panel-backup-api.md §7), through real HTTP. */
describe.each(FLAVORS)('PanelClient errors (%s)', (flavor) => {
  const h = usePanel({ flavor });
  const nameMax = flavor === 'pelican' ? 255 : 191;

  function ownServer(
    options: Parameters<typeof h.panel.addServer>[0] extends infer O ? Partial<O> : never = {},
  ) {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user, ...options });
    return { user, server, client: h.client(user.key) };
  }

  it('401: a revoked key asks the member to link again', async () => {
    const { user, client } = ownServer();
    h.panel.revokeKey(user.key);
    const error = await failure(client.account(), 'unauthenticated');
    expect(error.status).toBe(401);
    expect(error.code).toBe('AuthenticationException');
    expect(error.userMessage).toBe(
      'The panel rejected your API key (it may have been deleted or expired). Run `/link` again with a new key.',
    );
    expect(error.retryable).toBe(false);
  });

  it('401 comes as JSON, not a login redirect, because Accept: application/json is sent', async () => {
    const mark = h.panel.requests.length;
    await failure(
      h.client(`${flavor === 'pelican' ? 'pacc_' : 'ptlc_'}${'x'.repeat(43)}`).account(),
      'unauthenticated',
    );
    expect(h.since(mark).map((r) => r.accept)).toEqual(['application/json']);
  });

  it('403: an application key is explained as the wrong kind of key', async () => {
    const user = h.panel.addUser();
    const error = await failure(h.client(h.panel.addApplicationKey(user)).listServers(), 'application_key');
    expect(error.status).toBe(403);
    expect(error.userMessage).toContain('needs a client API key');
  });

  it('403: an IP-restricted key is explained without showing the address', async () => {
    const user = h.panel.addUser({ ipRestricted: true });
    const error = await failure(h.client(user.key).account(), 'ip_restricted');
    expect(error.detail).toContain('127.0.0.1');
    expect(error.userMessage).not.toContain('127.0.0.1');
    expect(error.userMessage).toContain('only works from certain IP addresses');
  });

  it('400: two-factor authentication required, while /account stays reachable', async () => {
    const user = h.panel.addUser({ twoFactorMissing: true });
    const client = h.client(user.key);
    expect((await client.account()).username).toBe(user.username);
    const error = await failure(client.listServers(), 'two_factor_required');
    expect(error.status).toBe(400);
    expect(error.userMessage).toContain('two-factor authentication');
  });

  it('404: an unknown server is named as the missing server', async () => {
    const { client } = ownServer();
    const error = await failure(client.resources('deadbeef'), 'not_found');
    expect(error.missing).toBe('server');
    expect(error.userMessage).toBe(
      'The panel has no server `deadbeef` that your account can reach. Check the server identifier (the `server` option lists yours).',
    );
  });

  it('404: a server of someone else is a missing server, also in backup calls', async () => {
    const { client } = ownServer();
    const stranger = ownServer();
    const backup = h.panel.addBackup(stranger.server);
    expect((await failure(client.listBackups(stranger.server.identifier), 'not_found')).missing).toBe(
      'server',
    );
    const viaBackup = await failure(client.backup(stranger.server.identifier, backup.uuid), 'not_found');
    expect(viaBackup.missing).toBe('server');
  });

  it('404: an unknown backup on an unknown server is the server', async () => {
    const { client } = ownServer();
    const error = await failure(
      client.deleteBackup('deadbeef', '0f6c8a0e-2d1b-4c55-9a43-1f2e3d4c5b6a'),
      'not_found',
    );
    expect(error.missing).toBe('server');
  });

  it('404: an unknown backup, or a backup of another server, is named as the missing backup', async () => {
    const { server, client } = ownServer();
    const other = h.panel.addServer({ owner: server.owner });
    const foreign = h.panel.addBackup(other);
    const calls: Array<(uuid: string) => Promise<unknown>> = [
      (uuid) => client.backup(server.identifier, uuid),
      (uuid) => client.downloadUrl(server.identifier, uuid),
      (uuid) => client.toggleLock(server.identifier, uuid),
      (uuid) => client.restoreBackup(server.identifier, uuid, { truncate: false }),
      (uuid) => client.deleteBackup(server.identifier, uuid),
    ];
    for (const call of calls) {
      for (const uuid of ['0f6c8a0e-2d1b-4c55-9a43-1f2e3d4c5b6a', foreign.uuid]) {
        const error = await failure(call(uuid), 'not_found');
        expect(error.missing).toBe('backup');
        expect(error.userMessage).toBe(
          `Server \`${server.identifier}\` has no backup \`${uuid}\` (it may have been deleted). Pick one from the \`backup\` option's list.`,
        );
      }
    }
  });

  it('403: a subuser without the permission is told which one each call needs', async () => {
    const { server } = ownServer({ powerState: 'running' });
    const backup = h.panel.addBackup(server);
    const sub = h.panel.addUser();
    h.panel.addSubuser(server, sub, ['websocket.connect']);
    const client = h.client(sub.key);
    const id = server.identifier;
    const cases: Array<[PanelPermission, (c: PanelClient) => Promise<unknown>]> = [
      ['backup.read', (c) => c.listBackups(id)],
      ['backup.read', (c) => c.backup(id, backup.uuid)],
      ['backup.create', (c) => c.createBackup(id)],
      ['backup.delete', (c) => c.deleteBackup(id, backup.uuid)],
      ['backup.delete', (c) => c.toggleLock(id, backup.uuid)],
      ['backup.download', (c) => c.downloadUrl(id, backup.uuid)],
      ['backup.restore', (c) => c.restoreBackup(id, backup.uuid, { truncate: false })],
      ['control.stop', (c) => c.sendPower(id, 'stop')],
      ['control.stop', (c) => c.sendPower(id, 'kill')],
      ['control.start', (c) => c.sendPower(id, 'start')],
      ['control.restart', (c) => c.sendPower(id, 'restart')],
    ];
    for (const [permission, call] of cases) {
      const error = await failure(call(client), 'forbidden');
      expect(error.status).toBe(403);
      expect(error.permission).toBe(permission);
      expect(error.userMessage).toBe(
        `Your panel account lacks the \`${permission}\` permission on server \`${id}\`. Ask the server owner to grant it.`,
      );
    }
  });

  it('409: each conflicting server state is passed on in plain words', async () => {
    const cases: Array<[Partial<Parameters<typeof h.panel.addServer>[0]>, string]> = [
      [{ status: 'suspended' }, 'is suspended, so the panel refuses this'],
      [{ nodeMaintenance: true }, 'is under maintenance'],
      [{ status: 'installing' }, 'has not finished installing yet'],
      [{ status: 'install_failed' }, 'has not finished installing yet'],
      [{ status: 'restoring_backup' }, 'is restoring a backup right now'],
      [{ transferring: true }, 'is being moved to another machine'],
    ];
    for (const [state, phrase] of cases) {
      const { server, client } = ownServer(state);
      const error = await failure(client.createBackup(server.identifier), 'server_conflict');
      expect(error.status).toBe(409);
      expect(error.code).toBe('ServerStateConflictException');
      expect(error.userMessage).toContain(phrase);
      expect(error.retryable).toBe(true);
      // The server view stays reachable in every one of these states.
      expect((await client.server(server.identifier)).server.uuid).toBe(server.uuid);
    }
  });

  it('409: after a restore starts, backup calls meet the restoring state', async () => {
    const { server, client } = ownServer();
    const backup = h.panel.addBackup(server);
    await client.restoreBackup(server.identifier, backup.uuid, { truncate: true });
    const error = await failure(client.listBackups(server.identifier), 'server_conflict');
    expect(error.userMessage).toContain('restoring a backup');
  });

  it('422: an over-long name comes back with its field and rule', async () => {
    const { server, client } = ownServer();
    const error = await failure(
      client.createBackup(server.identifier, { name: 'n'.repeat(nameMax + 1) }),
      'validation',
    );
    expect(error.status).toBe(422);
    expect(error.validation).toEqual([
      { field: 'name', rule: 'max', detail: `The name may not be greater than ${nameMax} characters.` },
    ]);
    expect(error.userMessage).toBe(
      `The panel rejected the request: The name may not be greater than ${nameMax} characters.`,
    );
  });

  it('422: an invalid power signal from the owner', async () => {
    const { server, client } = ownServer();
    const error = await failure(client.sendPower(server.identifier, 'dance' as PowerSignal), 'validation');
    expect(error.validation[0]).toEqual({
      field: 'signal',
      rule: 'in',
      detail: 'The selected signal is invalid.',
    });
  });

  it('400: the backup limit reached, as "N of N"', async () => {
    const { server, client } = ownServer({ backupLimit: 2 });
    // Made an hour ago, so that the creation throttle (checked first) lets the request through.
    const createdAt = new Date(Date.now() - 3_600_000);
    h.panel.addBackup(server, { createdAt });
    h.panel.addBackup(server, { createdAt });
    h.panel.addBackup(server, { createdAt, state: 'failed' });
    const error = await failure(client.createBackup(server.identifier), 'too_many_backups');
    expect(error.status).toBe(400);
    expect(error.userMessage).toBe(
      'This server has reached its backup limit (2 of 2). Delete a backup you no longer need (unlock it first if it is locked), then try again.',
    );
  });

  it('400: a backup limit of 0 (or none) says no backups are allowed', async () => {
    for (const backupLimit of [0, null]) {
      const { server, client } = ownServer({ backupLimit });
      const error = await failure(client.createBackup(server.identifier), 'too_many_backups');
      expect(error.userMessage).toBe(
        'This server is not allowed any backups (its backup limit is 0). Ask a panel admin to raise the limit.',
      );
    }
  });

  it('400: a locked backup is not deleted, with the hint to unlock it', async () => {
    const { server, client } = ownServer();
    const backup = h.panel.addBackup(server, { locked: true });
    const error = await failure(client.deleteBackup(server.identifier, backup.uuid), 'backup_locked');
    expect(error.code).toBe('BackupLockedException');
    expect(error.userMessage).toContain('Unlock it first with `/backup lock`');
    await client.toggleLock(server.identifier, backup.uuid);
    await client.deleteBackup(server.identifier, backup.uuid);
  });

  it('400: restore preconditions (backup in progress, server in a failed state)', async () => {
    const { server, client } = ownServer();
    const running = h.panel.addBackup(server, { state: 'in_progress' });
    const inProgress = await failure(
      client.restoreBackup(server.identifier, running.uuid, { truncate: false }),
      'bad_request',
    );
    expect(inProgress.detail).toBe('This backup cannot be restored at this time: not completed or failed.');
    expect(inProgress.userMessage).toContain('has not finished yet, so it cannot be restored');

    const done = h.panel.addBackup(server);
    server.status = 'reinstall_failed';
    const badState = await failure(
      client.restoreBackup(server.identifier, done.uuid, { truncate: false }),
      'bad_request',
    );
    expect(badState.userMessage).toContain('is not in a state that allows a restore');
  });

  it('429: the backup throttle is answered at once with a Discord timestamp, never retried', async () => {
    const { server, client } = ownServer({ backupLimit: 10 });
    await client.createBackup(server.identifier);
    await client.createBackup(server.identifier);
    const mark = h.panel.requests.length;
    const before = Date.now();
    const error = await failure(client.createBackup(server.identifier), 'backup_throttled');
    expect(h.since(mark)).toHaveLength(1);
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBeGreaterThan(590);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(600);
    const retryAt = error.retryAt?.getTime() ?? 0;
    expect(retryAt).toBeGreaterThan(before + 590_000);
    expect(error.userMessage).toBe(
      `The panel only allows 2 backups per 10 minutes on this server. Try again <t:${Math.ceil(retryAt / 1000)}:R>.`,
    );
  });

  it('429: the API rate limit with a long Retry-After is reported with its time, not waited for', async () => {
    const user = h.panel.addUser();
    const client = h.client(user.key);
    h.panel.faults.rateLimitNext(1, 60);
    const mark = h.panel.requests.length;
    const error = await failure(client.account(), 'rate_limited');
    expect(h.since(mark)).toHaveLength(1);
    expect(error.retryAfterSeconds).toBe(60);
    expect(error.userMessage).toMatch(
      /^The panel is limiting how many requests your account may make\. Try again <t:\d+:R>\.$/,
    );
  });

  it('429: the real per-user rate limit of the panel', async () => {
    const limited = await (async () => {
      const { startLoopbackPanel } = await import('#fakes/loopbackPanel.js');
      return startLoopbackPanel({ flavor, rateLimitPerMinute: 3 });
    })();
    try {
      const user = limited.addUser();
      const client = h.client(user.key, { panelUrl: limited.url });
      for (let i = 0; i < 3; i += 1) await client.account();
      const error = await failure(client.account(), 'rate_limited');
      expect(error.code).toBe('ThrottleRequestsException');
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
      expect(limited.requests).toHaveLength(4);
    } finally {
      await limited.close();
    }
  });

  it.runIf(flavor === 'pelican')('429: Pelican limits restores to 3 per 15 minutes per server', async () => {
    const { server, client } = ownServer();
    const backup = h.panel.addBackup(server);
    for (let i = 0; i < 3; i += 1) {
      await client.restoreBackup(server.identifier, backup.uuid, { truncate: false });
      h.panel.finishRestore(server);
    }
    const error = await failure(
      client.restoreBackup(server.identifier, backup.uuid, { truncate: false }),
      'rate_limited',
    );
    expect(error.retryAfterSeconds).toBeGreaterThan(800);
    expect(error.userMessage).toMatch(
      /^The panel is limiting how often backups may be restored on this server \(or how many requests your account may make\)\. Try again <t:\d+:R>\.$/,
    );
  });

  it('504: an unreachable node, retried for a GET but not for a POST', async () => {
    const { server, client } = ownServer({ wingsDown: true });
    let mark = h.panel.requests.length;
    const read = await failure(client.resources(server.identifier), 'node_unreachable');
    expect(h.since(mark)).toHaveLength(3);
    expect(read.userMessage).toBe(
      `The panel could not reach the machine (node) that runs server \`${server.identifier}\`. It may be down: try again in a few minutes, or tell a panel admin.`,
    );
    mark = h.panel.requests.length;
    await failure(client.createBackup(server.identifier), 'node_unreachable');
    expect(h.since(mark)).toHaveLength(1);
    expect(h.panel.backupsOf(server)).toHaveLength(0);
  });
});
