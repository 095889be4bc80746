import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, firstError, setup, waitFor } from './harness.js';

afterEach(closePanels);

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
    const createBackup = () => call(panel, owner.key, 'POST', `${base}/backups`, {});
    const first = await createBackup();
    await createBackup();
    await waitFor(
      () => panel.getBackup(first.json.attributes.uuid)?.completedAt !== null,
      'first backup to complete',
    );
    expect(
      (await call(panel, owner.key, 'DELETE', `${base}/backups/${first.json.attributes.uuid}`)).status,
    ).toBe(204);
    const throttled = await createBackup();
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
