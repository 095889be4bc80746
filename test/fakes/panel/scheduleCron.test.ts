import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, waitFor } from './harness.js';
import { FLAVORS, setupSchedules } from './scheduleFixtures.js';

afterEach(closePanels);

const hoursAgo = (n: number) => new Date(Date.now() - n * 3600_000);

describe.each(FLAVORS)('timed runs (fireSchedule) on %s', (flavor) => {
  it('runs the first backup task at once, rotating at the limit, and moves the schedule on', async () => {
    const { panel, server } = await setupSchedules(flavor);
    const oldest = panel.addBackup(server, { createdAt: hoursAgo(3) });
    panel.addBackup(server, { createdAt: hoursAgo(2) });
    panel.addBackup(server, { createdAt: hoursAgo(1) });
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup', payload: 'logs/*' }] });
    schedule.nextRunAt = hoursAgo(1);
    const fired = panel.fireSchedule(server, schedule.id);
    expect(fired.rotated).toBe(oldest);
    expect(fired.backup).toMatchObject({ ignoredFiles: ['logs/*'], isScheduled: flavor === 'pelican' });
    expect(panel.backupsOf(server)).toContain(fired.backup);
    expect(schedule.nextRunAt.getTime()).toBeGreaterThan(Date.now());
    expect(schedule).toMatchObject({ isProcessing: false, lastRunAt: expect.any(Date) });
  });

  it('passes over a schedule the panel would not pick, changing nothing', async () => {
    const { panel, server } = await setupSchedules(flavor);
    const inactive = panel.addSchedule(server, { isActive: false, tasks: [{ action: 'backup' }] });
    expect(panel.fireSchedule(server, inactive.id)).toEqual({ skipped: 'not active' });
    const busy = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    busy.isProcessing = true;
    expect(panel.fireSchedule(server, busy.id)).toEqual({ skipped: 'processing' });
    const empty = panel.addSchedule(server);
    expect(panel.fireSchedule(server, empty.id)).toEqual({ skipped: 'no tasks' });
    const ready = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    server.status = 'restoring_backup';
    expect(panel.fireSchedule(server, ready.id)).toEqual({ skipped: 'server status restoring_backup' });
    expect(panel.schedulesOf(server).map((s) => s.lastRunAt)).toEqual([null, null, null, null]);
    expect(panel.backupsOf(server)).toEqual([]);
  });

  it('records a run that only_when_online skipped', async () => {
    const { panel, server } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, { onlyWhenOnline: true, tasks: [{ action: 'backup' }] });
    server.powerState = 'offline';
    expect(panel.fireSchedule(server, schedule.id)).toEqual({ skipped: 'only when online' });
    expect(schedule.lastRunAt).toBeInstanceOf(Date);
    expect(panel.backupsOf(server)).toEqual([]);
  });

  it("returns the first task's refusal as its detail", async () => {
    const { panel, server } = await setupSchedules(flavor);
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup' }] });
    server.backupLimit = 0;
    expect(panel.fireSchedule(server, schedule.id)).toEqual({
      error: 'Cannot create a new backup, this server has reached its limit of 0 backups.',
    });
    expect(schedule.isProcessing).toBe(false);
  });

  it('queues a first task with an offset, which then runs like any later task', async () => {
    const { panel, server } = await setupSchedules(flavor, { taskOffsetMs: 20 });
    const schedule = panel.addSchedule(server, { tasks: [{ action: 'backup', timeOffset: 5 }] });
    expect(panel.fireSchedule(server, schedule.id)).toEqual({});
    expect(schedule.isProcessing).toBe(true);
    expect(schedule.tasks[0]?.isQueued).toBe(true);
    await waitFor(() => !schedule.isProcessing, 'the queued task');
    expect(panel.backupsOf(server)).toHaveLength(1);
  });

  it('stops a timed chain disabled meanwhile, while run now ignores is_active', async () => {
    const { panel, owner, server, schedules } = await setupSchedules(flavor, { taskOffsetMs: 20 });
    const tasks = [
      { action: 'command' as const, payload: 'save-all' },
      { action: 'backup' as const, timeOffset: 5 },
    ];
    const timed = panel.addSchedule(server, { tasks });
    expect(panel.fireSchedule(server, timed.id)).toEqual({});
    timed.isActive = false;
    await waitFor(() => !timed.isProcessing, 'the timed chain to end');
    expect(panel.backupsOf(server)).toEqual([]);

    const manual = panel.addSchedule(server, { isActive: false, tasks });
    expect((await call(panel, owner.key, 'POST', `${schedules}/${manual.id}/execute`)).status).toBe(202);
    await waitFor(() => !manual.isProcessing, 'the manual chain to end');
    expect(panel.backupsOf(server)).toHaveLength(1);
  });
});
