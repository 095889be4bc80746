import { beforeAll, describe, expect, it } from 'vitest';
import { itEndsClean, traceOf, useE2E, useWorld } from './fixtures.js';
import { createWorld, linkDirectly, startE2E, visibleText } from './harness.js';
import { hygieneProblems } from './hygiene.js';

/** Every handler that touches the store or the panel acknowledges first (Discord allows 3 s). */
describe('acknowledging before the store or the panel', () => {
  const e2e = useE2E();
  const world = useWorld(e2e);
  beforeAll(() => linkDirectly(e2e, world.guild, world.member, world.memberAccount, [world.server]));

  it('/unlink defers (ephemeral), then says what it forgot', async () => {
    const handle = await e2e.discord.slash({ user: world.member, guild: world.guild, command: 'unlink' });
    await handle.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
    const [first] = handle.responses;
    expect(first?.kind).toBe('callback');
    expect(first?.kind === 'callback' ? first.type : undefined).toBe(5);
    expect(handle.original?.flags).toBe(64);
    expect(visibleText(handle.original)).toContain('forgotten');
    expect(await e2e.bot.context.store.getMemberLink(world.guild.id, world.member.id)).toBeUndefined();
  });

  itEndsClean(e2e);
});

describe('a confirmation pending when the bot stops', () => {
  it('is withdrawn: its message says so and loses its buttons', async () => {
    const e2e = await startE2E();
    try {
      const world = await createWorld(e2e);
      await linkDirectly(e2e, world.guild, world.member, world.memberAccount, [world.server]);
      const backup = e2e.panel.addBackup(world.server, { name: 'nightly', state: 'completed' });
      const ask = await e2e.discord.slash({
        user: world.member,
        guild: world.guild,
        command: 'backup',
        subcommand: 'delete',
        options: { backup: backup.uuid },
      });
      await ask.waitFor((h) => (h.original?.components?.length ?? 0) > 0, 10_000);
      await e2e.bot.stop();
      expect(visibleText(ask.original)).toContain('withdrawn because the bot is restarting');
      expect(ask.original?.components ?? []).toEqual([]);
      expect(
        e2e.panel.backupsOf(world.server).some((b) => b.uuid === backup.uuid && b.deletedAt === null),
      ).toBe(true);
      // The bot that stopped here ends clean too: its shutdown included.
      expect(hygieneProblems(traceOf(e2e), {})).toEqual([]);
    } finally {
      await e2e.close();
    }
  });
});
