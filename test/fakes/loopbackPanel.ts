/**
 * A faithful Pterodactyl / Pelican panel for tests: a real node:http server on 127.0.0.1 (port 0) that
 * holds users, client keys, servers, subusers, power state and backups, and answers the client API the
 * way `docs/panel-backup-api.md` describes (envelopes, order of checks, throttles, limits, locks,
 * restores, single-use download links served by a node route on the same port).
 *
 * Knobs:
 * - options: `flavor` ('pterodactyl' | 'pelican'), `backupThrottle` {limit, periodSeconds} (default 2 per
 *   600 s, period 0 disables), `rateLimitPerMinute` (720, pelican 256), `backupDurationMs`,
 *   `restoreDurationMs`, `stopDurationMs` (150 each), `resourcesCacheMs` (0), `downloadTtlSeconds` (900;
 *   a negative value issues links that are already expired), `taskLimit` (tasks per schedule, 10),
 *   `taskOffsetMs` (ms a task waits per second of its `time_offset`, 10, so chains run fast).
 * - live objects: fields of a `PanelServer` (status, powerState, transferring, nodeMaintenance, wingsDown,
 *   backupLimit, nextBackupOutcome), of a `PanelUser` (twoFactorMissing, ipRestricted, admin), of a
 *   `PanelBackup`, and of a `PanelSchedule` and its `PanelTask`s may be changed by a test at any time.
 * - schedules (`docs/panel-schedules-api.md`): `addSchedule(server, {name, cron, isActive, onlyWhenOnline,
 *   tasks: [{action, payload, timeOffset, continueOnFailure}]})` seeds one (default cron `0 3 * * *`,
 *   active; tasks get sequence ids 1, 2, … in order); `schedulesOf(server)` reads them.
 *   `fireSchedule(server, id)` plays the panel's cron for one timed run, due or not: it returns
 *   `{skipped}` ('not active', 'processing', 'no tasks', 'server status <status>', or 'only when online'
 *   when only_when_online skipped the started run), else runs the first task, at once if its offset is 0
 *   (then `{backup, rotated?}` for a backup task, `{error}` with the detail if it failed), or queued
 *   after its offset (then `{}`); later tasks always run after their offsets.
 * - `completeBackup(uuid, ok)` and `finishRestore(server, ok)` play wings reporting back early;
 *   `addClientKey(user)` gives a user a second key (same rate-limit bucket); `backupsOf` / `getBackup` read
 *   the stored rows (soft-deleted ones included).
 * - `faults`: `latencyMs` before every answer; one-shot queues `failNext` (5xx in the panel's JSON
 *   envelope, 504 = DaemonConnectionException), `htmlNext` (200 HTML login page), `redirectToLoginNext`
 *   (302), `wrongJsonNext` (200 JSON of another shape), `resetNext` (socket destroyed), `hangNext` (no
 *   answer until close), `rateLimitNext` (429 ThrottleRequestsException; given `only: {method, path}`, it
 *   waits for the first request of that method whose path contains that text); `clear()` empties them.
 * - `requests`: every request received (the Authorization header is reduced to 'bearer' | 'none' | 'other').
 *
 * This file only wires the parts in `panel/`: `state` (the rows), `httpServer` (dispatch), `clientApi`
 * (route table, caller checks, rate limit) and one module per route area, `faults`, `wingsDownload`.
 */
import { resolveConfig } from '#fakes/panel/config.js';
import { FaultQueue } from '#fakes/panel/faults.js';
import { closePanel, listenPanel } from '#fakes/panel/httpServer.js';
import { issueApplicationKey, issueClientKey } from '#fakes/panel/keys.js';
import { finishRestore } from '#fakes/panel/restoreRoute.js';
import { fireSchedule } from '#fakes/panel/scheduleRun.js';
import {
  addBackup,
  addSchedule,
  addServer,
  addSubuser,
  addUser,
  completeBackup,
} from '#fakes/panel/seeding.js';
import { PanelState } from '#fakes/panel/state.js';
import type { LoopbackPanel, LoopbackPanelOptions } from '#fakes/panel/types.js';

export type {
  AddBackupOptions,
  AddScheduleOptions,
  AddServerOptions,
  FiredSchedule,
  LoopbackPanel,
  LoopbackPanelFaults,
  LoopbackPanelOptions,
  PanelBackup,
  PanelCron,
  PanelPowerState,
  PanelSchedule,
  PanelServer,
  PanelServerStatus,
  PanelTask,
  PanelTaskAction,
  PanelUser,
  RecordedRequest,
} from '#fakes/panel/types.js';

export async function startLoopbackPanel(options: LoopbackPanelOptions = {}): Promise<LoopbackPanel> {
  const state = new PanelState(resolveConfig(options));
  const faults = new FaultQueue();
  const httpServer = await listenPanel(state, faults);
  return {
    url: state.url,
    flavor: state.flavor,
    faults: faults.knobs,
    requests: state.requests,
    addUser: (userOptions) => addUser(state, userOptions),
    addApplicationKey: (user) => issueApplicationKey(state, user),
    addClientKey: (user) => issueClientKey(state, user),
    revokeKey: (key) => {
      state.keys.delete(key);
    },
    addServer: (serverOptions) => addServer(state, serverOptions),
    addSubuser: (server, user, permissions) => addSubuser(state, server, user, permissions),
    addBackup: (server, backupOptions) => addBackup(state, server, backupOptions),
    backupsOf: (server) => state.backups.filter((b) => b.serverUuid === server.uuid),
    getBackup: (uuid) => state.backups.find((b) => b.uuid === uuid),
    completeBackup: (uuid, successful = true) => completeBackup(state, uuid, successful),
    finishRestore: (server, successful) => finishRestore(state, server, successful),
    addSchedule: (server, scheduleOptions) => addSchedule(state, server, scheduleOptions),
    schedulesOf: (server) => state.schedulesOf(server),
    fireSchedule: (server, scheduleId) => {
      const schedule = state.schedulesOf(server).find((s) => s.id === scheduleId);
      if (schedule === undefined) throw new Error(`no schedule ${scheduleId} on server ${server.identifier}`);
      return fireSchedule(state, server, schedule);
    },
    close: () => closePanel(state, httpServer),
  };
}
