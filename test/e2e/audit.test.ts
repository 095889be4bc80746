import { describe, expect, it } from 'vitest';
import type { FakeChannel, FakeMessage } from '#fakes/fakeDiscord.js';
import { itEndsClean, useE2E } from './fixtures.js';
import { visibleText, waitUntil } from './harness.js';
import { backupCommand, confirmAfterChange, type SoloMember, soloMember } from './memberFlows.js';

/** A member in a guild of their own whose audit lines go to #backup-log; they run commands in #general. */
interface AuditedGuild extends SoloMember {
  general: FakeChannel;
  auditChannel: FakeChannel;
}

describe('the audit channel end to end', () => {
  const e2e = useE2E({ panel: { backupDurationMs: 300 } });
  const auditChannels: FakeChannel[] = [];

  async function auditedGuild(options: { audit?: boolean } = {}): Promise<AuditedGuild> {
    const audited = options.audit !== false;
    const member = await soloMember(e2e, {
      backupLimit: 5,
      ...(audited ? { auditChannel: 'backup-log' } : {}),
    });
    const [general, auditChannel] = member.guild.channels as [FakeChannel, FakeChannel];
    if (audited) auditChannels.push(auditChannel);
    return { ...member, channel: general, general, auditChannel };
  }

  const backup = (g: AuditedGuild, subcommand: string, options: Record<string, string | boolean> = {}) =>
    backupCommand(e2e, g, subcommand, options);

  const lines = (channel: FakeChannel) => e2e.discord.channelMessages(channel.id).map((m) => m.content);

  /** What every audit line must hold: who did it, to which server; never a link or a key. */
  function expectNamesWhoAndWhere(line: string, g: AuditedGuild) {
    expect(line).toContain(`<@${g.user.id}>`);
    expect(line).toContain('Survival');
    expect(line).toContain(g.server.identifier);
    expect(line).not.toMatch(/https?:\/\//);
    expect(line).not.toContain('token=');
  }

  it('posts one line when a backup starts and one when it completes', async () => {
    const g = await auditedGuild();
    const create = await backup(g, 'create', { name: 'nightly' });
    await create.waitFor((h) => visibleText(h.original).includes('Completed'), 10_000);
    await e2e.discord.waitForChannelMessage(g.auditChannel.id, (m) => m.content.includes('completed'));
    const posted = lines(g.auditChannel);
    expect(posted).toHaveLength(2);
    const [started, completed] = posted as [string, string];
    expectNamesWhoAndWhere(started, g);
    expect(started).toContain('started backup **nightly**');
    expectNamesWhoAndWhere(completed, g);
    expect(completed).toContain('**nightly**');
    const made = e2e.panel.backupsOf(g.server)[0];
    expect(completed).toContain(`completed (${made?.bytes} B)`);
    // The audit goes to its own channel; the channel the command ran in stays quiet.
    expect(lines(g.general)).toEqual([]);
  });

  it('posts the failure when the node reports the backup failed', async () => {
    const g = await auditedGuild();
    g.server.nextBackupOutcome = 'failure';
    await backup(g, 'create', { name: 'doomed' });
    const failed = await e2e.discord.waitForChannelMessage(g.auditChannel.id, (m) =>
      m.content.includes('failed'),
    );
    expectNamesWhoAndWhere(failed.content, g);
    expect(failed.content).toContain('**doomed**');
    expect(lines(g.auditChannel)).toHaveLength(2);
  });

  it('posts who took a download link, and never the link', async () => {
    const g = await auditedGuild();
    const seeded = e2e.panel.addBackup(g.server, { name: 'exportme', state: 'completed' });
    const download = await backup(g, 'download', { backup: seeded.uuid });
    const token = /token=([\w.-]+)/.exec(JSON.stringify(download.original?.raw ?? {}))?.[1];
    expect(token, 'the member got a signed link').toBeDefined();
    const line = await e2e.discord.waitForChannelMessage(g.auditChannel.id, (m) =>
      m.content.includes('download'),
    );
    expectNamesWhoAndWhere(line.content, g);
    expect(line.content).toContain('**exportme**');
    expect(JSON.stringify(line.raw)).not.toContain(token ?? 'no token');
    expect(lines(g.auditChannel)).toHaveLength(1);
  });

  it('posts each lock and unlock with the new state', async () => {
    const g = await auditedGuild();
    const seeded = e2e.panel.addBackup(g.server, { name: 'keeper', state: 'completed' });
    await backup(g, 'lock', { backup: seeded.uuid });
    const locked = await e2e.discord.waitForChannelMessage(g.auditChannel.id, (m) =>
      m.content.includes('locked backup'),
    );
    expectNamesWhoAndWhere(locked.content, g);
    expect(locked.content).toContain(`<@${g.user.id}> locked backup **keeper**`);
    await backup(g, 'lock', { backup: seeded.uuid });
    const unlocked = await e2e.discord.waitForChannelMessage(g.auditChannel.id, (m) =>
      m.content.includes('unlocked backup'),
    );
    expect(unlocked.content).toContain(`<@${g.user.id}> unlocked backup **keeper**`);
    expect(lines(g.auditChannel)).toHaveLength(2);
  });

  it('posts a confirmed delete that was refused, so the outcome is not missing', async () => {
    const g = await auditedGuild();
    const seeded = e2e.panel.addBackup(g.server, { name: 'contested', state: 'completed' });
    // Someone locks it on the panel between the question and the answer: the confirm is refused.
    const press = await confirmAfterChange(e2e, g, 'delete', seeded, () => {
      seeded.isLocked = true;
    });
    expect(visibleText(press.original)).toContain('locked');
    const line = await e2e.discord.waitForChannelMessage(g.auditChannel.id, (m) =>
      m.content.includes('refused'),
    );
    expectNamesWhoAndWhere(line.content, g);
    expect(line.content).toContain('confirmed to delete backup **contested**');
    expect(e2e.panel.backupsOf(g.server)).toHaveLength(1);
    expect(lines(g.auditChannel)).toHaveLength(1);
  });

  it('mentions nobody: the audit lines name members without pinging them', async () => {
    const g = await auditedGuild();
    const seeded = e2e.panel.addBackup(g.server, { name: 'quiet', state: 'completed' });
    await backup(g, 'lock', { backup: seeded.uuid });
    await e2e.discord.waitForChannelMessage(g.auditChannel.id, () => true);
    const sent = e2e.discord.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${g.auditChannel.id}/messages`,
    );
    expect(sent).toHaveLength(1);
    const body = sent[0]?.body as { allowed_mentions?: unknown } | undefined;
    expect(body?.allowed_mentions).toEqual({ parse: [] });
  });

  it('posts nothing when the guild has no audit channel', async () => {
    const g = await auditedGuild({ audit: false });
    const seeded = e2e.panel.addBackup(g.server, { name: 'private', state: 'completed' });
    const create = await backup(g, 'create', { name: 'unaudited' });
    await backup(g, 'lock', { backup: seeded.uuid });
    await backup(g, 'download', { backup: seeded.uuid });
    await create.waitFor((h) => visibleText(h.original).includes('Completed'), 10_000);
    await waitUntil(() => e2e.bot.context.background.size === 0, 'the followed backup to settle');
    for (const channel of g.guild.channels) expect(lines(channel)).toEqual([]);
    const guildChannelPaths = g.guild.channels.map((c) => `/channels/${c.id}/messages`);
    expect(e2e.discord.requests.filter((r) => guildChannelPaths.includes(r.path))).toEqual([]);
  });

  // ------------------------------------------------------------------------------------ hygiene

  it('never put a URL or a key in any audit line', async () => {
    await waitUntil(() => e2e.bot.context.background.size === 0, 'background follows to finish');
    const all: FakeMessage[] = auditChannels.flatMap((c) => e2e.discord.channelMessages(c.id));
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const message of all) {
      const raw = JSON.stringify(message.raw);
      expect(raw).not.toMatch(/https?:\/\//);
      expect(raw).not.toMatch(/(?:ptlc|pacc)_/);
      for (const key of e2e.issuedKeys) expect(raw).not.toContain(key);
    }
  });

  itEndsClean(e2e);
});
