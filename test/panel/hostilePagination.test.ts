import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PanelClient } from '#panel/client.js';
import { PanelConnections } from '#panel/connections.js';
import { Secret } from '#src/secret.js';
import { failure } from './harness.js';

/**
 * A panel whose pagination lies: it claims a thousand pages but never moves off the first one, or
 * sends more rows than were asked for. Listing must stop at once, not page through it.
 */
describe('PanelClient against hostile pagination', () => {
  let server: http.Server;
  let url: string;
  let connections: PanelConnections;
  let requests = 0;
  let answer: (page: number, perPage: number) => { currentPage: number; rows: number };
  /** Extra attributes sent with every row (a hostile panel padding its answers). */
  let padding: Record<string, unknown> = {};

  const serverRow = (n: number) => ({
    object: 'server',
    attributes: {
      identifier: `s${String(n).padStart(7, '0')}`,
      uuid: `uuid-${n}`,
      name: `Server ${n}`,
      status: null,
      feature_limits: { backups: 3 },
    },
  });
  const backupRow = (n: number) => ({
    object: 'backup',
    attributes: {
      uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      is_successful: true,
      is_locked: false,
      name: `Backup ${n}`,
      ignored_files: [],
      checksum: null,
      bytes: 1,
      created_at: '2024-01-01T00:00:00+00:00',
      completed_at: '2024-01-01T00:01:00+00:00',
    },
  });

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      requests += 1;
      const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
      const page = Number(query.get('page') ?? '1');
      const perPage = Number(query.get('per_page') ?? '50');
      const { currentPage, rows } = answer(page, perPage);
      const isBackups = (request.url ?? '').includes('/backups');
      const data = Array.from({ length: rows }, (_, i) => {
        const row = (isBackups ? backupRow : serverRow)(requests * 1_000 + i);
        return { ...row, attributes: { ...row.attributes, ...padding } };
      });
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          object: 'list',
          data,
          meta: {
            ...(isBackups ? { backup_count: 1_000_000 } : {}),
            pagination: {
              total: 1_000_000,
              count: rows,
              per_page: perPage,
              current_page: currentPage,
              total_pages: 1_000,
              links: {},
            },
          },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    connections = new PanelConnections({ allowPrivateAddresses: true });
  });
  afterEach(() => {
    requests = 0;
    padding = {};
  });
  afterAll(async () => {
    await connections.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = () =>
    new PanelClient({ panelUrl: url, apiKey: new Secret('ptlc_hostilepagination0000'), connections });

  it('stops listing servers when the panel answers another page than the one asked for', async () => {
    answer = () => ({ currentPage: 1, rows: 1 });
    const error = await failure(client().listServers(), 'not_a_panel');
    expect(error.message).toMatch(/page 2/);
    expect(requests).toBe(2);
  });

  it('stops listing backups when the panel answers another page than the one asked for', async () => {
    answer = () => ({ currentPage: 1, rows: 1 });
    await failure(client().listBackups('abcd1234'), 'not_a_panel');
    expect(requests).toBe(2);
  });

  it('refuses a page with more rows than were asked for', async () => {
    answer = (page, perPage) => ({ currentPage: page, rows: perPage + 1 });
    await failure(client().listServers(), 'not_a_panel');
    expect(requests).toBe(1);
  });

  it('bounds a listing as a whole: an endless but well-formed pagination stops at 2,000 rows', async () => {
    answer = (page, perPage) => ({ currentPage: page, rows: perPage });
    const error = await failure(client().listServers(), 'not_a_panel');
    expect(error.message).toMatch(/past 2000 rows/);
    expect(requests).toBe(20);
    requests = 0;
    await failure(client().listBackups('abcd1234'), 'not_a_panel');
    expect(requests).toBe(40);
  });

  it('keeps only the fields the bot reads, and cuts an absurd name, whatever a row is padded with', async () => {
    answer = (page) => ({ currentPage: page, rows: page === 1 ? 3 : 0 });
    padding = { junk: 'x'.repeat(100_000), description: 'y'.repeat(100_000), name: 'n'.repeat(100_000) };
    const servers = await client().listServers();
    expect(servers).toHaveLength(3);
    for (const row of servers) {
      expect(row).not.toHaveProperty('junk');
      expect(row).not.toHaveProperty('description');
      expect(row.name).toHaveLength(512);
    }
    const { backups } = await client().listBackups('abcd1234');
    expect(backups.every((b) => !('junk' in b) && b.name.length === 512)).toBe(true);
  });
});
