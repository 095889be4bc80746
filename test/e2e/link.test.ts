import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E } from './fixtures.js';
import {
  configureGuild,
  createWorld,
  EPHEMERAL,
  linkThroughModal,
  visibleText,
  type World,
} from './harness.js';
import { backupCommand } from './memberFlows.js';
import { deadLoopbackUrl, rendered, runCommand, storeBytes } from './setupSteps.js';

describe('/link and /unlink end to end', () => {
  const e2e = useE2E();

  /** A fresh guild, set up against the loopback panel unless told otherwise. */
  const world = (setUp = true) => createWorld(e2e, { setUp });

  const member = (w: World) => ({ guild: w.guild, user: w.member });

  it('links a good key: the ephemeral answer names the account and servers, never the key', async () => {
    const w = await world();
    const requestsBefore = e2e.panel.requests.length;
    const linked = await linkThroughModal(e2e, w.guild, w.member, w.memberAccount.key);
    // The key was checked against the panel before anything was stored.
    const asked = e2e.panel.requests.slice(requestsBefore);
    expect(asked.some((r) => r.path === '/api/client/account' && r.authorization === 'bearer')).toBe(true);
    expect(asked.some((r) => /^\/api\/client\/?$/.test(r.path) && r.authorization === 'bearer')).toBe(true);

    expect(linked.original?.flags).toBe(EPHEMERAL);
    const text = rendered(linked.original);
    expect(text).toContain('Panel account linked');
    expect(text).toContain('steve');
    expect(text).toContain(`Survival (\`${w.server.identifier}\`)`);
    expect(text).toContain(`Creative (\`${w.other.identifier}\`)`);
    expect(text).toContain('Servers your key reaches (2)');
    expect(text).not.toContain(w.memberAccount.key);
    expect(JSON.stringify(linked.responses)).not.toContain(w.memberAccount.key);
  });

  it('stores the key encrypted: the store gives it back, the SQLite files do not hold it', async () => {
    const w = await world();
    await linkThroughModal(e2e, w.guild, w.member, w.memberAccount.key, w.other.identifier);

    const link = await e2e.bot.context.store.getMemberLink(w.guild.id, w.member.id);
    expect(link?.apiKey.reveal()).toBe(w.memberAccount.key);
    expect(link?.accountName).toBe('steve');
    expect(link?.defaultServer).toBe(w.other.identifier);
    expect(link?.servers.map((s) => s.identifier).sort()).toEqual(
      [w.server.identifier, w.other.identifier].sort(),
    );
    const bytes = storeBytes(e2e);
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.includes(w.memberAccount.key)).toBe(false);
    // Not even the part after the prefix.
    expect(bytes.includes(w.memberAccount.key.slice(5))).toBe(false);
  });

  it('refuses a default server the key cannot reach, and stores nothing', async () => {
    const w = await world();
    const foreign = e2e.panel.addServer({ owner: w.adminAccount, name: 'Not Yours' });

    const answered = await linkThroughModal(e2e, w.guild, w.member, w.memberAccount.key, foreign.identifier);
    expect(answered.original?.flags).toBe(EPHEMERAL);
    const text = rendered(answered.original);
    expect(text).toContain(`does not reach a server \`${foreign.identifier}\``);
    expect(text).toContain('Nothing was saved');
    expect(await e2e.bot.context.store.getMemberLink(w.guild.id, w.member.id)).toBeUndefined();
  });

  it('refuses a key the panel rejects (401) with the link-again message, and stores nothing', async () => {
    const w = await world();
    const key = e2e.panel.addClientKey(w.memberAccount);
    e2e.panel.revokeKey(key);

    const answered = await linkThroughModal(e2e, w.guild, w.member, key);
    expect(answered.original?.flags).toBe(EPHEMERAL);
    const text = visibleText(answered.original);
    expect(text).toContain('The panel rejected your API key');
    expect(text).toContain('Run `/link` again');
    expect(text).not.toContain(key);
    expect(await e2e.bot.context.store.getMemberLink(w.guild.id, w.member.id)).toBeUndefined();
  });

  it('refuses an application (ptla_) key with a specific message, without sending it to the panel', async () => {
    const w = await world();
    const key = e2e.panel.addApplicationKey(w.memberAccount);
    const panelRequestsBefore = e2e.panel.requests.length;

    const answered = await linkThroughModal(e2e, w.guild, w.member, key);
    const text = visibleText(answered.original);
    expect(text).toContain('**application** API key');
    expect(text).toContain('**client** API key');
    expect(text).not.toContain(key);
    expect(e2e.panel.requests.length).toBe(panelRequestsBefore);
    expect(await e2e.bot.context.store.getMemberLink(w.guild.id, w.member.id)).toBeUndefined();
  });

  it('asks for an admin to run /setup when the guild is not set up, before asking for a key', async () => {
    const w = await world(false);

    const handle = await runCommand(e2e, member(w), 'link');
    expect(handle.modal).toBeUndefined();
    expect(handle.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(handle.original)).toContain('ask an admin (Manage Server) to run `/setup`');
  });

  it('says the panel cannot be reached when it is down, and stores nothing', async () => {
    const w = await world(false);
    await configureGuild(e2e, w.guild, { panelUrl: await deadLoopbackUrl() });

    const answered = await linkThroughModal(e2e, w.guild, w.member, w.memberAccount.key);
    expect(answered.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(answered.original)).toContain('could not be reached');
    expect(await e2e.bot.context.store.getMemberLink(w.guild.id, w.member.id)).toBeUndefined();
  });

  it('forgets the key on /unlink, after which /backup list asks to run /link', async () => {
    const w = await world();
    await linkThroughModal(e2e, w.guild, w.member, w.memberAccount.key, w.server.identifier);
    expect(await e2e.bot.context.store.getMemberLink(w.guild.id, w.member.id)).toBeDefined();

    const unlinked = await runCommand(e2e, member(w), 'unlink');
    expect(unlinked.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(unlinked.original)).toContain('forgotten');
    expect(await e2e.bot.context.store.getMemberLink(w.guild.id, w.member.id)).toBeUndefined();

    const list = await backupCommand(e2e, member(w), 'list');
    expect(list.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(list.original)).toContain('run `/link` first');
  });

  it('says there was nothing to forget when /unlink runs without a link', async () => {
    const w = await world();
    const unlinked = await runCommand(e2e, member(w), 'unlink');
    expect(unlinked.original?.flags).toBe(EPHEMERAL);
    expect(visibleText(unlinked.original)).toContain('Nothing to forget');
  });

  itEndsClean(e2e);
});

