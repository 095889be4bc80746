import { describe, expect, it } from 'vitest';
import type { FakeChannel, InteractionHandle } from '#fakes/fakeDiscord.js';
import type { PanelBackup, PanelServer } from '#fakes/loopbackPanel.js';
import { itEndsClean, useE2E } from './fixtures.js';
import type { E2E } from './harness.js';
import { configureGuild, EPHEMERAL, joinedGuild, visibleText } from './harness.js';
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

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);

/** The panel's changes on a server, short: "DELETE <uuid>", "POST backups". */
const changes = (e2e: E2E, server: PanelServer) =>
  changesFor(e2e, server).map((r) => `${r.method} ${r.path.split('/').at(-1)}`);

/** Deleted on the panel: soft-deleted on Pterodactyl, gone on Pelican. */
const isGone = (e2e: E2E, backup: PanelBackup) => {
  const row = e2e.panel.getBackup(backup.uuid);
  return row === undefined || row.deletedAt !== null;
};

/**
 * A member at the limit of 3 on their server "Survival": an older locked backup (never rotated), a
 * failed one (does not count), then `oldest`, `middle` and `newest`, all hours old (no throttle).
 */
async function atTheLimit(e2e: E2E, options: { audit?: boolean } = {}) {
  const m = await soloMember(e2e, {
    backupLimit: 3,
    ...(options.audit ? { auditChannel: 'backup-log' } : {}),
  });
  const keeper = e2e.panel.addBackup(m.server, { name: 'keeper', locked: true, createdAt: hoursAgo(9) });
  e2e.panel.addBackup(m.server, { name: 'broken', state: 'failed', createdAt: hoursAgo(8) });
  const oldest = e2e.panel.addBackup(m.server, { name: 'monday', createdAt: hoursAgo(7), bytes: 2048 });
  const newest = e2e.panel.addBackup(m.server, { name: 'tuesday', createdAt: hoursAgo(6) });
  return { m, keeper, oldest, newest };
}

