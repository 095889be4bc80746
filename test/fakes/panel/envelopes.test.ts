import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, firstError, setup, setupWithBackup } from './harness.js';

afterEach(closePanels);

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
    const { panel, owner, base, backup } = await setupWithBackup();
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
