import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGuild, FakeUser, InteractionHandle } from '#fakes/fakeDiscord.js';
import type { AddServerOptions, PanelServer } from '#fakes/loopbackPanel.js';
import {
  configureGuild,
  createWorld,
  type E2E,
  linkDirectly,
  linkThroughModal,
  startE2E,
  visibleText,
} from './harness.js';
import {
  backupCommand,
  buttonsOf,
  changesFor,
  confirmButton,
  EPHEMERAL,
  expectCleanRun,
  expectNoInternals,
  expectStillWorks,
  type LinkedMember,
  linkAccount,
  linkedMember,
} from './memberFlows.js';

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The unix second of a `<t:…:R>` Discord timestamp in a text. */
function discordTimestamp(text: string): number {
  const match = /<t:(\d+):R>/.exec(text);
  if (match?.[1] === undefined) throw new Error(`no <t:…:R> timestamp in ${JSON.stringify(text)}`);
  return Number(match[1]);
}

describe('every failure becomes a specific ephemeral message', () => {
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
  afterEach(() => {
    e2e.panel.faults.clear();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  async function member(server: Omit<AddServerOptions, 'owner'> = {}): Promise<LinkedMember> {
    const linked = await linkedMember(e2e, guild, { server });
    keys.push(linked.account.key);
    return linked;
  }

  /** The reply is ephemeral, says `expected`, and carries nothing internal. */
  function expectRefusal(handle: InteractionHandle, expected: RegExp | string): string {
    const text = visibleText(handle.original);
    expect(handle.original?.flags).toBe(EPHEMERAL);
    if (typeof expected === 'string') expect(text).toContain(expected);
    else expect(text).toMatch(expected);
    expectNoInternals(text);
    return text;
  }

  /** Confirms the question on `ask` and waits for the outcome that replaces it. */
  async function confirm(user: FakeUser, ask: InteractionHandle): Promise<InteractionHandle> {
    const press = await e2e.discord.clickButton({
      user,
      message: ask.original as NonNullable<typeof ask.original>,
      customId: confirmButton(ask.original).custom_id as string,
    });
    await press.waitFor((h) => /⚠️/.test(visibleText(h.original)));
    return press;
  }

  it('a rejected key: asks the member to link again, and a new key works', async () => {
    const m = await member();
    e2e.panel.revokeKey(m.account.key);

    const list = await backupCommand(e2e, guild, m.user, 'list');
    expectRefusal(list, 'The panel rejected your API key');
    expectRefusal(list, 'Run `/link` again');

    const fresh = e2e.panel.addClientKey(m.account);
    keys.push(fresh);
    await linkThroughModal(e2e, guild, m.user, fresh, m.server.identifier);
    await expectStillWorks(e2e, guild, m.user);
  });

  describe('a subuser without a panel permission is told which one', () => {
    let owner: LinkedMember;
    let sub: FakeUser;

    beforeAll(async () => {
      owner = await member();
      const account = e2e.panel.addUser({ username: 'helper' });
      keys.push(account.key);
      e2e.panel.addSubuser(owner.server, account, ['backup.read']);
      sub = await linkAccount(e2e, guild, account, owner.server);
    });

    const permissionText = (permission: string, server: PanelServer) =>
      `Your panel account lacks the \`${permission}\` permission on server \`${server.identifier}\``;

    it('backup.create', async () => {
      const create = await backupCommand(e2e, guild, sub, 'create', { name: 'mine' });
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
      const download = await backupCommand(e2e, guild, sub, 'download', { backup: backup.uuid });
      expectRefusal(download, permissionText('backup.download', owner.server));
    });

    it('backup.restore: refused before any confirmation is shown', async () => {
      const backup = e2e.panel.addBackup(owner.server, { name: 'restore-me', state: 'completed' });
      const changesBefore = changesFor(e2e, owner.server).length;
      const ask = await backupCommand(e2e, guild, sub, 'restore', { backup: backup.uuid });
      expectRefusal(ask, permissionText('backup.restore', owner.server));
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(changesFor(e2e, owner.server)).toHaveLength(changesBefore);
      expect(owner.server.status).toBeNull();
    });

    it('backup.delete: refused before any confirmation is shown', async () => {
      const backup = e2e.panel.addBackup(owner.server, { name: 'delete-me', state: 'completed' });
      const ask = await backupCommand(e2e, guild, sub, 'delete', { backup: backup.uuid });
      expectRefusal(ask, permissionText('backup.delete', owner.server));
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).toBeNull();
      await expectStillWorks(e2e, guild, sub);
    });

    it('a permission revoked between the question and the confirm: the panel refuses, the member is told which', async () => {
      const account = e2e.panel.addUser({ username: 'revoked' });
      keys.push(account.key);
      e2e.panel.addSubuser(owner.server, account, ['backup.read', 'backup.delete']);
      const user = await linkAccount(e2e, guild, account, owner.server);
      const backup = e2e.panel.addBackup(owner.server, { name: 'keep-me', state: 'completed' });
      const ask = await backupCommand(e2e, guild, user, 'delete', { backup: backup.uuid });
      e2e.panel.addSubuser(owner.server, account, ['backup.read']);
      const outcome = await confirm(user, ask);
      expectRefusal(outcome, permissionText('backup.delete', owner.server));
      expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).toBeNull();
    });
  });

  it('backup.read: a subuser who may not see backups is told so on /backup list', async () => {
    const owner = await member();
    const account = e2e.panel.addUser({ username: 'watcher' });
    keys.push(account.key);
    e2e.panel.addSubuser(owner.server, account, ['control.console']);
    const user = await linkAccount(e2e, guild, account, owner.server);

    const list = await backupCommand(e2e, guild, user, 'list');
    expectRefusal(
      list,
      `Your panel account lacks the \`backup.read\` permission on server \`${owner.server.identifier}\``,
    );
  });

  it('control.stop: restoring a running server without it is refused before anything is stopped', async () => {
    const owner = await member({ powerState: 'running' });
    const account = e2e.panel.addUser({ username: 'restorer' });
    keys.push(account.key);
    e2e.panel.addSubuser(owner.server, account, ['backup.read', 'backup.restore']);
    const user = await linkAccount(e2e, guild, account, owner.server);
    const backup = e2e.panel.addBackup(owner.server, { name: 'nightly', state: 'completed' });

    const ask = await backupCommand(e2e, guild, user, 'restore', { backup: backup.uuid });
    expectRefusal(
      ask,
      `Your panel account lacks the \`control.stop\` permission on server \`${owner.server.identifier}\``,
    );
    expect(buttonsOf(ask.original)).toEqual([]);
    expect(changesFor(e2e, owner.server)).toEqual([]);
    expect(owner.server.powerState).toBe('running');
    expect(owner.server.status).toBeNull();
  });

  it('an unknown server: names it and points at the server option', async () => {
    const m = await member();
    const list = await backupCommand(e2e, guild, m.user, 'list', { server: 'zzzzzzzz' });
    expectRefusal(list, 'The panel has no server `zzzzzzzz` that your account can reach');
    // Someone else's server is just as unknown to this member's key.
    const stranger = e2e.panel.addServer({ owner: e2e.panel.addUser({ username: 'stranger' }) });
    const theirs = await backupCommand(e2e, guild, m.user, 'list', { server: stranger.identifier });
    expectRefusal(theirs, `The panel has no server \`${stranger.identifier}\` that your account can reach`);
    await expectStillWorks(e2e, guild, m.user);
  });

  it('an unknown backup: names the server and the backup', async () => {
    const m = await member();
    const missing = randomUUID();
    const info = await backupCommand(e2e, guild, m.user, 'info', { backup: missing });
    expectRefusal(info, `Server \`${m.server.identifier}\` has no backup \`${missing}\``);
    await expectStillWorks(e2e, guild, m.user);
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

      const list = await backupCommand(e2e, guild, m.user, 'list');
      expectRefusal(list, expected);

      Object.assign(m.server, { status: null, transferring: false, nodeMaintenance: false });
      await expectStillWorks(e2e, guild, m.user);
    });
  }

  it('the backup limit reached: "N of N", and what to do', async () => {
    const m = await member({ backupLimit: 2 });
    const anHourAgo = new Date(Date.now() - 3_600_000);
    e2e.panel.addBackup(m.server, { state: 'completed', createdAt: anHourAgo });
    e2e.panel.addBackup(m.server, { state: 'completed', createdAt: anHourAgo, locked: true });

    const create = await backupCommand(e2e, guild, m.user, 'create');
    expectRefusal(create, 'reached its backup limit (2 of 2)');
    expectRefusal(
      create,
      /Delete a backup you no longer need \(unlock it first if it is locked\), then try again/,
    );
    expect(e2e.panel.backupsOf(m.server)).toHaveLength(2);
    await expectStillWorks(e2e, guild, m.user);
  });

  it('a backup limit of 0: backups are not allowed on this server', async () => {
    const m = await member({ backupLimit: 0 });
    const create = await backupCommand(e2e, guild, m.user, 'create');
    expectRefusal(create, 'not allowed any backups (its backup limit is 0)');
    expect(e2e.panel.backupsOf(m.server)).toEqual([]);
  });

  it('creation throttled: when to try again, as a Discord timestamp from Retry-After', async () => {
    const m = await member({ backupLimit: 10 });
    // The panel allows 2 backups per 600 s; both were made just now.
    e2e.panel.addBackup(m.server, { state: 'completed' });
    e2e.panel.addBackup(m.server, { state: 'completed' });

    const before = Math.floor(Date.now() / 1000);
    const create = await backupCommand(e2e, guild, m.user, 'create');
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
    const list = await backupCommand(e2e, guild, m.user, 'list');
    const text = expectRefusal(list, 'The panel is limiting how many requests your account may make');
    const at = discordTimestamp(text);
    expect(at).toBeGreaterThanOrEqual(before + 40);
    expect(at).toBeLessThanOrEqual(before + 50);
    await expectStillWorks(e2e, guild, m.user);
  });

  it("the server's node unreachable (504): says the machine could not be reached", async () => {
    const m = await member();
    m.server.wingsDown = true;

    const create = await backupCommand(e2e, guild, m.user, 'create');
    expectRefusal(
      create,
      `The panel could not reach the machine (node) that runs server \`${m.server.identifier}\``,
    );
    expect(e2e.panel.backupsOf(m.server)).toEqual([]);

    m.server.wingsDown = false;
    await expectStillWorks(e2e, guild, m.user);
  });

  it('the panel unreachable: names the panel and who can fix the URL', async () => {
    const elsewhere = e2e.discord.createGuild({ name: 'Moved Panel', textChannels: ['general'] });
    await e2e.discord.waitFor(() => e2e.bot.client.guilds.cache.has(elsewhere.id));
    await configureGuild(e2e, elsewhere);
    const m = await linkedMember(e2e, elsewhere);
    keys.push(m.account.key);
    const port = await closedPort();
    // Moving the guild to another panel URL forgets its links (keys belong to their panel): link again.
    await configureGuild(e2e, elsewhere, { panelUrl: `http://127.0.0.1:${port}` });
    await linkDirectly(e2e, elsewhere, m.user, m.account, [m.server]);

    const list = await backupCommand(e2e, elsewhere, m.user, 'list');
    expectRefusal(list, `The panel at 127.0.0.1:${port} could not be reached`);
    expectRefusal(list, '/setup');

    await configureGuild(e2e, elsewhere);
    await linkDirectly(e2e, elsewhere, m.user, m.account, [m.server]);
    await expectStillWorks(e2e, elsewhere, m.user);
  });

  it('a panel that does not answer: acknowledged at once, then told it timed out', async () => {
    const m = await member();
    e2e.panel.faults.hangNext(1);

    const list = await e2e.discord.slash({ user: m.user, guild, command: 'backup', subcommand: 'list' });
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
    await expectStillWorks(e2e, guild, m.user);
  });

  const notAPanel: Array<[string, (e: E2E) => void]> = [
    ['an HTML page', (e) => e.panel.faults.htmlNext(2)],
    ['JSON of another shape', (e) => e.panel.faults.wrongJsonNext(2)],
    ['a redirect to a login page', (e) => e.panel.faults.redirectToLoginNext(2)],
  ];
  for (const [what, inject] of notAPanel) {
    it(`an answer that is not a panel's (${what}): the URL is probably wrong`, async () => {
      const m = await member();
      inject(e2e);

      const list = await backupCommand(e2e, guild, m.user, 'list');
      expectRefusal(list, 'does not answer like a Pterodactyl or Pelican panel');
      expectRefusal(list, '/setup');
      await expectStillWorks(e2e, guild, m.user);
    });
  }

  it('a guild not set up: ask an admin to run /setup', async () => {
    const fresh = e2e.discord.createGuild({ name: 'New Server', textChannels: ['general'] });
    await e2e.discord.waitFor(() => e2e.bot.client.guilds.cache.has(fresh.id));
    const user = e2e.discord.createUser({ username: 'newcomer' });
    e2e.discord.addMember(fresh, user);

    const list = await backupCommand(e2e, fresh, user, 'list');
    expectRefusal(
      list,
      'This Discord server is not set up yet: ask an admin (Manage Server) to run `/setup`',
    );
  });

  it('a member not linked: run /link first', async () => {
    const user = e2e.discord.createUser({ username: 'unlinked' });
    e2e.discord.addMember(guild, user);

    for (const sub of ['list', 'create']) {
      const handle = await backupCommand(e2e, guild, user, sub);
      expectRefusal(
        handle,
        'You have not linked a panel account in this Discord server yet: run `/link` first',
      );
    }
  });

  it('writes no unexpected failure to the log and no key anywhere', () => {
    expect(e2e.discord.errors).toEqual([]);
    expectCleanRun(e2e, keys);
  });
});
