import { describe, expect, it } from 'vitest';
import type { Backup } from '#panel/schemas.js';
import type { BotMarks, WatchedServer } from '#store/index.js';
import { compareLooks, stuckThreshold } from '#watch/compare.js';

const MIN = 60_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const noMarks: BotMarks = { backups: [], deleted: [], restoreAt: null };
const options = { stuckFloorMs: 30 * MIN, raceMs: 30_000, late: false };

function backup(uuid: string, createdMinAgo: number, tookMin: number | null, ok = true): Backup {
  const created = NOW - createdMinAgo * MIN;
  return {
    uuid,
    name: uuid,
    is_successful: tookMin !== null && ok,
    is_locked: false,
    ignored_files: [],
    checksum: null,
    bytes: tookMin !== null && ok ? 1000 : 0,
    created_at: new Date(created).toISOString(),
    completed_at: tookMin === null ? null : new Date(created + tookMin * MIN).toISOString(),
  };
}

const look = (backups: Backup[] | null, restoring = false, at = NOW) => ({
  at,
  name: 'S',
  restoring,
  backups,
});

describe('the stuck rule', () => {
  it('is 3 × the longest of the recent successful durations, never under the floor', () => {
    expect(stuckThreshold([], 30 * MIN)).toBe(30 * MIN);
    expect(stuckThreshold([5 * MIN, 20 * MIN, 8 * MIN], 30 * MIN)).toBe(60 * MIN);
    expect(stuckThreshold([2 * MIN], 30 * MIN)).toBe(30 * MIN);
  });

  it('reports a backup stuck once its run passes the threshold the history gives, and only once', () => {
    const history = [backup('a', 300, 20), backup('b', 200, 15), backup('c', 100, 10)];
    const base = compareLooks(undefined, look(history), noMarks, options).next;
    expect(base.durations).toEqual([20 * MIN, 15 * MIN, 10 * MIN]);
    const running = backup('d', 59, null);
    const first = compareLooks(base, look([...history, running]), noMarks, options);
    // Announced (older than the race margin), not yet stuck: 59 min < 3 × 20 min.
    expect(first.events.map((e) => e.kind)).toEqual(['appeared']);
    const later = compareLooks(
      first.next,
      look([...history, running], false, NOW + 2 * MIN),
      noMarks,
      options,
    );
    expect(later.events.map((e) => e.kind)).toEqual(['stuck']);
    const again = compareLooks(
      later.next,
      look([...history, running], false, NOW + 5 * MIN),
      noMarks,
      options,
    );
    expect(again.events).toEqual([]);
  });
});

describe('what changed between two looks', () => {
  it('announces nothing of the first look (the baseline)', () => {
    const first = compareLooks(undefined, look([backup('a', 10, 1), backup('b', 1, null)]), noMarks, options);
    expect(first.events).toEqual([]);
    expect(first.next.backups.every((b) => b.preexisting)).toBe(true);
  });

  it('holds a brand-new unmarked backup for one look, then stays quiet when the bot’s mark arrived', () => {
    const base = compareLooks(undefined, look([]), noMarks, options).next;
    const fresh = backup('new', 0, null);
    const seen = compareLooks(base, look([fresh]), noMarks, options);
    expect(seen.events).toEqual([]);
    expect(seen.next.backups[0]?.pending).toBe(true);
    const marked: BotMarks = { ...noMarks, backups: [{ uuid: 'new', at: new Date(NOW).toISOString() }] };
    const next = compareLooks(seen.next, look([fresh], false, NOW + 1000), marked, options);
    expect(next.events).toEqual([]);
    expect(next.next.backups[0]?.byBot).toBe(true);
    const ended = compareLooks(next.next, look([backup('new', 0, 1)], false, NOW + 2 * MIN), marked, options);
    expect(ended.events).toEqual([]);
  });

  it('does not treat a listing that failed as every backup gone', () => {
    const base = compareLooks(undefined, look([backup('a', 10, 1)]), noMarks, options).next;
    const blind = compareLooks(base, look(null), noMarks, options);
    expect(blind.events).toEqual([]);
    expect(blind.next.backups.map((b) => b.uuid)).toEqual(['a']);
  });

  it('says a restore started at the second look that sees it, and its end', () => {
    const base = compareLooks(undefined, look([]), noMarks, options).next;
    const seen = compareLooks(base, look(null, true), noMarks, options);
    expect(seen.events).toEqual([]);
    const said = compareLooks(seen.next, look(null, true), noMarks, options);
    expect(said.events.map((e) => e.kind)).toEqual(['restoreStarted']);
    const over = compareLooks(said.next, look([]), noMarks, options);
    expect(over.events).toEqual([{ kind: 'restoreEnded', startSeen: true, late: false }]);
  });

  it('keeps quiet about a restore the bot marked, and spends the mark once it is over', () => {
    const base: WatchedServer = compareLooks(undefined, look([]), noMarks, options).next;
    const marks: BotMarks = { ...noMarks, restoreAt: new Date(NOW - 1000).toISOString() };
    const during = compareLooks(base, look(null, true), marks, options);
    const again = compareLooks(during.next, look(null, true), marks, options);
    const over = compareLooks(again.next, look([]), marks, options);
    expect([...during.events, ...again.events, ...over.events]).toEqual([]);
    expect(over.restoreMarkSpent).toBe(true);
  });
});
