import { describe, expect, it } from 'vitest';
import type { CronFields } from '#panel/schemas.js';
import {
  cronString,
  MIN_INTERVAL_MINUTES,
  nextRuns,
  type Preset,
  parseCron,
  parsePreset,
  parseWhen,
  presetFields,
  presetValue,
  shortestGapMinutes,
  WEEKDAYS,
} from '#schedules/when.js';
import { InvalidInputError } from '#src/errors.js';

/** A fixed moment to count runs from: Sunday 1 March 2026, midnight UTC. */
const FROM = new Date('2026-03-01T00:00:00Z');

const HELP =
  'Pick a preset from the list (every 6 hours, every 12 hours, daily at an hour, weekly), or give a cron expression of five fields: minute hour day-of-month month day-of-week (for example `0 4 * * *` for 04:00 every day).';
const NOT_UNDERSTOOD = `That is not a schedule I understand. ${HELP}`;

function fields(cron: string): CronFields {
  const [minute, hour, day_of_month, month, day_of_week] = cron.split(' ') as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { minute, hour, day_of_month, month, day_of_week };
}

/** The member-facing message of the InvalidInputError `run` throws (fails if it throws anything else). */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).userMessage;
  }
  throw new Error('expected an InvalidInputError, nothing was thrown');
}

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

function allPresets(): Preset[] {
  const presets: Preset[] = [];
  for (const every of [6, 12] as const) {
    for (let minute = 0; minute < 60; minute += 1) presets.push({ kind: 'hours', every, minute });
  }
  for (let hour = 0; hour < 24; hour += 1) {
    for (let minute = 0; minute < 60; minute += 1) presets.push({ kind: 'daily', hour, minute });
  }
  for (let weekday = 0; weekday < 7; weekday += 1) {
    for (let hour = 0; hour < 24; hour += 1) {
      for (let minute = 0; minute < 60; minute += 1) presets.push({ kind: 'weekly', weekday, hour, minute });
    }
  }
  return presets;
}

