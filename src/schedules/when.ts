import { Cron } from 'croner';
import { t } from '#i18n/i18n.js';
import type { CronFields } from '#panel/schemas.js';
import { InvalidInputError } from '#src/errors.js';

/**
 * The `when` of a backup schedule: a preset (every 6 h, every 12 h, daily at an hour, weekly) or a
 * five-field cron expression, turned into the five fields the panel stores. Checked here, so the
 * member hears what is wrong before anything is created on the panel.
 */

/** The weekdays as presets spell them in choice values and as members type them (read back by `parsePreset`; never shown). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The shortest time a schedule may leave between two runs. Every run at the backup limit deletes the
 * oldest unlocked backup, so a schedule running every few minutes would rotate out a server's whole
 * history within the hour; the panel's throttle (2 per 10 minutes) would also fail most runs.
 */
export const MIN_INTERVAL_MINUTES = 60;

export interface ParsedWhen {
  readonly fields: CronFields;
  /** The preset it is, when it is one: worded as such rather than as cron. */
  readonly preset: Preset | null;
}

export type Preset =
  | { kind: 'hours'; every: 6 | 12; minute: number }
  | { kind: 'daily'; hour: number; minute: number }
  | { kind: 'weekly'; weekday: number; hour: number; minute: number };

const pad = (n: number) => String(n).padStart(2, '0');

export function presetFields(preset: Preset): CronFields {
  switch (preset.kind) {
    case 'hours':
      return { minute: String(preset.minute), hour: `*/${preset.every}`, ...EVERY_DAY };
    case 'daily':
      return { minute: String(preset.minute), hour: String(preset.hour), ...EVERY_DAY };
    case 'weekly':
      return {
        minute: String(preset.minute),
        hour: String(preset.hour),
        day_of_month: '*',
        month: '*',
        day_of_week: String(preset.weekday),
      };
  }
}

const EVERY_DAY = { day_of_month: '*', month: '*', day_of_week: '*' } as const;

/** The value an autocomplete choice carries for a preset (≤ 100 characters, read back by `parseWhen`). */
export function presetValue(preset: Preset): string {
  switch (preset.kind) {
    case 'hours':
      return `every ${preset.every}h at :${pad(preset.minute)}`;
    case 'daily':
      return `daily at ${pad(preset.hour)}:${pad(preset.minute)}`;
    case 'weekly':
      return `weekly on ${WEEKDAYS[preset.weekday]} at ${pad(preset.hour)}:${pad(preset.minute)}`;
  }
}

/** "03:00", "3", "3:30", "15h": an hour of the day with optional minutes. */
function readTime(text: string | undefined): { hour: number; minute: number } | null {
  if (text === undefined || text === '') return { hour: 3, minute: 0 };
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(h|am|pm)?$/.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (m[3] === 'pm' && hour < 12) hour += 12;
  if (m[3] === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

function readWeekday(text: string): number | null {
  const index = WEEKDAYS.findIndex((day) => day.toLowerCase().startsWith(text.slice(0, 3)));
  return text.length >= 3 && index >= 0 ? index : null;
}

/** A preset as a member may type it: "every 6 hours", "6h", "daily at 4:30", "weekly monday 3". */
export function parsePreset(input: string): Preset | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const hours = /^(?:every )?(6|12) ?(?:h|hours?)(?: at :?(\d{1,2}))?$/.exec(text);
  if (hours) {
    const minute = hours[2] === undefined ? 0 : Number(hours[2]);
    return minute <= 59 ? { kind: 'hours', every: Number(hours[1]) as 6 | 12, minute } : null;
  }
  const daily = /^(?:daily|every day)(?: at)?(?: (.+))?$/.exec(text);
  if (daily) {
    const time = readTime(daily[1]);
    return time ? { kind: 'daily', ...time } : null;
  }
  const weekly = /^(?:weekly|every week)(?: on)?(?: (?!at\b)([a-z]+))?(?: at)?(?: (.+))?$/.exec(text);
  if (weekly) {
    const weekday = weekly[1] === undefined ? 0 : readWeekday(weekly[1]);
    const time = readTime(weekly[2]);
    return weekday !== null && time ? { kind: 'weekly', weekday, ...time } : null;
  }
  return null;
}

const help = () => t('schedule.when.help');

/** The five fields of a cron expression, checked the way the panel's parser would accept them. */
export function parseCron(input: string): CronFields {
  const parts = input.trim().split(/\s+/);
  // Only what the panel's cron parser reads too: croner's own extensions (`+` for "and") are refused.
  if (parts.length !== 5 || parts.some((part) => part.length > 100 || !/^[0-9A-Za-z*,/?#-]+$/.test(part))) {
    throw new InvalidInputError(() => t('schedule.when.notUnderstood', { help: help() }));
  }
  const [minute, hour, day_of_month, month, day_of_week] = parts as [string, string, string, string, string];
  const fields = { minute, hour, day_of_month, month, day_of_week };
  try {
    new Cron(cronString(fields), { timezone: 'UTC', paused: true });
  } catch (error) {
    // croner's own words stay English, like the panel's detail: inserted into the translated sentence.
    const why = error instanceof Error ? error.message.replace(/^CronPattern: /, '') : undefined;
    const cron = parts.join(' ');
    throw new InvalidInputError(() =>
      t('schedule.when.invalidCron', { cron, reason: why ?? t('schedule.when.doesNotParse'), help: help() }),
    );
  }
  return fields;
}

export function cronString(fields: CronFields): string {
  return `${fields.minute} ${fields.hour} ${fields.day_of_month} ${fields.month} ${fields.day_of_week}`;
}

/** The next `count` run times of the rule, in UTC (the panel's zone may shift them by its offset). */
export function nextRuns(fields: CronFields, count: number, from = new Date()): Date[] {
  return new Cron(cronString(fields), { timezone: 'UTC', paused: true }).nextRuns(count, from);
}

/** The shortest gap between two runs within the next runs (enough to see a whole day of hours). */
export function shortestGapMinutes(fields: CronFields, from = new Date()): number | null {
  const runs = nextRuns(fields, 100, from);
  let shortest: number | null = null;
  for (let i = 1; i < runs.length; i += 1) {
    const gap = ((runs[i] as Date).getTime() - (runs[i - 1] as Date).getTime()) / 60_000;
    if (shortest === null || gap < shortest) shortest = gap;
  }
  return shortest;
}

/** What the member gave as `when`, as the panel's five fields: refused with a clear reason if unusable. */
export function parseWhen(input: string, from = new Date()): ParsedWhen {
  const preset = parsePreset(input);
  const fields = preset ? presetFields(preset) : parseCron(input);
  const cron = cronString(fields);
  if (nextRuns(fields, 1, from).length === 0) {
    throw new InvalidInputError(() => t('schedule.when.neverRuns', { cron, help: help() }));
  }
  const gap = shortestGapMinutes(fields, from);
  if (gap !== null && gap < MIN_INTERVAL_MINUTES) {
    throw new InvalidInputError(() => t('schedule.when.tooOften', { cron, count: gap }));
  }
  return { fields, preset };
}