describe('/link within its deadline', () => {
  // The whole check (account, then every page of servers) gets 1 s here; each panel answer takes 300 ms.
  const e2e = useE2E({ timings: { linkDeadlineMs: 1_000 } });

  it('stops a slow listing at the deadline, says so, saves nothing and asks the panel no more', async () => {
    const w = await createWorld(e2e);
    for (let i = 0; i < 450; i += 1) e2e.panel.addServer({ owner: w.memberAccount, name: `World ${i}` });
    e2e.panel.faults.latencyMs = 300;
    const answered = await linkThroughModal(e2e, w.guild, w.member, w.memberAccount.key);
    e2e.panel.faults.latencyMs = 0;
    const text = visibleText(answered.original);
    expect(text).toContain('The panel took longer than 1 second to check your key and list your servers');
    expect(text).toContain('nothing was saved');
    expect(await e2e.bot.context.store.getMemberLink(w.guild.id, w.member.id)).toBeUndefined();
    const pages = () => e2e.panel.requests.filter((r) => /^\/api\/client\/?$/.test(r.path)).length;
    const asked = pages();
    // Five pages would list them all; the deadline stopped it after the first few, and nothing follows.
    expect(asked).toBeLessThan(5);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(pages()).toBe(asked);
  });

  itEndsClean(e2e);
});
