/** `POST /backups/{backup}/restore` (§4 of the API doc) and wings reporting the restore done. */
import { requirePermission } from './access.js';
import { PanelHttpError, validationEntry } from './envelopes.js';
import { isLaravelBoolean, validate } from './input.js';
import { setPower } from './powerRoutes.js';
import { takeRestoreThrottle } from './rateLimits.js';
import { daemonDown } from './responses.js';
import type { BackupHandler } from './routeTable.js';
import type { PanelState } from './state.js';
import type { PanelServer } from './types.js';

/** Wings' report that a restore ended; `_successful` is unused because the panel does the same either way. */
export function finishRestore(state: PanelState, server: PanelServer, _successful = true): void {
  state.timers.cancel(state.restoreTimers.get(server.uuid));
  state.restoreTimers.delete(server.uuid);
  // The panel clears the status whether wings reports success or failure.
  if (server.status === 'restoring_backup') server.status = null;
}

function validateTruncate(truncate: unknown): void {
  if (
    truncate === undefined ||
    truncate === null ||
    (typeof truncate === 'string' && truncate.trim() === '')
  ) {
    validate([validationEntry('truncate', 'required', 'The truncate field is required.')]);
  }
  if (!isLaravelBoolean(truncate)) {
    validate([validationEntry('truncate', 'boolean', 'The truncate field must be true or false.')]);
  }
}

export const restoreBackup: BackupHandler = (state, ctx, server, backup) => {
  // Pelican's per-server limiter is route middleware: it counts every attempt, before the FormRequest.
  takeRestoreThrottle(state, server);
  requirePermission(state, ctx.user, server, 'backup.restore');
  validateTruncate(ctx.body.truncate);
  if (server.status !== null) {
    throw PanelHttpError.of(
      400,
      'BadRequestHttpException',
      'This server is not currently in a state that allows for a backup to be restored.',
    );
  }
  if (!backup.isSuccessful && backup.completedAt === null) {
    throw PanelHttpError.of(
      400,
      'BadRequestHttpException',
      'This backup cannot be restored at this time: not completed or failed.',
    );
  }
  if (server.wingsDown) throw daemonDown();
  server.status = 'restoring_backup';
  // Wings stops the server (gracefully) before it unpacks the archive.
  setPower(state, server, server.powerState === 'offline' ? ['offline'] : ['stopping', 'offline']);
  state.timers.cancel(state.restoreTimers.get(server.uuid));
  state.restoreTimers.set(
    server.uuid,
    state.timers.schedule(state.config.restoreDurationMs, () => finishRestore(state, server, true)),
  );
  return { status: 204 };
};
