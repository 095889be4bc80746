import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, firstError, validationError } from './harness.js';
import { ATOM, FLAVORS, runningOrder, setupSchedules } from './scheduleFixtures.js';

afterEach(closePanels);

const NO_BACKUPS = {
  code: 'HttpForbiddenException',
  status: '403',
  detail: "A backup task cannot be created when the server's backup limit is set to 0.",
};

describe.each(FLAVORS)('schedule tasks on %s', (flavor) => {
  it('adds a backup task (payload optional, trimmed) and shows it inside the schedule', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server);
    const tasks = `${schedules}/${schedule.id}/tasks`;
    const added = await call(panel, owner.key, 'POST', tasks, {
      action: 'backup',
      payload: 'logs/*\ncache/\n',
      time_offset: '0',
    });
    expect(added.status).toBe(200);
    expect(added.json).toEqual({
      object: 'schedule_task',
      attributes: {
        id: expect.any(Number),
        sequence_id: 1,
        action: 'backup',
        payload: 'logs/*\ncache/',
        time_offset: 0,
        is_queued: false,
        continue_on_failure: false,
        created_at: expect.stringMatching(ATOM),
        updated_at: expect.stringMatching(ATOM),
      },
    });
    const bare = await call(panel, owner.key, 'POST', tasks, { action: 'backup', time_offset: 5 });
    expect(bare.json.attributes).toMatchObject({ payload: '', sequence_id: 2, time_offset: 5 });
    const view = await call(panel, owner.key, 'GET', `${schedules}/${schedule.id}`);
    expect(view.json.attributes.relationships.tasks.data[1]).toEqual(added.json);
  });

  it('reports an empty body and each bad field with the panel messages', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const tasks = `${schedules}/${panel.addSchedule(server).id}/tasks`;
    const empty = await call(panel, owner.key, 'POST', tasks, {});
    expect(empty.json.errors).toEqual([
      validationError('action', 'required', 'The action field is required.'),
      validationError(
        'payload',
        'required_unless',
        'The payload field is required unless action is in backup.',
      ),
      validationError('time_offset', 'required', 'The time offset field is required.'),
    ]);
    const cases: Array<[Record<string, unknown>, ReturnType<typeof validationError>]> = [
      [
        { action: 'command', time_offset: 0 },
        validationError(
          'payload',
          'required_unless',
          'The payload field is required unless action is in backup.',
        ),
      ],
      [
        { action: 'backup', time_offset: 901 },
        validationError('time_offset', 'max', 'The time offset may not be greater than 900.'),
      ],
      [
        { action: 'backup', time_offset: -1 },
        validationError('time_offset', 'min', 'The time offset must be at least 0.'),
      ],
      [
        { action: 'backup', time_offset: 0, sequence_id: 'x' },
        validationError('sequence_id', 'numeric', 'The sequence id must be a number.'),
      ],
      [
        { action: 'backup', time_offset: 0, continue_on_failure: 'true' },
        validationError(
          'continue_on_failure',
          'boolean',
          'The continue on failure field must be true or false.',
        ),
      ],
      [
        { action: 'restart', payload: 'x', time_offset: 0 },
        validationError('action', 'in', 'The selected action is invalid.'),
      ],
    ];
    for (const [body, error] of cases) {
      const answer = await call(panel, owner.key, 'POST', tasks, body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(answer.json.errors).toEqual([error]);
    }
    const deleteFiles = await call(panel, owner.key, 'POST', tasks, {
      action: 'delete_files',
      payload: 'logs',
      time_offset: 0,
    });
    expect(deleteFiles.status).toBe(flavor === 'pelican' ? 200 : 422);
  });

  it('refuses a task past the limit with 400 before it looks at the backup limit', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor, { taskLimit: 2 });
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }, { action: 'backup' }] });
    server.backupLimit = 0;
    const answer = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/tasks`, {
      action: 'backup',
      time_offset: 0,
    });
    expect(answer.status).toBe(400);
    expect(firstError(answer)).toEqual({
      code: 'ServiceLimitExceededException',
      status: '400',
      detail:
        'Schedules may not have more than 2 tasks associated with them. Creating this task would put this schedule over the limit.',
    });
    expect(schedule.tasks).toHaveLength(2);
  });

  it('refuses a backup task on add and on edit while backups are off (limit 0 or none)', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'command', payload: 'say hi' }] });
    const tasks = `${schedules}/${schedule.id}/tasks`;
    const command = schedule.tasks[0];
    for (const limit of [0, null]) {
      server.backupLimit = limit;
      const add = await call(panel, owner.key, 'POST', tasks, { action: 'backup', time_offset: 0 });
      expect(add.status).toBe(403);
      expect(firstError(add)).toEqual(NO_BACKUPS);
      const edit = await call(panel, owner.key, 'POST', `${tasks}/${command?.id}`, {
        action: 'backup',
        time_offset: 0,
      });
      expect(firstError(edit)).toEqual(NO_BACKUPS);
    }
    expect(schedule.tasks.map((t) => t.action)).toEqual(['command']);
    const other = await call(panel, owner.key, 'POST', tasks, {
      action: 'power',
      payload: 'start',
      time_offset: 0,
    });
    expect(other.status).toBe(200);
  });

  it('inserts at a position, clamps past the end, moves on edit and closes the gap on delete', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server);
    const tasks = `${schedules}/${schedule.id}/tasks`;
    const add = async (payload: string, sequenceId?: number) =>
      (
        await call(panel, owner.key, 'POST', tasks, {
          action: 'command',
          payload,
          time_offset: 0,
          ...(sequenceId === undefined ? {} : { sequence_id: sequenceId }),
        })
      ).json.attributes;
    const order = async () =>
      runningOrder((await call(panel, owner.key, 'GET', `${schedules}/${schedule.id}`)).json.attributes);
    await add('a');
    await add('b');
    const c = await add('c');
    expect((await add('first', 1)).sequence_id).toBe(1);
    expect((await add('end', 99)).sequence_id).toBe(5);
    expect(await order()).toEqual([
      [1, 'first'],
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
      [5, 'end'],
    ]);
    // The list is not in running order: a client must sort.
    const listed = (await call(panel, owner.key, 'GET', `${schedules}/${schedule.id}`)).json.attributes;
    const ids = listed.relationships.tasks.data.map(
      (t: { attributes: { sequence_id: number } }) => t.attributes.sequence_id,
    );
    expect(ids).not.toEqual([...ids].sort((x: number, y: number) => x - y));

    const moved = await call(panel, owner.key, 'POST', `${tasks}/${c.id}`, {
      action: 'command',
      payload: 'c',
      time_offset: 0,
      sequence_id: 2,
    });
    expect(moved.json.attributes.sequence_id).toBe(2);
    expect(await order()).toEqual([
      [1, 'first'],
      [2, 'c'],
      [3, 'a'],
      [4, 'b'],
      [5, 'end'],
    ]);
    const back = await call(panel, owner.key, 'POST', `${tasks}/${c.id}`, {
      action: 'command',
      payload: 'c',
      time_offset: 0,
      sequence_id: 4,
    });
    expect(back.json.attributes.sequence_id).toBe(4);
    expect(await order()).toEqual([
      [1, 'first'],
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
      [5, 'end'],
    ]);

    const first = schedule.tasks.find((t) => t.payload === 'first');
    const deleted = await call(panel, owner.key, 'DELETE', `${tasks}/${first?.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect(await order()).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'end'],
    ]);
  });

  it('edits as a full replace: continue_on_failure left out turns false, the position is kept', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, {
      tasks: [
        { action: 'command', payload: 'one' },
        { action: 'backup', payload: 'logs/*', continueOnFailure: true, timeOffset: 30 },
      ],
    });
    const task = schedule.tasks[1];
    const edited = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/tasks/${task?.id}`, {
      action: 'backup',
      time_offset: 60,
    });
    expect(edited.status).toBe(200);
    expect(edited.json.attributes).toMatchObject({
      sequence_id: 2,
      payload: '',
      time_offset: 60,
      continue_on_failure: false,
    });
  });

  it(`deletes a task with ${flavor === 'pelican' ? 'schedule.delete' : 'schedule.update'}, else 403 from the controller`, async () => {
    const { panel, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }, { action: 'backup' }] });
    const [one, two] = schedule.tasks;
    const allowed = flavor === 'pelican' ? 'schedule.delete' : 'schedule.update';
    const other = flavor === 'pelican' ? 'schedule.update' : 'schedule.delete';
    const denied = panel.addUser();
    panel.addSubuser(server, denied, [other]);
    const refused = await call(panel, denied.key, 'DELETE', `${schedules}/${schedule.id}/tasks/${one?.id}`);
    expect(refused.status).toBe(403);
    expect(firstError(refused)).toEqual({
      code: 'HttpForbiddenException',
      status: '403',
      detail: 'You do not have permission to perform this action.',
    });
    const member = panel.addUser();
    panel.addSubuser(server, member, [allowed]);
    expect(
      (await call(panel, member.key, 'DELETE', `${schedules}/${schedule.id}/tasks/${one?.id}`)).status,
    ).toBe(204);
    expect(schedule.tasks).toEqual([two]);
    expect(two?.sequenceId).toBe(1);
  });
});
