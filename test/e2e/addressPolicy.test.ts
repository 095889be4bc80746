import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configureGuild,
  createWorld,
  type E2E,
  linkDirectly,
  startE2E,
  visibleText,
  waitUntil,
} from './harness.js';
import { expectNoFailuresAndNoLeaks } from './setupSteps.js';

/**
 * Without ALLOW_INSECURE_PANEL_URL, the panel address policy holds at connect time too: a stored
 * panel URL that now leads to a loopback address (a name re-pointed after /setup checked it, or an
 * old record) is refused before any request carries a member's key there.
 */
describe('panel address policy at connect time (ALLOW_INSECURE_PANEL_URL unset)', () => {
  let e2e: E2E;
  const keys: string[] = [];

  beforeAll(async () => {
    e2e = await startE2E({ env: { ALLOW_INSECURE_PANEL_URL: 'false' } });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('refuses a stored loopback panel URL without sending the key', async () => {
    expect(e2e.bot.context.config.ALLOW_INSECURE_PANEL_URL).toBe(false);
    const w = await createWorld(e2e);
    keys.push(w.memberAccount.key);
    await configureGuild(e2e, w.guild);
    await linkDirectly(e2e, w.guild, w.member, w.memberAccount, [w.server]);
    const mark = e2e.panel.requests.length;

    const handle = await e2e.discord.slash({
      user: w.member,
      guild: w.guild,
      command: 'backup',
      subcommand: 'list',
    });
    await waitUntil(() => handle.responses.some((r) => r.kind === 'edit'), 'the answer to /backup list');

    expect(visibleText(handle.original)).toContain('not allowed to connect to');
    expect(e2e.panel.requests.slice(mark)).toEqual([]);
    expectNoFailuresAndNoLeaks(e2e, keys);
  });
});
