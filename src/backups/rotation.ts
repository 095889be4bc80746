import { type Backup, backupState } from '#panel/schemas.js';

/**
 * What the panel counts against the limit and what a scheduled run deletes at the limit
 * (panel-schedules-api.md §5.3): non-failed backups count; the oldest unlocked one of them goes.
 */

export function countsAgainstLimit(backup: Backup): boolean {
  return backupState(backup) !== 'failed';
}

/** The backup a scheduled run would delete at the limit, or undefined when every counted one is locked. */
export function rotationCandidate(backups: readonly Backup[]): Backup | undefined {
  let oldest: Backup | undefined;
  for (const backup of backups) {
    if (!countsAgainstLimit(backup) || backup.is_locked) continue;
    if (!oldest || Date.parse(backup.created_at) < Date.parse(oldest.created_at)) oldest = backup;
  }
  return oldest;
}

/** "N of LIMIT" at a glance: ten cells, as many filled as the share used (a used slot never shows empty). */
export function usageGauge(used: number, limit: number): string {
  const cells = 10;
  const share = limit > 0 ? Math.min(used / limit, 1) : 1;
  const filled = used > 0 ? Math.max(1, Math.round(share * cells)) : 0;
  return `${'▰'.repeat(filled)}${'▱'.repeat(cells - filled)}`;
}
