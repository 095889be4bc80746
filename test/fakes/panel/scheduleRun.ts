/**
 * What running a schedule does (§5): the start of a run, the `only_when_online` check, the task chain
 * (`RunTaskJob`, each later task queued after its `time_offset`) and the end of the chain. Run now
 * (§5.4, `POST /execute`) and the panel's cron (§5.1, the `fireSchedule` knob) share all of it.
 */
import { nextRunAfter } from './cron.js';
import { PanelHttpError } from './envelopes.js';
import {
  type BackupTaskResult,
  isWingsConnectionError,
  runBackupTask,
  wingsUnreachable,
} from './scheduledBackup.js';
import { tasksInOrder, touch } from './scheduleRecords.js';
import type { PanelState } from './state.js';
import type { FiredSchedule, PanelSchedule, PanelServer, PanelTask } from './types.js';

type TaskResult = Partial<BackupTaskResult>;

function setQueued(schedule: PanelSchedule, task: PanelTask, queued: boolean, now = new Date()): void {
  task.isQueued = queued;
  task.updatedAt = now;
  touch(schedule, now);
}

/** `markScheduleComplete`: how every chain ends, whether it succeeded, failed or was skipped. */
function endChain(schedule: PanelSchedule, task: PanelTask | undefined): void {
  const now = new Date();
  if (task !== undefined) setQueued(schedule, task, false, now);
  schedule.isProcessing = false;
  schedule.lastRunAt = now;
  touch(schedule, now);
}

/** One transaction: processing, the next cron time after now, and the first task queued. */
function beginRun(schedule: PanelSchedule, first: PanelTask): void {
  const now = new Date();
  schedule.isProcessing = true;
  schedule.nextRunAt = nextRunAfter(schedule.cron, now) ?? null;
  setQueued(schedule, first, true, now);
}

/**
 * §5.5, asked of wings after the run has begun. Pterodactyl skips on offline or stopping and on any
 * wings error; Pelican on offline or `missing` (any wings failure), so a stopping server still runs.
 */
function skipsOffline(state: PanelState, server: PanelServer, schedule: PanelSchedule): boolean {
  if (!schedule.onlyWhenOnline) return false;
  if (server.wingsDown) return true;
  const power = server.powerState;
  return power === 'offline' || (state.flavor === 'pterodactyl' && power === 'stopping');
}

function performTask(state: PanelState, server: PanelServer, task: PanelTask): TaskResult {
  if (task.action === 'backup') return runBackupTask(state, server, task.payload);
  // Commands, power signals and file deletes only need wings to answer; what they do is not modelled.
  if (server.wingsDown) throw wingsUnreachable(state);
  return {};
}

/**
 * `RunTaskJob::handle`: a timed run stops quietly once its schedule was disabled, any run once the
 * server has a status (§5.7). A failure ends the chain and is thrown on, unless `continue_on_failure`
 * is set and wings could not be reached (§5.6); otherwise the next task is queued.
 */
function runJob(
  state: PanelState,
  server: PanelServer,
  schedule: PanelSchedule,
  task: PanelTask,
  manual: boolean,
): TaskResult {
  if ((!schedule.isActive && !manual) || server.status !== null) {
    endChain(schedule, task);
    return {};
  }
  let result: TaskResult = {};
  try {
    result = performTask(state, server, task);
  } catch (error) {
    if (!(task.continueOnFailure && isWingsConnectionError(error))) {
      endChain(schedule, task);
      throw error;
    }
  }
  setQueued(schedule, task, false);
  const next = tasksInOrder(schedule).find((t) => t.sequenceId > task.sequenceId);
  if (next === undefined) endChain(schedule, undefined);
  else {
    setQueued(schedule, next, true);
    queueTask(state, schedule, next, manual);
  }
  return result;
}

/** The queue: the task runs `time_offset` seconds (scaled by `taskOffsetMs`) from now. */
function queueTask(state: PanelState, schedule: PanelSchedule, task: PanelTask, manual: boolean): void {
  state.timers.schedule(task.timeOffset * state.config.taskOffsetMs, () => {
    // The job holds ids: a schedule deleted meanwhile took its tasks along, and the job is dropped.
    const live = state.schedules.find((s) => s.id === schedule.id);
    if (live === undefined) return;
    const liveTask = live.tasks.find((t) => t.id === task.id);
    const server = state.servers.find((s) => s.uuid === live.serverUuid);
    if (liveTask === undefined || server === undefined) {
      endChain(live, undefined);
      return;
    }
    try {
      runJob(state, server, live, liveTask, manual);
    } catch (error) {
      // The queue worker logs a failed job; the chain has already been ended.
      if (!(error instanceof PanelHttpError)) throw error;
    }
  });
}

/** Run now: 400 without tasks, then the only_when_online skip, else the first task, ignoring its offset. */
export function runNow(state: PanelState, server: PanelServer, schedule: PanelSchedule): void {
  const first = tasksInOrder(schedule)[0];
  if (first === undefined) {
    throw PanelHttpError.of(
      400,
      'DisplayException',
      'Cannot process schedule for task execution: no tasks are registered.',
    );
  }
  beginRun(schedule, first);
  if (skipsOffline(state, server, schedule)) {
    endChain(schedule, first);
    return;
  }
  // Run synchronously (`dispatchNow`): its error becomes the response, the chain already ended.
  runJob(state, server, schedule, first, true);
}

/**
 * `p:schedule:process` picking this schedule, whether or not `next_run_at` is due. It passes over an
 * inactive or processing schedule, one without tasks, and one whose server has a status.
 */
export function fireSchedule(state: PanelState, server: PanelServer, schedule: PanelSchedule): FiredSchedule {
  if (!schedule.isActive) return { skipped: 'not active' };
  if (schedule.isProcessing) return { skipped: 'processing' };
  const first = tasksInOrder(schedule)[0];
  if (first === undefined) return { skipped: 'no tasks' };
  if (server.status !== null) return { skipped: `server status ${server.status}` };
  beginRun(schedule, first);
  if (skipsOffline(state, server, schedule)) {
    endChain(schedule, first);
    return { skipped: 'only when online' };
  }
  // A timed run queues even its first task with its offset; at 0 this fake runs it at once.
  if (first.timeOffset > 0) {
    queueTask(state, schedule, first, false);
    return {};
  }
  try {
    const result = runJob(state, server, schedule, first, false);
    return first.action === 'backup' ? result : {};
  } catch (error) {
    if (error instanceof PanelHttpError) return { error: error.message };
    throw error;
  }
}
