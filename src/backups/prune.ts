import { type Backup, backupState } from '#panel/schemas.js';

/**
 * Which backups a prune deletes (panel-schedules-api.md §6, retention pruning): those matching every
 * criterion given, but never a locked one, never one still in progress, and never the last
 * successful one. Pure: the command reads the panel and words the result.
 */

export interface PruneCriteria {
  /** Keep this many of the newest non-failed backups; every other one matches. */
  readonly keep: number | null;
  /** Only backups created longer ago than this (ms). */
  readonly olderThanMs: number | null;
  /** Only failed backups. */
  readonly failedOnly: boolean;
}

/** Why a backup that matched is kept all the same. */
export type SpareReason = 'locked' | 'in_progress' | 'last_successful';

export interface PrunePlan {
  /** What would be deleted, oldest first. */
  readonly doomed: Backup[];
  /** What matched but is kept, oldest first, each with its reason. */
  readonly spared: Array<{ readonly backup: Backup; readonly why: SpareReason }>;
}

export function hasCriterion(criteria: PruneCriteria): boolean {
  return criteria.keep !== null || criteria.olderThanMs !== null || criteria.failedOnly;
}

const createdAt = (backup: Backup) => Date.parse(backup.created_at);
const oldestFirst = (a: Backup, b: Backup) => createdAt(a) - createdAt(b);

export function selectForPrune(backups: readonly Backup[], criteria: PruneCriteria, now: number): PrunePlan {
  const sorted = [...backups].sort(oldestFirst);
  const kept = new Set(
    criteria.keep === null
      ? []
      : sorted
          .filter((b) => backupState(b) !== 'failed')
          .slice(-criteria.keep)
          .map((b) => b.uuid),
  );
  const matches = (backup: Backup) =>
    (!criteria.failedOnly || backupState(backup) === 'failed') &&
    (criteria.olderThanMs === null || createdAt(backup) < now - criteria.olderThanMs) &&
    (criteria.keep === null || !kept.has(backup.uuid));

  const doomed: Backup[] = [];
  const spared: Array<{ backup: Backup; why: SpareReason }> = [];
  for (const backup of sorted.filter(matches)) {
    // Locked means kept by policy, failed or not (the panel itself would delete a locked failed one).
    if (backup.is_locked) spared.push({ backup, why: 'locked' });
    else if (backupState(backup) === 'in_progress') spared.push({ backup, why: 'in_progress' });
    else doomed.push(backup);
  }

  // Never the last successful backup: if none would be left, the newest of the doomed stays.
  const doomedIds = new Set(doomed.map((b) => b.uuid));
  const successfulLeft = sorted.some((b) => backupState(b) === 'completed' && !doomedIds.has(b.uuid));
  const lastSuccessful = doomed.filter((b) => backupState(b) === 'completed').at(-1);
  if (!successfulLeft && lastSuccessful) {
    doomed.splice(doomed.indexOf(lastSuccessful), 1);
    spared.push({ backup: lastSuccessful, why: 'last_successful' });
    spared.sort((a, b) => oldestFirst(a.backup, b.backup));
  }
  return { doomed, spared };
}

const UNIT_MS: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};
const UNIT_WORDS: Record<string, string> = {
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  day: 'd',
  days: 'd',
  week: 'w',
  weeks: 'w',
};

/** Ages longer than this are not a retention rule anyone means (and keep the arithmetic exact). */
export const MAX_AGE_MS = 10 * 365 * 86_400_000;

/**
 * An age as members type it: `12h`, `7d`, `2w`, `90m`, combined as `1w 3d`, or with words
 * (`3 days`). Returns milliseconds, or null when it is not one (or zero, or past ten years).
 */
export function parseAge(text: string): number | null {
  const input = text.trim().toLowerCase();
  if (input === '') return null;
  const part = /(\d{1,6})\s*([a-z]+)\s*/y;
  let total = 0;
  let at = 0;
  while (at < input.length) {
    part.lastIndex = at;
    const match = part.exec(input);
    if (!match) return null;
    const unit = UNIT_MS[match[2] as string] ?? UNIT_MS[UNIT_WORDS[match[2] as string] ?? ''];
    if (unit === undefined) return null;
    total += Number(match[1]) * unit;
    at = part.lastIndex;
  }
  return total > 0 && total <= MAX_AGE_MS ? total : null;
}