describe('presets', () => {
  it('words the choice values the autocomplete offers', () => {
    expect(presetValue({ kind: 'hours', every: 6, minute: 0 })).toBe('every 6h at :00');
    expect(presetValue({ kind: 'hours', every: 12, minute: 5 })).toBe('every 12h at :05');
    expect(presetValue({ kind: 'daily', hour: 4, minute: 30 })).toBe('daily at 04:30');
    expect(presetValue({ kind: 'weekly', weekday: 1, hour: 23, minute: 59 })).toBe(
      'weekly on Monday at 23:59',
    );
  });

  it('turns each kind into the five panel fields, all strings', () => {
    expect(presetFields({ kind: 'hours', every: 6, minute: 15 })).toEqual(fields('15 */6 * * *'));
    expect(presetFields({ kind: 'hours', every: 12, minute: 0 })).toEqual(fields('0 */12 * * *'));
    expect(presetFields({ kind: 'daily', hour: 4, minute: 30 })).toEqual(fields('30 4 * * *'));
    expect(presetFields({ kind: 'weekly', weekday: 0, hour: 3, minute: 0 })).toEqual(fields('0 3 * * 0'));
    expect(presetFields({ kind: 'weekly', weekday: 6, hour: 21, minute: 45 })).toEqual(fields('45 21 * * 6'));
  });

  it('reads back every preset value it offers (all 11 640 of them)', () => {
    const presets = allPresets();
    expect(presets).toHaveLength(2 * 60 + 24 * 60 + 7 * 24 * 60);
    const misread = presets.filter((preset) => {
      const value = presetValue(preset);
      return value.length > 100 || JSON.stringify(parsePreset(value)) !== JSON.stringify(preset);
    });
    expect(misread).toEqual([]);
  });

  it('accepts a sample of preset values through parseWhen, as the same preset and fields', () => {
    const sample = allPresets().filter(
      (p) =>
        p.kind === 'hours' ||
        (p.kind === 'daily' && (p.minute === 0 || p.minute === 59)) ||
        (p.kind === 'weekly' && [0, 12, 23].includes(p.hour) && [0, 30].includes(p.minute)),
    );
    expect(sample).toHaveLength(120 + 48 + 42);
    for (const preset of sample) {
      const parsed = parseWhen(presetValue(preset), FROM);
      expect(parsed.preset).toEqual(preset);
      expect(parsed.fields).toEqual(presetFields(preset));
    }
  });

  it('reads presets as a member types them', () => {
    expect(parsePreset('6h')).toEqual({ kind: 'hours', every: 6, minute: 0 });
    expect(parsePreset('every 12 hours')).toEqual({ kind: 'hours', every: 12, minute: 0 });
    expect(parsePreset('  Every   6   Hours  at :7 ')).toEqual({ kind: 'hours', every: 6, minute: 7 });
    expect(parsePreset('daily')).toEqual({ kind: 'daily', hour: 3, minute: 0 });
    expect(parsePreset('daily at 4:30')).toEqual({ kind: 'daily', hour: 4, minute: 30 });
    expect(parsePreset('every day at 15h')).toEqual({ kind: 'daily', hour: 15, minute: 0 });
    expect(parsePreset('daily at 3pm')).toEqual({ kind: 'daily', hour: 15, minute: 0 });
    expect(parsePreset('daily at 12am')).toEqual({ kind: 'daily', hour: 0, minute: 0 });
    expect(parsePreset('daily at 12pm')).toEqual({ kind: 'daily', hour: 12, minute: 0 });
    expect(parsePreset('weekly')).toEqual({ kind: 'weekly', weekday: 0, hour: 3, minute: 0 });
    expect(parsePreset('weekly monday 3')).toEqual({ kind: 'weekly', weekday: 1, hour: 3, minute: 0 });
    expect(parsePreset('weekly on fri')).toEqual({ kind: 'weekly', weekday: 5, hour: 3, minute: 0 });
    expect(parsePreset('every week on Saturday at 22:15')).toEqual({
      kind: 'weekly',
      weekday: 6,
      hour: 22,
      minute: 15,
    });
  });

  it('reads "weekly at <time>" as Sunday at that time (not "at" as a weekday)', () => {
    expect(parsePreset('weekly at 4')).toEqual({ kind: 'weekly', weekday: 0, hour: 4, minute: 0 });
    expect(parsePreset('weekly at 04:30')).toEqual({ kind: 'weekly', weekday: 0, hour: 4, minute: 30 });
    expect(parsePreset('every week at 3pm')).toEqual({ kind: 'weekly', weekday: 0, hour: 15, minute: 0 });
  });

  it('is no preset for out-of-range times, unknown days and other hour counts', () => {
    expect(parsePreset('every 6h at :60')).toBeNull();
    expect(parsePreset('every 8 hours')).toBeNull();
    expect(parsePreset('daily at 24:00')).toBeNull();
    expect(parsePreset('daily at 4:60')).toBeNull();
    expect(parsePreset('daily at noon')).toBeNull();
    expect(parsePreset('weekly on funday')).toBeNull();
    expect(parsePreset('weekly on mo')).toBeNull();
    expect(parsePreset('0 4 * * *')).toBeNull();
    expect(parsePreset('')).toBeNull();
  });

  it('names the weekdays from Sunday, as cron counts them', () => {
    expect(WEEKDAYS).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
  });
});

describe('cron expressions', () => {
  it('splits five fields in the panel order', () => {
    expect(parseCron('0 4 * * *')).toEqual(fields('0 4 * * *'));
    expect(parseCron('  15   2  1  *  0 ')).toEqual(fields('15 2 1 * 0'));
    expect(parseCron('0 4 * * *')).toEqual({
      minute: '0',
      hour: '4',
      day_of_month: '*',
      month: '*',
      day_of_week: '*',
    });
  });

  it('keeps ranges, steps, lists and names as typed', () => {
    expect(parseCron('0 */2 1-15 1,4,7,10 1-5')).toEqual(fields('0 */2 1-15 1,4,7,10 1-5'));
    expect(parseCron('30 8-18/2 * * MON-FRI')).toEqual(fields('30 8-18/2 * * MON-FRI'));
    expect(parseCron('0 3 * JAN,JUL SUN')).toEqual(fields('0 3 * JAN,JUL SUN'));
    expect(parseCron('0 3 * * mon')).toEqual(fields('0 3 * * mon'));
  });

  it('refuses another number of fields with the help text', () => {
    for (const input of ['0 4 * *', '0 0 4 * * *', '0 0 4 * * * 2026', '', '   ', '0']) {
      expect(refusal(() => parseCron(input))).toBe(NOT_UNDERSTOOD);
    }
  });

  it('refuses a field longer than the 100 characters the panel stores', () => {
    const hundred = `${'0,'.repeat(49)}00`;
    expect(hundred).toHaveLength(100);
    expect(parseCron(`${hundred} 3 * * *`).minute).toBe(hundred);
    expect(refusal(() => parseCron(`${hundred}0 3 * * *`))).toBe(NOT_UNDERSTOOD);
  });

  it('refuses characters the panel’s cron parser does not read (croner’s `+`, other punctuation)', () => {
    for (const input of ['0 3 * * +1', '0 3 * * 1+2', '0 3 * * 1;2', '0 3 * * $']) {
      expect(refusal(() => parseCron(input))).toBe(NOT_UNDERSTOOD);
    }
  });

  it('refuses garbage and out-of-range values, naming the expression and why', () => {
    expect(refusal(() => parseCron('a b c d e'))).toBe(
      `\`a b c d e\` is not a valid cron expression (configuration entry 1 (a) contains illegal characters.). ${HELP}`,
    );
    expect(refusal(() => parseCron('60 * * * *'))).toBe(
      `\`60 * * * *\` is not a valid cron expression (Invalid value for minute: 60). ${HELP}`,
    );
    expect(refusal(() => parseCron('0 24 * * *'))).toBe(
      `\`0 24 * * *\` is not a valid cron expression (Invalid value for hour: 24). ${HELP}`,
    );
    for (const input of ['0 4 32 * *', '0 4 * 13 *', '0 4 * * 8', '0 4 * * FUNDAY', '0 4 5-1x * *']) {
      const message = refusal(() => parseCron(input));
      expect(message.startsWith(`\`${input}\` is not a valid cron expression (`)).toBe(true);
      expect(message.endsWith(`). ${HELP}`)).toBe(true);
    }
  });

  it('joins the fields back in the panel order', () => {
    expect(cronString({ minute: '1', hour: '2', day_of_month: '3', month: '4', day_of_week: '5' })).toBe(
      '1 2 3 4 5',
    );
    expect(cronString(parseCron('0 */2 1-15 * MON-FRI'))).toBe('0 */2 1-15 * MON-FRI');
  });
});

