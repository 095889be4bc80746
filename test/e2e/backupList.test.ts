import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { EPHEMERAL, linkThroughModal, visibleText } from './harness.js';
import { backupCommand, buttonsOf, soloMember } from './memberFlows.js';

describe('/backup list end to end', () => {
  const e2e = useE2E();
  const world = useWorld(e2e);

  it('lists the backups of the default server after /link', async () => {
    e2e.panel.addBackup(world.server, { name: 'nightly', state: 'completed', bytes: 52_428_800 });
    e2e.panel.addBackup(world.server, { name: 'broken', state: 'failed' });
    const linked = await linkThroughModal(
      e2e,
      world.guild,
      world.member,
      world.memberAccount.key,
      world.server.identifier,
    );
    expect(visibleText(linked.original)).toContain('steve');

    const list = await backupCommand(e2e, { guild: world.guild, user: world.member }, 'list');
    const text = visibleText(list.original);
    expect(list.original?.flags).toBe(EPHEMERAL);
    expect(text).toContain('nightly');
    expect(text).toContain('50.0 MiB');
    expect(text).toContain('broken');
    expect(text).toContain('1 of 3 backups used');
  });

  it('pages on when backups vanish between pages: one page left, no pager, no refused edit', async () => {
    const m = await soloMember(e2e, { backupLimit: 30 });
    const made = Array.from({ length: 21 }, (_, i) =>
      e2e.panel.addBackup(m.server, {
        name: `snap${String(i).padStart(2, '0')}`,
        state: 'completed',
        createdAt: new Date(Date.now() - (30 - i) * 60_000),
      }),
    );
    const list = await backupCommand(e2e, m, 'list');
    const next = buttonsOf(list.original).find((b) => b.label === 'Next');
    expect(visibleText(list.original)).toContain('page 1 of 3');
    // Most of them are deleted on the panel while the member looks at page 1.
    for (const backup of made.slice(0, 15)) backup.deletedAt = new Date();
    const press = await e2e.discord.clickButton({
      user: m.user,
      guild: m.guild,
      message: list.original as NonNullable<typeof list.original>,
      customId: next?.custom_id ?? '',
    });
    await press.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
    expect(press.errors).toEqual([]);
    expect(visibleText(press.original)).toContain('page 1 of 1');
    expect(buttonsOf(press.original)).toEqual([]);
  });

  itEndsClean(e2e);
});
