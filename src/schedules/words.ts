import cronstrue from 'cronstrue';
import type { CronFields, Schedule } from '#panel/schemas.js';
import { cronString, type Preset, WEEKDAYS } from './when.js';

/** How a schedule reads to people: its rule in words (never raw cron alone), its zone, its runs. */

const pad = (n: number) => String(n).padStart(2, '0');
const NUMBER = /^\d{1,2}$/;

/** The preset a rule is, whoever made it (the bot or the panel's own page). */
export function presetOf(fields: CronFields): Preset | null {
  const { minute, hour, day_of_month, month, day_of_week } = fields;
  if (!NUMBER.test(minute) || day_of_month !== '*' || month !== '*') return null;
  const m = Number(minute);
  if (m > 59) return null;
  const every = /^\*\/(6|12)$/.exec(hour);
  if (every && day_of_week === '*') return { kind: 'hours', every: Number(every[1]) as 6 | 12, minute: m };
  if (!NUMBER.test(hour) || Number(hour) > 23) return null;
  const h = Number(hour);
  if (day_of_week === '*') return { kind: 'daily', hour: h, minute: m };
  if (/^[0-7]$/.test(day_of_week))
    return { kind: 'weekly', weekday: Number(day_of_week) % 7, hour: h, minute: m };
  return null;
}

export function presetWords(preset: Preset): string {
  switch (preset.kind) {
    case 'hours':
      return `every ${preset.every} hours${preset.minute === 0 ? '' : ` at ${pad(preset.minute)} past the hour`}`;
    case 'daily':
      return `every day at ${pad(preset.hour)}:${pad(preset.minute)}`;
    case 'weekly':
      return `every ${WEEKDAYS[preset.weekday]} at ${pad(preset.hour)}:${pad(preset.minute)}`;
  }
}

/** "every day at 03:00", or cronstrue's words for any other rule ("At 04:00, only on Monday"). */
export function ruleInWords(fields: CronFields): string {
  const preset = presetOf(fields);
  if (preset) return presetWords(preset);
  try {
    const words = cronstrue.toString(cronString(fields), { use24HourTimeFormat: true, verbose: false });
    return words.charAt(0).toLowerCase() + words.slice(1);
  } catch {
    // A rule made on the panel that cronstrue cannot read: shown as it is.
    return `on cron \`${cronString(fields)}\``;
  }
}

/**
 * The panel's zone, as far as the API tells it: the offset of an ATOM timestamp ("+02:00"). Pelican
 * always runs cron in UTC; Pterodactyl in its APP_TIMEZONE, which is never named.
 */
export function zoneOf(atom: string | null | undefined): string {
  const offset = atom ? /([+-]\d{2}:\d{2}|Z)$/.exec(atom)?.[1] : undefined;
  if (offset === undefined) return 'panel time';
  return offset === 'Z' || offset === '+00:00' ? 'UTC' : `panel time, UTC${offset}`;
}

/** Hours and minutes of the rule are the panel's clock: said with the zone whenever the rule names a time. */
export function ruleWithZone(fields: CronFields, atom: string | null | undefined): string {
  const words = ruleInWords(fields);
  return /\d{2}:\d{2}/.test(words) ? `${words} (${zoneOf(atom)})` : words;
}

/** A schedule backs up when one of its tasks is a backup task. */
export function backsUp(schedule: Schedule): boolean {
  return schedule.tasks.some((task) => task.action === 'backup');
}

/** The ignore list of the schedule's (first) backup task. */
export function ignoredOf(schedule: Schedule): string[] {
  const task = schedule.tasks.find((t) => t.action === 'backup');
  return (task?.payload ?? '').split('\n').filter((line) => line.trim().length > 0);
}

/** A default name from the rule, within the panel's 191 characters. */
export function defaultName(fields: CronFields): string {
  const words = ruleInWords(fields);
  return `Backup ${words}`.slice(0, 191);
}