for (const flavor of ['pterodactyl', 'pelican'] as const) {
  describe(`/backup create at the backup limit (${flavor})`, () => {
    const e2e = useE2E({ panel: { flavor, backupDurationMs: 200 } });

    const create = (who: SoloMember, options: Record<string, string | boolean> = {}) =>
      backupCommand(e2e, who, 'create', options);

    it('offers to delete the oldest unlocked backup, named with its age, before anything changes', async () => {
      const { m, oldest, newest } = await atTheLimit(e2e);
      const ask = await create(m, { name: 'wednesday' });
      const text = visibleText(ask.original);

      expect(ask.original?.flags).toBe(EPHEMERAL);
      expect(text).toContain('reached its backup limit (3 of 3)');
      expect(text).toContain('Delete the oldest unlocked backup');
      expect(text).toContain('**monday**');
      expect(text).toContain(`<t:${Math.floor(oldest.createdAt.getTime() / 1000)}:R>`);
      expect(text).toContain('2.0 KiB');
      expect(text).toContain('**wednesday**');
      // The locked one is older, the failed one does not count: neither is offered.
      expect(text).not.toContain('keeper');
      expect(text).not.toContain('broken');
      expect(text).not.toContain(newest.name);
      expect(confirmButton(ask.original).label).toBe('Delete oldest and create');
      expect(confirmButton(ask.original).style).toBe(BUTTON_STYLE.danger);
      expect(changes(e2e, m.server)).toEqual([]);
    });

    it('on confirm deletes that one, then creates the new backup with the options asked and follows it', async () => {
      const { m, keeper, oldest, newest } = await atTheLimit(e2e, { audit: true });
      const ask = await create(m, { name: 'wednesday', ignored: 'logs/*, *.tmp', locked: true });
      const press = await answer(e2e, m, ask.original, 'confirm', /Completed/);

      expect(changes(e2e, m.server)).toEqual([`DELETE ${oldest.uuid}`, 'POST backups']);
      const posted = changesFor(e2e, m.server).at(-1);
      expect(posted?.body).toEqual({ name: 'wednesday', ignored: 'logs/*\n*.tmp', is_locked: true });
      expect(isGone(e2e, oldest)).toBe(true);
      expect(isGone(e2e, keeper)).toBe(false);
      expect(isGone(e2e, newest)).toBe(false);
      const made = e2e.panel.backupsOf(m.server).find((b) => b.name === 'wednesday');
      expect(made?.isSuccessful).toBe(true);
      expect(made?.isLocked).toBe(true);

      // Followed like any create: the confirmation's message becomes the backup, to its end.
      const text = visibleText(press.original);
      expect(text).toContain('Backup wednesday');
      expect(text).toContain('✅ Completed.');
      expect(text).toContain(made?.uuid ?? 'no uuid');
      expect(text).toContain('Made room by deleting the oldest unlocked backup, **monday**');
      expect(buttonsOf(press.original)).toEqual([]);

      const audit = m.guild.channels[1] as FakeChannel;
      await e2e.discord.waitForChannelMessage(audit.id, (msg) => msg.content.includes('completed'));
      const lines = e2e.discord.channelMessages(audit.id).map((msg) => msg.content);
      expect(lines[0]).toContain(`<@${m.user.id}> deleted backup **monday**`);
      expect(lines[0]).toContain('to make room');
      expect(lines[0]).toContain('started backup **wednesday**');
    });

    it('does nothing when the member cancels', async () => {
      const { m, oldest } = await atTheLimit(e2e);
      const ask = await create(m);
      const no = await answer(e2e, m, ask.original, 'cancel', /Cancelled/);
      expect(visibleText(no.original)).toContain('Nothing was done');
      expect(changes(e2e, m.server)).toEqual([]);
      expect(isGone(e2e, oldest)).toBe(false);
    });

    it('asks again, naming the new oldest, when the one offered was deleted meanwhile', async () => {
      const { m, oldest, newest } = await atTheLimit(e2e);
      const ask = await create(m, { name: 'wednesday' });
      // Someone deletes "monday" on the panel: the server is below the limit, then a backup fills it.
      oldest.deletedAt = new Date();
      e2e.panel.addBackup(m.server, { name: 'sneaky', createdAt: hoursAgo(2) });

      const again = await answer(e2e, m, ask.original, 'confirm', /Since I asked/);
      const text = visibleText(again.original);
      expect(text).toContain('**monday** is gone');
      expect(text).toContain('Nothing was deleted');
      expect(text).toContain('Delete the oldest unlocked backup** **tuesday**');
      expect(confirmButton(again.original).label).toBe('Delete oldest and create');
      expect(changes(e2e, m.server)).toEqual([]);

      // The new question is a confirmation of its own: confirming it deletes "tuesday".
      await answer(e2e, m, again.original, 'confirm', /Completed/);
      expect(changes(e2e, m.server)).toEqual([`DELETE ${newest.uuid}`, 'POST backups']);
    });

    it('asks again when the one offered was locked meanwhile, and deletes nothing', async () => {
      const { m, oldest } = await atTheLimit(e2e);
      const ask = await create(m);
      oldest.isLocked = true;

      const again = await answer(e2e, m, ask.original, 'confirm', /Since I asked/);
      const text = visibleText(again.original);
      expect(text).toContain('**monday** was locked');
      expect(text).toContain('**tuesday**');
      expect(changes(e2e, m.server)).toEqual([]);
      expect(isGone(e2e, oldest)).toBe(false);
    });

    it('creates without deleting when room was made between the question and the confirm', async () => {
      const { m, oldest, newest } = await atTheLimit(e2e);
      const ask = await create(m, { name: 'wednesday' });
      newest.deletedAt = new Date();

      const press = await answer(e2e, m, ask.original, 'confirm', /Completed/);
      expect(changes(e2e, m.server)).toEqual(['POST backups']);
      expect(isGone(e2e, oldest)).toBe(false);
      expect(visibleText(press.original)).toContain('Room was made meanwhile, so nothing was deleted');
    });

    it('deletes one backup when two rotations are confirmed at once; the second asks again', async () => {
      const { m, oldest, newest } = await atTheLimit(e2e);
      const first = await create(m, { name: 'one' });
      const second = await create(m, { name: 'two' });
      expect(visibleText(second.original)).toContain('**monday**');

      const [a, b] = await Promise.all([
        answer(e2e, m, first.original, 'confirm', /Completed|Since I asked/),
        answer(e2e, m, second.original, 'confirm', /Completed|Since I asked/),
      ]);
      const texts = [visibleText(a.original), visibleText(b.original)];
      expect(texts.filter((t) => t.includes('Since I asked'))).toHaveLength(1);
      expect(changes(e2e, m.server).filter((c) => c.startsWith('DELETE'))).toEqual([`DELETE ${oldest.uuid}`]);
      expect(isGone(e2e, newest)).toBe(false);
    });

    it('refuses while a backup schedule runs or is due within a minute: it rotates by itself', async () => {
      const { m, oldest } = await atTheLimit(e2e);
      const nightly = e2e.panel.addSchedule(m.server, { name: 'Nightly', tasks: [{ action: 'backup' }] });
      nightly.isProcessing = true;
      const ask = await create(m);
      expect(visibleText(ask.original)).toContain('A backup schedule on it (**Nightly**) is running');
      expect(buttonsOf(ask.original)).toEqual([]);

      nightly.isProcessing = false;
      nightly.nextRunAt = new Date(Date.now() + 30_000);
      const due = await create(m);
      expect(visibleText(due.original)).toContain('is about to run');
      expect(buttonsOf(due.original)).toEqual([]);

      // A schedule that only sends commands rotates nothing; one due later is no concern.
      nightly.nextRunAt = new Date(Date.now() + 3_600_000);
      e2e.panel.addSchedule(m.server, {
        name: 'Restart',
        tasks: [{ action: 'power', payload: 'restart' }],
      }).isProcessing = true;
      const fine = await create(m);
      expect(confirmButton(fine.original).label).toBe('Delete oldest and create');
      expect(changes(e2e, m.server)).toEqual([]);
      expect(isGone(e2e, oldest)).toBe(false);
    });

    it('refuses without a question when every backup that counts is locked', async () => {
      const m = await soloMember(e2e, { backupLimit: 2 });
      e2e.panel.addBackup(m.server, { name: 'a', locked: true, createdAt: hoursAgo(5) });
      e2e.panel.addBackup(m.server, { name: 'b', locked: true, createdAt: hoursAgo(4) });
      e2e.panel.addBackup(m.server, { name: 'c', state: 'failed', createdAt: hoursAgo(3) });

      const ask = await create(m);
      const text = visibleText(ask.original);
      expect(text).toContain('reached its backup limit (2 of 2)');
      expect(text).toContain('Every backup that counts toward it is locked');
      expect(text).toContain('unlock it first if it is locked');
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changes(e2e, m.server)).toEqual([]);
      expectNoInternals(text);
    });

    it('never offers a backup still in progress', async () => {
      const m = await soloMember(e2e, { backupLimit: 2 });
      e2e.panel.addBackup(m.server, { name: 'running', state: 'in_progress', createdAt: hoursAgo(2) });
      e2e.panel.addBackup(m.server, { name: 'done', locked: true, createdAt: hoursAgo(1) });

      const ask = await create(m);
      expect(visibleText(ask.original)).toContain('is locked or still in progress');
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changes(e2e, m.server)).toEqual([]);
    });

    it('refuses at a limit of 0 without asking the panel to create', async () => {
      const m = await soloMember(e2e, { backupLimit: 0 });
      const ask = await create(m);
      expect(visibleText(ask.original)).toContain('is not allowed any backups (its backup limit is 0)');
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changes(e2e, m.server)).toEqual([]);
    });

    it("refuses before deleting anything when the panel's throttle would refuse the new backup", async () => {
      const m = await soloMember(e2e, { backupLimit: 3 });
      e2e.panel.addBackup(m.server, { name: 'old', createdAt: hoursAgo(5) });
      const recent = e2e.panel.addBackup(m.server, {
        name: 'recent',
        createdAt: new Date(Date.now() - 120_000),
      });
      e2e.panel.addBackup(m.server, { name: 'now', createdAt: new Date(Date.now() - 60_000) });

      const before = Math.floor(Date.now() / 1000);
      const ask = await create(m);
      const text = visibleText(ask.original);
      expect(text).toContain('The panel only allows 2 backups per 10 minutes');
      expect(text).toContain('Nothing was deleted');
      // Allowed again once "recent" is 10 minutes old.
      const at = Number(/<t:(\d+):R>/.exec(text)?.[1]);
      expect(at).toBeGreaterThanOrEqual(Math.floor(recent.createdAt.getTime() / 1000) + 600);
      expect(at).toBeLessThanOrEqual(before + 600);
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changes(e2e, m.server)).toEqual([]);
    });

    it(
      flavor === 'pterodactyl'
        ? 'counts a recent backup the bot deleted, which the soft delete keeps in the throttle'
        : 'does not count a recent backup the bot deleted, which Pelican deletes for good',
      async () => {
        const m = await soloMember(e2e, { backupLimit: 2 });
        e2e.panel.addBackup(m.server, { name: 'old', createdAt: hoursAgo(5) });
        e2e.panel.addBackup(m.server, { name: 'recent', createdAt: new Date(Date.now() - 120_000) });
        const mistake = e2e.panel.addBackup(m.server, {
          name: 'mistake',
          createdAt: new Date(Date.now() - 60_000),
        });
        const remove = await backupCommand(e2e, m, 'delete', { backup: mistake.uuid });
        await answer(e2e, m, remove.original, 'confirm', /was deleted/);

        const ask = await create(m);
        const text = visibleText(ask.original);
        if (flavor === 'pterodactyl') {
          expect(text).toContain('The panel only allows 2 backups per 10 minutes');
          expect(buttonsOf(ask.original)).toEqual([]);
        } else {
          expect(text).toContain('Delete the oldest unlocked backup** **old**');
          await answer(e2e, m, ask.original, 'confirm', /Completed/);
        }
        expect(changes(e2e, m.server).filter((c) => c.startsWith('POST'))).toEqual(
          flavor === 'pterodactyl' ? [] : ['POST backups'],
        );
      },
    );

    it('refuses a member without the guild’s restore/delete role, before anything is deleted', async () => {
      const strict = await joinedGuild(e2e, {
        name: 'Strict',
        roles: [{ name: 'Backup Managers' }],
        textChannels: ['general'],
      });
      await configureGuild(e2e, strict, { managerRoleIds: [roleId(strict, 'Backup Managers')] });
      const m = await linkedMember(e2e, strict, { server: { backupLimit: 1 } });
      e2e.panel.addBackup(m.server, { name: 'only', createdAt: hoursAgo(3) });

      const ask = await backupCommand(e2e, m, 'create');
      const text = visibleText(ask.original);
      expect(text).toContain('reached its backup limit (1 of 1)');
      expect(text).toMatch(/limited to members with one of these roles/);
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changes(e2e, m.server)).toEqual([]);
    });

    it('refuses a panel key without backup.delete, naming the permission', async () => {
      const owner = e2e.panel.addUser({ username: 'owner' });
      const server = e2e.panel.addServer({ owner, name: 'Shared', backupLimit: 1 });
      e2e.panel.addBackup(server, { name: 'only', createdAt: hoursAgo(3) });
      const helper = await soloMember(e2e, {
        username: 'helper',
        account: 'alex',
        subuserOf: { server, permissions: ['backup.read', 'backup.create'] },
      });

      const ask = await create(helper);
      const text = visibleText(ask.original);
      expect(text).toContain('reached its backup limit (1 of 1)');
      expect(text).toContain('lacks the `backup.delete` permission');
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changes(e2e, server)).toEqual([]);
    });

    itEndsClean(e2e);
  });

  describe(`a rotation that cannot finish (${flavor})`, () => {
    // The bot is told the panel allows 2 backups per 10 minutes; this panel allows one.
    const e2e = useE2E({ panel: { flavor, backupThrottle: { limit: 1, periodSeconds: 600 } } });

    it('says plainly that the old backup was deleted when the panel then refuses the new one', async () => {
      const m = await soloMember(e2e, { backupLimit: 2, auditChannel: 'backup-log' });
      const old = e2e.panel.addBackup(m.server, { name: 'old', createdAt: hoursAgo(5) });
      e2e.panel.addBackup(m.server, { name: 'recent', createdAt: new Date(Date.now() - 60_000) });

      const ask = await backupCommand(e2e, m, 'create', { name: 'new' });
      const press = await answer(e2e, m, ask.original, 'confirm', /⚠️/);
      const text = visibleText(press.original);

      expect(changes(e2e, m.server)).toEqual([`DELETE ${old.uuid}`, 'POST backups']);
      expect(isGone(e2e, old)).toBe(true);
      expect(text).toContain('**old** **was deleted**');
      expect(text).toContain('the new backup **was not created**');
      expect(text).toContain('The panel only allows 1 backup per 10 minutes');
      expectNoInternals(text);
      const audit = m.guild.channels[1] as FakeChannel;
      await e2e.discord.waitForChannelMessage(audit.id, (msg) => msg.content.includes('was not created'));
      const [line] = e2e.discord.channelMessages(audit.id).map((msg) => msg.content);
      expect(line).toContain('deleted backup **old**');
      expect(line).toContain('the new backup was not created');
    });

    itEndsClean(e2e);
  });

  describe(`a rotation left unanswered (${flavor})`, () => {
    const e2e = useE2E({ panel: { flavor }, timings: { confirmationTtlMs: 300 } });

    it('expires, loses its buttons, and deletes nothing', async () => {
      const { m, oldest } = await atTheLimit(e2e);
      const ask: InteractionHandle = await backupCommand(e2e, m, 'create');
      expect(confirmButton(ask.original).label).toBe('Delete oldest and create');
      await ask.waitFor((h) => /expired/.test(visibleText(h.original)));

      expect(visibleText(ask.original)).toMatch(/This confirmation expired after .* Nothing was done\./);
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changes(e2e, m.server)).toEqual([]);
      expect(isGone(e2e, oldest)).toBe(false);
    });

    itEndsClean(e2e);
  });
}
