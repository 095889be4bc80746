import { describe, expect, it } from 'vitest';
import { ServerBackupWork } from '#backups/serverWork.js';
import { throttledUntil } from '#backups/throttle.js';

const NOW = Date.UTC(2026, 0, 1, 12);
const secondsAgo = (s: number) => NOW - s * 1000;
const panelDefault = { limit: 2, periodSeconds: 600 };

describe("the panel's backup creation throttle", () => {
  it('allows a backup while fewer than the limit were created within the period', () => {
    expect(throttledUntil([], panelDefault, NOW)).toBeNull();
    expect(throttledUntil([secondsAgo(10)], panelDefault, NOW)).toBeNull();
    // Created before the window: no longer counted.
    expect(throttledUntil([secondsAgo(10), secondsAgo(700)], panelDefault, NOW)).toBeNull();
  });

  it('refuses at the limit until the older one ages out (plus the second the panel drops)', () => {
    const until = throttledUntil([secondsAgo(10), secondsAgo(100)], panelDefault, NOW);
    expect(until?.getTime()).toBe(secondsAgo(100) + 600_000 + 1000);
  });

  it('waits for enough to age out when more than the limit are in the window', () => {
    const times = [secondsAgo(50), secondsAgo(300), secondsAgo(200)];
    // Three in the window, limit 2: allowed once one is left, when the one of 200 s ago ages out.
    expect(throttledUntil(times, panelDefault, NOW)?.getTime()).toBe(secondsAgo(200) + 601_000);
    expect(throttledUntil(times, { limit: 1, periodSeconds: 600 }, NOW)?.getTime()).toBe(
      secondsAgo(50) + 601_000,
    );
  });

  it('counts a backup at the edge of the window, as the panel does (created_at >= now - period)', () => {
    expect(throttledUntil([secondsAgo(600), secondsAgo(1)], panelDefault, NOW)).not.toBeNull();
  });

  it('is off with a period of 0', () => {
    expect(throttledUntil([NOW, NOW, NOW], { limit: 2, periodSeconds: 0 }, NOW)).toBeNull();
  });
});

describe('what the bot remembers of its own deletes', () => {
  const panel = 'https://panel.example.com';

  it('remembers when a deleted backup was created, per server, for as long as the window', () => {
    const work = new ServerBackupWork(600_000);
    work.noteDeleted(panel, 'abcd1234', new Date(secondsAgo(30)).toISOString(), NOW);
    work.noteDeleted(panel, 'abcd1234', new Date(secondsAgo(900)).toISOString(), NOW);
    expect(work.deletedCreatedAt(panel, 'abcd1234', NOW)).toEqual([secondsAgo(30)]);
    // The full UUID names the same server; another server or panel is another story.
    expect(work.deletedCreatedAt(panel, 'ABCD1234-0000-4000-8000-000000000000', NOW)).toEqual([
      secondsAgo(30),
    ]);
    expect(work.deletedCreatedAt(panel, 'ffff0000', NOW)).toEqual([]);
    expect(work.deletedCreatedAt('https://other.example.com', 'abcd1234', NOW)).toEqual([]);
    // Once out of the window it is forgotten.
    expect(work.deletedCreatedAt(panel, 'abcd1234', NOW + 600_000)).toEqual([]);
  });

  it('runs the sections of one server one at a time, other servers alongside', async () => {
    const work = new ServerBackupWork(600_000);
    const order: string[] = [];
    let release = () => {};
    const first = work.exclusive(panel, 'abcd1234', async () => {
      order.push('first starts');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      order.push('first ends');
    });
    const second = work.exclusive(panel, 'abcd1234', async () => {
      order.push('second');
    });
    const elsewhere = work.exclusive(panel, 'ffff0000', async () => {
      order.push('elsewhere');
    });
    await elsewhere;
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'elsewhere', 'first ends', 'second']);
  });
});
