// The build with every language (the plain `cronstrue` speaks only English). The `.js` is needed:
// the package has no exports map, and Node's ESM resolution adds no extension.
import cronstrueWithLocales from 'cronstrue/i18n.js';
import { currentLocale, t } from '#i18n/i18n.js';
import type { Locale } from '#i18n/locales.js';
import type { CronFields, Schedule } from '#panel/schemas.js';
import { cronString, type Preset } from './when.js';

/** How a schedule reads to people: its rule in words (never raw cron alone), its zone, its runs. */

/**
 * How cronstrue words a rule in each of our languages: its locale name, and whether its first letter
 * goes lower-case (rules are read inside a sentence, "Created on X: at 04:00, …"). German keeps its
 * capital: its rules may start with a noun ("Minuten 0 bis 10"), and nouns are capitalised.
 */
const CRONSTRUE: Readonly<Record<Locale, { locale: string; lowerFirst: boolean }>> = {
  'en-US': { locale: 'en', lowerFirst: true },
  de: { locale: 'de', lowerFirst: false },
  fr: { locale: 'fr', lowerFirst: true },
  'es-ES': { locale: 'es', lowerFirst: true },
  'pt-BR': { locale: 'pt_BR', lowerFirst: true },
  pl: { locale: 'pl', lowerFirst: true },
  ru: { locale: 'ru', lowerFirst: true },
  nl: { locale: 'nl', lowerFirst: true },
};

/**
 * Its `toString`: the package's `i18n.d.ts` re-exports only the default (the class), while a default
 * import of this CommonJS module is its `module.exports`, which holds `toString` too (as does the class,
 * should a loader unwrap the default).
 */
const cronstrue = cronstrueWithLocales as unknown as Pick<typeof cronstrueWithLocales.default, 'toString'>;

const WEEKLY = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

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
      return preset.minute === 0
        ? t('schedule.rule.everyHours', { hours: preset.every })
        : t('schedule.rule.everyHoursPast', { hours: preset.every, minute: pad(preset.minute) });
    case 'daily':
      return t('schedule.rule.everyDay', { time: `${pad(preset.hour)}:${pad(preset.minute)}` });
    case 'weekly':
      return t(`schedule.rule.weekly.${WEEKLY[preset.weekday % 7] ?? 'sunday'}`, {
        time: `${pad(preset.hour)}:${pad(preset.minute)}`,
      });
  }
}

/** "every day at 03:00", or cronstrue's words for any other rule ("At 04:00, only on Monday"). */
export function ruleInWords(fields: CronFields): string {
  const preset = presetOf(fields);
  if (preset) return presetWords(preset);
  const { locale, lowerFirst } = CRONSTRUE[currentLocale()];
  try {
    const words = cronstrue.toString(cronString(fields), {
      locale,
      use24HourTimeFormat: true,
      verbose: false,
    });
    return lowerFirst ? words.charAt(0).toLowerCase() + words.slice(1) : words;
  } catch {
    // A rule made on the panel that cronstrue cannot read: shown as it is.
    return t('schedule.rule.rawCron', { cron: cronString(fields) });
  }
}

/**
 * The panel's zone, as far as the API tells it: the offset of an ATOM timestamp ("+02:00"). Pelican
 * always runs cron in UTC; Pterodactyl in its APP_TIMEZONE, which is never named.
 */
export function zoneOf(atom: string | null | undefined): string {
  const offset = atom ? /([+-]\d{2}:\d{2}|Z)$/.exec(atom)?.[1] : undefined;
  if (offset === undefined) return t('schedule.zone.panel');
  return offset === 'Z' || offset === '+00:00'
    ? t('schedule.zone.utc')
    : t('schedule.zone.panelOffset', { offset });
}

/** Hours and minutes of the rule are the panel's clock: said with the zone whenever the rule names a time. */
export function ruleWithZone(fields: CronFields, atom: string | null | undefined): string {
  const words = ruleInWords(fields);
  return /\d{2}:\d{2}/.test(words) ? t('schedule.rule.withZone', { rule: words, zone: zoneOf(atom) }) : words;
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

/**
 * A default name from the rule, within the panel's 191 characters: in the language of the member
 * who creates the schedule, who reads it on the panel and in the bot's lists.
 */
export function defaultName(fields: CronFields): string {
  return t('schedule.defaultName', { rule: ruleInWords(fields) }).slice(0, 191);
}
