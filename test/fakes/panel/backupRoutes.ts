/** The backup routes but restore and download (§1, §2, §5, §6 of the API doc), Pelican's rename included. */
import { can, requirePermission } from './access.js';
import { isFailed, nonFailedBackupsOf, removeBackup, startBackup, tooManyBackups } from './backupRecords.js';
import {
  type ErrorEntry,
  item,
  PanelHttpError,
  paginatedList,
  parsePage,
  validationEntry,
} from './envelopes.js';
import { isLaravelBoolean, normalizeInput, toBoolean, validate } from './input.js';
import { checkBackupThrottle } from './rateLimits.js';
import { daemonDown } from './responses.js';
import type { BackupHandler, Reply, RouteContext } from './routeTable.js';
import type { PanelState } from './state.js';
import { backupAttributes } from './transformers.js';
import type { PanelBackup, PanelServer } from './types.js';

function backupReply(state: PanelState, backup: PanelBackup): Reply {
  return { status: 200, body: item('backup', backupAttributes(backup, state.flavor)) };
}

export function listBackups(state: PanelState, ctx: RouteContext, server: PanelServer): Reply {
  requirePermission(state, ctx.user, server, 'backup.read');
  const query = ctx.url.searchParams;
  const rawPerPage = query.get('per_page');
  const parsed = rawPerPage === null ? 20 : Number.parseInt(rawPerPage, 10);
  // min(per_page ?? 20, 50); a zero (or junk) per_page falls back to Eloquent's default of 15.
  const perPage = Number.isNaN(parsed) || parsed <= 0 ? 15 : Math.min(parsed, 50);
  const page = parsePage(query.get('page') ?? undefined);
  const rows = state.liveBackupsOf(server);
  const base = `${state.url}${ctx.url.pathname}`;
  const body = paginatedList(
    rows,
    { page, perPage },
    (b) => item('backup', backupAttributes(b, state.flavor)),
    // Built without appends(): only ?page=N survives.
    (p) => `${base}?page=${p}`,
    { backup_count: rows.filter((b) => !isFailed(b)).length },
  );
  return { status: 200, body };
}

/** StoreBackupRequest's rules, every failure reported at once. */
function validateCreate(state: PanelState, name: unknown, ignored: unknown, isLocked: unknown): void {
  const nameMax = state.config.backupNameMax;
  const errors: ErrorEntry[] = [];
  if (name !== null && name !== undefined) {
    if (typeof name !== 'string')
      errors.push(validationEntry('name', 'string', 'The name must be a string.'));
    else if ([...name].length > nameMax) {
      errors.push(validationEntry('name', 'max', `The name may not be greater than ${nameMax} characters.`));
    }
  }
  if (ignored !== null && ignored !== undefined && typeof ignored !== 'string') {
    errors.push(validationEntry('ignored', 'string', 'The ignored must be a string.'));
  }
  if (isLocked !== null && isLocked !== undefined && !isLaravelBoolean(isLocked)) {
    errors.push(validationEntry('is_locked', 'boolean', 'The is_locked field must be true or false.'));
  }
  validate(errors);
}

export function createBackup(state: PanelState, ctx: RouteContext, server: PanelServer): Reply {
  requirePermission(state, ctx.user, server, 'backup.create');
  const name = normalizeInput(ctx.body.name);
  const ignored = normalizeInput(ctx.body.ignored);
  const isLocked = ctx.body.is_locked;
  validateCreate(state, name, ignored, isLocked);

  const now = Date.now();
  checkBackupThrottle(state, server, now);
  // The client API never overrides the limit (only a schedule's backup task rotates, §5.3).
  if (!server.backupLimit || nonFailedBackupsOf(state, server).length >= server.backupLimit) {
    throw tooManyBackups(server);
  }
  if (server.wingsDown) throw daemonDown();

  const backup = startBackup(state, server, {
    name: typeof name === 'string' ? name : undefined,
    // Without backup.delete a subuser cannot lock, and the flag is dropped rather than refused.
    isLocked: can(state, ctx.user, server, 'backup.delete') && isLocked !== undefined && toBoolean(isLocked),
    isScheduled: false,
    createdAt: new Date(now),
    ignoredFiles: typeof ignored === 'string' ? ignored.split('\n').filter((line) => line.length > 0) : [],
  });
  return backupReply(state, backup);
}

export const viewBackup: BackupHandler = (state, ctx, server, backup) => {
  requirePermission(state, ctx.user, server, 'backup.read');
  return backupReply(state, backup);
};

export const toggleLock: BackupHandler = (state, ctx, server, backup) => {
  requirePermission(state, ctx.user, server, 'backup.delete');
  backup.isLocked = !backup.isLocked;
  return backupReply(state, backup);
};

export const deleteBackup: BackupHandler = (state, ctx, server, backup) => {
  requirePermission(state, ctx.user, server, 'backup.delete');
  if (backup.isLocked && backup.isSuccessful && backup.completedAt !== null) {
    throw PanelHttpError.of(400, 'BackupLockedException', 'Cannot delete a backup that is marked as locked.');
  }
  removeBackup(state, server, backup, daemonDown);
  return { status: 204 };
};

/** Pelican's `PUT /rename`, behind the same permission as lock and delete. */
export const renameBackup: BackupHandler = (state, ctx, server, backup) => {
  requirePermission(state, ctx.user, server, 'backup.delete');
  const name = normalizeInput(ctx.body.name);
  if (name === null || name === undefined) {
    validate([validationEntry('name', 'required', 'The name field is required.')]);
  }
  if (typeof name !== 'string') validate([validationEntry('name', 'string', 'The name must be a string.')]);
  else if ([...name].length > 255) {
    validate([validationEntry('name', 'max', 'The name may not be greater than 255 characters.')]);
  }
  backup.name = String(name);
  return backupReply(state, backup);
};