describe('next runs', () => {
  it('lists the next runs in UTC, strictly after `from`', () => {
    expect(iso(nextRuns(fields('0 */6 * * *'), 4, FROM))).toEqual([
      '2026-03-01T06:00:00.000Z',
      '2026-03-01T12:00:00.000Z',
      '2026-03-01T18:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
    ]);
    expect(iso(nextRuns(fields('30 4 * * *'), 2, FROM))).toEqual([
      '2026-03-01T04:30:00.000Z',
      '2026-03-02T04:30:00.000Z',
    ]);
    // 1 March 2026 is a Sunday: the next Monday is the 2nd.
    expect(iso(nextRuns(fields('0 3 * * 1'), 2, FROM))).toEqual([
      '2026-03-02T03:00:00.000Z',
      '2026-03-09T03:00:00.000Z',
    ]);
  });

  it('reads month and weekday names', () => {
    expect(iso(nextRuns(fields('0 3 * JAN,JUL SUN'), 3, FROM))).toEqual([
      '2026-07-05T03:00:00.000Z',
      '2026-07-12T03:00:00.000Z',
      '2026-07-19T03:00:00.000Z',
    ]);
    expect(iso(nextRuns(fields('0 12 * * MON-FRI'), 3, FROM))).toEqual([
      '2026-03-02T12:00:00.000Z',
      '2026-03-03T12:00:00.000Z',
      '2026-03-04T12:00:00.000Z',
    ]);
  });

  it('runs on either the day of month or the weekday when both are given, as cron does', () => {
    // Fridays, and the 13th whatever day it is (13 April 2026 is a Monday).
    expect(iso(nextRuns(fields('0 0 13 * 5'), 7, FROM))).toEqual([
      '2026-03-06T00:00:00.000Z',
      '2026-03-13T00:00:00.000Z',
      '2026-03-20T00:00:00.000Z',
      '2026-03-27T00:00:00.000Z',
      '2026-04-03T00:00:00.000Z',
      '2026-04-10T00:00:00.000Z',
      '2026-04-13T00:00:00.000Z',
    ]);
  });

  it('is empty for a rule that never runs', () => {
    expect(nextRuns(fields('0 0 31 2 *'), 1, FROM)).toEqual([]);
    expect(nextRuns(fields('0 0 30 2 *'), 1, FROM)).toEqual([]);
  });

  it('finds the shortest gap between runs, in minutes', () => {
    expect(shortestGapMinutes(fields('0 * * * *'), FROM)).toBe(60);
    expect(shortestGapMinutes(fields('0 */6 * * *'), FROM)).toBe(360);
    expect(shortestGapMinutes(fields('0 3 * * *'), FROM)).toBe(1440);
    expect(shortestGapMinutes(fields('0 3 * * 0'), FROM)).toBe(7 * 1440);
    expect(shortestGapMinutes(fields('*/30 * * * *'), FROM)).toBe(30);
    expect(shortestGapMinutes(fields('0,30 * * * *'), FROM)).toBe(30);
    expect(shortestGapMinutes(fields('* * * * *'), FROM)).toBe(1);
    // 59 past one hour, then 5 past the next.
    expect(shortestGapMinutes(fields('5,59 * * * *'), FROM)).toBe(6);
    // 23:59, then 00:00 the next day.
    expect(shortestGapMinutes(fields('0,59 0,23 * * *'), FROM)).toBe(1);
    // Leap days: four years apart at the least (2028, 2032, …).
    expect(shortestGapMinutes(fields('0 0 29 2 *'), FROM)).toBe(1461 * 1440);
  });

  it('has no gap for a rule with no runs', () => {
    expect(shortestGapMinutes(fields('0 0 31 2 *'), FROM)).toBeNull();
  });
});

