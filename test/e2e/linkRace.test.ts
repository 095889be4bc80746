import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useSecondPanel } from './fixtures.js';
import { configureGuild, createWorld, visibleText, waitUntil } from './harness.js';

/**
 * A key is checked against the panel the guild had when /link began. If an admin points the guild
 * at another panel meanwhile (which forgets every link), the key must not be stored afterwards:
 * it would then be sent to a host its owner never gave it to.
 */
describe('/link while the panel URL changes', () => {
  const e2e = useE2E();
  const newPanel = useSecondPanel(e2e);

  it('does not store a key checked against the previous panel', async () => {
    const w = await createWorld(e2e);
    const opened = await e2e.discord.slash({ user: w.member, guild: w.guild, command: 'link' });
    await opened.waitForResponse((r) => r.kind === 'callback');

    e2e.panel.faults.latencyMs = 300;
    const mark = e2e.panel.requests.length;
    const submitted = await e2e.discord.submitModal({
      user: w.member,
      guild: w.guild,
      from: opened,
      values: { key: w.memberAccount.key, server: '' },
    });
    // While the old panel checks the key, the admin saves another panel URL (as /setup does).
    await waitUntil(() => e2e.panel.requests.length > mark, 'the key check to reach the panel');
    const store = e2e.bot.context.store;
    await store.forgetGuild(w.guild.id);
    await configureGuild(e2e, w.guild, { panelUrl: newPanel.url });

    await submitted.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
    e2e.panel.faults.latencyMs = 0;
    expect(await store.getMemberLink(w.guild.id, w.member.id)).toBeUndefined();
    expect(visibleText(submitted.original)).toContain('panel URL of this Discord server changed');
    expect(newPanel.requests).toEqual([]);
  });

  itEndsClean(e2e);
});
