import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionHandle } from '#fakes/fakeDiscord.js';
import type { AddServerOptions, PanelServer } from '#fakes/loopbackPanel.js';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import {
  configureGuild,
  EPHEMERAL,
  joinedGuild,
  linkDirectly,
  linkThroughModal,
  visibleText,
} from './harness.js';
import {
  backupCommand,
  buttonsOf,
  changesFor,
  confirmAfterChange,
  expectNoInternals,
  expectStillWorks,
  type LinkedMember,
  linkedMember,
  linkedSubuser,
} from './memberFlows.js';
import { deadLoopbackUrl } from './setupSteps.js';

/** What the bot says when the panel refuses for want of a subuser permission. */
const permissionText = (permission: string, server: PanelServer) =>
  `Your panel account lacks the \`${permission}\` permission on server \`${server.identifier}\``;

/** The unix second of a `<t:…:R>` Discord timestamp in a text. */
function discordTimestamp(text: string): number {
  const match = /<t:(\d+):R>/.exec(text);
  if (match?.[1] === undefined) throw new Error(`no <t:…:R> timestamp in ${JSON.stringify(text)}`);
  return Number(match[1]);
}

describe('every failure becomes a specific ephemeral message', () => {
  const e2e = useE2E();
  const world = useWorld(e2e);
  afterEach(() => {
    e2e.panel.faults.clear();
  });

  const member = (server: Omit<AddServerOptions, 'owner'> = {}) => linkedMember(e2e, world.guild, { server });

  /** The reply is ephemeral, says `expected`, and carries nothing internal. */
  function expectRefusal(handle: InteractionHandle, expected: RegExp | string): string {
    const text = visibleText(handle.original);
    expect(handle.original?.flags).toBe(EPHEMERAL);
    if (typeof expected === 'string') expect(text).toContain(expected);
    else expect(text).toMatch(expected);
    expectNoInternals(text);
    return text;
  }

  it('a rejected key: asks the member to link again, and a new key works', async () => {
    const m = await member();
    e2e.panel.revokeKey(m.account.key);

    const list = await backupCommand(e2e, m, 'list');
    expectRefusal(list, 'The panel rejected your API key');
    expectRefusal(list, 'Run `/link` again');

    const fresh = e2e.panel.addClientKey(m.account);
    await linkThroughModal(e2e, m.guild, m.user, fresh, m.server.identifier);
    await expectStillWorks(e2e, m);
  });

  describe('a subuser without a panel permission is told which one', () => {
    let owner: LinkedMember;
    let sub: LinkedMember;

    beforeAll(async () => {
      owner = await member();
      sub = await linkedSubuser(e2e, owner, 'helper', ['backup.read']);
    });

    it('backup.create', async () => {
      const create = await backupCommand(e2e, sub, 'create', { name: 'mine' });
      expectRefusal(create, permissionText('backup.create', owner.server));
      expect(changesFor(e2e, owner.server)).toEqual([
        expect.objectContaining({
          method: 'POST',
          path: `/api/client/servers/${owner.server.identifier}/backups`,
        }),
      ]);
      expect(e2e.panel.backupsOf(owner.server)).toEqual([]);
    });

    it('backup.download', async () => {
      const backup = e2e.panel.addBackup(owner.server, { name: 'nightly', state: 'completed' });
      const download = await backupCommand(e2e, sub, 'download', { backup: backup.uuid });
      expectRefusal(download, permissionText('backup.download', owner.server));
    });

    it('backup.restore: refused before any confirmation is shown', async () => {
      const backup = e2e.panel.addBackup(owner.server, { name: 'restore-me', state: 'completed' });
      const changesBefore = changesFor(e2e, owner.server).length;
      const ask = await backupCommand(e2e, sub, 'restore', { backup: backup.uuid });
      expectRefusal(ask, permissionText('backup.restore', owner.server));
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changesFor(e2e, owner.server)).toHaveLength(changesBefore);
      expect(owner.server.status).toBeNull();
    });

    it('backup.delete: refused before any confirmation is shown', async () => {
      const backup = e2e.panel.addBackup(owner.server, { name: 'delete-me', state: 'completed' });
      const ask = await backupCommand(e2e, sub, 'delete', { backup: backup.uuid });
      expectRefusal(ask, permissionText('backup.delete', owner.server));
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).toBeNull();
      await expectStillWorks(e2e, sub);
    });

    it('a permission revoked between the question and the confirm: the panel refuses, the member is told which', async () => {
      const revoked = await linkedSubuser(e2e, owner, 'revoked', ['backup.read', 'backup.delete']);
      const backup = e2e.panel.addBackup(owner.server, { name: 'keep-me', state: 'completed' });
      const outcome = await confirmAfterChange(e2e, revoked, 'delete', backup, () =>
        e2e.panel.addSubuser(owner.server, revoked.account, ['backup.read']),
      );
      expectRefusal(outcome, permissionText('backup.delete', owner.server));
      expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).toBeNull();
    });
  });

  it('backup.read: a subuser who may not see backups is told so on /backup list', async () => {
    const owner = await member();
    const watcher = await linkedSubuser(e2e, owner, 'watcher', ['control.console']);

    const list = await backupCommand(e2e, watcher, 'list');
    expectRefusal(list, permissionText('backup.read', owner.server));
  });

  it('control.stop: restoring a running server without it is refused before anything is stopped', async () => {
    const owner = await member({ powerState: 'running' });
    const restorer = await linkedSubuser(e2e, owner, 'restorer', ['backup.read', 'backup.restore']);
    const backup = e2e.panel.addBackup(owner.server, { name: 'nightly', state: 'completed' });

    const ask = await backupCommand(e2e, restorer, 'restore', { backup: backup.uuid });
    expectRefusal(ask, permissionText('control.stop', owner.server));
    expect(buttonsOf(ask.original)).toEqual([]);
    expect(changesFor(e2e, owner.server)).toEqual([]);
    expect(owner.server.powerState).toBe('running');
    expect(owner.server.status).toBeNull();
  });

  it('an unknown server: names it and points at the server option', async () => {
    const m = await member();
    const list = await backupCommand(e2e, m, 'list', { server: 'zzzzzzzz' });
    expectRefusal(list, 'The panel has no server `zzzzzzzz` that your account can reach');
    // Someone else's server is just as unknown to this member's key.
    const stranger = e2e.panel.addServer({ owner: e2e.panel.addUser({ username: 'stranger' }) });
    const theirs = await backupCommand(e2e, m, 'list', { server: stranger.identifier });
    expectRefusal(theirs, `The panel has no server \`${stranger.identifier}\` that your account can reach`);
    await expectStillWorks(e2e, m);
  });

  it('an unknown backup: names the server and the backup', async () => {
    const m = await member();
    const missing = randomUUID();
    const info = await backupCommand(e2e, m, 'info', { backup: missing });
    expectRefusal(info, `Server \`${m.server.identifier}\` has no backup \`${missing}\``);
    await expectStillWorks(e2e, m);
  });

  const busy: Array<[string, (server: PanelServer) => void, RegExp]> = [
    ['suspended', (s) => (s.status = 'suspended'), /is suspended, so the panel refuses this/],
    ['installing', (s) => (s.status = 'installing'), /has not finished installing yet/],
    ['restoring', (s) => (s.status = 'restoring_backup'), /is restoring a backup right now/],
    ['transferring', (s) => (s.transferring = true), /is being moved to another machine/],
    ['on a node in maintenance', (s) => (s.nodeMaintenance = true), /is under maintenance/],
  ];
  for (const [state, makeBusy, expected] of busy) {
    it(`a server that is ${state}: the panel's reason`, async () => {
      const m = await member();
      makeBusy(m.server);

      const list = await backupCommand(e2e, m, 'list');
      expectRefusal(list, expected);

      Object.assign(m.server, { status: null, transferring: false, nodeMaintenance: false });
      await expectStillWorks(e2e, m);
    });
  }

  it('the backup limit reached with every backup locked: "N of N", and what to do', async () => {
    const m = await member({ backupLimit: 2 });
    const anHourAgo = new Date(Date.now() - 3_600_000);
    // With an unlocked one, /backup create offers to delete the oldest (rotation.test.ts).
    e2e.panel.addBackup(m.server, { state: 'completed', createdAt: anHourAgo, locked: true });
    e2e.panel.addBackup(m.server, { state: 'completed', createdAt: anHourAgo, locked: true });

    const create = await backupCommand(e2e, m, 'create');
    expectRefusal(create, 'reached its backup limit (2 of 2)');
    expectRefusal(
      create,
      /Delete a backup you no longer need \(unlock it first if it is locked\), then try again/,
    );
    expect(e2e.panel.backupsOf(m.server)).toHaveLength(2);
    await expectStillWorks(e2e, m);
  });

  it('a backup limit of 0: backups are not allowed on this server', async () => {
    const m = await member({ backupLimit: 0 });
    const create = await backupCommand(e2e, m, 'create');
    expectRefusal(create, 'not allowed any backups (its backup limit is 0)');
    expect(e2e.panel.backupsOf(m.server)).toEqual([]);
  });

  it('creation throttled: when to try again, as a Discord timestamp from Retry-After', async () => {
    const m = await member({ backupLimit: 10 });
    // The panel allows 2 backups per 600 s; both were made just now.
    e2e.panel.addBackup(m.server, { state: 'completed' });
    e2e.panel.addBackup(m.server, { state: 'completed' });

    const before = Math.floor(Date.now() / 1000);
    const create = await backupCommand(e2e, m, 'create');
    const text = expectRefusal(create, /only allows 2 backups per 10 minutes/);
    const at = discordTimestamp(text);
    expect(at).toBeGreaterThanOrEqual(before + 590);
    expect(at).toBeLessThanOrEqual(before + 610);
    expect(e2e.panel.backupsOf(m.server)).toHaveLength(2);
  });

  it("the panel's rate limit: when to try again", async () => {
    const m = await member();
    e2e.panel.faults.rateLimitNext(2, 45);

    const before = Math.floor(Date.now() / 1000);
    const list = await backupCommand(e2e, m, 'list');
    const text = expectRefusal(list, 'The panel is limiting how many requests your account may make');
    const at = discordTimestamp(text);
    expect(at).toBeGreaterThanOrEqual(before + 40);
    expect(at).toBeLessThanOrEqual(before + 50);
    await expectStillWorks(e2e, m);
  });

  it("the server's node unreachable (504): says the machine could not be reached", async () => {
    const m = await member();
    m.server.wingsDown = true;

    const create = await backupCommand(e2e, m, 'create');
    expectRefusal(
      create,
      `The panel could not reach the machine (node) that runs server \`${m.server.identifier}\``,
    );
    expect(e2e.panel.backupsOf(m.server)).toEqual([]);

    m.server.wingsDown = false;
    await expectStillWorks(e2e, m);
  });

  it('the panel unreachable: names the panel and who can fix the URL', async () => {
    const elsewhere = await joinedGuild(e2e, { name: 'Moved Panel', textChannels: ['general'] });
    await configureGuild(e2e, elsewhere);
    const m = await linkedMember(e2e, elsewhere);
    const dead = await deadLoopbackUrl();
    // Moving the guild to another panel URL forgets its links (keys belong to their panel): link again.
    await configureGuild(e2e, elsewhere, { panelUrl: dead });
    await linkDirectly(e2e, elsewhere, m.user, m.account, [m.server]);

    const list = await backupCommand(e2e, m, 'list');
    expectRefusal(list, `The panel at ${new URL(dead).host} could not be reached`);
    expectRefusal(list, '/setup');

    await configureGuild(e2e, elsewhere);
    await linkDirectly(e2e, elsewhere, m.user, m.account, [m.server]);
    await expectStillWorks(e2e, m);
  });

  it('a panel that does not answer: acknowledged at once, then told it timed out', async () => {
    const m = await member();
    e2e.panel.faults.hangNext(1);

    const list = await e2e.discord.slash({ ...m, command: 'backup', subcommand: 'list' });
    const defer = await list.waitForResponse((r) => r.kind === 'callback');
    // Acknowledged (deferred, ephemeral) while the panel is still silent.
    expect(defer.type).toBe(5);
    expect(defer.data.flags).toBe(EPHEMERAL);
    expect(list.responses.some((r) => r.kind === 'edit')).toBe(false);

    await list.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
    const edit = list.responses.find((r) => r.kind === 'edit');
    expect(edit?.at).toBeGreaterThan(defer.at);
    expectRefusal(list, 'The panel did not answer within 2 seconds');
    expect(list.errors).toEqual([]);
    await expectStillWorks(e2e, m);
  });

  const notAPanel: Array<[string, () => void]> = [
    ['an HTML page', () => e2e.panel.faults.htmlNext(2)],
    ['JSON of another shape', () => e2e.panel.faults.wrongJsonNext(2)],
    ['a redirect to a login page', () => e2e.panel.faults.redirectToLoginNext(2)],
  ];
  for (const [what, inject] of notAPanel) {
    it(`an answer that is not a panel's (${what}): the URL is probably wrong`, async () => {
      const m = await member();
      inject();

      const list = await backupCommand(e2e, m, 'list');
      expectRefusal(list, 'does not answer like a Pterodactyl or Pelican panel');
      expectRefusal(list, '/setup');
      await expectStillWorks(e2e, m);
    });
  }

  it('a guild not set up: ask an admin to run /setup', async () => {
    const guild = await joinedGuild(e2e, { name: 'New Server', textChannels: ['general'] });
    const user = e2e.discord.createUser({ username: 'newcomer' });
    e2e.discord.addMember(guild, user);

    const list = await backupCommand(e2e, { guild, user }, 'list');
    expectRefusal(
      list,
      'This Discord server is not set up yet: ask an admin (Manage Server) to run `/setup`',
    );
  });

  it('a member not linked: run /link first', async () => {
    const user = e2e.discord.createUser({ username: 'unlinked' });
    e2e.discord.addMember(world.guild, user);

    for (const sub of ['list', 'create']) {
      const handle = await backupCommand(e2e, { guild: world.guild, user }, sub);
      expectRefusal(
        handle,
        'You have not linked a panel account in this Discord server yet: run `/link` first',
      );
    }
  });

  it('answered every request to Discord without an error', () => {
    expect(e2e.discord.errors).toEqual([]);
  });

  itEndsClean(e2e);
});
