/**
 * The panel's throttles: the client API per user, backup creation per server, and Pelican's
 * per-server limits on restores and on creating schedules.
 */

import { isFailed } from './backupRecords.js';
import { PanelHttpError } from './envelopes.js';
import type { PanelState } from './state.js';
import type { PanelServer, PanelUser } from './types.js';

const MINUTE_MS = 60_000;
const RESTORE_WINDOW_MS = 15 * MINUTE_MS;
const RESTORES_PER_WINDOW = 3;
const SCHEDULE_CREATES_PER_MINUTE = 2;

/** Laravel's ThrottleRequests refusal: 429 with the headers that say when to come back. */
export function tooManyAttempts(retryAfterSeconds: number, limit: number, now: number): PanelHttpError {
  return PanelHttpError.of(429, 'ThrottleRequestsException', 'Too Many Attempts.', {
    'retry-after': String(retryAfterSeconds),
    'x-ratelimit-reset': String(Math.ceil(now / 1000) + retryAfterSeconds),
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': '0',
  });
}

/** `throttle:api.client`, one bucket per user; returns the headers every later answer carries. */
export function takeRateLimit(state: PanelState, user: PanelUser): Record<string, string> {
  const limit = state.config.rateLimitPerMinute;
  const now = Date.now();
  let bucket = state.rateBuckets.get(user.uuid);
  if (bucket === undefined || now - bucket.windowStart >= MINUTE_MS) {
    bucket = { windowStart: now, count: 0 };
    state.rateBuckets.set(user.uuid, bucket);
  }
  if (bucket.count >= limit) {
    const retryAfter = Math.max(1, Math.ceil((bucket.windowStart + MINUTE_MS - now) / 1000));
    throw tooManyAttempts(retryAfter, limit, now);
  }
  bucket.count += 1;
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(limit - bucket.count),
  };
}

/** The create route's own throttle (§6): soft-deleted backups still count (withTrashed), failed ones do not. */
export function checkBackupThrottle(state: PanelState, server: PanelServer, now: number): void {
  const { limit, periodSeconds } = state.config.backupThrottle;
  // A period of 0 (or anything not above it) turns the throttle off.
  if (!(periodSeconds > 0)) return;
  const since = now - periodSeconds * 1000;
  const recent = state.backups.filter(
    (b) => b.serverUuid === server.uuid && b.createdAt.getTime() >= since && !isFailed(b),
  );
  const last = recent.at(-1);
  if (last !== undefined && recent.length >= limit) {
    const retryAfter = Math.max(1, Math.ceil((last.createdAt.getTime() + periodSeconds * 1000 - now) / 1000));
    throw PanelHttpError.of(
      429,
      'TooManyRequestsHttpException',
      `Only ${limit} backups may be generated within a ${periodSeconds} second span of time.`,
      { 'retry-after': String(retryAfter) },
    );
  }
}

/** Pelican's per-server restore limiter (3 per 15 minutes); Pterodactyl has none. */
export function takeRestoreThrottle(state: PanelState, server: PanelServer): void {
  if (state.flavor !== 'pelican') return;
  const now = Date.now();
  const attempts = (state.restoreAttempts.get(server.uuid) ?? []).filter((t) => now - t < RESTORE_WINDOW_MS);
  state.restoreAttempts.set(server.uuid, attempts);
  const first = attempts[0];
  if (first !== undefined && attempts.length >= RESTORES_PER_WINDOW) {
    const retryAfter = Math.max(1, Math.ceil((first + RESTORE_WINDOW_MS - now) / 1000));
    throw tooManyAttempts(retryAfter, RESTORES_PER_WINDOW, now);
  }
  attempts.push(now);
}

/**
 * Pelican's `ResourceLimit::ScheduleCreate` (§4.3): 2 per minute per server uuid, shared by every user
 * of the server. The attempt is counted before the request goes on, so one that then fails with 403,
 * 422 or 400 still uses up budget; a refused one is not counted. Laravel's window starts at the first
 * hit and lasts a minute. Pterodactyl has no such limit.
 */
export function takeScheduleCreateThrottle(state: PanelState, server: PanelServer): void {
  if (state.flavor !== 'pelican') return;
  const now = Date.now();
  let bucket = state.scheduleCreateBuckets.get(server.uuid);
  if (bucket === undefined || now - bucket.windowStart >= MINUTE_MS) {
    bucket = { windowStart: now, count: 0 };
    state.scheduleCreateBuckets.set(server.uuid, bucket);
  }
  if (bucket.count >= SCHEDULE_CREATES_PER_MINUTE) {
    const retryAfter = Math.max(1, Math.ceil((bucket.windowStart + MINUTE_MS - now) / 1000));
    throw tooManyAttempts(retryAfter, SCHEDULE_CREATES_PER_MINUTE, now);
  }
  bucket.count += 1;
}
