import { describe, expect, it } from 'vitest';
import type { FakeGuild, FakeUser } from '#fakes/fakeDiscord.js';
import { itEndsClean, useE2E, useSecondPanel } from './fixtures.js';
import {
  configureGuild,
  createWorld,
  EPHEMERAL,
  joinedGuild,
  linkThroughModal,
  visibleText,
  waitUntil,
} from './harness.js';
import { backupCommand } from './memberFlows.js';
import { runCommand } from './setupSteps.js';

describe('guild isolation and leaving a guild', () => {
  const e2e = useE2E();
  const secondPanel = useSecondPanel(e2e);

  /** A second guild the same member belongs to. */
  async function secondGuild(member: FakeUser): Promise<FakeGuild> {
    const guild = await joinedGuild(e2e, { name: 'Other Place', textChannels: ['general'] });
    e2e.discord.addMember(guild, member);
    return guild;
  }

  const backupList = (guild: FakeGuild, user: FakeUser) => backupCommand(e2e, { guild, user }, 'list');

  it('treats a member linked in one guild as not linked in another', async () => {
    const w = await createWorld(e2e);
    const other = await secondGuild(w.member);
    await configureGuild(e2e, other);
    await linkThroughModal(e2e, w.guild, w.member, w.memberAccount.key, w.server.identifier);

    const here = await backupList(w.guild, w.member);
    expect(visibleText(here.original)).toContain('of 3 backups used');
    const there = await backupList(other, w.member);
    expect(there.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(there.original)).toContain('run `/link` first');
    expect(await e2e.bot.context.store.getMemberLink(other.id, w.member.id)).toBeUndefined();
  });

  it('does not apply one guild’s setup to another guild that has none', async () => {
    const w = await createWorld(e2e);
    await configureGuild(e2e, w.guild, { auditChannelId: w.guild.channels[1]?.id ?? null });
    const other = await secondGuild(w.member);

    const link = await runCommand(e2e, { guild: other, user: w.member }, 'link');
    expect(link.modal).toBeUndefined();
    expect(visibleText(link.original)).toContain('ask an admin (Manage Server) to run `/setup`');
    const list = await backupList(other, w.member);
    expect(visibleText(list.original)).toContain('ask an admin (Manage Server) to run `/setup`');
    expect(await e2e.bot.context.store.getGuildSettings(other.id)).toBeUndefined();
  });

  it('checks keys against each guild’s own panel', async () => {
    const w = await createWorld(e2e);
    const other = await secondGuild(w.member);
    await configureGuild(e2e, other, { panelUrl: secondPanel.url });
    const elsewhere = secondPanel.addUser({ username: 'alex' });
    secondPanel.addServer({ owner: elsewhere, name: 'Far Away' });

    const firstPanelRequests = e2e.panel.requests.length;
    const linked = await linkThroughModal(e2e, other, w.member, elsewhere.key);
    expect(visibleText(linked.original)).toContain('alex');
    expect(visibleText(linked.original)).toContain('Far Away');
    expect(e2e.panel.requests.length).toBe(firstPanelRequests);

    // The first guild's key means nothing to the second guild's panel.
    const refused = await linkThroughModal(e2e, other, w.member, w.memberAccount.key);
    expect(visibleText(refused.original)).toContain('The panel rejected your API key');
    expect((await e2e.bot.context.store.getMemberLink(other.id, w.member.id))?.accountName).toBe('alex');
  });

  it('forgets the settings and links of a guild that removed the bot, and only that guild', async () => {
    const w = await createWorld(e2e);
    const other = await secondGuild(w.member);
    await configureGuild(e2e, other);
    await linkThroughModal(e2e, w.guild, w.member, w.memberAccount.key);
    await linkThroughModal(e2e, other, w.member, w.memberAccount.key);
    const store = e2e.bot.context.store;
    expect(await store.getMemberLink(w.guild.id, w.member.id)).toBeDefined();

    e2e.discord.removeGuild(w.guild);
    await waitUntil(
      async () => (await store.getGuildSettings(w.guild.id)) === undefined,
      'the removed guild’s settings to be forgotten',
    );
    expect(await store.getMemberLink(w.guild.id, w.member.id)).toBeUndefined();
    expect(await store.getGuildSettings(other.id)).toBeDefined();
    expect((await store.getMemberLink(other.id, w.member.id))?.apiKey.reveal()).toBe(w.memberAccount.key);
    // The line is written once forgetting has finished, a moment after the settings went.
    await waitUntil(
      () => e2e.logs.some((line) => line.includes('left a guild') && line.includes(w.guild.id)),
      'the bot to log that it forgot the guild',
    );
  });

  itEndsClean(e2e);
});
