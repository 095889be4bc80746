import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configureGuild,
  createWorld,
  type E2E,
  failureLogLines,
  linkThroughModal,
  startE2E,
  visibleText,
  type World,
} from './harness.js';

describe('a panel that reflects the key', () => {
  let e2e: E2E;
  let world: World;

  beforeAll(async () => {
    e2e = await startE2E();
    world = await createWorld(e2e);
    await configureGuild(e2e, world.guild);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('does not store a link whose account name holds the key, and never shows or logs the key', async () => {
    world.memberAccount.username = `hello ${world.memberAccount.key}`;
    const answered = await linkThroughModal(e2e, world.guild, world.member, world.memberAccount.key);
    expect(visibleText(answered.original)).toContain(
      'answered with your API key inside an account or server name',
    );
    expect(await e2e.bot.context.store.getMemberLink(world.guild.id, world.member.id)).toBeUndefined();
    const sent = e2e.discord.requests.map((r) => r.rawBody).join('\n');
    expect(sent).not.toContain(world.memberAccount.key);
    expect(e2e.logs.join('\n')).not.toContain(world.memberAccount.key);
    expect(failureLogLines(e2e)).toEqual([]);
  });
});
