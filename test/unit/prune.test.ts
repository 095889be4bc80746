import { describe, expect, it } from 'vitest';
import { hasCriterion, parseAge, selectForPrune } from '#backups/prune.js';
import type { Backup } from '#panel/schemas.js';

const NOW = Date.UTC(2026, 0, 15);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function backup(
  name: string,
  state: 'completed' | 'failed' | 'in_progress',
  hoursAgo: number,
  locked = false,
): Backup {
  const created = new Date(NOW - hoursAgo * HOUR).toISOString();
  return {
    uuid: `uuid-${name}`,
    name,
    is_successful: state === 'completed',
    is_locked: locked,
    ignored_files: [],
    checksum: state === 'completed' ? 'sha1:x' : null,
    bytes: state === 'completed' ? 1024 : 0,
    created_at: created,
    completed_at: state === 'in_progress' ? null : created,
  };
}

const criteria = (c: Partial<Parameters<typeof selectForPrune>[1]>) => ({
  keep: null,
  olderThanMs: null,
  failedOnly: false,
  ...c,
});
const names = (backups: readonly Backup[]) => backups.map((b) => b.name);
const spared = (plan: ReturnType<typeof selectForPrune>) =>
  plan.spared.map((s) => `${s.backup.name}: ${s.why}`);

describe('which backups a prune deletes', () => {
  // Listed out of order on purpose: the selection sorts by creation time.
  const server = [
    backup('d5', 'completed', 5 * 24),
    backup('d9', 'completed', 9 * 24),
    backup('d1', 'completed', 24),
    backup('failed8', 'failed', 8 * 24),
    backup('locked7', 'completed', 7 * 24, true),
    backup('d3', 'completed', 3 * 24),
    backup('now', 'in_progress', 0.1),
  ];

  it('keeps the N newest non-failed backups and deletes the rest, failed ones included, oldest first', () => {
    const plan = selectForPrune(server, criteria({ keep: 3 }), NOW);
    // The three newest non-failed are now (in progress), d1 and d3.
    expect(names(plan.doomed)).toEqual(['d9', 'failed8', 'd5']);
    expect(spared(plan)).toEqual(['locked7: locked']);
  });

  it('deletes what is older than an age, never a locked one', () => {
    const plan = selectForPrune(server, criteria({ olderThanMs: 4 * DAY }), NOW);
    expect(names(plan.doomed)).toEqual(['d9', 'failed8', 'd5']);
    expect(spared(plan)).toEqual(['locked7: locked']);
  });

  it('deletes only failed backups with failed-only, a locked failed one spared', () => {
    const lockedFailed = backup('lockedFailed', 'failed', 2 * 24, true);
    const plan = selectForPrune([...server, lockedFailed], criteria({ failedOnly: true }), NOW);
    expect(names(plan.doomed)).toEqual(['failed8']);
    expect(spared(plan)).toEqual(['lockedFailed: locked']);
  });

  it('deletes only what matches every criterion given', () => {
    const plan = selectForPrune(server, criteria({ keep: 1, olderThanMs: 4 * DAY }), NOW);
    expect(names(plan.doomed)).toEqual(['d9', 'failed8', 'd5']);
    const failedOld = selectForPrune(server, criteria({ failedOnly: true, olderThanMs: 9 * DAY }), NOW);
    expect(names(failedOld.doomed)).toEqual([]);
  });

  it('never deletes a backup still in progress', () => {
    const plan = selectForPrune(
      [backup('old', 'completed', 48), backup('running', 'in_progress', 30)],
      criteria({ olderThanMs: HOUR }),
      NOW,
    );
    expect(names(plan.doomed)).toEqual([]);
    expect(spared(plan)).toEqual(['old: last_successful', 'running: in_progress']);
  });

  it('never deletes the last successful backup: the newest one that would go stays', () => {
    const only = [backup('a', 'completed', 72), backup('b', 'completed', 48), backup('f', 'failed', 24)];
    const plan = selectForPrune(only, criteria({ olderThanMs: HOUR }), NOW);
    expect(names(plan.doomed)).toEqual(['a', 'f']);
    expect(spared(plan)).toEqual(['b: last_successful']);
  });

  it('deletes every unlocked successful backup when a locked one stays successful', () => {
    const withLocked = [
      backup('a', 'completed', 72),
      backup('b', 'completed', 48),
      backup('l', 'completed', 96, true),
    ];
    const plan = selectForPrune(withLocked, criteria({ olderThanMs: HOUR }), NOW);
    expect(names(plan.doomed)).toEqual(['a', 'b']);
    expect(spared(plan)).toEqual(['l: locked']);
  });

  it('keeps a successful backup even when keep counts only in-progress ones as the newest', () => {
    const plan = selectForPrune(
      [backup('done', 'completed', 48), backup('running', 'in_progress', 1)],
      criteria({ keep: 1 }),
      NOW,
    );
    expect(names(plan.doomed)).toEqual([]);
    expect(spared(plan)).toEqual(['done: last_successful']);
  });

  it('finds nothing to delete when nothing matches', () => {
    const plan = selectForPrune(server, criteria({ olderThanMs: 30 * DAY }), NOW);
    expect(plan).toEqual({ doomed: [], spared: [] });
    // Keep counts non-failed backups only: a failed one is never kept by it.
    expect(names(selectForPrune(server, criteria({ keep: 50 }), NOW).doomed)).toEqual(['failed8']);
    expect(selectForPrune([], criteria({ failedOnly: true }), NOW)).toEqual({ doomed: [], spared: [] });
  });

  it('needs at least one criterion', () => {
    expect(hasCriterion(criteria({}))).toBe(false);
    expect(hasCriterion(criteria({ keep: 2 }))).toBe(true);
    expect(hasCriterion(criteria({ olderThanMs: HOUR }))).toBe(true);
    expect(hasCriterion(criteria({ failedOnly: true }))).toBe(true);
  });
});

describe('ages as members type them', () => {
  it.each([
    ['7d', 7 * DAY],
    ['12h', 12 * HOUR],
    ['2w', 14 * DAY],
    ['90m', 90 * 60_000],
    [' 1w 3d ', 10 * DAY],
    ['1d12h', 36 * HOUR],
    ['3 days', 3 * DAY],
    ['1 Week', 7 * DAY],
    ['36 hours', 36 * HOUR],
  ])('reads %j', (text, ms) => {
    expect(parseAge(text)).toBe(ms);
  });

  it.each(['', '7', 'd7', 'seven days', '7y', '7d12', '0d', '-3d', '3.5d', '5000w', '1234567d'])(
    'refuses %j',
    (text) => {
      expect(parseAge(text)).toBeNull();
    },
  );
});
