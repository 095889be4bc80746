import { type Backup, backupState } from '#panel/schemas.js';
import type { BotMarks, WatchedBackup, WatchedServer } from '#store/index.js';

/**
 * What changed between two looks at one server: pure, so every rule here is the watch's rule and
 * nothing else decides it. A look is the server view (is it restoring?) and its backup listing.
 */

export interface Look {
  /** When the look began (ms since the epoch). */
  at: number;
  /** The server's name on the panel. */
  name: string;
  restoring: boolean;
  /** Every backup the listing showed, or null when it could not be listed (409, …): nothing is inferred. */
  backups: Backup[] | null;
}

export interface CompareOptions {
  /** The least time in progress that counts as stuck, whatever the history says (product: 30 min). */
  stuckFloorMs: number;
  /**
   * A backup younger than this without the bot's mark may be the bot's own whose mark is being
   * written: it is announced at the next look (if still unmarked) instead of now.
   */
  raceMs: number;
  /** The previous look was made before this process started: every change is noticed late. */
  late: boolean;
}

interface EventBase {
  /** Noticed on the first look after a restart: it happened while the bot was down (or just before). */
  late: boolean;
}
export type WatchEvent = EventBase &
  (
    | { kind: 'appeared'; backup: WatchedBackup }
    | { kind: 'ended'; backup: WatchedBackup; wasStuck: boolean }
    | {
        kind: 'stuck';
        backup: WatchedBackup;
        runningMs: number;
        thresholdMs: number;
        longestMs: number | null;
      }
    | { kind: 'disappeared'; backup: WatchedBackup }
    | { kind: 'restoreStarted' }
    | { kind: 'restoreEnded'; startSeen: boolean }
  );

export interface Comparison {
  next: WatchedServer;
  events: WatchEvent[];
  /** The bot's restore mark is spent (its restore is over): the caller clears it. */
  restoreMarkSpent: boolean;
}

/** How many successful durations the stuck rule looks back on. */
export const DURATION_HISTORY = 5;
/** In progress longer than this many times the longest recent successful backup is stuck. */
export const STUCK_FACTOR = 3;

/** The stuck rule: max(3 × the longest of the last 5 successful durations, the floor). */
export function stuckThreshold(durations: readonly number[], floorMs: number): number {
  const longest = durations.length > 0 ? Math.max(...durations) : 0;
  return Math.max(STUCK_FACTOR * longest, floorMs);
}

function durationOf(backup: Pick<Backup, 'created_at' | 'completed_at'>): number | null {
  if (backup.completed_at === null) return null;
  return Math.max(0, Date.parse(backup.completed_at) - Date.parse(backup.created_at));
}

function watched(backup: Backup, flags: Partial<WatchedBackup> = {}): WatchedBackup {
  return {
    uuid: backup.uuid,
    name: backup.name,
    createdAt: backup.created_at,
    completedAt: backup.completed_at,
    state: backupState(backup),
    bytes: backup.bytes,
    ...(backup.is_scheduled === undefined ? {} : { isScheduled: backup.is_scheduled }),
    byBot: false,
    pending: false,
    announced: false,
    stuckReported: false,
    preexisting: false,
    ...flags,
  };
}

