import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGuild, FakeMessage } from '#fakes/fakeDiscord.js';
import { configureGuild, createWorld, type E2E, startE2E, visibleText } from './harness.js';
import {
  backupCommand,
  buttonsOf,
  changesFor,
  confirmButton,
  EPHEMERAL,
  expectCleanRun,
  linkedMember,
  showButtonsAgain,
} from './memberFlows.js';

describe('confirmations that expire', () => {
  let e2e: E2E;
  let guild: FakeGuild;
  const keys: string[] = [];

  beforeAll(async () => {
    // The product's 60 s, shortened: the expiry logic is the same.
    e2e = await startE2E({ timings: { confirmationTtlMs: 300 } });
    const world = await createWorld(e2e);
    guild = world.guild;
    keys.push(world.adminAccount.key, world.memberAccount.key);
    await configureGuild(e2e, guild);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  for (const subcommand of ['restore', 'delete'] as const) {
    it(`says a ${subcommand} confirmation expired, removes its buttons, and ignores a later press`, async () => {
      const m = await linkedMember(e2e, guild);
      keys.push(m.account.key);
      const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });

      const ask = await backupCommand(e2e, guild, m.user, subcommand, { backup: backup.uuid });
      const confirm = confirmButton(ask.original);
      const question = ask.original as FakeMessage;
      await ask.waitFor((h) => /expired/.test(visibleText(h.original)));

      expect(visibleText(ask.original)).toMatch(/This confirmation expired after .* Nothing was done\./);
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(ask.original?.flags).toBe(EPHEMERAL);

      // A client that still shows the old buttons presses confirm.
      showButtonsAgain(e2e, question, [{ type: 1, components: [confirm] }]);
      const late = await e2e.discord.clickButton({
        user: m.user,
        message: question,
        customId: confirm.custom_id as string,
      });
      await late.waitForResponse((r) => r.kind === 'callback');

      expect(visibleText(late.original)).toMatch(/expired or was already answered\. Nothing was done/);
      expect(late.original?.flags).toBe(EPHEMERAL);
      expect(changesFor(e2e, m.server)).toEqual([]);
      expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).toBeNull();
      expect(m.server.status).toBeNull();
    });
  }

  it('writes no unexpected failure to the log and no key anywhere', () => {
    expectCleanRun(e2e, keys);
  });
});
