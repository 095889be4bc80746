import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, setupWithBackup } from './harness.js';

afterEach(closePanels);

describe('download', () => {
  it('serves a real tar.gz once, then 404; an expired or forged token gets a 500 with request_id', async () => {
    const { panel, owner, base, backup } = await setupWithBackup();
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
    const { panel, owner, base, backup } = await setupWithBackup({ downloadTtlSeconds: -1 });
    const link = await call(panel, owner.key, 'GET', `${base}/backups/${backup.uuid}/download`);
    const expired = await fetch(link.json.attributes.url);
    expect(expired.status).toBe(500);
    expect(await expired.json()).toEqual({
      error: 'An unexpected error was encountered while processing this request',
      request_id: expect.any(String),
    });
  });
});