export function compareLooks(
  previous: WatchedServer | undefined,
  look: Look,
  marks: BotMarks,
  options: CompareOptions,
): Comparison {
  const events: WatchEvent[] = [];
  const late = options.late;
  const markedBackup = new Set(marks.backups.map((m) => m.uuid));
  const deletedByBot = new Set(marks.deleted.map((m) => m.uuid));
  let durations = [...(previous?.durations ?? [])];
  let backups: WatchedBackup[];

  if (look.backups === null) {
    backups = previous?.backups ?? [];
  } else if (previous === undefined) {
    // The first look ever: what is there is the baseline, announced never; what runs is followed.
    backups = look.backups.map((b) => watched(b, { byBot: markedBackup.has(b.uuid), preexisting: true }));
    durations = look.backups
      .filter((b) => backupState(b) === 'completed')
      .sort((a, b) => Date.parse(a.completed_at ?? '') - Date.parse(b.completed_at ?? ''))
      .map((b) => durationOf(b) ?? 0)
      .slice(-DURATION_HISTORY);
  } else {
    const known = new Map(previous.backups.map((b) => [b.uuid, b]));
    backups = [];
    for (const b of look.backups) {
      const before = known.get(b.uuid);
      const marked = markedBackup.has(b.uuid);
      let entry: WatchedBackup;
      if (before === undefined) {
        if (marked) entry = watched(b, { byBot: true });
        else if (Date.parse(b.created_at) < look.at - options.raceMs) {
          entry = watched(b, { announced: true });
          events.push({ kind: 'appeared', backup: entry, late });
        } else entry = watched(b, { pending: true });
      } else {
        entry = { ...watched(b), ...pickFlags(before), byBot: before.byBot || marked };
        if (before.pending) {
          entry.pending = false;
          if (!entry.byBot) {
            entry.announced = true;
            events.push({ kind: 'appeared', backup: entry, late });
          }
        } else if (before.state === 'in_progress' && entry.state !== 'in_progress') {
          // The bot's own backups end in their follow (reply or DM, and the audit channel); a stuck
          // one was reported here, so its end is too.
          if (!entry.byBot || before.stuckReported)
            events.push({ kind: 'ended', backup: entry, wasStuck: before.stuckReported, late });
        }
      }
      if (entry.state === 'completed' && before?.state !== 'completed') {
        const took = durationOf(b);
        if (took !== null) durations = [...durations, took].slice(-DURATION_HISTORY);
      }
      backups.push(entry);
    }
    const listed = new Set(look.backups.map((b) => b.uuid));
    for (const gone of previous.backups) {
      if (listed.has(gone.uuid) || deletedByBot.has(gone.uuid)) continue;
      if (gone.pending && markedBackup.has(gone.uuid)) continue;
      events.push({ kind: 'disappeared', backup: gone, late });
    }
  }

  if (look.backups !== null) {
    // Stuck: in progress far past what this server's recent successful backups took. Said once.
    const thresholdMs = stuckThreshold(durations, options.stuckFloorMs);
    for (const entry of backups) {
      if (entry.state !== 'in_progress' || entry.stuckReported || entry.pending) continue;
      const runningMs = look.at - Date.parse(entry.createdAt);
      if (runningMs <= thresholdMs) continue;
      entry.stuckReported = true;
      const longestMs = durations.length > 0 ? Math.max(...durations) : null;
      events.push({ kind: 'stuck', backup: { ...entry }, runningMs, thresholdMs, longestMs, late });
    }
  }

  // Restores: the server view says `restoring_backup` until wings reports back, success or not.
  const markedRestore = marks.restoreAt !== null;
  const before = previous?.restoring ?? null;
  let restoring: WatchedServer['restoring'] = null;
  let restoreMarkSpent = false;
  if (look.restoring) {
    if (before === null) {
      // Seen once: said at the next look, unless the bot's mark shows it was the bot's.
      restoring = { since: new Date(look.at).toISOString(), byBot: markedRestore, announced: false };
    } else {
      restoring = { ...before, byBot: before.byBot || markedRestore };
      if (!restoring.byBot && !restoring.announced) {
        restoring.announced = true;
        events.push({ kind: 'restoreStarted', late });
      }
    }
  } else {
    if (before !== null && !(before.byBot || markedRestore)) {
      events.push({ kind: 'restoreEnded', startSeen: before.announced, late });
    }
    // The mark is written once the panel accepted the restore; a later look that sees none running
    // means the bot's restore is over.
    restoreMarkSpent = marks.restoreAt !== null && Date.parse(marks.restoreAt) < look.at;
  }

  return {
    next: {
      name: look.name,
      lookedAt: new Date(look.at).toISOString(),
      backups,
      durations,
      restoring,
    },
    events,
    restoreMarkSpent,
  };
}

function pickFlags(
  b: WatchedBackup,
): Pick<WatchedBackup, 'pending' | 'announced' | 'stuckReported' | 'preexisting'> {
  return {
    pending: b.pending,
    announced: b.announced,
    stuckReported: b.stuckReported,
    preexisting: b.preexisting,
  };
}
