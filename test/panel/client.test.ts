import { describe, expect, it } from 'vitest';
import { PanelConnections } from '#panel/connections.js';
import { backupState } from '#panel/schemas.js';
import { FLAVORS, failure, usePanel } from './harness.js';

describe.each(FLAVORS)('PanelClient endpoints (%s)', (flavor) => {
  const h = usePanel({ flavor, backupThrottle: { limit: 2, periodSeconds: 0 } });

  it('reads the account of the key', async () => {
    const user = h.panel.addUser({ username: 'alice' });
    const account = await h.client(user.key).account();
    expect(account.username).toBe('alice');
    if (flavor === 'pterodactyl') expect(account.id).toBe(user.id);
    else expect(account.uuid).toBe(user.uuid);
  });

  it('sends Accept, a bearer key and the bot User-Agent on every call', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user });
    const mark = h.panel.requests.length;
    const client = h.client(user.key);
    await client.account();
    await client.sendPower(server.identifier, 'start');
    const seen = h.since(mark);
    expect(seen).toHaveLength(2);
    for (const request of seen) {
      expect(request.accept).toBe('application/json');
      expect(request.authorization).toBe('bearer');
      expect(request.userAgent).toBe('ptero-backup-bot/0.1.0 (+discord bot)');
    }
  });

  it('lists every server across pages of 100', async () => {
    const user = h.panel.addUser();
    const identifiers = new Set<string>();
    for (let i = 0; i < 230; i += 1) identifiers.add(h.panel.addServer({ owner: user }).identifier);
    const other = h.panel.addUser();
    h.panel.addServer({ owner: other });
    const mark = h.panel.requests.length;
    const servers = await h.client(user.key).listServers();
    expect(servers).toHaveLength(230);
    expect(new Set(servers.map((s) => s.identifier))).toEqual(identifiers);
    const pages = h.since(mark);
    expect(pages.map((r) => [r.path, r.query])).toEqual([
      ['/api/client', { page: '1', per_page: '100' }],
      ['/api/client', { page: '2', per_page: '100' }],
      ['/api/client', { page: '3', per_page: '100' }],
    ]);
  });

  it('returns an empty list for an account without servers in one request', async () => {
    const user = h.panel.addUser();
    const mark = h.panel.requests.length;
    expect(await h.client(user.key).listServers()).toEqual([]);
    expect(h.since(mark)).toHaveLength(1);
  });

  it('views a server with the owner flag and permissions', async () => {
    const owner = h.panel.addUser();
    const sub = h.panel.addUser();
    const server = h.panel.addServer({ owner, backupLimit: 5, name: 'Survival' });
    h.panel.addSubuser(server, sub, ['backup.read', 'backup.create']);

    const asOwner = await h.client(owner.key).server(server.identifier);
    expect(asOwner.server.name).toBe('Survival');
    expect(asOwner.server.uuid).toBe(server.uuid);
    expect(asOwner.server.feature_limits.backups).toBe(5);
    expect(asOwner.isOwner).toBe(true);
    expect(asOwner.permissions).toEqual(['*']);

    const asSub = await h.client(sub.key).server(server.uuid);
    expect(asSub.isOwner).toBe(false);
    expect(asSub.permissions).toEqual(['backup.read', 'backup.create']);
  });

  it('reads resources and sends power signals', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user, powerState: 'running' });
    const client = h.client(user.key);
    expect((await client.resources(server.identifier)).current_state).toBe('running');
    const mark = h.panel.requests.length;
    await client.sendPower(server.identifier, 'stop');
    expect(h.since(mark)[0]?.body).toEqual({ signal: 'stop' });
    await expect
      .poll(async () => (await client.resources(server.identifier)).current_state, { timeout: 5_000 })
      .toBe('offline');
  });

  it('lists every backup across pages of 50, oldest first, with the non-failed count', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user, backupLimit: 200 });
    const made = [];
    for (let i = 0; i < 120; i += 1) {
      made.push(h.panel.addBackup(server, { name: `b${i}`, state: i % 10 === 0 ? 'failed' : 'completed' }));
    }
    const mark = h.panel.requests.length;
    const { backups, backupCount } = await h.client(user.key).listBackups(server.identifier);
    expect(backups.map((b) => b.uuid)).toEqual(made.map((b) => b.uuid));
    expect(backupCount).toBe(108);
    expect(h.since(mark).map((r) => r.query)).toEqual([
      { page: '1', per_page: '50' },
      { page: '2', per_page: '50' },
      { page: '3', per_page: '50' },
    ]);
    expect(backups.filter((b) => backupState(b) === 'failed')).toHaveLength(12);
  });

  it('reads one page of backups with its pagination', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user, backupLimit: 50 });
    for (let i = 0; i < 25; i += 1) h.panel.addBackup(server, { name: `b${i}` });
    const page = await h.client(user.key).listBackupsPage(server.identifier, { page: 2, perPage: 10 });
    expect(page.backups.map((b) => b.name)).toEqual(Array.from({ length: 10 }, (_, i) => `b${i + 10}`));
    expect(page.pagination).toMatchObject({
      total: 25,
      count: 10,
      per_page: 10,
      current_page: 2,
      total_pages: 3,
    });
    expect(page.backupCount).toBe(25);
  });

  it('creates a backup with name, newline-joined ignored patterns and the lock', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user });
    const mark = h.panel.requests.length;
    const client = h.client(user.key);
    const backup = await client.createBackup(server.identifier, {
      name: 'before update',
      ignored: ['logs/*', '*.tmp'],
      locked: true,
    });
    expect(h.since(mark)[0]?.body).toEqual({
      name: 'before update',
      ignored: 'logs/*\n*.tmp',
      is_locked: true,
    });
    expect(backup).toMatchObject({
      name: 'before update',
      ignored_files: ['logs/*', '*.tmp'],
      is_locked: true,
      is_successful: false,
      completed_at: null,
      checksum: null,
      bytes: 0,
    });
    if (flavor === 'pelican') expect(backup.is_scheduled).toBe(false);
    else expect(backup.is_scheduled).toBeUndefined();
    await expect
      .poll(async () => backupState(await client.backup(server.identifier, backup.uuid)), { timeout: 5_000 })
      .toBe('completed');
    const done = await client.backup(server.identifier, backup.uuid);
    expect(done.checksum).toMatch(/^sha1:[0-9a-f]{40}$/);
    expect(done.bytes).toBeGreaterThan(0);
  });

  it('creates a backup with an empty body when no option is given', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user });
    const mark = h.panel.requests.length;
    const backup = await h.client(user.key).createBackup(server.identifier);
    expect(h.since(mark)[0]?.body).toEqual({});
    expect(backup.name).toMatch(/^Backup at \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('gets a signed download link from the node', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user });
    const backup = h.panel.addBackup(server);
    const url = await h.client(user.key).downloadUrl(server.identifier, backup.uuid);
    expect(url.startsWith(`${h.panel.url}/download/backup?token=`)).toBe(true);
  });

  it('always sends truncate on restore, and the server then reports the restore', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user });
    const backup = h.panel.addBackup(server);
    const client = h.client(user.key);
    for (const truncate of [false, true]) {
      const mark = h.panel.requests.length;
      await client.restoreBackup(server.identifier, backup.uuid, { truncate });
      const restore = h.since(mark).find((r) => r.path.endsWith('/restore'));
      expect(restore?.body).toEqual({ truncate });
      expect((await client.server(server.identifier)).server.status).toBe('restoring_backup');
      await expect
        .poll(async () => (await client.server(server.identifier)).server.status, { timeout: 5_000 })
        .toBeNull();
    }
  });

  it('toggles the lock back and forth', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user });
    const backup = h.panel.addBackup(server);
    const client = h.client(user.key);
    expect((await client.toggleLock(server.identifier, backup.uuid)).is_locked).toBe(true);
    expect((await client.toggleLock(server.identifier, backup.uuid)).is_locked).toBe(false);
  });

  it('deletes a backup; a second delete finds no backup', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user });
    const backup = h.panel.addBackup(server);
    const client = h.client(user.key);
    await client.deleteBackup(server.identifier, backup.uuid);
    const again = await failure(client.deleteBackup(server.identifier, backup.uuid), 'not_found');
    expect(again.missing).toBe('backup');
    expect((await client.listBackups(server.identifier)).backups).toEqual([]);
  });

  it('reuses one kept-alive connection for consecutive calls', async () => {
    const user = h.panel.addUser();
    const server = h.panel.addServer({ owner: user });
    // Its own connections, so that sockets opened by other tests do not count.
    const connections = new PanelConnections({ allowPrivateAddresses: true });
    try {
      const client = h.client(user.key, { connections });
      const pool = connections.poolFor(h.panel.url);
      for (let i = 0; i < 10; i += 1) {
        await client.account();
        await client.resources(server.identifier);
        await client.listBackups(server.identifier);
      }
      expect(pool.stats.connected).toBe(1);
      expect(pool.stats.free).toBe(1);
    } finally {
      await connections.close();
    }
  });

  it('shares the pool between clients of different keys without mixing them up', async () => {
    const alice = h.panel.addUser({ username: 'alice2' });
    const bob = h.panel.addUser({ username: 'bob2' });
    const [a, b] = await Promise.all([h.client(alice.key).account(), h.client(bob.key).account()]);
    expect(a.username).toBe('alice2');
    expect(b.username).toBe('bob2');
  });
});
