import { describe, expect, it } from 'vitest';
import { tIn } from '#i18n/i18n.js';
import type { Locale } from '#i18n/locales.js';
import { itEndsClean, useE2E } from './fixtures.js';
import { visibleText, waitUntil } from './harness.js';
import { answer, backupCommand, buttonsOf, soloMember } from './memberFlows.js';
import { createAdminGuild, current, runCommand } from './setupSteps.js';

/**
 * A member whose Discord client speaks German or French is answered in that language from the first
 * reply to the DM at the end of long work; the guild's channels get the guild's language; only names
 * (of commands, options, servers, backups) and the panel's own words stay as they are.
 */

/** Words only English uses: none may be left in a German or French text once names are taken out. */
const ENGLISH =
  /\b(the|your|you|used|and|is|are|with|not|yet|this|that|completed|failed|progress|ago|when|has|been|cannot|please|try|again|of)\b/i;

/** The text without what is not the bot's to translate: code spans, mentions, timestamps, given names. */
function ownWords(text: string, names: readonly string[] = []): string {
  let rest = text.replace(/`[^`]*`/g, ' ').replace(/<[@#t][^>]*>/g, ' ');
  for (const name of names) rest = rest.replaceAll(name, ' ');
  return rest;
}

/** Everything a press's message showed, one text. */
const shownAll = (handle: { responses: ReadonlyArray<{ kind: string; data?: unknown }> }) =>
  handle.responses
    .filter((r) => r.kind === 'callback' || r.kind === 'edit')
    .map((r) => visibleText(r.data as Parameters<typeof visibleText>[0]))
    .join('\n');

/** The fixed words of a sentence before its first placeholder. */
const before = (text: string, marker: string) => text.slice(0, text.indexOf(marker));

function expectNoEnglish(text: string, names: readonly string[] = []): void {
  expect(text.trim().length).toBeGreaterThan(0);
  expect(ownWords(text, names)).not.toMatch(ENGLISH);
}

describe('the member’s language, end to end', () => {
  const e2e = useE2E({
    panel: { backupDurationMs: 600, restoreDurationMs: 300 },
    timings: { interactionTokenLifetimeMs: 400 },
  });

  it('German: /backup list in German, with German numbers', async () => {
    const m = await soloMember(e2e, { locale: 'de', servers: ['Survival'] });
    e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed', bytes: 52_428_800 });

    const list = await backupCommand(e2e, m, 'list');
    const text = visibleText(list.original);
    expect(text).toContain('nightly');
    expect(text).toContain('50,0 MiB');
    expect(text).toContain(tIn('de', 'backup.state.completed'));
    expect(text).toContain(tIn('de', 'backup.list.used', { used: 1, count: 3 }));
    expectNoEnglish(text, ['nightly', 'Survival']);
  });

  it('French: /backup create answers in French and its DM at the end is French too', async () => {
    const m = await soloMember(e2e, { locale: 'fr', servers: ['Créatif'] });
    const create = await backupCommand(e2e, m, 'create', { name: 'avant-maj' });
    const first = visibleText(create.original);
    expect(first).toContain(tIn('fr', 'backup.created.inProgress'));
    expectNoEnglish(first, ['avant-maj', 'Créatif']);

    // The reply outlives its token (400 ms here): the outcome comes by DM, in the asker's language.
    // Names from the panel are markdown-escaped in what the bot writes.
    const written = 'avant\\-maj';
    await waitUntil(
      () => e2e.discord.dmMessages(m.user).some((dm) => dm.content.includes(written)),
      'a DM about the finished backup',
    );
    const dm = e2e.discord.dmMessages(m.user).find((message) => message.content.includes(written));
    const content = dm?.content ?? '';
    expect(content.startsWith(tIn('fr', 'common.dmFromGuild', { guild: m.guild.name, text: '' }))).toBe(true);
    expect(content).toContain(
      before(tIn('fr', 'backup.created.dmCompletedIn', { size: '§', duration: '§' }), '§'),
    );
    expectNoEnglish(content, [written, 'Créatif', m.guild.name]);
  });

  it("French: a panel refusal is French around the panel's own (English) detail", async () => {
    const m = await soloMember(e2e, { locale: 'fr' });
    const detail = 'The name may not be greater than 191 characters.';
    e2e.panel.faults.invalidNext([['name', detail]], { method: 'POST' });

    const create = await backupCommand(e2e, m, 'create', { name: 'x' });
    const text = visibleText(create.original);
    expect(text).toContain(detail.replace(/\.$/, ''));
    expectNoEnglish(text, [detail.replace(/\.$/, '')]);
  });

  it('German: not linked yet, told in German', async () => {
    const m = await soloMember(e2e, { locale: 'de', link: false });
    const list = await backupCommand(e2e, m, 'list');
    expect(visibleText(list.original)).toContain(tIn('de', 'errors.notLinked'));
  });

  it("the audit channel speaks the guild's language, whoever's command it records", async () => {
    const m = await soloMember(e2e, { locale: 'de', guildLocale: 'fr', auditChannel: 'backup-log' });
    const log = m.guild.channels[1]?.id ?? '';
    await backupCommand(e2e, m, 'create', { name: 'journal' });
    const posted = await e2e.discord.waitForChannelMessage(log, (message) =>
      message.content.includes('journal'),
    );
    expectNoEnglish(posted.content, ['journal', 'Survival']);
    // French, not the member's German: the whole line as the guild's language words it.
    expect(posted.content).toBe(
      tIn('fr', 'backup.created.auditStarted', {
        member: `<@${m.user.id}>`,
        backup: '**journal**',
        server: `**${m.server.name}** (\`${m.server.identifier}\`)`,
      }),
    );
  });

  it('German: the restore confirmation, its buttons, and the restore to its end', async () => {
    const m = await soloMember(e2e, { locale: 'de' });
    const backup = e2e.panel.addBackup(m.server, { name: 'gestern', state: 'completed' });
    const ask = await backupCommand(e2e, m, 'restore', { backup: backup.uuid });
    const question = visibleText(ask.original);
    expect(question).toContain(tIn('de', 'restore.ask.overwrite'));
    expect(question).toContain(tIn('de', 'restore.ask.offline'));
    expectNoEnglish(question, ['gestern', m.server.name]);
    expect(buttonsOf(ask.original).map((button) => button.label)).toEqual([
      tIn('de', 'restore.ask.confirm'),
      tIn('de', 'common.confirmation.cancel'),
    ]);

    const server = `**${m.server.name}** (\`${m.server.identifier}\`)`;
    const finished = tIn('de', 'restore.finished', { backup: '**gestern**', server });
    const press = await answer(e2e, m, ask.original, 'confirm');
    // The restore ends about when the press's token does (400 ms here): the end is an edit or a DM.
    const ending = () =>
      [shownAll(press), ...e2e.discord.dmMessages(m.user).map((dm) => dm.content)].find((text) =>
        text.includes(finished),
      );
    await waitUntil(() => ending() !== undefined, 'the end of the restore, in German');
    expectNoEnglish(shownAll(press), ['gestern', m.server.name]);
    expectNoEnglish(ending() ?? '', ['gestern', m.server.name, m.guild.name]);
  });

  it('German: the setup DM, its controls and the panel URL form', async () => {
    const { guild, admin } = await createAdminGuild(e2e, 'Spieleabend');
    admin.locale = 'de';
    const reply = await runCommand(e2e, { guild, user: admin }, 'setup');
    expect(visibleText(reply.original)).toBe(tIn('de', 'setup.dmSent', { guild: 'Spieleabend' }));
    const dm = await e2e.discord.waitForDm(admin, (message) => visibleText(message).includes('Spieleabend'));
    const shown = current(e2e, dm);
    const text = visibleText(shown);
    expect(text).toContain(tIn('de', 'setup.embed.title', { guild: 'Spieleabend' }));
    expect(text).toContain(tIn('de', 'setup.embed.panelUrlUnset'));
    expectNoEnglish(text, ['Spieleabend']);
    const labels = (shown.components ?? [])
      .flatMap((row) => row.components ?? [])
      .map((component) => component.label ?? component.placeholder ?? '');
    expect(labels).toContain(tIn('de', 'setup.controls.setUrl'));
    for (const label of labels) expectNoEnglish(label);
  });

  const fallbacks: Array<[string, Locale]> = [
    ['ja', 'en-US'],
    ['en-GB', 'en-US'],
    ['es-419', 'es-ES'],
  ];
  it.each(fallbacks)('a %s client is answered in %s', async (client, expected) => {
    const m = await soloMember(e2e, { locale: client, link: false });
    const list = await backupCommand(e2e, m, 'list');
    expect(visibleText(list.original)).toContain(tIn(expected, 'errors.notLinked'));
  });

  it('registers descriptions in every shipped language, names in English', () => {
    const backup = e2e.discord.commands.global.find((command) => command.name === 'backup');
    expect(backup?.description_localizations).toMatchObject({
      de: expect.any(String),
      fr: expect.any(String),
    });
    const list = (backup?.options ?? []).find((option) => option.name === 'list') as
      | { name_localizations?: unknown; description_localizations?: Record<string, string> }
      | undefined;
    expect(list?.description_localizations?.de).toMatch(/\S/);
    expect(list?.name_localizations ?? null).toBeNull();
  });

  itEndsClean(e2e);
});
