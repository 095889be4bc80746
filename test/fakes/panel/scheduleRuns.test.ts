import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, firstError, waitFor } from './harness.js';
import { ATOM, FLAVORS, setupSchedules } from './scheduleFixtures.js';

afterEach(closePanels);

const HOUR = 3600_000;
const hoursAgo = (n: number) => new Date(Date.now() - n * HOUR);

describe.each(FLAVORS)('running a schedule on %s', (flavor) => {
  it('runs now: 202 with [], a named backup of the ignore list, and the schedule moved on', async () => {
    const { panel, owner, server, base, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, {
      tasks: [{ action: 'backup', payload: 'logs/*\n\ncache/\r' }],
    });
    const answer = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`);
    expect(answer.status).toBe(202);
    expect(answer.text).toBe('[]');
    const [backup] = panel.backupsOf(server);
    expect(backup).toMatchObject({
      name: expect.stringMatching(/^Backup at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      ignoredFiles: ['logs/*', 'cache/\r'],
      isLocked: false,
      isScheduled: flavor === 'pelican',
      completedAt: null,
    });
    const view = (await call(panel, owner.key, 'GET', `${schedules}/${schedule.id}`)).json.attributes;
    expect(view).toMatchObject({ is_processing: false, last_run_at: expect.stringMatching(ATOM) });
    expect(view.relationships.tasks.data[0].attributes.is_queued).toBe(false);
    expect(Date.parse(view.next_run_at)).toBeGreaterThan(Date.now());
    const listed = (await call(panel, owner.key, 'GET', `${base}/backups`)).json.data[0].attributes;
    expect(listed.is_scheduled).toBe(flavor === 'pelican' ? true : undefined);
  });

  it('answers 400 for a schedule without tasks, and for backups turned off', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const empty = panel.addSchedule(server);
    const none = await call(panel, owner.key, 'POST', `${schedules}/${empty.id}/execute`);
    expect(none.status).toBe(400);
    expect(firstError(none)).toEqual({
      code: 'DisplayException',
      status: '400',
      detail: 'Cannot process schedule for task execution: no tasks are registered.',
    });
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    for (const limit of [0, null]) {
      server.backupLimit = limit;
      const off = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`);
      expect(off.status).toBe(400);
      expect(firstError(off)).toEqual({
        code: 'TooManyBackupsException',
        status: '400',
        detail: 'Cannot create a new backup, this server has reached its limit of 0 backups.',
      });
    }
    expect(schedule).toMatchObject({ isProcessing: false, lastRunAt: expect.any(Date) });
    expect(schedule.tasks[0]?.isQueued).toBe(false);
  });

  it('refuses with 400 when every backup at the limit is locked, deleting nothing', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    for (const n of [3, 2, 1]) panel.addBackup(server, { locked: true, createdAt: hoursAgo(n) });
    panel.addBackup(server, { state: 'failed', createdAt: hoursAgo(4) });
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    const answer = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`);
    expect(answer.status).toBe(400);
    expect(firstError(answer).detail).toBe(
      'Cannot create a new backup, this server has reached its limit of 3 backups.',
    );
    expect(panel.backupsOf(server)).toHaveLength(4);
    expect(panel.backupsOf(server).every((b) => b.deletedAt === null)).toBe(true);
  });

  it('throttles before it rotates: 429 with Retry-After and nothing deleted', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    panel.addBackup(server, { createdAt: hoursAgo(5) });
    panel.addBackup(server);
    panel.addBackup(server);
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    const answer = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`);
    expect(answer.status).toBe(429);
    expect(firstError(answer)).toEqual({
      code: 'TooManyRequestsHttpException',
      status: '429',
      detail: 'Only 2 backups may be generated within a 600 second span of time.',
    });
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(590);
    expect(panel.backupsOf(server).map((b) => b.deletedAt)).toEqual([null, null, null]);
  });

  it('rotates exactly the oldest unlocked non-failed backup, in progress or not, never a failed one', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const failed = panel.addBackup(server, { state: 'failed', createdAt: hoursAgo(9) });
    const locked = panel.addBackup(server, { locked: true, createdAt: hoursAgo(8) });
    const running = panel.addBackup(server, { state: 'in_progress', createdAt: hoursAgo(7) });
    const newest = panel.addBackup(server, { createdAt: hoursAgo(6) });
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    expect((await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`)).status).toBe(202);
    const live = panel.backupsOf(server).filter((b) => b.deletedAt === null);
    expect(live.slice(0, 3)).toEqual([failed, locked, newest]);
    expect(live).toHaveLength(4);
    if (flavor === 'pelican') expect(panel.getBackup(running.uuid)).toBeUndefined();
    else expect(panel.getBackup(running.uuid)?.deletedAt).toBeInstanceOf(Date);
  });

  it('skips quietly when only_when_online finds the server offline: 202, no backup, the run recorded', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, { onlyWhenOnline: true, tasks: [{ action: 'backup' }] });
    const before = schedule.nextRunAt;
    server.powerState = 'offline';
    const answer = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`);
    expect(answer.status).toBe(202);
    expect(answer.text).toBe('[]');
    expect(panel.backupsOf(server)).toEqual([]);
    expect(schedule).toMatchObject({ isProcessing: false, lastRunAt: expect.any(Date) });
    expect(schedule.nextRunAt?.getTime()).toBeGreaterThanOrEqual(before?.getTime() ?? 0);
    server.powerState = 'running';
    await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`);
    expect(panel.backupsOf(server)).toHaveLength(1);
  });

  it(`${flavor === 'pelican' ? 'runs' : 'skips'} an only_when_online schedule while the server is stopping`, async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, { onlyWhenOnline: true, tasks: [{ action: 'backup' }] });
    server.powerState = 'stopping';
    expect((await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`)).status).toBe(202);
    expect(panel.backupsOf(server)).toHaveLength(flavor === 'pelican' ? 1 : 0);
  });

  it('answers the wings failure of the first task and keeps the row of the backup it would rotate', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    for (const n of [3, 2, 1]) panel.addBackup(server, { createdAt: hoursAgo(n) });
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    server.wingsDown = true;
    const answer = await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`);
    expect(firstError(answer)).toEqual(
      flavor === 'pelican'
        ? {
            code: 'ConnectionException',
            status: '500',
            detail: 'An unexpected error was encountered while processing this request, please try again.',
          }
        : {
            code: 'DaemonConnectionException',
            status: '504',
            detail: 'Could not establish a connection to the machine running this server. Please try again.',
          },
    );
    expect(panel.backupsOf(server).filter((b) => b.deletedAt === null)).toHaveLength(3);
    expect(schedule.isProcessing).toBe(false);
  });

  it('queues later tasks after their offsets and ends the chain after the last one', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor, { taskOffsetMs: 20 });
    const schedule = panel.addSchedule(server, {
      tasks: [
        { action: 'command', payload: 'save-all', timeOffset: 30 },
        { action: 'backup', timeOffset: 5 },
      ],
    });
    expect((await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`)).status).toBe(202);
    expect(panel.backupsOf(server)).toEqual([]);
    expect(schedule.isProcessing).toBe(true);
    expect(schedule.tasks.map((t) => t.isQueued)).toEqual([false, true]);
    await waitFor(() => !schedule.isProcessing, 'the chain to end');
    expect(panel.backupsOf(server)).toHaveLength(1);
    expect(schedule.tasks.map((t) => t.isQueued)).toEqual([false, false]);
  });

  it('goes on past a wings failure only with continue_on_failure', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    server.wingsDown = true;
    const tolerant = panel.addSchedule(server, {
      tasks: [
        { action: 'command', payload: 'say hi', continueOnFailure: true },
        { action: 'power', payload: 'start', timeOffset: 20 },
      ],
    });
    expect((await call(panel, owner.key, 'POST', `${schedules}/${tolerant.id}/execute`)).status).toBe(202);
    expect(tolerant.tasks[1]?.isQueued).toBe(true);
    await waitFor(() => !tolerant.isProcessing, 'the tolerant chain to end');
    const strict = panel.addSchedule(server, { tasks: [{ action: 'command', payload: 'say hi' }] });
    expect((await call(panel, owner.key, 'POST', `${schedules}/${strict.id}/execute`)).status).toBe(
      flavor === 'pelican' ? 500 : 504,
    );
  });

  it('ends the chain quietly when the server has a status as the task starts', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    server.status = 'reinstall_failed';
    expect((await call(panel, owner.key, 'POST', `${schedules}/${schedule.id}/execute`)).status).toBe(202);
    expect(panel.backupsOf(server)).toEqual([]);
    expect(schedule).toMatchObject({ isProcessing: false, lastRunAt: expect.any(Date) });
  });
});
