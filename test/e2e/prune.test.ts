import { describe, expect, it } from 'vitest';
import type { FakeChannel } from '#fakes/fakeDiscord.js';
import type { AddBackupOptions, PanelBackup, PanelServer } from '#fakes/loopbackPanel.js';
import { itEndsClean, useE2E } from './fixtures.js';
import { configureGuild, type E2E, EPHEMERAL, joinedGuild, visibleText } from './harness.js';
import {
  answer,
  BUTTON_STYLE,
  backupCommand,
  buttonsOf,
  changesFor,
  confirmButton,
  expectNoInternals,
  linkedMember,
  type SoloMember,
  soloMember,
} from './memberFlows.js';
import { roleId } from './setupSteps.js';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** The uuids the panel was asked to delete on a server, in order. */
const deletes = (e2e: E2E, server: PanelServer) =>
  changesFor(e2e, server)
    .filter((r) => r.method === 'DELETE')
    .map((r) => r.path.split('/').at(-1));

const isGone = (e2e: E2E, backup: PanelBackup) => {
  const row = e2e.panel.getBackup(backup.uuid);
  return row === undefined || row.deletedAt !== null;
};

for (const flavor of ['pterodactyl', 'pelican'] as const) {
  describe(`/backup prune (${flavor})`, () => {
    const e2e = useE2E({ panel: { flavor } });

    const prune = (who: SoloMember, options: Record<string, string | number | boolean>) =>
      backupCommand(e2e, who, 'prune', options);

    /**
     * A member whose server "Survival" (limit 20) holds, oldest first: jan, feb (locked), mar
     * (failed), apr, may, jun, and now (in progress).
     */
    async function memberWithHistory(options: { audit?: boolean } = {}) {
      const m = await soloMember(e2e, {
        backupLimit: 20,
        ...(options.audit ? { auditChannel: 'backup-log' } : {}),
      });
      const add = (name: string, days: number, more: AddBackupOptions = {}) =>
        e2e.panel.addBackup(m.server, { name, createdAt: daysAgo(days), bytes: 4096, ...more });
      return {
        m,
        jan: add('jan', 10),
        feb: add('feb', 9, { locked: true }),
        mar: add('mar', 8, { state: 'failed' }),
        apr: add('apr', 7),
        may: add('may', 2),
        jun: add('jun', 1),
        now: add('now', 0.01, { state: 'in_progress' }),
      };
    }

    it('keep: shows exactly which would go and which are spared, then deletes them one by one', async () => {
      const { m, jan, feb, mar, apr, may, jun, now } = await memberWithHistory({ audit: true });
      const ask = await prune(m, { keep: 2 });
      const question = visibleText(ask.original);

      expect(ask.original?.flags).toBe(EPHEMERAL);
      expect(question).toContain('Delete 4 backups');
      expect(question).toContain('keeping the 2 newest');
      for (const name of ['jan', 'mar', 'apr', 'may']) expect(question).toContain(`**${name}**`);
      expect(question).toContain('4.0 KiB');
      expect(question).toContain(`<t:${Math.floor(jan.createdAt.getTime() / 1000)}:R>`);
      expect(question).toContain('❌ failed');
      // The two newest non-failed (one still in progress) stay; so does the locked one, and says so.
      expect(question).not.toContain('**jun**');
      expect(question).not.toContain('**now**');
      expect(question).toMatch(/Spared.*\n.*\*\*feb\*\*.*🔒 locked/);
      expect(confirmButton(ask.original).label).toBe('Delete 4 backups');
      expect(confirmButton(ask.original).style).toBe(BUTTON_STYLE.danger);
      expect(deletes(e2e, m.server)).toEqual([]);

      const done = await answer(e2e, m, ask.original, 'confirm', /Prune of/);
      const report = visibleText(done.original);
      expect(deletes(e2e, m.server)).toEqual([jan.uuid, mar.uuid, apr.uuid, may.uuid]);
      for (const gone of [jan, mar, apr, may]) expect(isGone(e2e, gone)).toBe(true);
      for (const kept of [feb, jun, now]) expect(isGone(e2e, kept)).toBe(false);
      expect(report).toContain('**4 deleted**');
      expect(report).toMatch(/Deleted\*\*\n• \*\*jan\*\*\n• \*\*mar\*\*\n• \*\*apr\*\*\n• \*\*may\*\*/);
      expect(buttonsOf(done.original)).toEqual([]);

      const audit = m.guild.channels[1] as FakeChannel;
      await e2e.discord.waitForChannelMessage(audit.id, (msg) => msg.content.includes('pruned'));
      const lines = e2e.discord.channelMessages(audit.id).map((msg) => msg.content);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`<@${m.user.id}> pruned`);
      expect(lines[0]).toContain('4 backups deleted');
    });

    it('older-than: only backups older than the age, never a locked one', async () => {
      const { m, jan, mar, apr } = await memberWithHistory();
      const ask = await prune(m, { 'older-than': '5d' });
      const question = visibleText(ask.original);
      expect(question).toContain('Delete 3 backups');
      expect(question).toContain('older than `5d`');
      expect(question).not.toContain('**may**');
      expect(question).toMatch(/\*\*feb\*\*.*🔒 locked/);

      await answer(e2e, m, ask.original, 'confirm', /Prune of/);
      expect(deletes(e2e, m.server)).toEqual([jan.uuid, mar.uuid, apr.uuid]);
    });

    it('failed-only: only failed backups', async () => {
      const { m, mar } = await memberWithHistory();
      const ask = await prune(m, { 'failed-only': true });
      const question = visibleText(ask.original);
      expect(question).toContain('Delete 1 backup**');
      expect(question).toContain('failed only');
      expect(question).toContain('**mar**');
      expect(question).not.toContain('**jan**');
      await answer(e2e, m, ask.original, 'confirm', /Prune of/);
      expect(deletes(e2e, m.server)).toEqual([mar.uuid]);
    });

    it('never deletes the only successful backup, nor one in progress, and says why', async () => {
      const m = await soloMember(e2e, { backupLimit: 10 });
      const old = e2e.panel.addBackup(m.server, { name: 'old', createdAt: daysAgo(9) });
      const last = e2e.panel.addBackup(m.server, { name: 'last', createdAt: daysAgo(8) });
      e2e.panel.addBackup(m.server, { name: 'stuck', state: 'in_progress', createdAt: daysAgo(7) });

      const ask = await prune(m, { 'older-than': '1d' });
      const question = visibleText(ask.original);
      expect(question).toContain('Delete 1 backup**');
      expect(question).toMatch(/\*\*last\*\*.*the last successful backup/);
      expect(question).toMatch(/\*\*stuck\*\*.*still in progress/);
      await answer(e2e, m, ask.original, 'confirm', /Prune of/);
      expect(deletes(e2e, m.server)).toEqual([old.uuid]);
      expect(isGone(e2e, last)).toBe(false);
    });

    it('says what to prune when no criterion is given', async () => {
      const { m } = await memberWithHistory();
      for (const options of [{}, { 'failed-only': false }]) {
        const ask = await prune(m, options);
        expect(visibleText(ask.original)).toContain('Say what to prune: `keep`');
        expect(buttonsOf(ask.original)).toEqual([]);
      }
      expect(changesFor(e2e, m.server)).toEqual([]);
    });

    it('refuses an age it cannot read, naming what it takes', async () => {
      const { m } = await memberWithHistory();
      const ask = await prune(m, { 'older-than': 'last `tuesday`' });
      const text = visibleText(ask.original);
      expect(text).toContain('`older-than` takes an age such as `12h`, `7d` or `2w`');
      expect(text).toContain("`last 'tuesday'` is not one");
      expect(buttonsOf(ask.original)).toEqual([]);
      expectNoInternals(text);
    });

    it('says so, without a question, when nothing fits', async () => {
      const { m } = await memberWithHistory();
      const ask = await prune(m, { 'older-than': '30d' });
      expect(visibleText(ask.original)).toContain('Nothing on **Survival**');
      expect(visibleText(ask.original)).toContain('nothing would be deleted');
      expect(buttonsOf(ask.original)).toEqual([]);

      expect(changesFor(e2e, m.server)).toEqual([]);
    });

    it('says so when all that matches is spared, and says why', async () => {
      const m = await soloMember(e2e, { backupLimit: 10 });
      e2e.panel.addBackup(m.server, { name: 'keeper', locked: true, createdAt: daysAgo(9) });
      e2e.panel.addBackup(m.server, { name: 'fresh', createdAt: daysAgo(1) });
      const onlyLocked = await prune(m, { 'older-than': '5d' });
      const text = visibleText(onlyLocked.original);
      expect(text).toContain('Nothing on **Survival**');
      expect(text).toMatch(/\*\*keeper\*\*.*🔒 locked/);
      expect(buttonsOf(onlyLocked.original)).toEqual([]);
      expect(changesFor(e2e, m.server)).toEqual([]);
    });

    it('deletes only what still fits on confirm: one locked meanwhile is left alone', async () => {
      const { m, jan, mar, apr } = await memberWithHistory();
      const ask = await prune(m, { 'older-than': '5d' });
      apr.isLocked = true;
      const done = await answer(e2e, m, ask.original, 'confirm', /Prune of/);
      expect(deletes(e2e, m.server)).toEqual([jan.uuid, mar.uuid]);
      const report = visibleText(done.original);
      expect(report).toContain('**2 deleted**');
      expect(report).toMatch(/Left alone.*\n• \*\*apr\*\* — locked since/);
    });

    it('waits out a short Retry-After of the panel mid-way, then deletes the rest', async () => {
      const { m, jan, mar, apr } = await memberWithHistory();
      const ask = await prune(m, { 'older-than': '5d' });
      e2e.panel.faults.rateLimitNext(1, 1, { method: 'DELETE', path: mar.uuid });
      const done = await answer(e2e, m, ask.original, 'confirm', /Prune of/, 15_000);
      expect(deletes(e2e, m.server)).toEqual([jan.uuid, mar.uuid, mar.uuid, apr.uuid]);
      expect(visibleText(done.original)).toContain('**3 deleted**');
      expect(done.responses.some((r) => /asked me to slow down/.test(visibleText(r.data as never)))).toBe(
        true,
      );
    });

    it('stops at a long Retry-After mid-way and reports the rest as not deleted', async () => {
      const { m, jan, mar, apr } = await memberWithHistory({ audit: true });
      const ask = await prune(m, { 'older-than': '5d' });
      e2e.panel.faults.rateLimitNext(1, 120, { method: 'DELETE', path: mar.uuid });
      const done = await answer(e2e, m, ask.original, 'confirm', /Prune of/);
      const report = visibleText(done.original);

      expect(deletes(e2e, m.server)).toEqual([jan.uuid, mar.uuid]);
      expect(isGone(e2e, mar)).toBe(false);
      expect(isGone(e2e, apr)).toBe(false);
      expect(report).toContain('**1 deleted**, 2 not deleted');
      expect(report).toContain(
        'The panel is limiting how many requests your account may make. Try again <t:',
      );
      expect(report).toMatch(/Not deleted.*\n• \*\*mar\*\*\n• \*\*apr\*\*/);
      const audit = m.guild.channels[1] as FakeChannel;
      await e2e.discord.waitForChannelMessage(audit.id, (msg) => msg.content.includes('pruned'));
      expect(e2e.discord.channelMessages(audit.id)[0]?.content).toContain(
        '1 backup deleted, 2 not deleted (the prune stopped)',
      );
    });

    it('fits many long names into one message of at most 2,000 characters, question and report', async () => {
      const m = await soloMember(e2e, { backupLimit: 100 });
      for (let i = 0; i < 60; i += 1) {
        e2e.panel.addBackup(m.server, { name: `${'x'.repeat(180)} ${i}`, createdAt: daysAgo(60 - i / 10) });
      }
      e2e.panel.addBackup(m.server, { name: 'today', createdAt: daysAgo(0.1) });
      const ask = await prune(m, { keep: 1 });
      expect(ask.original?.content?.length).toBeLessThanOrEqual(2000);
      expect(visibleText(ask.original)).toContain('Delete 60 backups');
      expect(visibleText(ask.original)).toMatch(/…and \d+ more/);

      const done = await answer(e2e, m, ask.original, 'confirm', /Prune of/, 20_000);
      expect(done.original?.content?.length).toBeLessThanOrEqual(2000);
      expect(visibleText(done.original)).toContain('**60 deleted**');
      expect(deletes(e2e, m.server)).toHaveLength(60);
    });

    it('refuses a panel key without backup.delete before any question', async () => {
      const owner = e2e.panel.addUser({ username: 'owner' });
      const server = e2e.panel.addServer({ owner, name: 'Shared', backupLimit: 5 });
      e2e.panel.addBackup(server, { name: 'old', state: 'failed', createdAt: daysAgo(3) });
      const helper = await soloMember(e2e, {
        username: 'helper',
        account: 'alex',
        subuserOf: { server, permissions: ['backup.read'] },
      });
      const ask = await prune(helper, { 'failed-only': true });
      expect(visibleText(ask.original)).toContain('lacks the `backup.delete` permission');
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changesFor(e2e, server)).toEqual([]);
    });

    it('refuses a member without the guild’s restore/delete role', async () => {
      const strict = await joinedGuild(e2e, {
        name: 'Strict',
        roles: [{ name: 'Backup Managers' }],
        textChannels: ['general'],
      });
      await configureGuild(e2e, strict, { managerRoleIds: [roleId(strict, 'Backup Managers')] });
      const m = await linkedMember(e2e, strict);
      e2e.panel.addBackup(m.server, { name: 'old', state: 'failed', createdAt: daysAgo(3) });
      const ask = await backupCommand(e2e, m, 'prune', { 'failed-only': true });
      expect(visibleText(ask.original)).toMatch(/limited to members with one of these roles/);
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changesFor(e2e, m.server)).toEqual([]);
    });

    itEndsClean(e2e);
  });
}
