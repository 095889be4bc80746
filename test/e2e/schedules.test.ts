import { describe, expect, it } from 'vitest';
import type { PanelServer } from '#fakes/loopbackPanel.js';
import { itEndsClean, useE2E } from './fixtures.js';
import { EPHEMERAL, visibleText } from './harness.js';
import {
  answer,
  backupCommand,
  changesFor,
  type Member,
  requestsFor,
  shownTexts,
  soloMember,
} from './memberFlows.js';

const FLAVORS = ['pterodactyl', 'pelican'] as const;

describe.each(FLAVORS)('/backup schedule end to end on %s', (flavor) => {
  // Backups take 300 ms on the node: a run's backup is followed from in progress to completed.
  const e2e = useE2E({ panel: { flavor, backupDurationMs: 300 } });

  const schedule = (member: Member, sub: string, options: Record<string, string | boolean | number> = {}) =>
    backupCommand(e2e, member, `schedule ${sub}`, options);

  const scheduleRequests = (server: PanelServer) =>
    changesFor(e2e, server).filter((r) => r.path.includes('/schedules'));

  // ------------------------------------------------------------------------------------ create

  it('creates a schedule with one backup task from a preset: every cron field, active, no ignore list', async () => {
    const member = await soloMember(e2e, { backupLimit: 3 });
    const created = await schedule(member, 'create', { when: 'daily at 04:30' });
    const text = visibleText(created.original);
    expect(created.original?.flags).toBe(EPHEMERAL);
    expect(text).toContain('✅ Created');
    expect(text).toContain('every day at 04:30 (UTC)');
    expect(text).toMatch(/First run <t:\d+:F>/);
    expect(text).toContain('At the backup limit (3), each run first deletes the oldest unlocked backup');
    expect(text).toContain('Now 0 of 3 used.');

    const [stored, ...others] = e2e.panel.schedulesOf(member.server);
    expect(others).toHaveLength(0);
    expect(stored?.name).toBe('Backup every day at 04:30');
    expect(stored?.cron).toEqual({
      minute: '30',
      hour: '4',
      day_of_month: '*',
      month: '*',
      day_of_week: '*',
    });
    expect(stored?.isActive).toBe(true);
    expect(stored?.onlyWhenOnline).toBe(false);
    expect(stored?.tasks.map((t) => [t.action, t.payload, t.timeOffset])).toEqual([['backup', '', 0]]);
    // Create, then the task: nothing else changed on the panel.
    expect(scheduleRequests(member.server).map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('creates from cron with a name, an ignore list as the task payload, and only-when-online', async () => {
    const member = await soloMember(e2e);
    const created = await schedule(member, 'create', {
      when: '15 2 * * 1',
      name: 'Nightly',
      ignored: 'logs/*, *.tmp',
      'only-when-online': true,
    });
    const text = visibleText(created.original);
    expect(text).toContain('every Monday at 02:15 (UTC)');
    expect(text).toContain('Runs only while the server is online.');
    expect(text).toContain('Leaves out: `logs/*`, `*.tmp`');
    const [stored] = e2e.panel.schedulesOf(member.server);
    expect(stored?.name).toBe('Nightly');
    expect(stored?.onlyWhenOnline).toBe(true);
    expect(stored?.tasks[0]?.payload).toBe('logs/*\n*.tmp');
  });

  it('refuses an invalid cron expression and one that runs more than hourly, before asking the panel', async () => {
    const member = await soloMember(e2e);
    const invalid = await schedule(member, 'create', { when: '61 * * * *' });
    expect(visibleText(invalid.original)).toContain('`61 * * * *` is not a valid cron expression');
    const short = await schedule(member, 'create', { when: 'every tuesday' });
    expect(visibleText(short.original)).toContain('That is not a schedule I understand.');
    const often = await schedule(member, 'create', { when: '*/15 * * * *' });
    expect(visibleText(often.original)).toContain('would run every 15 minutes');
    expect(visibleText(often.original)).toContain('at most once an hour');
    const never = await schedule(member, 'create', { when: '0 0 31 2 *' });
    expect(visibleText(never.original)).toContain('never runs');
    expect(scheduleRequests(member.server)).toEqual([]);
    expect(e2e.panel.schedulesOf(member.server)).toEqual([]);
  });

  it('refuses a server whose backup limit is 0, creating nothing', async () => {
    const member = await soloMember(e2e, { backupLimit: 0 });
    const refused = await schedule(member, 'create', { when: 'every 6 hours' });
    expect(visibleText(refused.original)).toContain('is not allowed any backups (its backup limit is 0)');
    expect(scheduleRequests(member.server)).toEqual([]);
  });

  it('refuses a key without schedule.create, creating nothing', async () => {
    const owner = e2e.panel.addUser({ username: 'owner' });
    const server = e2e.panel.addServer({ owner, name: 'Shared', backupLimit: 3 });
    const member = await soloMember(e2e, {
      username: 'helper',
      account: 'helper',
      subuserOf: { server, permissions: ['backup.read', 'schedule.read', 'schedule.update'] },
    });
    const refused = await schedule(member, 'create', { when: 'every 12 hours' });
    expect(visibleText(refused.original)).toContain('lacks the `schedule.create` permission');
    expect(scheduleRequests(server)).toEqual([]);
  });

  // ------------------------------------------------------------------------------------ list

  it('lists the backup schedules in words, active or paused, and counts the others', async () => {
    const member = await soloMember(e2e);
    e2e.panel.addSchedule(member.server, {
      name: 'Nightly',
      cron: { minute: '0', hour: '3', day_of_month: '*', month: '*', day_of_week: '*' },
      tasks: [{ action: 'backup' }],
    });
    e2e.panel.addSchedule(member.server, {
      name: 'Weekend',
      isActive: false,
      cron: { minute: '0', hour: '*/6', day_of_month: '*', month: '*', day_of_week: '*' },
      tasks: [{ action: 'backup', payload: 'cache/*' }],
    });
    e2e.panel.addSchedule(member.server, {
      name: 'Restart',
      tasks: [{ action: 'power', payload: 'restart' }],
    });
    const listed = await schedule(member, 'list');
    const text = visibleText(listed.original);
    expect(text).toContain('2 backup schedules');
    expect(text).toContain('Nightly');
    expect(text).toContain('every day at 03:00 (UTC) · ▶️ active');
    expect(text).toMatch(/Next run: <t:\d+:f>/);
    expect(text).toContain('Weekend');
    expect(text).toContain('every 6 hours · ⏸️ paused');
    expect(text).toContain('Leaves out: `cache/*`');
    expect(text).not.toContain('Restart');
    expect(text).toContain('1 other schedule (commands or power actions, no backup) not shown.');
    expect(text).not.toMatch(/\* \* \*/);
  });

  it('says when a server has no backup schedule', async () => {
    const member = await soloMember(e2e);
    const listed = await schedule(member, 'list');
    expect(visibleText(listed.original)).toContain('has no backup schedule');
  });

  // ------------------------------------------------------------------------------------ pause, resume

  it('pauses and resumes with a full update that keeps the rule, the name and only-when-online', async () => {
    const member = await soloMember(e2e);
    const seeded = e2e.panel.addSchedule(member.server, {
      name: 'Nightly',
      onlyWhenOnline: true,
      cron: { minute: '5', hour: '1', day_of_month: '*', month: '*', day_of_week: '*' },
      tasks: [{ action: 'backup' }],
    });
    const paused = await schedule(member, 'pause', { schedule: seeded.id });
    expect(visibleText(paused.original)).toContain('is **paused**');
    const [afterPause] = e2e.panel.schedulesOf(member.server);
    expect(afterPause?.isActive).toBe(false);
    expect(afterPause?.onlyWhenOnline).toBe(true);
    expect(afterPause?.name).toBe('Nightly');
    expect(afterPause?.cron.minute).toBe('5');

    const again = await schedule(member, 'pause', { schedule: seeded.id });
    expect(visibleText(again.original)).toContain('is already paused. Nothing was changed.');

    const resumed = await schedule(member, 'resume', { schedule: seeded.id });
    expect(visibleText(resumed.original)).toContain('is **active** again: every day at 01:05 (UTC)');
    expect(visibleText(resumed.original)).toMatch(/Next run <t:\d+:f>/);
    const [afterResume] = e2e.panel.schedulesOf(member.server);
    expect(afterResume?.isActive).toBe(true);
    expect(afterResume?.onlyWhenOnline).toBe(true);
    expect(scheduleRequests(member.server).map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('refuses another server’s schedule and one that makes no backups', async () => {
    const member = await soloMember(e2e);
    const other = await soloMember(e2e, { username: 'other', account: 'other' });
    const theirs = e2e.panel.addSchedule(other.server, { tasks: [{ action: 'backup' }] });
    const mine = e2e.panel.addSchedule(member.server, {
      name: 'Say hi',
      tasks: [{ action: 'command', payload: 'say hi' }],
    });
    const foreign = await schedule(member, 'pause', { schedule: theirs.id });
    expect(visibleText(foreign.original)).toContain(
      `⚠️ Server \`${member.server.identifier}\` has no schedule`,
    );
    const command = await schedule(member, 'run', { schedule: mine.id });
    expect(visibleText(command.original)).toContain('does not make backups');
    expect(e2e.panel.schedulesOf(other.server)[0]?.isActive).toBe(true);
    expect(scheduleRequests(member.server)).toEqual([]);
  });

  // ------------------------------------------------------------------------------------ delete

  it('deletes a schedule after confirmation; cancel keeps it', async () => {
    const member = await soloMember(e2e);
    const seeded = e2e.panel.addSchedule(member.server, { name: 'Nightly', tasks: [{ action: 'backup' }] });
    const ask = await schedule(member, 'delete', { schedule: seeded.id });
    expect(visibleText(ask.original)).toContain('**Delete** backup schedule **Nightly**');
    await answer(e2e, member, ask.original, 'cancel', /Cancelled/);
    expect(e2e.panel.schedulesOf(member.server)).toHaveLength(1);

    const again = await schedule(member, 'delete', { schedule: seeded.id });
    const press = await answer(e2e, member, again.original, 'confirm', /was deleted/);
    expect(visibleText(press.original)).toContain('Its backups stay.');
    expect(e2e.panel.schedulesOf(member.server)).toEqual([]);
  });

  // ------------------------------------------------------------------------------------ run now

  it('runs a schedule now and follows its backup; at the limit it names the backup the panel rotated away', async () => {
    const member = await soloMember(e2e, { backupLimit: 2, auditChannel: 'backup-log' });
    const old = e2e.panel.addBackup(member.server, {
      name: 'oldest',
      state: 'completed',
      createdAt: new Date(Date.now() - 7_200_000),
    });
    e2e.panel.addBackup(member.server, {
      name: 'locked',
      state: 'completed',
      locked: true,
      createdAt: new Date(Date.now() - 9_000_000),
    });
    const seeded = e2e.panel.addSchedule(member.server, { name: 'Nightly', tasks: [{ action: 'backup' }] });
    const ran = await schedule(member, 'run', { schedule: seeded.id });
    await ran.waitFor((h) => /✅ Completed/.test(visibleText(h.original)));
    const texts = shownTexts(ran).join('\n');
    expect(texts).toContain('⏳ In progress');
    const final = visibleText(ran.original);
    expect(final).toContain('Made by schedule **Nightly**');
    expect(final).toContain('the panel deleted **oldest** (the oldest unlocked) to make room');
    expect(final).toContain('✅ Completed');
    expect(
      e2e.panel
        .backupsOf(member.server)
        .filter((b) => !b.deletedAt)
        .map((b) => b.name),
    ).not.toContain('oldest');
    expect(e2e.panel.getBackup(old.uuid)?.deletedAt ?? 'gone').toBeTruthy();
    expect(
      requestsFor(e2e, member.server).some((r) => r.method === 'POST' && r.path.endsWith('/execute')),
    ).toBe(true);
  });

  it('returns the run’s refusal at once: every backup locked at the limit, and the throttle', async () => {
    const member = await soloMember(e2e, { backupLimit: 1 });
    e2e.panel.addBackup(member.server, { name: 'keep', state: 'completed', locked: true });
    const seeded = e2e.panel.addSchedule(member.server, { tasks: [{ action: 'backup' }] });
    const locked = await schedule(member, 'run', { schedule: seeded.id });
    expect(visibleText(locked.original)).toMatch(/limit/i);
    expect(visibleText(locked.original)).not.toContain('Something went wrong');

    const roomy = await soloMember(e2e, { backupLimit: 10, username: 'roomy', account: 'roomy' });
    const nightly = e2e.panel.addSchedule(roomy.server, { tasks: [{ action: 'backup' }] });
    e2e.panel.addBackup(roomy.server, { name: 'a', state: 'completed' });
    e2e.panel.addBackup(roomy.server, { name: 'b', state: 'completed' });
    const throttled = await schedule(roomy, 'run', { schedule: nightly.id });
    expect(visibleText(throttled.original)).toMatch(/<t:\d+:R>/);
    expect(visibleText(throttled.original)).toMatch(/backups? (in|per|within)|try again/i);
  });

  it('says plainly that an only-when-online schedule would do nothing while the server is offline', async () => {
    const member = await soloMember(e2e);
    member.server.powerState = 'offline';
    const seeded = e2e.panel.addSchedule(member.server, {
      onlyWhenOnline: true,
      tasks: [{ action: 'backup' }],
    });
    const ran = await schedule(member, 'run', { schedule: seeded.id });
    expect(visibleText(ran.original)).toContain('runs only while the server is online');
    expect(visibleText(ran.original)).toContain('is **offline**');
    expect(requestsFor(e2e, member.server).some((r) => r.path.endsWith('/execute'))).toBe(false);
  });

  // ------------------------------------------------------------------------------------ autocomplete

  it('completes `schedule` with the backup schedules in words and `when` with presets and what was typed', async () => {
    const member = await soloMember(e2e);
    const nightly = e2e.panel.addSchedule(member.server, { name: 'Nightly', tasks: [{ action: 'backup' }] });
    e2e.panel.addSchedule(member.server, {
      name: 'Paused one',
      isActive: false,
      tasks: [{ action: 'backup' }],
    });
    e2e.panel.addSchedule(member.server, { name: 'Chat', tasks: [{ action: 'command', payload: 'say hi' }] });
    const { choices } = await e2e.discord.autocomplete({
      user: member.user,
      guild: member.guild,
      command: 'backup',
      subcommand: 'schedule run',
      focused: 'schedule',
      options: { schedule: '' },
    });
    expect(choices.map((c) => c.name)).toEqual([
      'Nightly — every day at 03:00',
      'Paused one — every day at 03:00 (paused)',
    ]);
    expect(choices[0]?.value).toBe(nightly.id);

    const presets = await e2e.discord.autocomplete({
      user: member.user,
      guild: member.guild,
      command: 'backup',
      subcommand: 'schedule create',
      focused: 'when',
      options: { when: '' },
    });
    expect(presets.choices.map((c) => c.name)).toEqual([
      'Every 6 hours',
      'Every 12 hours',
      'Every day at 03:00',
      'Every Sunday at 03:00',
    ]);
    const typed = await e2e.discord.autocomplete({
      user: member.user,
      guild: member.guild,
      command: 'backup',
      subcommand: 'schedule create',
      focused: 'when',
      options: { when: '*/5 * * * *' },
    });
    expect(typed.choices[0]?.name).toMatch(/^⚠️ .*would run every 5 minutes/);
  });

  itEndsClean(e2e);
});

describe('/backup schedule create when the panel refuses the backup task', () => {
  // No task allowed at all: the panel refuses the task as it does past its ten-task limit.
  const e2e = useE2E({ panel: { taskLimit: 0 } });

  it('removes the schedule again, so nothing half-made stays on the panel', async () => {
    const member = await soloMember(e2e);
    const refused = await backupCommand(e2e, member, 'schedule create', { when: 'daily at 3' });
    const text = visibleText(refused.original);
    expect(text).toContain('This schedule already has the most tasks the panel allows (0).');
    expect(text).toContain('The schedule was removed again');
    expect(e2e.panel.schedulesOf(member.server)).toEqual([]);
    const methods = changesFor(e2e, member.server)
      .filter((r) => r.path.includes('/schedules'))
      .map((r) => r.method);
    expect(methods).toEqual(['POST', 'POST', 'DELETE']);
  });

  itEndsClean(e2e);
});

describe.each(FLAVORS)('/backup rename end to end on %s', (flavor) => {
  const e2e = useE2E({ panel: { flavor } });

  it(
    flavor === 'pelican' ? 'renames a backup' : 'says this panel cannot rename, asking nothing of it',
    async () => {
      const member = await soloMember(e2e, { auditChannel: 'backup-log' });
      const backup = e2e.panel.addBackup(member.server, {
        name: 'Backup at 2026-12-01 03:00:00',
        state: 'completed',
      });
      const renamed = await backupCommand(e2e, member, 'rename', {
        backup: backup.uuid,
        name: '  Before 1.21  ',
      });
      const text = visibleText(renamed.original);
      const puts = requestsFor(e2e, member.server).filter((r) => r.method === 'PUT');
      if (flavor === 'pelican') {
        expect(text).toContain('is now called **Before 1.21**');
        expect(e2e.panel.getBackup(backup.uuid)?.name).toBe('Before 1.21');
        expect(puts.map((r) => r.path)).toEqual([
          `/api/client/servers/${member.server.identifier}/backups/${backup.uuid}/rename`,
        ]);
      } else {
        expect(text).toContain('This panel cannot rename backups');
        expect(e2e.panel.getBackup(backup.uuid)?.name).toBe('Backup at 2026-12-01 03:00:00');
        expect(puts).toEqual([]);
      }
    },
  );

  it('refuses a name of spaces only, and an unchanged name, without a request', async () => {
    const member = await soloMember(e2e);
    const backup = e2e.panel.addBackup(member.server, { name: 'Same', state: 'completed' });
    const blank = await backupCommand(e2e, member, 'rename', { backup: backup.uuid, name: '   ' });
    expect(visibleText(blank.original)).toContain('not only spaces');
    if (flavor === 'pelican') {
      const same = await backupCommand(e2e, member, 'rename', { backup: backup.uuid, name: 'Same' });
      expect(visibleText(same.original)).toContain('already has that name');
    }
    expect(requestsFor(e2e, member.server).filter((r) => r.method === 'PUT')).toEqual([]);
  });

  itEndsClean(e2e);
});
