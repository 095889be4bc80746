import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeGuild, FakeMessage } from '#fakes/fakeDiscord.js';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { configureGuild, EPHEMERAL, joinedGuild, visibleText, waitUntil } from './harness.js';
import {
  answer,
  BUTTON_STYLE,
  backupCommand,
  buttonsOf,
  changesFor,
  confirmAfterChange,
  confirmButton,
  expectNoInternals,
  type LinkedMember,
  linkedMember,
  showButtonsAgain,
} from './memberFlows.js';
import { roleId, takeRoles } from './setupSteps.js';

describe('restore and delete confirmations end to end', () => {
  const e2e = useE2E();
  const world = useWorld(e2e);

  const member = () => linkedMember(e2e, world.guild);

  const deletes = (m: LinkedMember) => changesFor(e2e, m.server).filter((r) => r.method === 'DELETE');

  it('deletes a backup once the member confirms, and the panel no longer has it', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'old world', state: 'completed', bytes: 1_048_576 });

    const ask = await backupCommand(e2e, m, 'delete', { backup: backup.uuid });
    const question = visibleText(ask.original);
    expect(ask.original?.flags).toBe(EPHEMERAL);
    expect(question).toContain('old world');
    expect(question).toContain('Survival');
    expect(question).toMatch(/cannot be undone/);
    expect(confirmButton(ask.original).style).toBe(BUTTON_STYLE.danger);
    expect(confirmButton(ask.original).label).toBe('Delete');
    expect(deletes(m)).toEqual([]);

    const yes = await answer(e2e, m, ask.original, 'confirm', /was deleted/);

    expect(visibleText(yes.original)).toContain('old world');
    expect(buttonsOf(yes.original)).toEqual([]);
    expect(deletes(m)).toHaveLength(1);
    expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).not.toBeNull();
  });

  it('refuses a press by another member, does nothing, and still lets the owner confirm', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'shared', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'delete', { backup: backup.uuid });
    const intruder = e2e.discord.createUser({ username: 'intruder' });
    e2e.discord.addMember(m.guild, intruder);

    const refused = await answer(e2e, { guild: m.guild, user: intruder }, ask.original, 'confirm');
    expect(refused.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(refused.original)).toContain(`Only <@${m.user.id}> can answer this confirmation`);
    expect(deletes(m)).toEqual([]);
    // The question is untouched: the owner still has the buttons.
    expect(buttonsOf(e2e.discord.message(ask.original?.id ?? ''))).toHaveLength(2);

    await answer(e2e, m, ask.original, 'confirm', /was deleted/);
    expect(deletes(m)).toHaveLength(1);
  });

  it('runs a confirmation once however often it is pressed', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'twice', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'delete', { backup: backup.uuid });
    const buttons = ask.original?.components ?? [];

    // Two presses in flight at once, as a double click sends them.
    const [first, second] = await Promise.all([
      answer(e2e, m, ask.original, 'confirm'),
      answer(e2e, m, ask.original, 'confirm'),
    ]);
    await waitUntil(
      () => /was deleted/.test(visibleText(e2e.discord.message(ask.original?.id ?? ''))),
      'the question to say the backup was deleted',
    );
    // A stale client that still shows the buttons presses once more.
    showButtonsAgain(e2e, ask.original as FakeMessage, buttons);
    const third = await answer(e2e, m, ask.original, 'confirm');

    expect(deletes(m)).toHaveLength(1);
    const refusals = [first, second, third].filter((h) =>
      /already answered/.test(visibleText(h.responses[0]?.data as Parameters<typeof visibleText>[0])),
    );
    expect(refusals).toHaveLength(2);
    for (const refusal of refusals) expect(refusal.original?.flags).toBe(EPHEMERAL);
  });

  const forgeries: Array<[string, (backupUuid: string) => string, RegExp]> = [
    [
      'a forged confirmation id',
      () => `confirm:${randomBytes(16).toString('base64url')}:yes`,
      /expired or was already answered\. Nothing was done/,
    ],
    ['an id that is not shaped like a confirmation', (uuid) => `confirm:${uuid}:yes`, /not valid/],
  ];
  for (const [what, forge, expected] of forgeries) {
    it(`does nothing for ${what}`, async () => {
      const m = await member();
      const backup = e2e.panel.addBackup(m.server, { name: 'target', state: 'completed' });
      const ask = await backupCommand(e2e, m, 'delete', { backup: backup.uuid });
      // A modified client shows a button with an id the bot never issued.
      showButtonsAgain(e2e, ask.original as FakeMessage, [
        { type: 1, components: [{ type: 2, style: 4, label: 'Delete', custom_id: forge(backup.uuid) }] },
      ]);

      const handle = await answer(e2e, m, ask.original, 'confirm');

      expect(visibleText(handle.original)).toMatch(expected);
      expect(handle.original?.flags).toBe(EPHEMERAL);
      expectNoInternals(visibleText(handle.original));
      expect(deletes(m)).toEqual([]);
      expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).toBeNull();
    });
  }

  it('re-checks on confirm: a backup locked meanwhile is not deleted, and the member is told why', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'precious', state: 'completed' });
    const yes = await confirmAfterChange(e2e, m, 'delete', backup, () => {
      backup.isLocked = true; // someone locked it on the panel meanwhile
    });

    const text = visibleText(yes.original);
    expect(text).toMatch(/is locked, so it cannot be deleted/);
    expect(text).toContain('/backup lock');
    expect(deletes(m)).toEqual([]);
    expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).toBeNull();
  });

  it('re-checks on confirm: a backup deleted meanwhile is reported as gone', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'ephemeral', state: 'completed' });
    const yes = await confirmAfterChange(e2e, m, 'delete', backup, () => {
      backup.deletedAt = new Date();
    });

    expect(visibleText(yes.original)).toMatch(/has no backup .* \(it may have been deleted\)/);
    expect(deletes(m)).toEqual([]);
  });

  it('refuses a locked completed backup before any confirmation, with the hint to unlock it', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'keeper', state: 'completed', locked: true });

    const ask = await backupCommand(e2e, m, 'delete', { backup: backup.uuid });

    const text = visibleText(ask.original);
    expect(ask.original?.flags).toBe(EPHEMERAL);
    expect(text).toMatch(/keeper.* is locked/);
    expect(text).toContain('Unlock it first with `/backup lock`');
    expect(buttonsOf(ask.original)).toEqual([]);
    expect(deletes(m)).toEqual([]);
  });

  it('deletes a locked failed backup (the panel does not protect failed ones)', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'broken', state: 'failed', locked: true });

    const ask = await backupCommand(e2e, m, 'delete', { backup: backup.uuid });
    await answer(e2e, m, ask.original, 'confirm', /was deleted/);

    expect(deletes(m)).toHaveLength(1);
    expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).not.toBeNull();
  });

  describe('with restore and delete limited to a role', () => {
    let restricted: FakeGuild;
    let managers: string;

    beforeAll(async () => {
      restricted = await joinedGuild(e2e, {
        name: 'Strict Server',
        roles: [{ name: 'Backup Managers' }],
        textChannels: ['general'],
      });
      managers = roleId(restricted, 'Backup Managers');
      await configureGuild(e2e, restricted, { managerRoleIds: [managers] });
    });

    const restrictedMember = (withRole: boolean) =>
      linkedMember(e2e, restricted, withRole ? { roleIds: [managers] } : {});

    it('refuses restore and delete to a member without the role, before anything reaches the panel', async () => {
      const m = await restrictedMember(false);
      const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });

      for (const sub of ['restore', 'delete']) {
        const ask = await backupCommand(e2e, m, sub, { backup: backup.uuid });
        const text = visibleText(ask.original);
        expect(text).toMatch(/limited to members with one of these roles/);
        expect(ask.original?.flags).toBe(EPHEMERAL);
        expect(buttonsOf(ask.original)).toEqual([]);
      }
      expect(changesFor(e2e, m.server)).toEqual([]);
      // Listing is not limited by the role policy.
      const list = await backupCommand(e2e, m, 'list');
      expect(visibleText(list.original)).toContain('nightly');
    });

    it('lets a member with the role restore and delete', async () => {
      const m = await restrictedMember(true);
      const keep = e2e.panel.addBackup(m.server, { name: 'keep', state: 'completed' });
      const drop = e2e.panel.addBackup(m.server, { name: 'drop', state: 'completed' });

      const restore = await backupCommand(e2e, m, 'restore', { backup: keep.uuid });
      await answer(e2e, m, restore.original, 'confirm', /The restore of .+ finished\./);

      const remove = await backupCommand(e2e, m, 'delete', { backup: drop.uuid });
      await answer(e2e, m, remove.original, 'confirm', /was deleted/);

      const changes = changesFor(e2e, m.server).map((r) => `${r.method} ${r.path.split('/').at(-1)}`);
      expect(changes).toEqual(['POST restore', `DELETE ${drop.uuid}`]);
    });

    it('holds the role policy again on confirm: a role taken away meanwhile stops the action', async () => {
      const m = await restrictedMember(true);
      const backup = e2e.panel.addBackup(m.server, { name: 'contested', state: 'completed' });
      const yes = await confirmAfterChange(e2e, m, 'delete', backup, () => takeRoles(restricted, m.user));

      expect(visibleText(yes.original)).toMatch(/limited to members with one of these roles/);
      expect(changesFor(e2e, m.server)).toEqual([]);
    });
  });

  itEndsClean(e2e);
});
