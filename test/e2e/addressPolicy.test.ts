import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E } from './fixtures.js';
import { createWorld, linkDirectly, visibleText } from './harness.js';
import { backupCommand } from './memberFlows.js';

/**
 * Without ALLOW_INSECURE_PANEL_URL, the panel address policy holds at connect time too: a stored
 * panel URL that now leads to a loopback address (a name re-pointed after /setup checked it, or an
 * old record) is refused before any request carries a member's key there.
 */
describe('panel address policy at connect time (ALLOW_INSECURE_PANEL_URL unset)', () => {
  const e2e = useE2E({ env: { ALLOW_INSECURE_PANEL_URL: 'false' } });

  it('refuses a stored loopback panel URL without sending the key', async () => {
    expect(e2e.bot.context.config.ALLOW_INSECURE_PANEL_URL).toBe(false);
    const w = await createWorld(e2e);
    await linkDirectly(e2e, w.guild, w.member, w.memberAccount, [w.server]);
    const mark = e2e.panel.requests.length;

    const handle = await backupCommand(e2e, { guild: w.guild, user: w.member }, 'list');

    expect(visibleText(handle.original)).toContain('not allowed to connect to');
    expect(e2e.panel.requests.slice(mark)).toEqual([]);
  });

  itEndsClean(e2e);
});
