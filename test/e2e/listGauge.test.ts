import { beforeAll, describe, expect, it } from 'vitest';
import { itEndsClean, useE2E, useWorld } from './fixtures.js';
import { linkDirectly, visibleText } from './harness.js';
import { backupCommand } from './memberFlows.js';

const MiB = 1024 * 1024;
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

describe('/backup list shows where things stand', () => {
  const e2e = useE2E();
  const world = useWorld(e2e);
  beforeAll(() => linkDirectly(e2e, world.guild, world.member, world.memberAccount, [world.server]));

  async function list() {
    return visibleText(
      (await backupCommand(e2e, { guild: world.guild, user: world.member }, 'list')).original,
    );
  }

  it('draws the usage as a gauge, sums the sizes, and marks the oldest unlocked counted backup as next to rotate', async () => {
    // Limit 3 (createWorld). The oldest is locked, so the next oldest counted one is the candidate;
    // the failed one is older still but never counts and is never rotated.
    e2e.panel.addBackup(world.server, { name: 'failed-old', state: 'failed', createdAt: minutesAgo(90) });
    e2e.panel.addBackup(world.server, {
      name: 'keeper',
      state: 'completed',
      locked: true,
      bytes: 10 * MiB,
      createdAt: minutesAgo(80),
    });
    e2e.panel.addBackup(world.server, {
      name: 'weekly',
      state: 'completed',
      bytes: 20 * MiB,
      createdAt: minutesAgo(70),
    });
    e2e.panel.addBackup(world.server, {
      name: 'daily',
      state: 'completed',
      bytes: 30 * MiB,
      createdAt: minutesAgo(10),
    });

    const text = await list();
    expect(text).toContain('▰▰▰▰▰▰▰▰▰▰ **3 of 3 backups used** · 60.0 MiB in all');
    expect(text).toContain('3 of 3 backups used · page 1 of 1');
    const lines = text.split('\n');
    const mark = lines.findIndex((l) => l.startsWith('♻️ next to be rotated out'));
    expect(mark).toBeGreaterThan(0);
    // The mark sits under the `weekly` entry (its name line, then its UUID line).
    expect(lines[mark - 2]).toContain('weekly');
    expect(lines.filter((l) => l.startsWith('♻️'))).toHaveLength(1);
  });

  it('marks nothing when every counted backup is locked (a scheduled run would then fail)', async () => {
    for (const backup of e2e.panel.backupsOf(world.server)) backup.isLocked = true;
    expect(await list()).not.toContain('♻️ next to be rotated out');
  });

  itEndsClean(e2e);
});
