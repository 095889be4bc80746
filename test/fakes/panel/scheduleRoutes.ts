/** The schedule routes (§1–§3 of the schedules doc): list, create, view, update, run now, delete. */
import { requirePermission } from './access.js';
import { item } from './envelopes.js';
import { takeScheduleCreateThrottle } from './rateLimits.js';
import type { Reply, RouteContext, ScheduleHandler } from './routeTable.js';
import { readScheduleBody } from './scheduleInput.js';
import { newSchedule, touch } from './scheduleRecords.js';
import { runNow } from './scheduleRun.js';
import type { PanelState } from './state.js';
import { scheduleAttributes } from './transformers.js';
import type { PanelSchedule, PanelServer } from './types.js';

function scheduleReply(schedule: PanelSchedule): Reply {
  return { status: 200, body: item('server_schedule', scheduleAttributes(schedule)) };
}

/** Every schedule with its tasks; not paginated, so `page` and `per_page` are ignored and there is no meta. */
export function listSchedules(state: PanelState, ctx: RouteContext, server: PanelServer): Reply {
  requirePermission(state, ctx.user, server, 'schedule.read');
  const data = state.schedulesOf(server).map((s) => item('server_schedule', scheduleAttributes(s)));
  return { status: 200, body: { object: 'list', data } };
}

/** 200 (not 201) with an empty task list. There is no limit on schedules, and names need not be unique. */
export function createSchedule(state: PanelState, ctx: RouteContext, server: PanelServer): Reply {
  // Pelican's limiter is route middleware: it counts the attempt before the FormRequest runs.
  takeScheduleCreateThrottle(state, server);
  requirePermission(state, ctx.user, server, 'schedule.create');
  const fields = readScheduleBody(state, ctx.body, undefined);
  return scheduleReply(newSchedule(state, server, fields));
}

export const viewSchedule: ScheduleHandler = (state, ctx, server, schedule) => {
  requirePermission(state, ctx.user, server, 'schedule.read');
  return scheduleReply(schedule);
};

/** A full replace: what is left out is reset (is_active and only_when_online to false). */
export const updateSchedule: ScheduleHandler = (state, ctx, server, schedule) => {
  requirePermission(state, ctx.user, server, 'schedule.update');
  const fields = readScheduleBody(state, ctx.body, schedule.id);
  // Toggling is_active clears a stuck is_processing (pterodactyl#2425).
  if (schedule.isActive !== fields.isActive) schedule.isProcessing = false;
  schedule.name = fields.name;
  schedule.cron = { ...fields.cron };
  schedule.isActive = fields.isActive;
  schedule.onlyWhenOnline = fields.onlyWhenOnline;
  schedule.nextRunAt = fields.nextRunAt;
  touch(schedule);
  return scheduleReply(schedule);
};

/** 202 with `[]`, also when only_when_online skipped the run; the first task's error is the answer. */
export const executeSchedule: ScheduleHandler = (state, ctx, server, schedule) => {
  requirePermission(state, ctx.user, server, 'schedule.update');
  runNow(state, server, schedule);
  return { status: 202, body: [] };
};

/** Its tasks go with it; a task of its chain still waiting in the queue is dropped. */
export const deleteSchedule: ScheduleHandler = (state, ctx, server, schedule) => {
  requirePermission(state, ctx.user, server, 'schedule.delete');
  state.schedules = state.schedules.filter((s) => s !== schedule);
  return { status: 204 };
};
