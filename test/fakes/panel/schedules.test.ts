import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, firstError, validationError } from './harness.js';
import { ATOM, FLAVORS, scheduleBody, setupSchedules } from './scheduleFixtures.js';

afterEach(closePanels);

const NOT_FOUND = {
  code: 'NotFoundHttpException',
  status: '404',
  detail: 'The requested resource could not be found on the server.',
};

describe.each(FLAVORS)('schedules on %s', (flavor) => {
  it('creates with 200 and no tasks, views the same, and lists every schedule unpaginated', async () => {
    const { panel, owner, schedules } = await setupSchedules(flavor);
    const created = await call(panel, owner.key, 'POST', schedules, scheduleBody({ name: '  Nightly  ' }));
    expect(created.status).toBe(200);
    expect(created.json).toEqual({
      object: 'server_schedule',
      attributes: {
        id: expect.any(Number),
        name: 'Nightly',
        cron: { day_of_week: '*', day_of_month: '*', month: '*', hour: '3', minute: '0' },
        is_active: true,
        is_processing: false,
        only_when_online: false,
        last_run_at: null,
        next_run_at: expect.stringMatching(/T03:00:00\+00:00$/),
        created_at: expect.stringMatching(ATOM),
        updated_at: expect.stringMatching(ATOM),
        relationships: { tasks: { object: 'list', data: [] } },
      },
    });
    const attributes = created.json.attributes;
    expect(Object.keys(attributes.cron)).toEqual(['day_of_week', 'day_of_month', 'month', 'hour', 'minute']);
    const untilNext = Date.parse(attributes.next_run_at) - Date.now();
    expect(untilNext).toBeGreaterThan(0);
    expect(untilNext).toBeLessThanOrEqual(24 * 3600_000);

    const view = await call(panel, owner.key, 'GET', `${schedules}/${attributes.id}`);
    expect(view.status).toBe(200);
    expect(view.json).toEqual(created.json);

    await call(panel, owner.key, 'POST', schedules, scheduleBody({ name: 'Nightly' }));
    const list = await call(panel, owner.key, 'GET', `${schedules}?page=2&per_page=1`);
    expect(list.status).toBe(200);
    expect(Object.keys(list.json)).toEqual(['object', 'data']);
    expect(list.json.data.map((s: { attributes: { name: string } }) => s.attributes.name)).toEqual([
      'Nightly',
      'Nightly',
    ]);
  });

  it('updates as a full replace: left-out flags turn false, toggling is_active clears is_processing', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, { isActive: true, onlyWhenOnline: true });
    schedule.isProcessing = true;
    const body = {
      name: 'Half past',
      minute: '30',
      hour: '*',
      day_of_month: '*',
      month: '*',
      day_of_week: '*',
    };
    const updated = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}`, body);
    expect(updated.status).toBe(200);
    expect(updated.json.attributes).toMatchObject({
      name: 'Half past',
      cron: { minute: '30', hour: '*' },
      is_active: false,
      only_when_online: false,
      is_processing: false,
    });
    expect(updated.json.attributes.next_run_at).toMatch(/:30:00\+00:00$/);
    // Without a change of is_active, a stuck is_processing stays.
    schedule.isProcessing = true;
    const again = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}`, body);
    expect(again.json.attributes.is_processing).toBe(true);
  });

  it('deletes with 204 and an empty body, tasks included; a second delete is 404', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    const deleted = await call(panel, owner.key, 'DELETE', `${schedules}/${schedule.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect(panel.schedulesOf(server)).toEqual([]);
    const again = await call(panel, owner.key, 'DELETE', `${schedules}/${schedule.id}`);
    expect(again.status).toBe(404);
    expect(firstError(again)).toEqual(NOT_FOUND);
  });

  it('reports every missing field of an empty body in rule order', async () => {
    const { panel, owner, schedules } = await setupSchedules(flavor);
    const answer = await call(panel, owner.key, 'POST', schedules, {});
    expect(answer.status).toBe(422);
    const fields = ['name', 'minute', 'hour', 'day_of_month', ...(flavor === 'pelican' ? ['month'] : [])];
    expect(answer.json.errors).toEqual(
      [...fields, 'day_of_week'].map((f) =>
        validationError(f, 'required', `The ${f.replaceAll('_', ' ')} field is required.`),
      ),
    );
  });

  // Update has the same rules as create; it is used here because Pelican limits creates to 2 a minute.
  it('refuses numbers for the strings, "true" for a boolean and an empty is_active', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const path = `${schedules}/${panel.addSchedule(server).id}`;
    const numbers = await call(
      panel,
      owner.key,
      'POST',
      path,
      scheduleBody({ name: 5, minute: 0, hour: 3, day_of_week: 1 }),
    );
    expect(numbers.status).toBe(422);
    expect(numbers.json.errors).toEqual([
      validationError('name', 'string', 'The name must be a string.'),
      validationError('minute', 'string', 'The minute must be a string.'),
      validationError('hour', 'string', 'The hour must be a string.'),
      validationError('day_of_week', 'string', 'The day of week must be a string.'),
    ]);
    const words = await call(panel, owner.key, 'POST', path, scheduleBody({ is_active: 'true' }));
    expect(words.json.errors).toEqual([
      validationError('is_active', 'boolean', 'The is active field must be true or false.'),
    ]);
    const empty = await call(panel, owner.key, 'POST', path, scheduleBody({ is_active: '  ' }));
    expect(empty.json.errors).toEqual([
      validationError('is_active', 'filled', 'The is active field is required.'),
    ]);
    const digits = await call(panel, owner.key, 'POST', path, scheduleBody({ is_active: '1' }));
    expect(digits.json.attributes.is_active).toBe(true);
  });

  it('refuses a cron that does not parse with 400, also a field holding a space or a date that never comes', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server);
    for (const cron of [
      { minute: '61' },
      { minute: '0 3' },
      { day_of_month: '30', month: '2' },
      { hour: 'x' },
    ]) {
      const answer = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}`, scheduleBody(cron));
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({
        errors: [
          {
            code: 'DisplayException',
            status: '400',
            detail: 'The cron data provided does not evaluate to a valid expression.',
          },
        ],
      });
    }
    expect(schedule.cron).toEqual({
      minute: '0',
      hour: '3',
      day_of_month: '*',
      month: '*',
      day_of_week: '*',
    });
    const created = await call(panel, owner.key, 'POST', schedules, scheduleBody({ minute: '61' }));
    expect(created.status).toBe(400);
    expect(panel.schedulesOf(server)).toEqual([schedule]);
  });

  it('binds a schedule through its server and a task through its schedule: 404 before 409 and 403', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const other = panel.addServer({ owner });
    const foreign = panel.addSchedule(other, { tasks: [{ action: 'backup' }] });
    const mine = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    const foreignTask = foreign.tasks[0]?.id;
    const member = panel.addUser();
    panel.addSubuser(server, member, []);
    server.status = 'suspended';
    const paths = [
      ['GET', `${schedules}/${foreign.id}`],
      ['GET', `${schedules}/999`],
      ['GET', `${schedules}/abc`],
      ['POST', `${schedules}/${foreign.id}/execute`],
      ['POST', `${schedules}/${mine.id}/tasks/${foreignTask}`],
      ['DELETE', `${schedules}/${mine.id}/tasks/${foreignTask}`],
    ] as const;
    for (const [method, path] of paths) {
      const answer = await call(panel, member.key, method, path, method === 'GET' ? undefined : {});
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(firstError(answer)).toEqual(NOT_FOUND);
    }
    expect((await call(panel, member.key, 'GET', `${schedules}/${mine.id}`)).status).toBe(409);
  });

  it('checks schedule.read, schedule.create, schedule.update and schedule.delete', async () => {
    const { panel, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    const member = panel.addUser();
    panel.addSubuser(server, member, ['schedule.read']);
    const denied = [
      ['POST', schedules, scheduleBody()],
      ['POST', `${schedules}/${schedule.id}`, scheduleBody()],
      ['POST', `${schedules}/${schedule.id}/execute`, undefined],
      ['DELETE', `${schedules}/${schedule.id}`, undefined],
      ['POST', `${schedules}/${schedule.id}/tasks`, {}],
    ] as const;
    for (const [method, path, body] of denied) {
      const answer = await call(panel, member.key, method, path, body);
      expect(answer.status, `${method} ${path}`).toBe(403);
      expect(firstError(answer)).toEqual({
        code: 'AccessDeniedHttpException',
        status: '403',
        detail: 'This action is unauthorized.',
      });
    }
    expect((await call(panel, member.key, 'GET', schedules)).status).toBe(200);
    const reader = panel.addUser();
    panel.addSubuser(server, reader, ['schedule.create']);
    expect((await call(panel, reader.key, 'GET', `${schedules}/${schedule.id}`)).status).toBe(403);
    expect(panel.schedulesOf(server)).toHaveLength(1);
  });

  it('answers a known path with another method 405, naming the methods it takes', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server);
    const route = `api/client/servers/${server.identifier}/schedules/${schedule.id}`;
    const put = await call(panel, owner.key, 'PUT', `/${route}`, scheduleBody());
    expect(put.status).toBe(405);
    expect(firstError(put)).toEqual({
      code: 'MethodNotAllowedHttpException',
      status: '405',
      detail: `The PUT method is not supported for route ${route}. Supported methods: GET, HEAD, POST, DELETE.`,
    });
    const get = await call(panel, owner.key, 'GET', `${schedules}/${schedule.id}/execute`);
    expect(firstError(get).detail).toBe(
      `The GET method is not supported for route ${route}/execute. Supported methods: POST.`,
    );
  });
});
