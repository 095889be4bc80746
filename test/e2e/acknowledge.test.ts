import { beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '#src/bot.js';
import { createLogger } from '#src/log.js';
import { itEndsClean, traceOf, useE2E, useWorld } from './fixtures.js';
import { createWorld, customIds, linkDirectly, startE2E, testTimings, visibleText } from './harness.js';
import { hygieneProblems } from './hygiene.js';
import { confirmButton } from './memberFlows.js';

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
  it('is handed over: its message keeps its buttons, and the bot started again honours the press', async () => {
    const e2e = await startE2E();
    let again: RunningBot | undefined;
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
      // Nothing withdrawn: the question stands, its record waits in the store.
      expect(visibleText(ask.original)).toContain('Confirm within');
      expect(customIds(ask.original)).toHaveLength(2);
      expect(e2e.logs.some((l) => l.includes('handed pending confirmations over to the store'))).toBe(true);

      // The same bot on the same store, started again: the press still deletes the backup, once.
      again = await startBot(e2e.bot.context.config, {
        logger: createLogger('debug', (line) => e2e.logs.push(line)),
        timings: testTimings,
      });
      const press = await e2e.discord.clickButton({
        user: world.member,
        message: ask.original as NonNullable<typeof ask.original>,
        customId: confirmButton(ask.original).custom_id as string,
      });
      await press.waitFor((h) => /Deleted/i.test(visibleText(h.original)), 10_000);
      expect(
        e2e.panel.backupsOf(world.server).some((b) => b.uuid === backup.uuid && b.deletedAt === null),
      ).toBe(false);
      // Both bots, the one that stopped and the one that took over, end clean.
      expect(hygieneProblems(traceOf(e2e), {})).toEqual([]);
    } finally {
      await again?.stop();
      await e2e.close();
    }
  });
});
