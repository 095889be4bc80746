import { describe, expect, it } from 'vitest';
import type { FakeGuild, InteractionHandle } from '#fakes/fakeDiscord.js';
import { itEndsClean, useE2E, useSecondPanel } from './fixtures.js';
import {
  customIds,
  EPHEMERAL,
  joinedGuild,
  linkThroughModal,
  MANAGE_GUILD,
  visibleText,
  waitUntil,
} from './harness.js';
import {
  channelId,
  choose,
  createAdminGuild,
  current,
  deadLoopbackUrl,
  openSetup,
  pressButton,
  pressSetUrl,
  rendered,
  roleId,
  runCommand,
  runSetup,
  settled,
  sideAnswer,
  submitPanelUrl,
  takeRoles,
} from './setupSteps.js';

describe('/setup in DMs', () => {
  const e2e = useE2E();
  const secondPanel = useSecondPanel(e2e);

  /** The bot refused `handle` ephemerally, saying `reason`, and saved no settings; resolves with what it said. */
  async function expectRefusedUnsaved(handle: InteractionHandle, guild: FakeGuild, reason: string) {
    const refusal = sideAnswer(handle);
    expect(refusal.ephemeral).toBe(true);
    expect(refusal.text).toContain(reason);
    expect(await e2e.bot.context.store.getGuildSettings(guild.id)).toBeUndefined();
    return refusal.text;
  }

  it('registers /setup for guilds only, with Manage Server as the default member permission', () => {
    const setup = e2e.discord.commands.global.find((command) => command.name === 'setup');
    expect(setup?.default_member_permissions).toBe('32');
    expect(setup?.contexts).toEqual([0]);
  });

  it('answers an admin ephemerally in the guild and sends the settings and controls by DM', async () => {
    const { guild, reply, dm } = await openSetup(e2e, 'Setup Home');

    expect(reply.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(reply.original)).toContain('sent you a DM');
    expect(visibleText(reply.original)).toContain('Setup Home');

    const text = visibleText(dm);
    expect(text).toContain('Panel URL');
    expect(text).toContain('not set');
    expect(text).toContain('Roles allowed to restore and delete');
    expect(text).toContain('any member whose panel key allows it');
    expect(text).toContain('Audit channel');
    expect(customIds(dm)).toEqual([
      `setup:url:${guild.id}:0:0`,
      `setup:test:${guild.id}:0:0`,
      `setup:roles:${guild.id}:0:0`,
      `setup:audit:${guild.id}:0:0`,
      `setup:notify:${guild.id}:0:0`,
    ]);
    const components = dm.components.flatMap((row) => row.components ?? []);
    expect(components.map((c) => c.label).filter(Boolean)).toEqual(['Set panel URL', 'Test connection']);
    // Nothing to test before a panel URL is set.
    expect(components.find((c) => c.label === 'Test connection')?.disabled).toBe(true);
    const roleOptions = components.find((c) => c.custom_id === `setup:roles:${guild.id}:0:0`)?.options ?? [];
    expect(roleOptions.map((o) => o.label).sort()).toEqual(['Admins', 'Moderators', 'Players']);
    const auditOptions = components.find((c) => c.custom_id === `setup:audit:${guild.id}:0:0`)?.options ?? [];
    expect(auditOptions.map((o) => o.label)).toEqual(['No audit channel', '#general', '#backup-log']);
  });

  it('refuses a member without Manage Server whose interaction still came through, and sends no DM', async () => {
    const { guild } = await createAdminGuild(e2e);
    const member = e2e.discord.createUser({ username: 'sneaky' });
    e2e.discord.addMember(guild, member, { roleIds: [roleId(guild, 'Players')] });

    const reply = await runCommand(e2e, { guild, user: member }, 'setup', { bypassCommandChecks: true });
    expect(reply.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(reply.original)).toContain('Manage Server');
    expect(e2e.discord.dmMessages(member)).toEqual([]);
    expect(await e2e.bot.context.store.getGuildSettings(guild.id)).toBeUndefined();
  });

  it('explains how to open DMs when the admin has them closed', async () => {
    const { guild, admin } = await createAdminGuild(e2e);
    e2e.discord.setDmsClosed(admin, true);

    const reply = await runCommand(e2e, { guild, user: admin }, 'setup');
    expect(reply.original?.flags).toBe(EPHEMERAL);
    const text = visibleText(reply.original);
    expect(text).toContain('could not send you a DM');
    expect(text).toContain('Direct Messages');
    expect(text).toContain('run `/setup` again');
    expect(e2e.discord.dmMessages(admin)).toEqual([]);
  });

  it('verifies a good panel URL by reaching the panel, saves it and shows it in the DM', async () => {
    const { guild, admin, dm } = await openSetup(e2e);
    const probesBefore = e2e.panel.requests.filter((r) => r.path === '/api/client/account').length;

    await submitPanelUrl(e2e, admin, dm, guild, `${e2e.panel.url}/`);

    const settings = await e2e.bot.context.store.getGuildSettings(guild.id);
    expect(settings?.panelUrl).toBe(e2e.panel.url);
    expect(settings?.setupBy).toBe(admin.id);
    expect(e2e.panel.requests.filter((r) => r.path === '/api/client/account').length).toBe(probesBefore + 1);
    const shown = visibleText(current(e2e, dm));
    expect(shown).toContain(e2e.panel.url);
    expect(shown).toContain('Panel URL saved');
    expect(shown).toMatch(/answered in \d+ ms/);
    const test = current(e2e, dm)
      .components.flatMap((row) => row.components ?? [])
      .find((c) => c.label === 'Test connection');
    expect(test?.disabled).not.toBe(true);
  });

  it('refuses a link-local (cloud metadata) panel URL and saves nothing', async () => {
    const { guild, admin, dm } = await openSetup(e2e);

    const submitted = await submitPanelUrl(e2e, admin, dm, guild, 'http://169.254.169.254');
    await expectRefusedUnsaved(submitted, guild, 'link-local or metadata address');
    expect(visibleText(current(e2e, dm))).toContain('not set');
  });

  /** Addresses that answer, but not as a panel does; each prepares the panel's answer and names the URL. */
  const notPanels: Array<[string, () => string]> = [
    [
      'refuses an address that answers but is not a panel (the Discord API server) with the not-a-panel message',
      () => new URL(e2e.discord.apiUrl).origin,
    ],
    [
      'refuses a panel URL that serves an HTML page instead of the API',
      () => {
        e2e.panel.faults.htmlNext(5);
        return e2e.panel.url;
      },
    ],
    [
      'refuses a panel URL that answers JSON of another shape',
      () => {
        e2e.panel.faults.wrongJsonNext(5);
        return e2e.panel.url;
      },
    ],
    [
      'does not follow a redirect (to a login page) and refuses the URL as not a panel',
      () => {
        e2e.panel.faults.redirectToLoginNext(5);
        return e2e.panel.url;
      },
    ],
  ];
  for (const [name, notAPanel] of notPanels) {
    it(name, async () => {
      const { guild, admin, dm } = await openSetup(e2e);

      const submitted = await submitPanelUrl(e2e, admin, dm, guild, notAPanel());
      e2e.panel.faults.clear();
      await expectRefusedUnsaved(submitted, guild, 'does not answer like a Pterodactyl or Pelican panel');
      expect(e2e.panel.requests.some((r) => r.path.startsWith('/auth/login'))).toBe(false);
    });
  }

  it('refuses a panel URL where nothing listens and saves nothing', async () => {
    const { guild, admin, dm } = await openSetup(e2e);
    const dead = await deadLoopbackUrl();

    const submitted = await submitPanelUrl(e2e, admin, dm, guild, dead);
    const refusal = await expectRefusedUnsaved(
      submitted,
      guild,
      'The panel URL was not saved. Could not connect to',
    );
    // The admin is already in the setup: no pointer back to `/setup` or to "an admin".
    expect(refusal).not.toMatch(/\/setup|an admin/);
  });

  it('shows the answer time when the connection test succeeds', async () => {
    const { guild, admin, dm } = await openSetup(e2e);
    await submitPanelUrl(e2e, admin, dm, guild, e2e.panel.url);

    const press = await pressButton(e2e, admin, dm, `setup:test:${guild.id}:0:0`);
    await press.waitFor((h) => h.responses.some((r) => r.kind === 'edit'));
    expect(visibleText(current(e2e, dm))).toMatch(/✅ The panel answered in \d+ ms\./);
  });

  it('shows the failure when the panel does not answer the connection test', async () => {
    const { guild, admin, dm } = await openSetup(e2e);
    await submitPanelUrl(e2e, admin, dm, guild, e2e.panel.url);

    e2e.panel.faults.hangNext(5);
    const press = await pressButton(e2e, admin, dm, `setup:test:${guild.id}:0:0`);
    e2e.panel.faults.clear();
    const text = visibleText(current(e2e, dm));
    expect(text).toContain('❌');
    expect(text).toContain('did not answer within 2 seconds');
    expect(press.errors).toEqual([]);
    // A failed test changes nothing.
    expect((await e2e.bot.context.store.getGuildSettings(guild.id))?.panelUrl).toBe(e2e.panel.url);
  });

  it('shows the failure when the panel errors during the connection test', async () => {
    const { guild, admin, dm } = await openSetup(e2e);
    await submitPanelUrl(e2e, admin, dm, guild, e2e.panel.url);

    e2e.panel.faults.failNext(500, 5);
    await pressButton(e2e, admin, dm, `setup:test:${guild.id}:0:0`);
    e2e.panel.faults.clear();
    const text = visibleText(current(e2e, dm));
    expect(text).toContain('❌');
    expect(text).toContain('internal error');
  });

  it('saves the roles chosen to restore and delete and shows them', async () => {
    const { guild, admin, dm } = await openSetup(e2e);
    const moderators = roleId(guild, 'Moderators');
    const admins = roleId(guild, 'Admins');

    await choose(e2e, admin, dm, `setup:roles:${guild.id}:0:0`, [moderators, admins]);
    expect((await e2e.bot.context.store.getGuildSettings(guild.id))?.managerRoleIds.sort()).toEqual(
      [moderators, admins].sort(),
    );
    const text = visibleText(current(e2e, dm));
    expect(text).toContain('Moderators');
    expect(text).toContain('Admins');
    expect(text).toContain('Only those roles');

    await choose(e2e, admin, dm, `setup:roles:${guild.id}:0:0`, []);
    expect((await e2e.bot.context.store.getGuildSettings(guild.id))?.managerRoleIds).toEqual([]);
    expect(visibleText(current(e2e, dm))).toContain('any member whose panel key allows it');
  });

  it('pages through 60 roles and 60 channels, keeping roles chosen on other pages', async () => {
    const owner = e2e.discord.createUser({ username: 'owner' });
    const admin = e2e.discord.createUser({ username: 'admin' });
    const roles = Array.from({ length: 60 }, (_, i) => ({ name: `Role ${String(i).padStart(2, '0')}` }));
    const channels = Array.from({ length: 60 }, (_, i) => `room-${String(i).padStart(2, '0')}`);
    const guild = await joinedGuild(e2e, {
      owner,
      roles: [{ name: 'Admins', permissions: MANAGE_GUILD }, ...roles],
      textChannels: channels,
    });
    e2e.discord.addMember(guild, admin, { roleIds: [roleId(guild, 'Admins')] });
    const { dm } = await runSetup(e2e, guild, admin);
    const optionsOf = (customId: string) =>
      (current(e2e, dm)
        .components.flatMap((row) => row.components ?? [])
        .find((c) => c.custom_id === customId)?.options ?? []) as Array<{
        label: string;
        value: string;
        default?: boolean;
      }>;
    const idOf = (action: string, rolePage: number, channelPage: number) =>
      `setup:${action}:${guild.id}:${rolePage}:${channelPage}`;

    // 61 roles (Admins too) in pages of 25; 60 channels in pages of 24 beside "none".
    const firstRoles = optionsOf(idOf('roles', 0, 0));
    expect(firstRoles).toHaveLength(25);
    expect(optionsOf(idOf('audit', 0, 0))).toHaveLength(25);
    await choose(e2e, admin, dm, idOf('roles', 0, 0), [firstRoles[3]?.value ?? '']);

    await pressButton(e2e, admin, dm, idOf('rolepage', 1, 0));
    await pressButton(e2e, admin, dm, idOf('rolepage', 2, 0));
    const lastRoles = optionsOf(idOf('roles', 2, 0));
    expect(lastRoles).toHaveLength(11);
    const menu = (customId: string) =>
      current(e2e, dm)
        .components.flatMap((row) => row.components ?? [])
        .find((c) => c.custom_id === customId);
    expect(menu(idOf('roles', 2, 0))?.placeholder).toBe(
      'Roles that may restore and delete (none: anyone) · page 3 of 3',
    );
    expect(menu(idOf('audit', 2, 0))?.placeholder).toBe('Audit channel (optional) · page 1 of 3');
    await choose(e2e, admin, dm, idOf('roles', 2, 0), [lastRoles[10]?.value ?? '']);
    const saved = (await e2e.bot.context.store.getGuildSettings(guild.id))?.managerRoleIds;
    expect(saved).toEqual([firstRoles[3]?.value, lastRoles[10]?.value]);

    // Channel pages move on their own; the roles page stays where it was.
    await pressButton(e2e, admin, dm, idOf('chanpage', 2, 1));
    await pressButton(e2e, admin, dm, idOf('chanpage', 2, 2));
    const lastChannels = optionsOf(idOf('audit', 2, 2));
    expect(lastChannels.map((o) => o.label)).toEqual([
      'No audit channel',
      ...channels.slice(48).map((name) => `#${name}`),
    ]);
    await choose(e2e, admin, dm, idOf('audit', 2, 2), [channelId(guild, 'room-59')]);
    expect((await e2e.bot.context.store.getGuildSettings(guild.id))?.auditChannelId).toBe(
      channelId(guild, 'room-59'),
    );
    expect(rendered(current(e2e, dm))).toContain('#room-59');
    // Back on the first roles page, the role chosen there is still marked.
    await pressButton(e2e, admin, dm, idOf('rolepage', 1, 2));
    await pressButton(e2e, admin, dm, idOf('rolepage', 0, 2));
    expect(
      optionsOf(idOf('roles', 0, 2))
        .filter((o) => o.default)
        .map((o) => o.value),
    ).toEqual([firstRoles[3]?.value]);
  });

  it('two admins saving at the same moment both land (the roles of one, the audit channel of the other)', async () => {
    const { guild, admin, adminRoleId, dm } = await openSetup(e2e);
    const second = e2e.discord.createUser({ username: 'second-admin' });
    e2e.discord.addMember(guild, second, { roleIds: [adminRoleId] });
    const { dm: secondDm } = await runSetup(e2e, guild, second);
    const channels = [channelId(guild, 'general'), channelId(guild, 'backup-log')];
    const roles = [roleId(guild, 'Moderators'), roleId(guild, 'Players')];
    for (let round = 0; round < 6; round += 1) {
      const role = roles[round % 2] as string;
      const channel = channels[round % 2] as string;
      await Promise.all([
        choose(e2e, admin, dm, `setup:roles:${guild.id}:0:0`, [role]),
        choose(e2e, second, secondDm, `setup:audit:${guild.id}:0:0`, [channel]),
      ]);
      const saved = await e2e.bot.context.store.getGuildSettings(guild.id);
      expect(saved?.managerRoleIds, `round ${round}`).toEqual([role]);
      expect(saved?.auditChannelId, `round ${round}`).toBe(channel);
    }
  });

  it('saves the audit channel and shows it', async () => {
    const { guild, admin, dm } = await openSetup(e2e);
    const log = channelId(guild, 'backup-log');

    await choose(e2e, admin, dm, `setup:audit:${guild.id}:0:0`, [log]);
    expect((await e2e.bot.context.store.getGuildSettings(guild.id))?.auditChannelId).toBe(log);
    expect(rendered(current(e2e, dm))).toContain('#backup-log');

    await choose(e2e, admin, dm, `setup:audit:${guild.id}:0:0`, ['none']);
    expect((await e2e.bot.context.store.getGuildSettings(guild.id))?.auditChannelId).toBeNull();
  });

  it('unlinks the members when the panel URL changes to another panel, and says so', async () => {
    const { guild, admin } = await createAdminGuild(e2e);
    const member = e2e.discord.createUser({ username: 'linked' });
    e2e.discord.addMember(guild, member);
    const account = e2e.panel.addUser({ username: 'linked-account' });
    e2e.panel.addServer({ owner: account, name: 'Linked Server' });
    const { dm } = await runSetup(e2e, guild, admin);
    await submitPanelUrl(e2e, admin, dm, guild, e2e.panel.url);
    await linkThroughModal(e2e, guild, member, account.key);
    expect(await e2e.bot.context.store.getMemberLink(guild.id, member.id)).toBeDefined();

    await submitPanelUrl(e2e, admin, dm, guild, secondPanel.url);
    expect(await e2e.bot.context.store.getMemberLink(guild.id, member.id)).toBeUndefined();
    expect((await e2e.bot.context.store.getGuildSettings(guild.id))?.panelUrl).toBe(secondPanel.url);
    const text = visibleText(current(e2e, dm));
    expect(text).toContain(secondPanel.url);
    expect(text).toContain('were unlinked and must run `/link` again');
  });

  describe('every DM action re-checks Manage Server in that guild', () => {
    it('refuses the Set panel URL button once the admin lost Manage Server', async () => {
      const { guild, admin, dm } = await openSetup(e2e);
      takeRoles(guild, admin);

      const press = await pressSetUrl(e2e, admin, dm, guild);
      expect(press.modal).toBeUndefined();
      await expectRefusedUnsaved(press, guild, 'You need the **Manage Server** permission');
    });

    it('refuses the roles select once the admin lost Manage Server, and saves nothing', async () => {
      const { guild, admin, dm } = await openSetup(e2e);
      takeRoles(guild, admin);

      const press = await choose(e2e, admin, dm, `setup:roles:${guild.id}:0:0`, [roleId(guild, 'Players')]);
      await expectRefusedUnsaved(press, guild, 'Manage Server');
      expect(visibleText(current(e2e, dm))).toContain('any member whose panel key allows it');
    });

    it('refuses the panel URL form when Manage Server was lost while it was open, and saves nothing', async () => {
      const { guild, admin, dm } = await openSetup(e2e);
      const press = await pressSetUrl(e2e, admin, dm, guild);
      expect(press.modal).toBeDefined();
      takeRoles(guild, admin);

      const submitted = await e2e.discord.submitModal({
        user: admin,
        from: press,
        values: { url: e2e.panel.url },
      });
      await settled(submitted);
      await expectRefusedUnsaved(submitted, guild, 'Manage Server');
    });

    it('refuses the Test connection button of someone who left the guild', async () => {
      const { guild, admin, dm } = await openSetup(e2e);
      await submitPanelUrl(e2e, admin, dm, guild, e2e.panel.url);
      const before = await e2e.bot.context.store.getGuildSettings(guild.id);
      guild.members.delete(admin.id);

      const press = await pressButton(e2e, admin, dm, `setup:test:${guild.id}:0:0`);
      const refusal = sideAnswer(press);
      expect(refusal.ephemeral).toBe(true);
      expect(refusal.text).toContain('no longer a member');
      expect(await e2e.bot.context.store.getGuildSettings(guild.id)).toEqual(before);
    });

    it('refuses DM actions for a guild that removed the bot', async () => {
      const { guild, admin, dm } = await openSetup(e2e);
      e2e.discord.removeGuild(guild);
      await waitUntil(() => !e2e.bot.client.guilds.cache.has(guild.id), 'the bot to leave the guild');

      const press = await pressSetUrl(e2e, admin, dm, guild);
      expect(press.modal).toBeUndefined();
      await expectRefusedUnsaved(press, guild, 'no longer in that server');
    });

    it('refuses the audit select of someone who left the guild, and saves nothing', async () => {
      const { guild, admin, dm } = await openSetup(e2e);
      guild.members.delete(admin.id);

      const press = await choose(e2e, admin, dm, `setup:audit:${guild.id}:0:0`, [
        channelId(guild, 'general'),
      ]);
      await expectRefusedUnsaved(press, guild, 'no longer a member');
    });
  });

  itEndsClean(e2e);
});
