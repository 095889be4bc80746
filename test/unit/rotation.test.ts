import { describe, expect, it } from 'vitest';
import { rotationCandidate, usageGauge } from '#backups/rotation.js';
import type { Backup } from '#panel/schemas.js';

let n = 0;
function backup(state: 'completed' | 'failed' | 'in_progress', minutesAgo: number, locked = false): Backup {
  n += 1;
  const created = new Date(Date.UTC(2026, 0, 1) - minutesAgo * 60_000).toISOString();
  return {
    uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: `b${n}`,
    is_successful: state === 'completed',
    is_locked: locked,
    ignored_files: [],
    checksum: state === 'completed' ? 'sha1:x' : null,
    bytes: state === 'completed' ? 1 : 0,
    created_at: created,
    completed_at: state === 'in_progress' ? null : created,
  };
}

describe('rotation at the limit', () => {
  it('picks the oldest unlocked non-failed backup, as a scheduled run does (in progress included)', () => {
    const failed = backup('failed', 100);
    const locked = backup('completed', 90, true);
    const running = backup('in_progress', 80);
    const done = backup('completed', 70);
    expect(rotationCandidate([done, running, locked, failed])?.uuid).toBe(running.uuid);
    expect(rotationCandidate([done, locked, failed])?.uuid).toBe(done.uuid);
  });

  it('has no candidate when every counted backup is locked or there is none', () => {
    expect(rotationCandidate([backup('completed', 5, true), backup('failed', 9)])).toBeUndefined();
    expect(rotationCandidate([])).toBeUndefined();
  });

  it('draws usage in ten cells, never an empty gauge for a used slot, never more than full', () => {
    expect(usageGauge(0, 3)).toBe('▱▱▱▱▱▱▱▱▱▱');
    expect(usageGauge(1, 3)).toBe('▰▰▰▱▱▱▱▱▱▱');
    expect(usageGauge(1, 50)).toBe('▰▱▱▱▱▱▱▱▱▱');
    expect(usageGauge(3, 3)).toBe('▰▰▰▰▰▰▰▰▰▰');
    expect(usageGauge(5, 3)).toBe('▰▰▰▰▰▰▰▰▰▰');
  });
});