describe('parseWhen', () => {
  it('takes a cron expression that is not a preset, with no preset', () => {
    expect(parseWhen('0 4 * * 1-5', FROM)).toEqual({ fields: fields('0 4 * * 1-5'), preset: null });
    expect(parseWhen('0 * * * *', FROM)).toEqual({ fields: fields('0 * * * *'), preset: null });
    expect(parseWhen('0 */2 1-15 1,4,7,10 MON-FRI', FROM)).toEqual({
      fields: fields('0 */2 1-15 1,4,7,10 MON-FRI'),
      preset: null,
    });
  });

  it('reads a typed preset as that preset', () => {
    expect(parseWhen('daily at 4:30', FROM)).toEqual({
      fields: fields('30 4 * * *'),
      preset: { kind: 'daily', hour: 4, minute: 30 },
    });
    expect(parseWhen('every 12 hours', FROM)).toEqual({
      fields: fields('0 */12 * * *'),
      preset: { kind: 'hours', every: 12, minute: 0 },
    });
  });

  it('allows exactly hourly: MIN_INTERVAL_MINUTES is one hour', () => {
    expect(MIN_INTERVAL_MINUTES).toBe(60);
    expect(parseWhen('0 * * * *', FROM).fields).toEqual(fields('0 * * * *'));
    expect(parseWhen('59 */1 * * *', FROM).fields).toEqual(fields('59 */1 * * *'));
  });

  it('refuses rules that run more often than hourly, saying how often and why', () => {
    const why =
      'A backup schedule may run at most once an hour: at the backup limit every run deletes the oldest unlocked backup.';
    expect(refusal(() => parseWhen('*/30 * * * *', FROM))).toBe(
      `\`*/30 * * * *\` would run every 30 minutes. ${why}`,
    );
    expect(refusal(() => parseWhen('0,30 * * * *', FROM))).toBe(
      `\`0,30 * * * *\` would run every 30 minutes. ${why}`,
    );
    expect(refusal(() => parseWhen('* * * * *', FROM))).toBe(
      `\`* * * * *\` would run every 1 minute. ${why}`,
    );
    expect(refusal(() => parseWhen('5,59 3 * * *', FROM))).toBe(
      `\`5,59 3 * * *\` would run every 54 minutes. ${why}`,
    );
    expect(refusal(() => parseWhen('0,59 0,23 * * *', FROM))).toBe(
      `\`0,59 0,23 * * *\` would run every 1 minute. ${why}`,
    );
  });

  it('refuses rules that never run', () => {
    for (const input of ['0 0 31 2 *', '0 0 30 2 *', '0 0 31 4,6,9,11 *']) {
      expect(refusal(() => parseWhen(input, FROM))).toBe(
        `\`${input}\` never runs (no such date comes). ${HELP}`,
      );
    }
  });

  it('accepts a rare rule that does run', () => {
    expect(parseWhen('0 0 29 2 *', FROM)).toEqual({ fields: fields('0 0 29 2 *'), preset: null });
    // The 30th of February never comes, but the Mondays of February do.
    expect(parseWhen('0 0 30 2 1', FROM).fields).toEqual(fields('0 0 30 2 1'));
  });

  it('refuses what is neither a preset nor cron, with the help text', () => {
    expect(refusal(() => parseWhen('whenever', FROM))).toBe(NOT_UNDERSTOOD);
    expect(refusal(() => parseWhen('every 8 hours', FROM))).toBe(NOT_UNDERSTOOD);
    expect(refusal(() => parseWhen('daily at 25:00', FROM))).toBe(NOT_UNDERSTOOD);
    expect(refusal(() => parseWhen('0 4 * *', FROM))).toBe(NOT_UNDERSTOOD);
  });
});
