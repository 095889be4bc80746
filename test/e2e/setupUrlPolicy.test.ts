import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E } from './fixtures.js';
import { visibleText } from './harness.js';
import { current, openSetup, sideAnswer, submitPanelUrl } from './setupSteps.js';

describe('/setup panel URL policy when the operator did not allow insecure panel URLs', () => {
  const e2e = useE2E({ env: { ALLOW_INSECURE_PANEL_URL: 'false' } });

  async function refusalFor(url: string) {
    const { guild, admin, dm } = await openSetup(e2e);
    const panelRequestsBefore = e2e.panel.requests.length;
    const submitted = await submitPanelUrl(e2e, admin, dm, guild, url);
    return {
      refusal: sideAnswer(submitted),
      saved: await e2e.bot.context.store.getGuildSettings(guild.id),
      shown: visibleText(current(e2e, dm)),
      panelReached: e2e.panel.requests.length > panelRequestsBefore,
    };
  }

  it('refuses an http:// panel URL, names the setting that would allow it, and saves nothing', async () => {
    const { refusal, saved, shown, panelReached } = await refusalFor(e2e.panel.url);
    expect(refusal.ephemeral).toBe(true);
    expect(refusal.text).toContain('must start with `https://`');
    expect(refusal.text).toContain('ALLOW_INSECURE_PANEL_URL=true');
    expect(saved).toBeUndefined();
    expect(shown).toContain('not set');
    expect(panelReached).toBe(false);
  });

  it('refuses an https:// panel URL that points at a loopback address as private', async () => {
    const { refusal, saved, panelReached } = await refusalFor(e2e.panel.url.replace('http://', 'https://'));
    expect(refusal.ephemeral).toBe(true);
    expect(refusal.text).toContain('private or loopback address');
    expect(saved).toBeUndefined();
    expect(panelReached).toBe(false);
  });

  it('refuses an https:// link-local (cloud metadata) address', async () => {
    const { refusal, saved } = await refusalFor('https://169.254.169.254');
    expect(refusal.text).toContain('link-local or metadata address');
    expect(saved).toBeUndefined();
  });

  itEndsClean(e2e);
});
