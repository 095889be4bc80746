/** The task routes of a schedule (§1, §2.2, §4.1): add, edit (a full replace) and delete. */
import { can, requirePermission } from './access.js';
import { item, PanelHttpError } from './envelopes.js';
import type { Reply, ScheduleHandler, TaskHandler } from './routeTable.js';
import { readTaskBody, type TaskInput } from './scheduleInput.js';
import { insertTask, removeTask, replaceTask } from './scheduleRecords.js';
import type { PanelState } from './state.js';
import { taskAttributes } from './transformers.js';
import type { PanelServer, PanelTask } from './types.js';

function taskReply(task: PanelTask): Reply {
  return { status: 200, body: item('schedule_task', taskAttributes(task)) };
}

/**
 * A backup task on a server whose backups are off, on add and on edit alike. The panel compares
 * `backup_limit === 0`; this fake also reads a limit of none (null) as 0.
 */
function refuseBackupWithoutBackups(server: PanelServer, input: TaskInput): void {
  if (input.fields.action === 'backup' && !server.backupLimit) {
    throw PanelHttpError.of(
      403,
      'HttpForbiddenException',
      "A backup task cannot be created when the server's backup limit is set to 0.",
    );
  }
}

/** 422, then the task limit (400), then a backup task without backups (403), then the insert. */
export const createTask: ScheduleHandler = (state, ctx, server, schedule) => {
  requirePermission(state, ctx.user, server, 'schedule.update');
  const input = readTaskBody(state, ctx.body);
  const limit = state.config.taskLimit;
  if (schedule.tasks.length >= limit) {
    throw PanelHttpError.of(
      400,
      'ServiceLimitExceededException',
      `Schedules may not have more than ${limit} tasks associated with them. Creating this task would put this schedule over the limit.`,
    );
  }
  refuseBackupWithoutBackups(server, input);
  return taskReply(insertTask(state, schedule, input.fields, input.sequenceId));
};

/** Everything is rewritten: a `continue_on_failure` left out becomes false, an omitted position is kept. */
export const updateTask: TaskHandler = (state, ctx, server, schedule, task) => {
  requirePermission(state, ctx.user, server, 'schedule.update');
  const input = readTaskBody(state, ctx.body);
  refuseBackupWithoutBackups(server, input);
  replaceTask(schedule, task, input.fields, input.sequenceId);
  return taskReply(task);
};

/** The route has no FormRequest: the controller checks the permission itself, after the bindings. */
function deleteTaskPermission(state: PanelState): string {
  return state.flavor === 'pelican' ? 'schedule.delete' : 'schedule.update';
}

export const deleteTask: TaskHandler = (state, ctx, server, schedule, task) => {
  if (!can(state, ctx.user, server, deleteTaskPermission(state))) {
    throw PanelHttpError.of(
      403,
      'HttpForbiddenException',
      'You do not have permission to perform this action.',
    );
  }
  removeTask(schedule, task);
  return { status: 204 };
};
