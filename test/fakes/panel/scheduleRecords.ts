/**
 * Schedule and task rows: scoped binding, running order, and how a task's `sequence_id` moves the
 * others (`ScheduleTaskController`, §2.2). Every task write touches its schedule (`Task::$touches`).
 */
import { nextRunAfter } from './cron.js';
import { PanelHttpError } from './envelopes.js';
import type { PanelState } from './state.js';
import type { PanelCron, PanelSchedule, PanelServer, PanelTask, PanelTaskAction } from './types.js';

const NOT_FOUND_BINDING = 'The requested resource could not be found on the server.';

function notFound(): PanelHttpError {
  return PanelHttpError.of(404, 'NotFoundHttpException', NOT_FOUND_BINDING);
}

/** `{schedule}` is the numeric id; anything else finds no row. */
function routeKey(param: string): number | undefined {
  return /^\d+$/.test(param) ? Number(param) : undefined;
}

/** Scoped binding (§1): through `$server->schedules()`, so another server's schedule is unknown here. */
export function bindSchedule(state: PanelState, server: PanelServer, param: string): PanelSchedule {
  const id = routeKey(param);
  const schedule = state.schedules.find((s) => s.id === id && s.serverUuid === server.uuid);
  if (schedule === undefined) throw notFound();
  return schedule;
}

/** Through `$schedule->tasks()`: another schedule's task is a 404 too. */
export function bindTask(schedule: PanelSchedule, param: string): PanelTask {
  const id = routeKey(param);
  const task = schedule.tasks.find((t) => t.id === id);
  if (task === undefined) throw notFound();
  return task;
}

export function touch(schedule: PanelSchedule, now = new Date()): void {
  schedule.updatedAt = now;
}

/** Ascending `sequence_id`, the order tasks run in; ties keep insertion order, as the database would. */
export function tasksInOrder(schedule: PanelSchedule): PanelTask[] {
  return [...schedule.tasks].sort((a, b) => a.sequenceId - b.sequenceId);
}

export function newSchedule(
  state: PanelState,
  server: PanelServer,
  fields: { name: string; cron: PanelCron; isActive: boolean; onlyWhenOnline: boolean; nextRunAt: Date },
): PanelSchedule {
  const now = new Date();
  const schedule: PanelSchedule = {
    id: state.nextScheduleId++,
    serverUuid: server.uuid,
    ...fields,
    cron: { ...fields.cron },
    isProcessing: false,
    lastRunAt: null,
    createdAt: now,
    updatedAt: now,
    tasks: [],
  };
  state.schedules.push(schedule);
  return schedule;
}

/** The next cron time after `from`; throws for a seeded or changed cron the panel could never have stored. */
export function requireNextRun(cron: PanelCron, from: Date): Date {
  const next = nextRunAfter(cron, from);
  if (next === undefined) throw new Error(`invalid cron for a schedule: ${JSON.stringify(cron)}`);
  return next;
}

export interface TaskFields {
  action: PanelTaskAction;
  payload: string;
  timeOffset: number;
  continueOnFailure: boolean;
}

/**
 * Adds a task: appended as last + 1 when no position is asked for or the one asked for is past the
 * end; otherwise it takes that position and every task at or after it moves up by one.
 */
export function insertTask(
  state: PanelState,
  schedule: PanelSchedule,
  fields: TaskFields,
  requested: number | undefined,
): PanelTask {
  const last = Math.max(0, ...schedule.tasks.map((t) => t.sequenceId));
  let sequenceId = Math.max(1, requested ?? last + 1);
  if (sequenceId <= last) {
    for (const other of schedule.tasks) if (other.sequenceId >= sequenceId) other.sequenceId += 1;
  } else {
    sequenceId = last + 1;
  }
  const now = new Date();
  const task: PanelTask = {
    id: state.nextTaskId++,
    sequenceId,
    ...fields,
    isQueued: false,
    createdAt: now,
    updatedAt: now,
  };
  schedule.tasks.push(task);
  touch(schedule, now);
  return task;
}

/**
 * A full replace of the task. Moving it shifts the tasks in between by one toward its old place; a
 * position past the end is kept as asked (the update path, unlike create, does not clamp it).
 */
export function replaceTask(
  schedule: PanelSchedule,
  task: PanelTask,
  fields: TaskFields,
  requested: number | undefined,
): void {
  const from = task.sequenceId;
  const to = Math.max(1, requested ?? from);
  for (const other of schedule.tasks) {
    if (other === task) continue;
    if (to < from && other.sequenceId >= to && other.sequenceId < from) other.sequenceId += 1;
    if (to > from && other.sequenceId > from && other.sequenceId <= to) other.sequenceId -= 1;
  }
  Object.assign(task, fields, { sequenceId: to, updatedAt: new Date() });
  touch(schedule, task.updatedAt);
}

/** Deleting a task moves every later one down by one. */
export function removeTask(schedule: PanelSchedule, task: PanelTask): void {
  for (const other of schedule.tasks) if (other.sequenceId > task.sequenceId) other.sequenceId -= 1;
  schedule.tasks = schedule.tasks.filter((t) => t !== task);
  touch(schedule);
}
