import { describe, expect, it } from 'vitest';
import { formatBytes } from '#backups/format.js';
import { escapeText } from '#discord/text.js';
import { itEndsCleanBy, traceOf } from './fixtures.js';
import { visibleText, waitUntil } from './harness.js';
import { backupCommand, confirmButton } from './memberFlows.js';
import {
  linkMember,
  posts,
  postsAbout,
  useWatchRig,
  waitForLooks,
  waitForPost,
  watchedGuild,
  watchingMember,
} from './watchRig.js';

describe('the panel watch posts what happens on the panel', () => {
  const rig = useWatchRig({ panel: { backupDurationMs: 300, restoreDurationMs: 600 } });

  async function setUp(options: { username?: string } = {}) {
    const g = await watchedGuild(rig);
    const m = await watchingMember(rig, g, options);
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    // The first looks are the baseline: what is already there is never announced.
    await waitForLooks(rig, [server], 2);
    return { g, m, server };
  }

  it('announces a backup made on the panel (as a schedule would) and posts how it completed', async () => {
    const { g, server } = await setUp();
    const made = rig.e2e.panel.addBackup(server, { name: 'nightly', state: 'in_progress' });
    const started = await waitForPost(rig, g.notifications, (l) => l.includes('**nightly**'));
    expect(started.content).toContain('not by me: a schedule or the panel');
    expect(started.content).toContain('in progress');
    expect(started.content).toContain(server.identifier);
    rig.e2e.panel.completeBackup(made.uuid);
    const ended = await waitForPost(
      rig,
      g.notifications,
      (l) => l.includes('**nightly**') && l.includes('completed'),
    );
    const bytes = rig.e2e.panel.getBackup(made.uuid)?.bytes ?? -1;
    expect(ended.content).toContain(`completed: ${formatBytes(bytes)} in `);
    await waitForLooks(rig, [server], 3);
    expect(postsAbout(rig, g.notifications, '**nightly**')).toHaveLength(2);
    expect(posts(rig, g.general)).toEqual([]);
  });

  it('posts a failure, saying the panel gives no reason', async () => {
    const { g, server } = await setUp();
    const made = rig.e2e.panel.addBackup(server, { name: 'doomed', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**doomed**'));
    rig.e2e.panel.completeBackup(made.uuid, false);
    const failed = await waitForPost(
      rig,
      g.notifications,
      (l) => l.includes('**doomed**') && l.includes('failed'),
    );
    expect(failed.content).toMatch(/^❌ Backup \*\*doomed\*\*/);
    expect(failed.content).toContain('The panel gives no reason');
    await waitForLooks(rig, [server], 3);
    expect(postsAbout(rig, g.notifications, '**doomed**')).toHaveLength(2);
  });

  it('announces a backup that was made and finished between two looks in one post', async () => {
    const { g, server } = await setUp();
    rig.e2e.panel.addBackup(server, {
      name: 'quick',
      state: 'completed',
      bytes: 2048,
      createdAt: new Date(Date.now() - 60_000),
    });
    const post = await waitForPost(rig, g.notifications, (l) => l.includes('**quick**'));
    expect(post.content).toContain('and completed: 2.0 KiB in ');
    await waitForLooks(rig, [server], 3);
    expect(postsAbout(rig, g.notifications, '**quick**')).toHaveLength(1);
  });

  it('posts a backup that disappeared from the panel (deleted, rotated or pruned), once', async () => {
    const g = await watchedGuild(rig);
    const m = await watchingMember(rig, g);
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    const old = rig.e2e.panel.addBackup(server, { name: 'ancient', state: 'completed' });
    await waitForLooks(rig, [server], 2);
    expect(postsAbout(rig, g.notifications, '**ancient**')).toEqual([]);
    old.deletedAt = new Date();
    const gone = await waitForPost(rig, g.notifications, (l) => l.includes('**ancient**'));
    expect(gone.content).toContain('is gone from the panel (deleted, rotated away by a schedule, or pruned)');
    await waitForLooks(rig, [server], 3);
    expect(postsAbout(rig, g.notifications, '**ancient**')).toHaveLength(1);
  });

  it('announces a timed schedule run that rotated the oldest unlocked backup out at the limit', async () => {
    const g = await watchedGuild(rig);
    const m = await watchingMember(rig, g);
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    server.backupLimit = 2;
    const hour = 3_600_000;
    rig.e2e.panel.addBackup(server, {
      name: 'kept',
      state: 'completed',
      locked: true,
      createdAt: new Date(Date.now() - 3 * hour),
    });
    rig.e2e.panel.addBackup(server, {
      name: 'oldest',
      state: 'completed',
      createdAt: new Date(Date.now() - 2 * hour),
    });
    const nightly = rig.e2e.panel.addSchedule(server, { name: 'Nightly', tasks: [{ action: 'backup' }] });
    await waitForLooks(rig, [server], 2);
    const fired = rig.e2e.panel.fireSchedule(server, nightly.id);
    expect(fired.rotated?.name).toBe('oldest');
    const made = fired.backup;
    if (!made) throw new Error(`the run made no backup: ${JSON.stringify(fired)}`);
    const gone = await waitForPost(rig, g.notifications, (l) => l.includes('**oldest**'));
    expect(gone.content).toContain('is gone from the panel');
    const ended = await waitForPost(
      rig,
      g.notifications,
      (l) => l.includes(`**${escapeText(made.name)}**`) && l.includes('completed'),
    );
    expect(ended.content).toContain(server.identifier);
    expect(postsAbout(rig, g.notifications, 'was started not by me: a schedule or the panel')).toHaveLength(
      1,
    );
    await waitForLooks(rig, [server], 3);
    expect(postsAbout(rig, g.notifications, '**kept**')).toEqual([]);
    expect(postsAbout(rig, g.notifications, '**oldest**')).toHaveLength(1);
  });

  it('posts a restore started on the panel and its end', async () => {
    const { g, server } = await setUp();
    server.status = 'restoring_backup';
    const started = await waitForPost(rig, g.notifications, (l) => l.includes('A restore started'));
    expect(started.content).toContain(server.identifier);
    expect(started.content).toContain('not by me');
    rig.e2e.panel.finishRestore(server);
    const ended = await waitForPost(
      rig,
      g.notifications,
      (l) => l.includes('restore on') && l.includes('ended'),
    );
    expect(ended.content).toContain(server.identifier);
    await waitForLooks(rig, [server], 3);
    expect(postsAbout(rig, g.notifications, 'restore')).toHaveLength(2);
  });

  it('does not announce the backups and restores the bot itself made (their follow tells them)', async () => {
    const { g, m, server } = await setUp();
    const create = await backupCommand(rig.e2e, { guild: g.guild, user: m.user }, 'create', { name: 'mine' });
    await create.waitFor((h) => visibleText(h.original).includes('Completed'), 10_000);
    const made = rig.e2e.panel.backupsOf(server).find((b) => b.name === 'mine');
    expect(made?.isSuccessful).toBe(true);
    const ask = await backupCommand(rig.e2e, { guild: g.guild, user: m.user }, 'restore', {
      backup: made?.uuid ?? '',
    });
    const press = await rig.e2e.discord.clickButton({
      user: m.user,
      message: ask.original as NonNullable<typeof ask.original>,
      customId: confirmButton(ask.original).custom_id as string,
    });
    await press.waitFor((h) => visibleText(h.original).includes('finished'), 10_000);
    // A foreign backup afterwards is announced: the watch was looking all along.
    rig.e2e.panel.addBackup(server, { name: 'foreign', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**foreign**'));
    await waitForLooks(rig, [server], 3);
    const all = posts(rig, g.notifications);
    expect(all.filter((l) => l.includes('**mine**'))).toEqual([]);
    expect(all.filter((l) => l.includes('restore'))).toEqual([]);
    expect(all).toHaveLength(1);
  });

  it('does not post a backup the bot deleted (the audit channel has it)', async () => {
    const g = await watchedGuild(rig);
    const m = await watchingMember(rig, g);
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    const doomed = rig.e2e.panel.addBackup(server, { name: 'unwanted', state: 'completed' });
    await waitForLooks(rig, [server], 2);
    const ask = await backupCommand(rig.e2e, { guild: g.guild, user: m.user }, 'delete', {
      backup: doomed.uuid,
    });
    const press = await rig.e2e.discord.clickButton({
      user: m.user,
      message: ask.original as NonNullable<typeof ask.original>,
      customId: confirmButton(ask.original).custom_id as string,
    });
    await press.waitFor((h) => visibleText(h.original).includes('was deleted'), 10_000);
    await waitForLooks(rig, [server], 3);
    expect(postsAbout(rig, g.notifications, '**unwanted**')).toEqual([]);
  });

  it('DMs a member who turned notifications on for a server, and stops when turned off', async () => {
    const { g, m, server } = await setUp();
    const on = await backupCommand(rig.e2e, { guild: g.guild, user: m.user }, 'notify', { state: 'on' });
    expect(visibleText(on.original)).toContain('🔔 I will DM you about the backups of');
    rig.e2e.panel.addBackup(server, { name: 'watched', state: 'in_progress' });
    const dm = await rig.e2e.discord.waitForDm(m.user, (msg) => msg.content.includes('**watched**'));
    expect(dm.content).toMatch(/^From \*\*Game Night\*\*: 📦 Backup \*\*watched\*\*/);
    const off = await backupCommand(rig.e2e, { guild: g.guild, user: m.user }, 'notify', { state: 'off' });
    expect(visibleText(off.original)).toContain('🔕 No more DMs');
    rig.e2e.panel.addBackup(server, { name: 'unheard', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**unheard**'));
    await waitForLooks(rig, [server], 2);
    const dms = rig.e2e.discord.dmMessages(m.user).map((msg) => msg.content);
    expect(dms.filter((c) => c.includes('**watched**'))).toHaveLength(1);
    expect(dms.filter((c) => c.includes('**unheard**'))).toEqual([]);
  });

  it('stops DMing a subscriber who unlinked', async () => {
    const { g, m, server } = await setUp();
    // A second member, subuser of the same server, keeps the watch going after the first unlinks.
    const friend = rig.e2e.discord.createUser({ username: 'friend' });
    rig.e2e.discord.addMember(g.guild, friend);
    const friendAccount = rig.e2e.panel.addUser({ username: 'friend' });
    rig.e2e.panel.addSubuser(server, friendAccount, ['backup.read']);
    await linkMember(rig, g, friend, friendAccount, [server]);
    await backupCommand(rig.e2e, { guild: g.guild, user: m.user }, 'notify', { state: 'on' });
    const unlink = await rig.e2e.discord.slash({ user: m.user, guild: g.guild, command: 'unlink' });
    await unlink.waitFor((h) => h.responses.some((r) => r.kind === 'edit' || r.kind === 'callback'));
    await waitUntil(
      async () => !(await rig.bot.context.store.getMemberLink(g.guild.id, m.user.id)),
      'unlinked',
    );
    rig.e2e.panel.addBackup(server, { name: 'afterwards', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**afterwards**'));
    await waitForLooks(rig, [server], 2);
    expect(
      rig.e2e.discord.dmMessages(m.user).filter((msg) => msg.content.includes('**afterwards**')),
    ).toEqual([]);
  });

  it('watches a server reached by two keys once: one post per change', async () => {
    const { g, server } = await setUp({ username: 'owner' });
    const friend = rig.e2e.discord.createUser({ username: 'sub' });
    rig.e2e.discord.addMember(g.guild, friend);
    const friendAccount = rig.e2e.panel.addUser({ username: 'sub' });
    rig.e2e.panel.addSubuser(server, friendAccount, ['backup.read']);
    await linkMember(rig, g, friend, friendAccount, [server]);
    await waitForLooks(rig, [server], 2);
    rig.e2e.panel.addBackup(server, { name: 'shared', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**shared**'));
    await waitForLooks(rig, [server], 3);
    expect(postsAbout(rig, g.notifications, '**shared**')).toHaveLength(1);
  });

  it('tells a member once that the panel rejected their key, and watches with another key', async () => {
    const { g, m, server } = await setUp({ username: 'revoked' });
    const friend = rig.e2e.discord.createUser({ username: 'backup' });
    rig.e2e.discord.addMember(g.guild, friend);
    const friendAccount = rig.e2e.panel.addUser({ username: 'backupfriend' });
    rig.e2e.panel.addSubuser(server, friendAccount, ['backup.read']);
    rig.e2e.panel.revokeKey(m.account.key);
    // Linked after the revocation: either key may have been watching; the revoked one is told.
    await linkMember(rig, g, friend, friendAccount, [server]);
    rig.e2e.panel.addBackup(server, { name: 'stillseen', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**stillseen**'));
    await waitForLooks(rig, [server], 3);
    const told = rig.e2e.discord
      .dmMessages(m.user)
      .filter((msg) => msg.content.includes('rejected your API key'));
    const state = await rig.bot.context.store.watch.keyState(g.guild.id, m.user.id);
    // The reach refresh (GET /api/client) tries every key at once, so the revoked key is found either way.
    expect(state?.problem?.kind).toBe('unauthenticated');
    expect(told).toHaveLength(1);
    expect(told[0]?.content).toContain(
      'From **Game Night**: I stopped watching backups with your panel key.',
    );
    expect(postsAbout(rig, g.notifications, '**stillseen**')).toHaveLength(1);
  });

  it('tells a member once that their key lost backup.read on a server, and watches it with another key', async () => {
    const g = await watchedGuild(rig);
    const ownerAccount = rig.e2e.panel.addUser({ username: 'landlord' });
    const server = rig.e2e.panel.addServer({ owner: ownerAccount, name: 'Shared world', backupLimit: 5 });
    const sub = rig.e2e.discord.createUser({ username: 'tenant' });
    rig.e2e.discord.addMember(g.guild, sub);
    const subAccount = rig.e2e.panel.addUser({ username: 'tenant' });
    rig.e2e.panel.addSubuser(server, subAccount, ['control.console']);
    await linkMember(rig, g, sub, subAccount, [server]);
    const dm = await rig.e2e.discord.waitForDm(sub, (msg) => msg.content.includes('backup.read'));
    expect(dm.content).toContain('no longer has the `backup.read` permission on **Shared world**');
    const owner = rig.e2e.discord.createUser({ username: 'landlord' });
    rig.e2e.discord.addMember(g.guild, owner);
    await linkMember(rig, g, owner, ownerAccount, [server]);
    // The owner's key takes over: its first look (the silent baseline) is stored before anything new
    // is made. Counting requests alone would also count the tenant's refused ones.
    await waitUntil(
      async () => (await rig.bot.context.store.watch.server(g.guild.id, server.identifier)) !== undefined,
      'the first look with the owner’s key',
    );
    await waitForLooks(rig, [server], 2);
    rig.e2e.panel.addBackup(server, { name: 'ownerseen', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**ownerseen**'));
    await waitForLooks(rig, [server], 2);
    expect(rig.e2e.discord.dmMessages(sub).filter((msg) => msg.content.includes('backup.read'))).toHaveLength(
      1,
    );
  });

  it('stops watching a guild whose notifications channel is unset', async () => {
    const { g, server } = await setUp();
    const settings = await rig.bot.context.store.getGuildSettings(g.guild.id);
    if (!settings) throw new Error('no settings');
    await rig.bot.context.store.setGuildSettings(g.guild.id, { ...settings, notificationsChannelId: null });
    const views = () =>
      rig.e2e.panel.requests.filter((r) => r.path === `/api/client/servers/${server.identifier}`).length;
    // Within a plan period (100 ms) the worker lets go of it; then nothing more is asked.
    await new Promise((r) => setTimeout(r, 400));
    const before = views();
    rig.e2e.panel.addBackup(server, { name: 'unwatched', state: 'in_progress' });
    await new Promise((r) => setTimeout(r, 600));
    expect(views()).toBe(before);
    expect(postsAbout(rig, g.notifications, '**unwatched**')).toEqual([]);
  });

  itEndsCleanBy(() => traceOf(rig.e2e));
});

describe('the panel watch across a restart', () => {
  const rig = useWatchRig();

  it('announces nothing twice and reports what happened while the bot was down', async () => {
    const g = await watchedGuild(rig);
    const m = await watchingMember(rig, g);
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    const { panel } = rig.e2e;
    const kept = panel.addBackup(server, { name: 'kept', state: 'completed' });
    const doomed = panel.addBackup(server, { name: 'doomed', state: 'completed' });
    await waitForLooks(rig, [server], 2);
    const running = panel.addBackup(server, { name: 'running', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**running**'));
    const steady = panel.addBackup(server, { name: 'steady', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**steady**'));

    let made = '';
    await rig.restart(() => {
      panel.completeBackup(running.uuid);
      doomed.deletedAt = new Date();
      made = panel.addBackup(server, {
        name: 'whiledown',
        state: 'completed',
        createdAt: new Date(Date.now() - 120_000),
      }).uuid;
    });
    expect(made).not.toBe('');

    const ended = await waitForPost(
      rig,
      g.notifications,
      (l) => l.includes('**running**') && l.includes('completed'),
    );
    expect(ended.content).toContain('(noticed after a restart)');
    const gone = await waitForPost(rig, g.notifications, (l) => l.includes('**doomed**'));
    expect(gone.content).toContain('is gone from the panel');
    expect(gone.content).toContain('(noticed after a restart)');
    const appeared = await waitForPost(rig, g.notifications, (l) => l.includes('**whiledown**'));
    expect(appeared.content).toContain('and completed');
    expect(appeared.content).toContain('(noticed after a restart)');

    // What changes after the first look of the new process is not "noticed after a restart".
    panel.completeBackup(steady.uuid);
    const steadyEnd = await waitForPost(
      rig,
      g.notifications,
      (l) => l.includes('**steady**') && l.includes('completed'),
    );
    expect(steadyEnd.content).not.toContain('restart');
    await waitForLooks(rig, [server], 3);

    expect(postsAbout(rig, g.notifications, '**running**')).toHaveLength(2);
    expect(postsAbout(rig, g.notifications, '**steady**')).toHaveLength(2);
    expect(postsAbout(rig, g.notifications, '**doomed**')).toHaveLength(1);
    expect(postsAbout(rig, g.notifications, '**whiledown**')).toHaveLength(1);
    expect(postsAbout(rig, g.notifications, '**kept**')).toEqual([]);
    expect(kept.deletedAt).toBeNull();
  });

  it('a second restart with nothing new posts nothing', async () => {
    const g = await watchedGuild(rig);
    const m = await watchingMember(rig, g, { username: 'calm' });
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    rig.e2e.panel.addBackup(server, { name: 'only', state: 'in_progress' });
    await waitForLooks(rig, [server], 2);
    await rig.restart();
    await waitUntil(() => rig.bot.client.guilds.cache.has(g.guild.id), 'the new bot to see the guild');
    await waitForLooks(rig, [server], 3);
    expect(rig.e2e.discord.channelMessages(g.notifications.id)).toEqual([]);
  });

  itEndsCleanBy(() => traceOf(rig.e2e));
});

describe('the panel watch and stuck backups', () => {
  // The stuck rule's floor (30 min in production) is 1.5 s here; with no successful backup to
  // compare with, the floor is the rule.
  const rig = useWatchRig({ timings: { watchStuckFloorMs: 1_500 } });

  it('reports a backup stuck once, and again when it finally ends', async () => {
    const g = await watchedGuild(rig);
    const m = await watchingMember(rig, g);
    const server = m.servers[0];
    if (!server) throw new Error('no server');
    await waitForLooks(rig, [server], 2);
    const slow = rig.e2e.panel.addBackup(server, { name: 'slowpoke', state: 'in_progress' });
    await waitForPost(rig, g.notifications, (l) => l.includes('**slowpoke**'));
    const stuck = await waitForPost(rig, g.notifications, (l) => l.includes('looks stuck'));
    expect(stuck.content).toContain('**slowpoke**');
    expect(stuck.content).toContain('no successful backup of this server to compare with');
    expect(stuck.content).toContain('stuck after 2s');
    await waitForLooks(rig, [server], 4);
    expect(postsAbout(rig, g.notifications, 'looks stuck')).toHaveLength(1);
    rig.e2e.panel.completeBackup(slow.uuid, false);
    const ended = await waitForPost(rig, g.notifications, (l) => l.includes('which I reported stuck'));
    expect(ended.content).toMatch(/^❌ Backup \*\*slowpoke\*\*/);
    await waitForLooks(rig, [server], 2);
    expect(postsAbout(rig, g.notifications, '**slowpoke**')).toHaveLength(3);
  });

  itEndsCleanBy(() => traceOf(rig.e2e));
});
