import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configureGuild,
  createWorld,
  type E2E,
  linkThroughModal,
  startE2E,
  visibleText,
  type World,
} from './harness.js';

describe('/backup list end to end', () => {
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

    const list = await e2e.discord.slash({
      user: world.member,
      guild: world.guild,
      command: 'backup',
      subcommand: 'list',
    });
    await list.waitFor((h) => h.responses.some((r) => r.kind === 'edit'));
    const text = visibleText(list.original);
    expect(list.original?.flags).toBe(64);
    expect(text).toContain('nightly');
    expect(text).toContain('50.0 MiB');
    expect(text).toContain('broken');
    expect(text).toContain('1 of 3 backups used');
  });
});
