/**
 * The panel's backup creation throttle (panel-backup-api.md §6): at most `limit` non-failed backups
 * of a server created within `periodSeconds`, soft-deleted ones included on Pterodactyl. The panel
 * does not expose its values, so the bot is told them (BACKUP_THROTTLE_LIMIT / _PERIOD).
 */
export interface BackupThrottle {
  readonly limit: number;
  /** 0 turns the throttle off, as on the panel. */
  readonly periodSeconds: number;
}

/**
 * When the panel allows the next backup, given when the backups that count were created (ms), or
 * null when it allows one now. Listed times are whole seconds (the panel drops the fraction), so a
 * second is added: asking at the time given is never refused for being a moment early.
 */
export function throttledUntil(
  createdAt: readonly number[],
  throttle: BackupThrottle,
  now: number,
): Date | null {
  if (throttle.periodSeconds <= 0) return null;
  const periodMs = throttle.periodSeconds * 1000;
  // The panel counts `created_at >= now - period`; a second of margin for the dropped fraction.
  const recent = createdAt.filter((at) => at + 1000 >= now - periodMs).sort((a, b) => a - b);
  if (recent.length < throttle.limit) return null;
  // Allowed again once enough have aged out that fewer than `limit` are left in the window.
  const ageingOut = recent[recent.length - throttle.limit] as number;
  return new Date(ageingOut + periodMs + 1000);
}
