import { describe, expect, it } from 'vitest';
import { serverOption } from '#commands/backup/commonOptions.js';
import type { FakeMessage } from '#fakes/fakeDiscord.js';
import { itEndsClean, useE2E } from './fixtures.js';
import { EPHEMERAL, visibleText } from './harness.js';
import { backupCommand, requestsFor, type SoloMember, showButtonsAgain, soloMember } from './memberFlows.js';

/**
 * Hostile input on every command: over-long and control-character text, mentions, markdown, forged
 * custom ids, modal garbage. Each gets a clear, specific ephemeral answer (never the generic
 * "Something went wrong"), nothing reaches the panel where nothing should, and the bot stays up.
 */

const GENERIC = /Something went wrong/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters looked for
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/;
const SERVER_MAX = serverOption.max_length;

/** Text a member can type into a string option (Discord lets control characters and bidi through). */
const HOSTILE = [
  'line one\nline two\r\n**forged audit line**',
  '\u0000\u0007\u001b[31mred\u202eevil\u2066',
  '@everyone <@&123456789012345678> <#123456789012345678>',
  '`code` **bold** [link](https://evil.example) ||spoiler||',
  '../../../../etc/passwd%00',
  '🧨'.repeat(40),
  '   ',
];

describe('hostile input on every command', () => {
  const e2e = useE2E();

  async function member(): Promise<SoloMember> {
    const m = await soloMember(e2e, { backupLimit: 10 });
    e2e.panel.addBackup(m.server, { name: 'kept', state: 'completed' });
    return m;
  }

  function expectClear(message: FakeMessage | undefined, why: string) {
    const text = visibleText(message);
    expect(text.trim().length, `${why}: an answer`).toBeGreaterThan(0);
    expect(text, `${why}: not the generic failure`).not.toMatch(GENERIC);
    expect(message?.flags, `${why}: ephemeral`).toBe(EPHEMERAL);
    // No raw control or bidi character reaches Discord from what the member typed.
    expect(text, `${why}: no control characters`).not.toMatch(CONTROL_OR_BIDI);
  }

  // ---------------------------------------------------------------- options refused before the panel

  /** Each subcommand, the option filled with hostile text (cut to the option's length, as Discord does). */
  const refusedBeforePanel: Array<[string, string, (value: string) => Record<string, string>]> = [
    ['info', 'backup', (v) => ({ backup: v.slice(0, 36) })],
    ['download', 'backup', (v) => ({ backup: v.slice(0, 36) })],
    ['restore', 'backup', (v) => ({ backup: v.slice(0, 36) })],
    ['lock', 'backup', (v) => ({ backup: v.slice(0, 36) })],
    ['delete', 'backup', (v) => ({ backup: v.slice(0, 36) })],
    ['rename', 'backup', (v) => ({ backup: v.slice(0, 36), name: 'fine' })],
    ['list', 'server', (v) => ({ server: v.slice(0, SERVER_MAX) })],
    ['create', 'server', (v) => ({ server: v.slice(0, SERVER_MAX) })],
    ['prune', 'older-than', (v) => ({ 'older-than': v.slice(0, 50) })],
    ['schedule create', 'when', (v) => ({ when: v.slice(0, 100) })],
  ];
  for (const [subcommand, option, options] of refusedBeforePanel) {
    it(`/backup ${subcommand} ${option}: each hostile value refused clearly, the panel not asked`, async () => {
      const m = await member();
      // A blank server option is no option (the default server is meant), so it is not hostile there.
      for (const value of HOSTILE.filter((v) => option !== 'server' || v.trim() !== '')) {
        const before = requestsFor(e2e, m.server).length;
        const handle = await backupCommand(e2e, m, subcommand, options(value));
        expectClear(handle.original, `${subcommand} ${option}=${JSON.stringify(value)}`);
        expect(visibleText(handle.original)).toMatch(/^⚠️ /);
        expect(
          requestsFor(e2e, m.server).slice(before),
          `${subcommand}: no request about the server`,
        ).toEqual([]);
      }
    });
  }

  // ---------------------------------------------------------------- free text the panel receives

  it('/backup create name and ignored: the backup is made, its name shown on one line, inert', async () => {
    const m = await member();
    for (const value of HOSTILE.filter((v) => v.trim() !== '')) {
      const handle = await backupCommand(e2e, m, 'create', { name: value.slice(0, 191), ignored: value });
      expectClear(handle.original, `create name=${JSON.stringify(value)}`);
      const text = visibleText(handle.original);
      expect(text).not.toContain('\n**forged audit line**');
      expect(text).not.toMatch(/(^|[^\\])@everyone/);
    }
  });

  it('/backup rename name and /backup schedule create name: clear answers, never a forged line', async () => {
    const m = await member();
    const [backup] = e2e.panel.backupsOf(m.server);
    for (const value of HOSTILE) {
      const renamed = await backupCommand(e2e, m, 'rename', { backup: backup?.uuid ?? '', name: value });
      expectClear(renamed.original, `rename name=${JSON.stringify(value)}`);
    }
    const scheduled = await backupCommand(e2e, m, 'schedule create', {
      when: 'daily at 4',
      name: HOSTILE[0] ?? '',
    });
    expectClear(scheduled.original, 'schedule create name');
    expect(visibleText(scheduled.original)).not.toContain('\n**forged audit line**');
  });

  it('/backup schedule run with a schedule id that does not exist: the panel’s 404, said plainly', async () => {
    const m = await member();
    for (const id of [0, 2_147_483_647, 9_007_199_254_740_991]) {
      const handle = await backupCommand(e2e, m, 'schedule run', { schedule: id });
      expectClear(handle.original, `schedule run ${id}`);
      expect(visibleText(handle.original)).toContain('has no schedule');
    }
  });

  // ---------------------------------------------------------------- forged components and modals

  it('forged custom ids of every kind: refused, nothing asked of the panel', async () => {
    const m = await member();
    const list = await backupCommand(e2e, m, 'list');
    const forged = [
      'blist:../../x:1',
      `blist:${m.server.identifier}:-1`,
      `blist:${m.server.identifier}:1:extra`,
      `setup:roles:${m.guild.id}:0:0`,
      `setup:url:${m.guild.id}:999:0`,
      'confirm:AAAAAAAAAAAAAAAAAAAAAA:yes',
      'confirm::yes',
      'nosuchprefix:1',
      `${'x'.repeat(99)}`,
    ];
    for (const customId of forged) {
      const before = e2e.panel.requests.length;
      const message = list.original as FakeMessage;
      // A modified client shows a button with an id the bot never issued.
      showButtonsAgain(e2e, message, [
        { type: 1, components: [{ type: 2, style: 2, label: 'Press', custom_id: customId }] },
      ]);
      const press = await e2e.discord.clickButton({ user: m.user, guild: m.guild, message, customId });
      await press.waitFor((h) => h.responses.length > 0, 5_000);
      const answered = press.followUps[0] ?? press.original;
      const text = visibleText(answered);
      expect(text, customId).not.toMatch(GENERIC);
      expect(text.trim().length, customId).toBeGreaterThan(0);
      expect(e2e.panel.requests.slice(before), `${customId}: no panel request`).toEqual([]);
    }
  });

  it('the /link form with garbage in every field: a clear refusal, no key stored, the panel not asked', async () => {
    const m = await soloMember(e2e, { link: false });
    // Within the form's lengths (16–128), as any client sends them.
    for (const key of [
      `ptla_${'a'.repeat(40)}`,
      'a b c d e f g h i j k',
      '\u0000'.repeat(20),
      '🧨'.repeat(20),
    ]) {
      const before = e2e.panel.requests.length;
      const opened = await e2e.discord.slash({ user: m.user, guild: m.guild, command: 'link' });
      await opened.waitForResponse((r) => r.kind === 'callback');
      const submitted = await e2e.discord.submitModal({
        user: m.user,
        guild: m.guild,
        from: opened,
        values: { key, server: '\u202e../' },
      });
      await submitted.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
      expectClear(submitted.original, `link key=${JSON.stringify(key)}`);
      expect(e2e.panel.requests.slice(before), 'no panel request').toEqual([]);
      expect(await e2e.bot.context.store.getMemberLink(m.guild.id, m.user.id)).toBeUndefined();
    }
  });

  itEndsClean(e2e);
});
