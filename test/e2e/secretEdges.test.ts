import { describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { linkThroughModal, visibleText } from './harness.js';

describe('a panel that reflects the key', () => {
  const e2e = useE2E();
  const world = useWorld(e2e);

  it('does not store a link whose account name holds the key, and never shows or logs the key', async () => {
    world.memberAccount.username = `hello ${world.memberAccount.key}`;
    const answered = await linkThroughModal(e2e, world.guild, world.member, world.memberAccount.key);
    expect(visibleText(answered.original)).toContain(
      'answered with your API key inside an account or server name',
    );
    expect(await e2e.bot.context.store.getMemberLink(world.guild.id, world.member.id)).toBeUndefined();
  });

  // Also proves the key reached neither the log nor Discord.
  itEndsClean(e2e);
});
