import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, firstError, setup, setupWithBackup } from './harness.js';

afterEach(closePanels);

/** Pelican, with a creation throttle loose enough for several backups in one test. */
const PELICAN = { flavor: 'pelican', backupThrottle: { limit: 10, periodSeconds: 600 } } as const;

describe('pelican', () => {
  it('uses pacc_ keys, the pelican account shape and is_scheduled', async () => {
    const { panel, owner, server, base } = await setup(PELICAN);
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
    const { panel, owner, base, backup } = await setupWithBackup(PELICAN);
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
    const { panel, owner, base, backup } = await setupWithBackup();
    const answer = await call(panel, owner.key, 'PUT', `${base}/backups/${backup.uuid}/rename`, {
      name: 'x',
    });
    expect(answer.status).toBe(404);
  });

  it('throttles restores to 3 per 15 minutes per server', async () => {
    const { panel, owner, server, base, backup } = await setupWithBackup(PELICAN);
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
