import { beforeAll, describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { linkDirectly } from './harness.js';

describe('autocomplete keystrokes share one panel listing', () => {
  const e2e = useE2E();
  const world = useWorld(e2e);
  beforeAll(() =>
    linkDirectly(e2e, world.guild, world.member, world.memberAccount, [world.server, world.other]),
  );

  it('three keystrokes while the panel is slow start one listing of servers, not three', async () => {
    const listings = () =>
      e2e.panel.requests.filter((r) => r.method === 'GET' && r.path === '/api/client').length;
    const before = listings();
    // The panel does not answer the first listing (until the bot's own timeout): every keystroke waits on it.
    e2e.panel.faults.hangNext(1);
    const keystrokes = ['S', 'Su', 'Sur'].map((typed) =>
      e2e.discord.autocomplete({
        user: world.member,
        guild: world.guild,
        command: 'backup',
        subcommand: 'list',
        focused: 'server',
        options: { server: typed },
      }),
    );
    const answers = await Promise.all(keystrokes);
    // All three answered (from the stored list, within Discord's 3 s) while one listing was in flight.
    for (const answer of answers)
      expect(answer.choices.map((c) => c.value)).toContain(world.server.identifier);
    expect(listings() - before).toBe(1);
  });

  itEndsClean(e2e);
});
