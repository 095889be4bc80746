import { describe, expect, it } from 'vitest';
import type { PanelBackup, PanelServer } from '#fakes/loopbackPanel.js';
import { itEndsClean, useE2E } from './fixtures.js';
import { type Member, soloMember } from './memberFlows.js';

const MiB = 1024 * 1024;

describe('autocomplete of the `server` and `backup` options end to end', () => {
  const e2e = useE2E();

  const freshMember = (servers: string[], options: { link?: boolean } = {}) =>
    soloMember(e2e, { servers, backupLimit: 50, ...options });

  function complete(
    member: Member,
    subcommand: string,
    focused: 'server' | 'backup',
    options: Record<string, string> = {},
  ) {
    return e2e.discord.autocomplete({
      user: member.user,
      guild: member.guild,
      command: 'backup',
      subcommand,
      focused,
      options: { [focused]: '', ...options },
    });
  }

  /** Thirty completed backups, one minute apart, the newest last; sizes 1..30 MiB. */
  function seedThirty(server: PanelServer): PanelBackup[] {
    const start = Date.now() - 31 * 60_000;
    return Array.from({ length: 30 }, (_, i) =>
      e2e.panel.addBackup(server, {
        name: `snap${String(i + 1).padStart(2, '0')}`,
        state: 'completed',
        bytes: (i + 1) * MiB,
        createdAt: new Date(start + i * 60_000),
      }),
    );
  }

  // ------------------------------------------------------------------------------------ server

  it('offers at most 25 servers, labelled with name and identifier, valued by identifier', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `World ${i + 1}`);
    const member = await freshMember(names);
    const { choices } = await complete(member, 'list', 'server');
    expect(choices).toHaveLength(25);
    const byIdentifier = new Map(member.servers.map((s) => [s.identifier, s]));
    for (const choice of choices) {
      const server = byIdentifier.get(String(choice.value));
      expect(server, `choice ${choice.name} names one of the member's servers`).toBeDefined();
      expect(choice.name).toBe(`${server?.name} (${server?.identifier})`);
    }
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
  });

  it('filters servers by the name the member typed, ignoring case', async () => {
    const member = await freshMember(['Alpha Survival', 'Beta Creative', 'alpha skyblock', 'Gamma']);
    const { choices } = await complete(member, 'create', 'server', { server: 'ALPHA' });
    expect(choices.map((c) => c.name).sort()).toEqual(
      [
        `Alpha Survival (${member.servers[0]?.identifier})`,
        `alpha skyblock (${member.servers[2]?.identifier})`,
      ].sort(),
    );
  });

  it('filters servers by the start of an identifier the member typed', async () => {
    const member = await freshMember(['One', 'Two', 'Three']);
    const wanted = member.servers[1] as PanelServer;
    const { choices } = await complete(member, 'list', 'server', { server: wanted.identifier.slice(0, 6) });
    expect(choices.map((c) => c.value)).toContain(wanted.identifier);
    for (const choice of choices)
      expect(String(choice.value).startsWith(wanted.identifier.slice(0, 6))).toBe(true);
  });

  it("offers only the servers the member's own key reaches", async () => {
    const stranger = e2e.panel.addUser({ username: 'stranger' });
    e2e.panel.addServer({ owner: stranger, name: 'Secret Base' });
    const member = await freshMember(['Home']);
    const { choices } = await complete(member, 'list', 'server');
    expect(choices.map((c) => c.name)).toEqual([`Home (${member.servers[0]?.identifier})`]);
  });

  it('offers nothing, without an error, to a member who has not linked a key', async () => {
    const member = await freshMember(['Home'], { link: false });
    expect((await complete(member, 'list', 'server')).choices).toEqual([]);
    expect((await complete(member, 'info', 'backup')).choices).toEqual([]);
  });

  // ------------------------------------------------------------------------------------ backup

  it('offers the 25 newest of 30 backups, newest first, labelled name · size · age, valued by uuid', async () => {
    const member = await freshMember(['Survival']);
    const seeded = seedThirty(member.servers[0] as PanelServer);
    const { choices } = await complete(member, 'info', 'backup');
    expect(choices).toHaveLength(25);
    const newestFirst = [...seeded].reverse().slice(0, 25);
    expect(choices.map((c) => c.value)).toEqual(newestFirst.map((b) => b.uuid));
    expect(choices[0]?.name).toMatch(/^snap30 · 30\.0 MiB · 2m ago$/);
    expect(choices[24]?.name).toMatch(/^snap06 · 6\.0 MiB · 26m ago$/);
    for (const choice of choices) expect(choice.name).toMatch(/^snap\d\d · [\d.]+ MiB · \d+m ago$/);
  });

  it('filters backups by the name the member typed', async () => {
    const member = await freshMember(['Survival']);
    const seeded = seedThirty(member.servers[0] as PanelServer);
    const { choices } = await complete(member, 'lock', 'backup', { backup: 'snap1' });
    // snap10..snap19, newest first.
    expect(choices.map((c) => c.value)).toEqual(
      seeded
        .filter((b) => b.name.startsWith('snap1'))
        .reverse()
        .map((b) => b.uuid),
    );
  });

  it('offers only completed backups for a download', async () => {
    const member = await freshMember(['Survival']);
    const server = member.servers[0] as PanelServer;
    const done = e2e.panel.addBackup(server, { name: 'done', state: 'completed', bytes: MiB });
    e2e.panel.addBackup(server, { name: 'running', state: 'in_progress' });
    e2e.panel.addBackup(server, { name: 'broken', state: 'failed' });
    const forDownload = await complete(member, 'download', 'backup');
    expect(forDownload.choices.map((c) => c.value)).toEqual([done.uuid]);
    // Elsewhere every backup is offered, and the state shows where there is no size.
    const forInfo = await complete(member, 'info', 'backup');
    expect(forInfo.choices).toHaveLength(3);
    expect(forInfo.choices.map((c) => c.name).join('\n')).toMatch(/running · in progress ·/);
    expect(forInfo.choices.map((c) => c.name).join('\n')).toMatch(/broken · failed ·/);
  });

  it('offers the backups of the server chosen in the `server` option', async () => {
    const member = await freshMember(['Survival', 'Creative']);
    const [survival, creative] = member.servers as [PanelServer, PanelServer];
    e2e.panel.addBackup(survival, { name: 'survivalonly' });
    const wanted = e2e.panel.addBackup(creative, { name: 'creativeonly' });
    const byDefault = await complete(member, 'info', 'backup');
    expect(byDefault.choices.map((c) => c.name).join()).toContain('survivalonly');
    const chosen = await complete(member, 'info', 'backup', { server: creative.identifier });
    expect(chosen.choices.map((c) => c.value)).toEqual([wanted.uuid]);
  });

  // ------------------------------------------------------------------------------------ slow panel

  it('answers within Discord’s 3 seconds from the linked servers when the panel is slow', async () => {
    const member = await freshMember(['Survival', 'Creative']);
    e2e.panel.addBackup(member.servers[0] as PanelServer, { name: 'late' });
    e2e.panel.faults.latencyMs = 2_500;
    try {
      // The fake refuses an answer after 3 s (10062), which would fail `complete`.
      const servers = await complete(member, 'list', 'server');
      expect(servers.choices.map((c) => c.value).sort()).toEqual(
        member.servers.map((s) => s.identifier).sort(),
      );
      // No stored copy of the backups exists: an empty list in time beats a late one.
      const backups = await complete(member, 'info', 'backup');
      expect(backups.choices).toEqual([]);
    } finally {
      e2e.panel.faults.latencyMs = 0;
    }
  });

  itEndsClean(e2e);
});
