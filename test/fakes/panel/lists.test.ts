import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, setup } from './harness.js';

afterEach(closePanels);

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
