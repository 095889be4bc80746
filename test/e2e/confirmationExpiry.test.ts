import { describe, expect, it } from 'vitest';
import type { FakeMessage } from '#fakes/fakeDiscord.js';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { EPHEMERAL, visibleText } from './harness.js';
import {
  answer,
  backupCommand,
  buttonsOf,
  changesFor,
  confirmButton,
  linkedMember,
  showButtonsAgain,
} from './memberFlows.js';

describe('confirmations that expire', () => {
  // The product's 60 s, shortened: the expiry logic is the same.
  const e2e = useE2E({ timings: { confirmationTtlMs: 300 } });
  const world = useWorld(e2e);

  for (const subcommand of ['restore', 'delete'] as const) {
    it(`says a ${subcommand} confirmation expired, removes its buttons, and ignores a later press`, async () => {
      const m = await linkedMember(e2e, world.guild);
      const backup = e2e.panel.addBackup(m.server, { name: 'nightly', state: 'completed' });

      const ask = await backupCommand(e2e, m, subcommand, { backup: backup.uuid });
      const confirm = confirmButton(ask.original);
      const question = ask.original as FakeMessage;
      await ask.waitFor((h) => /expired/.test(visibleText(h.original)));

      expect(visibleText(ask.original)).toMatch(/This confirmation expired after .* Nothing was done\./);
      expect(buttonsOf(ask.original)).toEqual([]);
      expect(ask.original?.flags).toBe(EPHEMERAL);

      // A client that still shows the old buttons presses confirm.
      showButtonsAgain(e2e, question, [{ type: 1, components: [confirm] }]);
      const late = await answer(e2e, m, question, 'confirm');

      expect(visibleText(late.original)).toMatch(/expired or was already answered\. Nothing was done/);
      expect(late.original?.flags).toBe(EPHEMERAL);
      expect(changesFor(e2e, m.server)).toEqual([]);
      expect(e2e.panel.getBackup(backup.uuid)?.deletedAt).toBeNull();
      expect(m.server.status).toBeNull();
    });
  }

  itEndsClean(e2e);
});
