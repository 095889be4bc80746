import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGuild, FakeMessage, FakeRole, FakeUser } from '#fakes/fakeDiscord.js';
import { configureGuild, createWorld, type E2E, startE2E, visibleText } from './harness.js';
import {
  BUTTON_STYLE,
  backupCommand,
  buttonsOf,
  changesFor,
  confirmButton,
  EPHEMERAL,
  expectCleanRun,
  expectNoInternals,
  type LinkedMember,
  linkedMember,
  showButtonsAgain,
} from './memberFlows.js';

describe('restore and delete confirmations end to end', () => {
  let e2e: E2E;
  let guild: FakeGuild;
  const keys: string[] = [];

  beforeAll(async () => {
    e2e = await startE2E();
    const world = await createWorld(e2e);
    guild = world.guild;
    keys.push(world.adminAccount.key, world.memberAccount.key);
    await configureGuild(e2e, guild);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  async function member(options: Parameters<typeof linkedMember>[2] = {}): Promise<LinkedMember> {
    const linked = await linkedMember(e2e, guild, options);
    keys.push(linked.account.key);
    return linked;
  }

  function press(user: FakeUser, message: FakeMessage | undefined, customId: string) {
    if (message === undefined) throw new Error('no message to press on');
    return e2e.discord.clickButton({ user, message, customId });
  }

  const deletes = (m: LinkedMember) => changesFor(e2e, m.server).filter((r) => r.method === 'DELETE');

  it('deletes a backup once the member confirms, and the panel no longer has it', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'old world', state: 'completed', bytes: 1_048_576 });

    const ask = await backupCommand(e2e, guild, m.user, 'delete', { backup: backup.uuid });
    const question = visibleText(ask.original);
    expect(ask.original?.flags).toBe(EPHEMERAL);
    expect(question).toContain('old world');
    expect(question).toContain('Survival');
    expect(question).toMatch(/cannot be undone/);
    expect(confirmButton(ask.original).style).toBe(BUTTON_STYLE.danger);
    expect(confirmButton(ask.original).label).toBe('Delete');
    expect(deletes(m)).toEqual([]);

    const yes = await press(m.user, ask.original, confirmButton(ask.original).custom_id as string);
    await yes.waitFor((h) => /was deleted/.test(visibleText(h.original)));

    expect(visibleText(yes.original)).toContain('old world');
    expect(buttonsOf(yes.original)).toEqual([]);
    expect(deletes(m)).toHaveLength(1);
    expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).not.toBeNull();
  });

  it('refuses a press by another member, does nothing, and still lets the owner confirm', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'shared', state: 'completed' });
    const ask = await backupCommand(e2e, guild, m.user, 'delete', { backup: backup.uuid });
    const intruder = e2e.discord.createUser({ username: 'intruder' });
    e2e.discord.addMember(guild, intruder);
    const yes = confirmButton(ask.original).custom_id as string;

    const refused = await press(intruder, ask.original, yes);
    await refused.waitForResponse((r) => r.kind === 'callback');
    expect(refused.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(refused.original)).toContain(`Only <@${m.user.id}> can answer this confirmation`);
    expect(deletes(m)).toEqual([]);
    // The question is untouched: the owner still has the buttons.
    expect(buttonsOf(e2e.discord.message(ask.original?.id ?? ''))).toHaveLength(2);

    const confirmed = await press(m.user, ask.original, yes);
    await confirmed.waitFor((h) => /was deleted/.test(visibleText(h.original)));
    expect(deletes(m)).toHaveLength(1);
  });

  it('runs a confirmation once however often it is pressed', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'twice', state: 'completed' });
    const ask = await backupCommand(e2e, guild, m.user, 'delete', { backup: backup.uuid });
    const yes = confirmButton(ask.original).custom_id as string;
    const buttons = ask.original?.components ?? [];

    // Two presses in flight at once, as a double click sends them.
    const [first, second] = await Promise.all([
      press(m.user, ask.original, yes),
      press(m.user, ask.original, yes),
    ]);
    await Promise.all([
      first.waitForResponse((r) => r.kind === 'callback'),
      second.waitForResponse((r) => r.kind === 'callback'),
    ]);
    await e2e.discord.waitFor(() =>
      /was deleted/.test(visibleText(e2e.discord.message(ask.original?.id ?? ''))),
    );
    // A stale client that still shows the buttons presses once more.
    showButtonsAgain(e2e, ask.original as FakeMessage, buttons);
    const third = await press(m.user, ask.original, yes);
    await third.waitForResponse((r) => r.kind === 'callback');

    expect(deletes(m)).toHaveLength(1);
    const refusals = [first, second, third].filter((h) =>
      /already answered/.test(visibleText(h.responses[0]?.data as Parameters<typeof visibleText>[0])),
    );
    expect(refusals).toHaveLength(2);
    for (const refusal of refusals) expect(refusal.original?.flags).toBe(EPHEMERAL);
  });

  it('does nothing for a forged confirmation id', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'target', state: 'completed' });
    const ask = await backupCommand(e2e, guild, m.user, 'delete', { backup: backup.uuid });
    const forged = `confirm:${randomBytes(16).toString('base64url')}:yes`;
    // A modified client shows a button with an id the bot never issued.
    showButtonsAgain(e2e, ask.original as FakeMessage, [
      { type: 1, components: [{ type: 2, style: 4, label: 'Delete', custom_id: forged }] },
    ]);

    const handle = await press(m.user, ask.original, forged);
    await handle.waitForResponse((r) => r.kind === 'callback');

    expect(visibleText(handle.original)).toMatch(/expired or was already answered\. Nothing was done/);
    expect(handle.original?.flags).toBe(EPHEMERAL);
    expect(deletes(m)).toEqual([]);
    expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).toBeNull();
  });

  it('does nothing for an id that is not shaped like a confirmation', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'target', state: 'completed' });
    const ask = await backupCommand(e2e, guild, m.user, 'delete', { backup: backup.uuid });
    const forged = `confirm:${backup.uuid}:yes`;
    showButtonsAgain(e2e, ask.original as FakeMessage, [
      { type: 1, components: [{ type: 2, style: 4, label: 'Delete', custom_id: forged }] },
    ]);

    const handle = await press(m.user, ask.original, forged);
    await handle.waitForResponse((r) => r.kind === 'callback');

    expect(visibleText(handle.original)).toMatch(/not valid/);
    expectNoInternals(visibleText(handle.original));
    expect(deletes(m)).toEqual([]);
  });

  it('re-checks on confirm: a backup locked meanwhile is not deleted, and the member is told why', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'precious', state: 'completed' });
    const ask = await backupCommand(e2e, guild, m.user, 'delete', { backup: backup.uuid });
    backup.isLocked = true; // someone locked it on the panel meanwhile

    const yes = await press(m.user, ask.original, confirmButton(ask.original).custom_id as string);
    await yes.waitFor((h) => /⚠️/.test(visibleText(h.original)));

    const text = visibleText(yes.original);
    expect(text).toMatch(/is locked, so it cannot be deleted/);
    expect(text).toContain('/backup lock');
    expect(deletes(m)).toEqual([]);
    expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).toBeNull();
  });

  it('re-checks on confirm: a backup deleted meanwhile is reported as gone', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'ephemeral', state: 'completed' });
    const ask = await backupCommand(e2e, guild, m.user, 'delete', { backup: backup.uuid });
    backup.deletedAt = new Date();

    const yes = await press(m.user, ask.original, confirmButton(ask.original).custom_id as string);
    await yes.waitFor((h) => /⚠️/.test(visibleText(h.original)));

    expect(visibleText(yes.original)).toMatch(/has no backup .* \(it may have been deleted\)/);
    expect(deletes(m)).toEqual([]);
  });

  it('refuses a locked completed backup before any confirmation, with the hint to unlock it', async () => {
    const m = await member();
    const backup = e2e.panel.addBackup(m.server, { name: 'keeper', state: 'completed', locked: true });

    const ask = await backupCommand(e2e, guild, m.user, 'delete', { backup: backup.uuid });

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

    const ask = await backupCommand(e2e, guild, m.user, 'delete', { backup: backup.uuid });
    const yes = await press(m.user, ask.original, confirmButton(ask.original).custom_id as string);
    await yes.waitFor((h) => /was deleted/.test(visibleText(h.original)));

    expect(deletes(m)).toHaveLength(1);
    expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).not.toBeNull();
  });

  describe('with restore and delete limited to a role', () => {
    let restricted: FakeGuild;

    beforeAll(async () => {
      restricted = e2e.discord.createGuild({
        name: 'Strict Server',
        roles: [{ name: 'Backup Managers' }],
        textChannels: ['general'],
      });
      await e2e.discord.waitFor(() => e2e.bot.client.guilds.cache.has(restricted.id), {
        what: 'the bot to see the new guild',
      });
      const managers = restricted.roles.find((r) => r.name === 'Backup Managers') as FakeRole;
      await configureGuild(e2e, restricted, { managerRoleIds: [managers.id] });
    });

    async function restrictedMember(withRole: boolean): Promise<LinkedMember> {
      const managers = restricted.roles.find((r) => r.name === 'Backup Managers') as FakeRole;
      const linked = await linkedMember(e2e, restricted, withRole ? { roleIds: [managers.id] } : {});
      keys.push(linked.account.key);
      return linked;
    }

    it('refuses restore and delete to a member without the role, before anything reaches the panel', async () => {
      const m = await restrictedMember(false);
      const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });

      for (const sub of ['restore', 'delete']) {
        const ask = await backupCommand(e2e, restricted, m.user, sub, { backup: backup.uuid });
        const text = visibleText(ask.original);
        expect(text).toMatch(/limited to members with one of these roles/);
        expect(ask.original?.flags).toBe(EPHEMERAL);
        expect(buttonsOf(ask.original)).toEqual([]);
      }
      expect(changesFor(e2e, m.server)).toEqual([]);
      // Listing is not limited by the role policy.
      const list = await backupCommand(e2e, restricted, m.user, 'list');
      expect(visibleText(list.original)).toContain('nightly');
    });

    it('lets a member with the role restore and delete', async () => {
      const m = await restrictedMember(true);
      const keep = e2e.panel.addBackup(m.server, { name: 'keep', state: 'completed' });
      const drop = e2e.panel.addBackup(m.server, { name: 'drop', state: 'completed' });

      const restore = await backupCommand(e2e, restricted, m.user, 'restore', { backup: keep.uuid });
      const restored = await press(
        m.user,
        restore.original,
        confirmButton(restore.original).custom_id as string,
      );
      await restored.waitFor((h) => /The restore of .+ finished\./.test(visibleText(h.original)));

      const remove = await backupCommand(e2e, restricted, m.user, 'delete', { backup: drop.uuid });
      const removed = await press(
        m.user,
        remove.original,
        confirmButton(remove.original).custom_id as string,
      );
      await removed.waitFor((h) => /was deleted/.test(visibleText(h.original)));

      const changes = changesFor(e2e, m.server).map((r) => `${r.method} ${r.path.split('/').at(-1)}`);
      expect(changes).toEqual(['POST restore', `DELETE ${drop.uuid}`]);
    });

    it('holds the role policy again on confirm: a role taken away meanwhile stops the action', async () => {
      const m = await restrictedMember(true);
      const backup = e2e.panel.addBackup(m.server, { name: 'contested', state: 'completed' });
      const ask = await backupCommand(e2e, restricted, m.user, 'delete', { backup: backup.uuid });
      const held = restricted.members.get(m.user.id);
      if (held) held.roleIds = [];

      const yes = await press(m.user, ask.original, confirmButton(ask.original).custom_id as string);
      await yes.waitFor((h) => /⚠️/.test(visibleText(h.original)));

      expect(visibleText(yes.original)).toMatch(/limited to members with one of these roles/);
      expect(changesFor(e2e, m.server)).toEqual([]);
    });
  });

  it('writes no unexpected failure to the log and no key anywhere', () => {
    expectCleanRun(e2e, keys);
  });
});
