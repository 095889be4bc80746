/**
 * Reading a schedule or task body as the panel does (§2): TrimStrings and ConvertEmptyStringsToNull,
 * the FormRequest's rules in their order, then the controller's own casts and cron evaluation.
 */
import { nextRunAfter } from './cron.js';
import { PanelHttpError } from './envelopes.js';
import { normalizeInput, toBoolean, validate } from './input.js';
import {
  boolean,
  type FieldRules,
  filled,
  inList,
  max,
  min,
  numeric,
  required,
  requiredUnless,
  runRules,
  string,
} from './laravelRules.js';
import { UNEXPECTED_ERROR } from './responses.js';
import type { TaskFields } from './scheduleRecords.js';
import type { PanelState } from './state.js';
import type { PanelCron, PanelTaskAction } from './types.js';

export interface ScheduleFields {
  name: string;
  cron: PanelCron;
  isActive: boolean;
  onlyWhenOnline: boolean;
  nextRunAt: Date;
}

function normalized(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, normalizeInput(value)]));
}

/** PHP's `(bool)` cast, how the controller reads `is_active` and `only_when_online`. */
function phpBool(value: unknown): boolean {
  if (
    value === undefined ||
    value === null ||
    value === false ||
    value === 0 ||
    value === '' ||
    value === '0'
  ) {
    return false;
  }
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** PHP's coercion of a scalar passed to a `string` parameter (non-strict mode). */
function coercedString(value: unknown): string {
  if (typeof value === 'boolean') return value ? '1' : '';
  return String(value);
}

function scheduleRules(state: PanelState): FieldRules[] {
  const pelican = state.flavor === 'pelican';
  const cronField = (field: string): FieldRules => ({ field, rules: [required, string] });
  return [
    { field: 'name', rules: [required, string, max(state.config.scheduleNameMax, false)] },
    { field: 'is_active', rules: [filled, boolean] },
    // Pterodactyl has no rule for `only_when_online` or `month` (§2.1, §9).
    ...(pelican ? [{ field: 'only_when_online', rules: [boolean] }] : []),
    cronField('minute'),
    cronField('hour'),
    cronField('day_of_month'),
    ...(pelican ? [cronField('month')] : []),
    cronField('day_of_week'),
  ];
}

/**
 * StoreScheduleRequest (and UpdateScheduleRequest, the same rules), then `getNextRunAt`. `scheduleId`
 * is the row being updated, named in Pterodactyl's model-validation failure.
 */
export function readScheduleBody(
  state: PanelState,
  rawBody: Record<string, unknown>,
  scheduleId: number | undefined,
): ScheduleFields {
  const body = normalized(rawBody);
  validate(runRules(body, scheduleRules(state)));
  const month = body.month;
  // Pterodactyl: a missing month reaches a `string` parameter as null, and the TypeError escapes
  // the controller's `catch (\Exception)`: a 500 with the generic detail (§2.1, inferred).
  if (month === undefined || month === null || typeof month === 'object') {
    throw PanelHttpError.of(500, 'TypeError', UNEXPECTED_ERROR.detail);
  }
  const cron: PanelCron = {
    minute: String(body.minute),
    hour: String(body.hour),
    day_of_month: String(body.day_of_month),
    month: coercedString(month),
    day_of_week: String(body.day_of_week),
  };
  const nextRunAt = nextRunAfter(cron, new Date());
  if (nextRunAt === undefined) {
    throw PanelHttpError.of(
      400,
      'DisplayException',
      'The cron data provided does not evaluate to a valid expression.',
    );
  }
  // Pterodactyl: a month that is not a string passed the cron (PHP coerced it) but fails the model's
  // own `cron_month: required|string` on save (§2.1, inferred; the detail is composed).
  if (typeof month !== 'string') {
    const errors = JSON.stringify({ cron_month: ['The cron month must be a string.'] });
    throw PanelHttpError.of(
      500,
      'DataValidationException',
      `Could not save Pterodactyl\\Models\\Schedule[${scheduleId ?? ''}]: failed to validate data: ${errors}`,
    );
  }
  return {
    name: String(body.name),
    cron,
    isActive: phpBool(body.is_active),
    onlyWhenOnline: phpBool(body.only_when_online),
    nextRunAt,
  };
}

export interface TaskInput {
  fields: TaskFields;
  /** The position asked for (`$request->integer`), if any. */
  sequenceId: number | undefined;
}

/** StoreTaskRequest (both add and edit), then the controller's casts (§2.2). */
export function readTaskBody(state: PanelState, rawBody: Record<string, unknown>): TaskInput {
  const body = normalized(rawBody);
  const actions = ['command', 'power', 'backup', ...(state.flavor === 'pelican' ? ['delete_files'] : [])];
  validate(
    runRules(body, [
      { field: 'action', rules: [required, inList(actions)] },
      {
        field: 'payload',
        nullable: true,
        rules: [requiredUnless('action', body.action, ['backup']), string],
      },
      { field: 'time_offset', rules: [required, numeric, min(0, true), max(900, true)] },
      { field: 'sequence_id', sometimes: true, rules: [required, numeric, min(1, true)] },
      { field: 'continue_on_failure', sometimes: true, rules: [required, boolean] },
    ]),
  );
  const payload = body.payload;
  return {
    fields: {
      action: body.action as PanelTaskAction,
      // Stored as "" when null or absent; TrimStrings already trimmed it.
      payload: typeof payload === 'string' ? payload : '',
      // An integer column: a fractional offset is rounded as the database stores it.
      timeOffset: Math.round(Number(body.time_offset)),
      // On an edit too, leaving it out resets it to false (`$request->boolean`).
      continueOnFailure: toBoolean(body.continue_on_failure),
    },
    sequenceId: body.sequence_id === undefined ? undefined : Math.trunc(Number(body.sequence_id)),
  };
}
