import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { InteractionHandle } from '#fakes/fakeDiscord.js';
import type { PanelServer } from '#fakes/loopbackPanel.js';
import { itEndsClean, useE2E } from './fixtures.js';
import { customIds, EPHEMERAL, visibleText } from './harness.js';
import { backupCommand, type Member, soloMember } from './memberFlows.js';

describe('/backup list, create, info, download and lock end to end', () => {
  // A backup takes 400 ms on the node: long enough to see the reply in progress first.
  const e2e = useE2E({ panel: { backupDurationMs: 400 } });

  /** One member in a guild of their own, linked to a panel account that owns the given servers. */
  const freshMember = (options: { backupLimit?: number | null; servers?: string[] } = {}) =>
    soloMember(e2e, options);

  /** A member linked to a subuser account with `permissions` on another account's server, "Shared". */
  function subuser(username: string, account: string, permissions: string[]) {
    const owner = e2e.panel.addUser({ username: 'owner' });
    const server = e2e.panel.addServer({ owner, name: 'Shared', backupLimit: 3 });
    return soloMember(e2e, { username, account, subuserOf: { server, permissions } });
  }

  const backup = (member: Member, subcommand: string, options: Record<string, string | boolean> = {}) =>
    backupCommand(e2e, member, subcommand, options);

  function buttonByLabel(handle: { original?: InteractionHandle['original'] }, label: string) {
    const buttons = (handle.original?.components ?? []).flatMap((row) => row.components ?? []);
    return buttons.find((b) => b.label === label);
  }

  // ------------------------------------------------------------------------------------ list

  it('pages a list of more than ten backups with Next and Previous buttons', async () => {
    const member = await freshMember({ backupLimit: 20 });
    const start = Date.now() - 3_600_000;
    for (let i = 1; i <= 11; i += 1) {
      e2e.panel.addBackup(member.server, {
        name: `snapshot${String(i).padStart(2, '0')}`,
        state: 'completed',
        createdAt: new Date(start + i * 60_000),
      });
    }
    e2e.panel.addBackup(member.server, { name: 'snapshot12', state: 'failed' });

    const list = await backup(member, 'list');
    const first = visibleText(list.original);
    expect(list.original?.flags).toBe(EPHEMERAL);
    expect(first).toContain('snapshot01');
    expect(first).toContain('snapshot10');
    expect(first).not.toContain('snapshot11');
    // The failed backup does not count toward the limit.
    expect(first).toContain('11 of 20 backups used');
    expect(first).toContain('page 1 of 2');
    expect(buttonByLabel(list, 'Previous')?.disabled).toBe(true);
    const next = buttonByLabel(list, 'Next');
    expect(next?.disabled).toBe(false);

    const toPage2 = await e2e.discord.clickButton({
      user: member.user,
      guild: member.guild,
      message: list.original ?? (undefined as never),
      customId: next?.custom_id ?? '',
    });
    await toPage2.waitFor((h) => h.responses.some((r) => r.kind === 'edit'));
    const second = visibleText(toPage2.original);
    expect(toPage2.original?.id).toBe(list.original?.id);
    expect(second).toContain('snapshot11');
    expect(second).toContain('snapshot12');
    expect(second).toContain('❌ failed');
    expect(second).not.toContain('snapshot01');
    expect(second).toContain('page 2 of 2');
    expect(buttonByLabel(toPage2, 'Next')?.disabled).toBe(true);

    const back = await e2e.discord.clickButton({
      user: member.user,
      guild: member.guild,
      message: toPage2.original ?? (undefined as never),
      customId: buttonByLabel(toPage2, 'Previous')?.custom_id ?? '',
    });
    await back.waitFor((h) => h.responses.some((r) => r.kind === 'edit'));
    expect(visibleText(back.original)).toContain('snapshot01');
    expect(visibleText(back.original)).toContain('page 1 of 2');
  });

  it('shows one page without pager buttons when ten or fewer backups exist', async () => {
    const member = await freshMember({ backupLimit: 10 });
    for (let i = 1; i <= 10; i += 1) e2e.panel.addBackup(member.server, { name: `daily${i}` });
    const list = await backup(member, 'list');
    expect(visibleText(list.original)).toContain('daily10');
    expect(visibleText(list.original)).toContain('10 of 10 backups used');
    expect(customIds(list.original)).toEqual([]);
  });

  it('says so when a server has no backups yet', async () => {
    const member = await freshMember({ backupLimit: 3 });
    const list = await backup(member, 'list');
    const text = visibleText(list.original);
    expect(text).toContain('No backups yet');
    expect(text).toContain('/backup create');
    expect(text).toContain('0 of 3 backups used');
    expect(customIds(list.original)).toEqual([]);
  });

  it('explains that backups are disabled on a server whose limit is 0', async () => {
    const member = await freshMember({ backupLimit: 0 });
    const list = await backup(member, 'list');
    const text = visibleText(list.original);
    expect(text).toContain('backups are disabled on this server (limit 0)');
    expect(text).not.toContain('of 0 backups used');
  });

  it('lists the server named by the `server` option instead of the default one', async () => {
    const member = await freshMember({ servers: ['Survival', 'Creative'] });
    const [survival, creative] = member.servers as [PanelServer, PanelServer];
    e2e.panel.addBackup(survival, { name: 'survivalnightly' });
    e2e.panel.addBackup(creative, { name: 'creativenightly' });
    const byDefault = await backup(member, 'list');
    expect(visibleText(byDefault.original)).toContain('survivalnightly');
    const chosen = await backup(member, 'list', { server: creative.identifier });
    const text = visibleText(chosen.original);
    expect(text).toContain('Backups of Creative');
    expect(text).toContain('creativenightly');
    expect(text).not.toContain('survivalnightly');
  });

  it('answers with the unknown-server message when the panel has no such server', async () => {
    const member = await freshMember();
    const list = await backup(member, 'list', { server: 'zz99zz99' });
    const text = visibleText(list.original);
    expect(list.original?.flags).toBe(EPHEMERAL);
    expect(text).toContain('The panel has no server `zz99zz99` that your account can reach');
    expect(
      e2e.panel.requests.some((r) => r.path.startsWith('/api/client/servers/zz99zz99')),
      'the identifier went to the panel, which decides',
    ).toBe(true);
  });

  // ------------------------------------------------------------------------------------ create

  it('answers at once with the backup in progress, then edits that same reply to completed', async () => {
    const member = await freshMember();
    const create = await backup(member, 'create', { name: 'before update' });
    const firstEdit = create.responses.find((r) => r.kind === 'edit');
    const firstText = visibleText(firstEdit?.data);
    expect(firstText).toContain('Backup before update');
    expect(firstText).toContain('In progress');
    expect(create.original?.flags).toBe(EPHEMERAL);

    await create.waitFor((h) => visibleText(h.original).includes('Completed'), 10_000);
    const [made] = e2e.panel.backupsOf(member.server);
    const text = visibleText(create.original);
    expect(made?.checksum).toMatch(/^sha1:[0-9a-f]{40}$/);
    expect(text).toContain('✅ Completed.');
    expect(text).toContain('Size');
    expect(text).toContain(`${made?.bytes} B`);
    expect(text).toContain('Checksum');
    expect(text).toContain(made?.checksum ?? 'no checksum');
    expect(text).toContain('Took');
    expect(text).toMatch(/Took\n\d+s/);
    expect(text).toContain(made?.uuid ?? 'no uuid');

    // Every answer edited the one reply: no follow-up messages, no second message.
    const edits = create.responses.filter((r) => r.kind === 'edit');
    expect(edits.length).toBeGreaterThanOrEqual(2);
    expect(new Set(edits.map((r) => r.messageId))).toEqual(new Set([create.original?.id]));
    expect(create.followUps).toEqual([]);
  });

  it('edits the reply to failed when the node reports the backup failed', async () => {
    const member = await freshMember();
    member.server.nextBackupOutcome = 'failure';
    const create = await backup(member, 'create', { name: 'doomed' });
    expect(visibleText(create.responses.find((r) => r.kind === 'edit')?.data)).toContain('In progress');
    await create.waitFor((h) => visibleText(h.original).includes('failed'), 10_000);
    const text = visibleText(create.original);
    expect(text).toContain('The backup failed on the node');
    expect(text).not.toContain('Completed');
    expect(text).not.toContain('Checksum');
    expect(create.followUps).toEqual([]);
  });

  it('sends name, lock and comma-separated ignored patterns to the panel as it expects them', async () => {
    const member = await freshMember();
    const create = await backup(member, 'create', {
      name: 'pre-upgrade',
      locked: true,
      ignored: 'logs/*, *.tmp,cache/ ',
    });
    await create.waitFor((h) => visibleText(h.original).includes('Completed'), 10_000);
    const sent = e2e.panel.requests.find(
      (r) => r.method === 'POST' && r.path === `/api/client/servers/${member.server.identifier}/backups`,
    );
    expect(sent?.body).toEqual({ name: 'pre-upgrade', ignored: 'logs/*\n*.tmp\ncache/', is_locked: true });
    const [made] = e2e.panel.backupsOf(member.server);
    expect(made?.ignoredFiles).toEqual(['logs/*', '*.tmp', 'cache/']);
    expect(made?.isLocked).toBe(true);
    const text = visibleText(create.original);
    expect(text).toContain('Locked');
    expect(text).not.toContain('created it unlocked');

    // The patterns come back from the panel as ignored_files, readable in /backup info.
    const info = await backup(member, 'info', { backup: made?.uuid ?? '' });
    expect(visibleText(info.original)).toContain('`logs/*`, `*.tmp`, `cache/`');
  });

  it('tells a subuser without backup.delete that the backup was created unlocked', async () => {
    const helper = await subuser('helper', 'alex', ['backup.create', 'backup.read']);

    const create = await backup(helper, 'create', { name: 'wanted-locked', locked: true });
    const note = 'The panel created it unlocked: locking needs the `backup.delete` permission.';
    expect(visibleText(create.responses.find((r) => r.kind === 'edit')?.data)).toContain(note);
    const [made] = e2e.panel.backupsOf(helper.server);
    expect(made?.isLocked).toBe(false);
    // The note stays when the reply becomes the outcome: the member asked for a lock they did not get.
    await create.waitFor((h) => visibleText(h.original).includes('Completed'), 10_000);
    expect(visibleText(create.original)).toContain(note);
  });

  // ------------------------------------------------------------------------------------ info

  it('shows every attribute of one backup in /backup info', async () => {
    const member = await freshMember();
    const createdAt = new Date(Date.now() - 2 * 3_600_000);
    const seeded = e2e.panel.addBackup(member.server, {
      name: 'weekly',
      state: 'completed',
      bytes: 52_428_800,
      locked: true,
      createdAt,
      ignoredFiles: ['logs/*', 'world/cache'],
    });
    const info = await backup(member, 'info', { backup: seeded.uuid });
    const text = visibleText(info.original);
    const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
    expect(info.original?.flags).toBe(EPHEMERAL);
    expect(text).toContain('weekly');
    expect(text).toContain('Survival');
    expect(text).toContain(member.server.identifier);
    expect(text).toMatch(/State\n✅ completed/);
    expect(text).toMatch(/Locked\n🔒 yes/);
    expect(text).toMatch(/Size\n50\.0 MiB/);
    expect(text).toContain(`Created\n<t:${seconds(createdAt)}:f>`);
    expect(text).toContain(`Completed\n<t:${seconds(seeded.completedAt as Date)}:f>`);
    expect(text).toMatch(/Took\n30s/);
    expect(text).toContain(`Checksum\n\`${seeded.checksum}\``);
    expect(text).toContain('Ignored files\n`logs/*`, `world/cache`');
    expect(text).toContain(`UUID\n\`${seeded.uuid}\``);
  });

  it('shows an in-progress backup as not completed yet', async () => {
    const member = await freshMember();
    const seeded = e2e.panel.addBackup(member.server, { name: 'running', state: 'in_progress' });
    const info = await backup(member, 'info', { backup: seeded.uuid });
    const text = visibleText(info.original);
    expect(text).toMatch(/State\n⏳ in progress/);
    expect(text).toContain('Completed\nnot yet');
    expect(text).toContain('Checksum\n—');
    expect(text).toContain('Ignored files\nnone');
  });

  it('answers with the unknown-backup message when the panel has no such backup', async () => {
    const member = await freshMember();
    const missing = '3f1e2d4c-5b6a-4789-8abc-def012345678';
    const info = await backup(member, 'info', { backup: missing });
    expect(visibleText(info.original)).toContain(
      `Server \`${member.server.identifier}\` has no backup \`${missing}\``,
    );
    expect(e2e.panel.requests.some((r) => r.path.endsWith(`/backups/${missing}`))).toBe(true);
  });

  it('refuses a backup value that is not a UUID before asking the panel', async () => {
    const member = await freshMember();
    const before = e2e.panel.requests.length;
    const info = await backup(member, 'info', { backup: 'weekly' });
    expect(visibleText(info.original)).toContain(
      'Pick the backup from the list the `backup` option suggests',
    );
    const asked = e2e.panel.requests
      .slice(before)
      .filter((r) => r.path.includes(member.server.identifier) || r.path.includes('weekly'));
    expect(asked).toEqual([]);
  });

  // ------------------------------------------------------------------------------------ download

  it('gives a one-time download link privately, which serves the archive once', async () => {
    const member = await freshMember();
    const seeded = e2e.panel.addBackup(member.server, { name: 'exportme', state: 'completed' });
    const download = await backup(member, 'download', { backup: seeded.uuid });
    const message = download.original;
    expect(message?.flags).toBe(EPHEMERAL);
    // Discord caps a link button's URL at 512 characters. A node's signed link (a JWT with its claims)
    // is longer, so it comes as a masked link the member clicks; a short one rides a link button.
    const button = (message?.components ?? [])
      .flatMap((row) => row.components ?? [])
      .find((c) => c.style === 5);
    const masked = /\]\((https?:\/\/[^)\s]+)\)/.exec(visibleText(message))?.[1];
    const url = button?.url ?? masked ?? '';
    if (url.length > 512) expect(button).toBeUndefined();
    else expect(button?.url).toBe(url);
    expect(url).toMatch(/\/download\/backup\?token=[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(new URL(url).hostname).toBe('127.0.0.1');
    const text = visibleText(message);
    expect(text).toContain('exportme');
    expect(text).toContain('works **once**');
    expect(text).toMatch(/expires <t:\d+:R>/);
    // The panel signs links for 15 minutes: the time shown is the token's own expiry.
    const shown = Number(/expires <t:(\d+):R>/.exec(text)?.[1]);
    expect(Math.abs(shown - (Date.now() / 1000 + 900))).toBeLessThan(60);

    const first = await fetch(url);
    expect(first.status).toBe(200);
    const archive = Buffer.from(await first.arrayBuffer());
    expect(archive.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const tar = gunzipSync(archive);
    expect(tar.subarray(0, 100).toString('utf8')).toContain('server.properties');
    const second = await fetch(url);
    expect(second.status).toBe(404);
    await second.arrayBuffer();

    // The link exists only in the ephemeral reply: no channel message, DM or audit line carries it.
    const token = new URL(url).searchParams.get('token') ?? 'no token';
    for (const channel of member.guild.channels)
      for (const posted of e2e.discord.channelMessages(channel.id))
        expect(JSON.stringify(posted.raw)).not.toContain(token);
    for (const dm of e2e.discord.dmMessages(member.user)) expect(JSON.stringify(dm.raw)).not.toContain(token);
    const carriers = e2e.discord.requests.filter((r) => r.rawBody.includes(token));
    expect(carriers.length).toBeGreaterThan(0);
    for (const request of carriers) expect(request.path).toMatch(/^\/(webhooks|interactions)\//);
    expect(e2e.logs.filter((line) => line.includes(token))).toEqual([]);
  });

  it('refuses to link a backup that is still in progress', async () => {
    const member = await freshMember();
    const seeded = e2e.panel.addBackup(member.server, { name: 'unfinished', state: 'in_progress' });
    const download = await backup(member, 'download', { backup: seeded.uuid });
    expect(visibleText(download.original)).toContain('still in progress');
    expect(customIds(download.original)).toEqual([]);
    expect(download.original?.components ?? []).toEqual([]);
  });

  // ------------------------------------------------------------------------------------ lock

  it('toggles the lock and says the new state each time', async () => {
    const member = await freshMember();
    const seeded = e2e.panel.addBackup(member.server, { name: 'keeper', state: 'completed' });
    const locked = await backup(member, 'lock', { backup: seeded.uuid });
    expect(locked.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(locked.original)).toContain('is now **locked**');
    expect(e2e.panel.getBackup(seeded.uuid)?.isLocked).toBe(true);

    const unlocked = await backup(member, 'lock', { backup: seeded.uuid });
    expect(visibleText(unlocked.original)).toContain('is now **unlocked**');
    expect(e2e.panel.getBackup(seeded.uuid)?.isLocked).toBe(false);
  });

  it('locks a backup of the server named by the `server` option', async () => {
    const member = await freshMember({ servers: ['Survival', 'Creative'] });
    const creative = member.servers[1] as PanelServer;
    const seeded = e2e.panel.addBackup(creative, { name: 'creativebuild' });
    const locked = await backup(member, 'lock', { backup: seeded.uuid, server: creative.identifier });
    expect(visibleText(locked.original)).toContain('Creative');
    expect(e2e.panel.getBackup(seeded.uuid)?.isLocked).toBe(true);
  });

  // ------------------------------------------------------------------------------------ scope and refusals

  it("treats another member's server as unknown, even with a valid identifier", async () => {
    const stranger = e2e.panel.addUser({ username: 'stranger' });
    const theirs = e2e.panel.addServer({ owner: stranger, name: 'Not Yours' });
    e2e.panel.addBackup(theirs, { name: 'theirbackup' });
    const member = await freshMember();
    const list = await backup(member, 'list', { server: theirs.identifier });
    const text = visibleText(list.original);
    expect(text).toContain(`The panel has no server \`${theirs.identifier}\` that your account can reach`);
    expect(text).not.toContain('theirbackup');
  });

  it('treats a backup of another server as unknown on the chosen server', async () => {
    const member = await freshMember({ servers: ['Survival', 'Creative'] });
    const creative = member.servers[1] as PanelServer;
    const elsewhere = e2e.panel.addBackup(creative, { name: 'oncreative' });
    const info = await backup(member, 'info', { backup: elsewhere.uuid });
    expect(visibleText(info.original)).toContain(
      `Server \`${member.server.identifier}\` has no backup \`${elsewhere.uuid}\``,
    );
  });

  it('creates the backup on the server named by the `server` option', async () => {
    const member = await freshMember({ servers: ['Survival', 'Creative'] });
    const creative = member.servers[1] as PanelServer;
    const create = await backup(member, 'create', { name: 'oncreative', server: creative.identifier });
    expect(visibleText(create.original)).toContain('Creative');
    expect(e2e.panel.backupsOf(creative).map((b) => b.name)).toEqual(['oncreative']);
    expect(e2e.panel.backupsOf(member.server)).toEqual([]);
    await create.waitFor((h) => visibleText(h.original).includes('Completed'), 10_000);
  });

  it('names the missing permission when a subuser may not lock or download', async () => {
    const reader = await subuser('reader', 'robin', ['backup.read']);
    const seeded = e2e.panel.addBackup(reader.server, { name: 'shared', state: 'completed' });

    const lock = await backup(reader, 'lock', { backup: seeded.uuid });
    expect(visibleText(lock.original)).toContain('lacks the `backup.delete` permission');
    expect(e2e.panel.getBackup(seeded.uuid)?.isLocked).toBe(false);
    const download = await backup(reader, 'download', { backup: seeded.uuid });
    expect(visibleText(download.original)).toContain('lacks the `backup.download` permission');
    expect(download.original?.components ?? []).toEqual([]);
  });

  it('shows a backup name with markdown and mentions as plain text', async () => {
    const member = await freshMember();
    const create = await backup(member, 'create', { name: '**loud** @everyone' });
    const text = visibleText(create.original);
    expect(text).toContain('\\*\\*loud\\*\\* @\u200beveryone');
    expect(text).not.toContain('**loud**');
    await create.waitFor((h) => visibleText(h.original).includes('Completed'), 10_000);
  });

  itEndsClean(e2e);
});
