import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E, visibleText } from './harness.js';
import {
  createAdminGuild,
  current,
  expectNoFailuresAndNoLeaks,
  runSetup,
  sideAnswer,
  submitPanelUrl,
} from './setupSteps.js';

describe('/setup panel URL policy when the operator did not allow insecure panel URLs', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E({ env: { ALLOW_INSECURE_PANEL_URL: 'false' } });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  async function refusalFor(url: string) {
    const { guild, admin } = await createAdminGuild(e2e);
    const { dm } = await runSetup(e2e, guild, admin);
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

  it('logged no failure and never let a panel key reach Discord or the log', () => {
    const account = e2e.panel.addUser();
    expectNoFailuresAndNoLeaks(e2e, [account.key]);
  });
});
