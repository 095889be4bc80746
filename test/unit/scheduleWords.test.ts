import { describe, expect, it } from 'vitest';
import { withLocale } from '#i18n/i18n.js';
import { type CronFields, type Schedule, type ScheduleTask, scheduleItem } from '#panel/schemas.js';
import { type Preset, presetFields } from '#schedules/when.js';
import {
  backsUp,
  defaultName,
  ignoredOf,
  presetOf,
  presetWords,
  ruleInWords,
  ruleWithZone,
  zoneOf,
} from '#schedules/words.js';

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

function task(overrides: Partial<ScheduleTask> & Pick<ScheduleTask, 'id' | 'action'>): ScheduleTask {
  return {
    sequence_id: overrides.id,
    payload: '',
    time_offset: 0,
    is_queued: false,
    continue_on_failure: false,
    ...overrides,
  };
}

function schedule(tasks: ScheduleTask[], cron = '0 3 * * *'): Schedule {
  return {
    id: 42,
    name: 'Nightly backup',
    cron: fields(cron),
    is_active: true,
    is_processing: false,
    only_when_online: false,
    last_run_at: '2026-08-21T03:00:04+00:00',
    next_run_at: '2026-08-22T03:00:00+00:00',
    tasks,
  };
}

describe('presetOf', () => {
  it('recognises the fields of every kind of preset', () => {
    expect(presetOf(fields('0 */6 * * *'))).toEqual({ kind: 'hours', every: 6, minute: 0 });
    expect(presetOf(fields('45 */12 * * *'))).toEqual({ kind: 'hours', every: 12, minute: 45 });
    expect(presetOf(fields('30 4 * * *'))).toEqual({ kind: 'daily', hour: 4, minute: 30 });
    expect(presetOf(fields('0 3 * * 1'))).toEqual({ kind: 'weekly', weekday: 1, hour: 3, minute: 0 });
    expect(presetOf(fields('59 23 * * 6'))).toEqual({ kind: 'weekly', weekday: 6, hour: 23, minute: 59 });
  });

  it('reads the panel page’s own spellings: zero-padded numbers, Sunday as 7', () => {
    expect(presetOf(fields('05 03 * * *'))).toEqual({ kind: 'daily', hour: 3, minute: 5 });
    expect(presetOf(fields('0 3 * * 7'))).toEqual({ kind: 'weekly', weekday: 0, hour: 3, minute: 0 });
    expect(presetOf(fields('0 3 * * 0'))).toEqual({ kind: 'weekly', weekday: 0, hour: 3, minute: 0 });
  });

  it('reads back what presetFields wrote, for every kind', () => {
    const presets: Preset[] = [
      { kind: 'hours', every: 6, minute: 7 },
      { kind: 'hours', every: 12, minute: 0 },
      { kind: 'daily', hour: 0, minute: 0 },
      { kind: 'daily', hour: 23, minute: 59 },
      ...[0, 1, 2, 3, 4, 5, 6].map((weekday): Preset => ({ kind: 'weekly', weekday, hour: 12, minute: 30 })),
    ];
    for (const preset of presets) expect(presetOf(presetFields(preset))).toEqual(preset);
  });

  it('is no preset for any other rule', () => {
    for (const cron of [
      '*/30 * * * *',
      '0 * * * *',
      '0 */8 * * *',
      '0 0/6 * * *',
      '0 */6 * * 1',
      '0 3 1 * *',
      '0 3 * 1 *',
      '0 3 * * 1-5',
      '0 3 * * 1,3',
      '0 3 * * MON',
      '0 3 * * 8',
      '60 3 * * *',
      '0 24 * * *',
      '0 3,15 * * *',
      '100 3 * * *',
    ]) {
      expect(presetOf(fields(cron)), cron).toBeNull();
    }
  });
});

describe('ruleInWords', () => {
  it('words presets in the bot’s own terms', () => {
    expect(ruleInWords(fields('0 */6 * * *'))).toBe('every 6 hours');
    expect(ruleInWords(fields('0 */12 * * *'))).toBe('every 12 hours');
    expect(ruleInWords(fields('5 */6 * * *'))).toBe('every 6 hours at 05 past the hour');
    expect(ruleInWords(fields('0 3 * * *'))).toBe('every day at 03:00');
    expect(ruleInWords(fields('30 14 * * *'))).toBe('every day at 14:30');
    expect(ruleInWords(fields('0 4 * * 1'))).toBe('every Monday at 04:00');
    expect(ruleInWords(fields('0 3 * * 7'))).toBe('every Sunday at 03:00');
  });

  it('matches presetWords for presets', () => {
    const preset: Preset = { kind: 'weekly', weekday: 5, hour: 22, minute: 15 };
    expect(presetWords(preset)).toBe('every Friday at 22:15');
    expect(ruleInWords(presetFields(preset))).toBe(presetWords(preset));
  });

  it('words other rules with cronstrue, in 24-hour time and lower-case first', () => {
    expect(ruleInWords(fields('0 4 * * 1-5'))).toBe('at 04:00, Monday through Friday');
    expect(ruleInWords(fields('0 3 * * MON'))).toBe('at 03:00, only on Monday');
    expect(ruleInWords(fields('0 3 * JAN,JUL SUN'))).toBe(
      'at 03:00, only on Sunday, only in January and July',
    );
    expect(ruleInWords(fields('15 14 1 * *'))).toBe('at 14:15, on day 1 of the month');
    expect(ruleInWords(fields('0 3 L * *'))).toBe('at 03:00, on the last day of the month');
    expect(ruleInWords(fields('0 3 * * 1#2'))).toBe('at 03:00, on the second Monday of the month');
    expect(ruleInWords(fields('0 */2 * * *'))).toBe('on the hour, every 2 hours');
    expect(ruleInWords(fields('*/30 * * * *'))).toBe('every 30 minutes');
  });

  it('shows a rule cronstrue cannot read as the cron itself', () => {
    expect(ruleInWords(fields('0 3 32 * *'))).toBe('on cron `0 3 32 * *`');
    expect(ruleInWords(fields('0 24 * * *'))).toBe('on cron `0 24 * * *`');
    expect(ruleInWords(fields('foo bar baz qux quux'))).toBe('on cron `foo bar baz qux quux`');
  });
});

describe('in the reader’s language', () => {
  it('words cron rules with cronstrue in German, keeping its capital first letter', () => {
    withLocale('de', () => {
      expect(ruleInWords(fields('0 4 * * 1-5'))).toBe('Um 04:00, Montag bis Freitag');
      expect(ruleInWords(fields('0 3 * JAN,JUL SUN'))).toBe(
        'Um 03:00, nur jeden Sonntag, nur im Januar und Juli',
      );
      expect(ruleInWords(fields('*/30 * * * *'))).toBe('Alle 30 Minuten');
      expect(ruleInWords(fields('0-10 * * * *'))).toBe('Minuten 0 bis 10');
    });
  });

  it('lower-cases cronstrue’s first letter in the other languages, as in English', () => {
    expect(withLocale('fr', () => ruleInWords(fields('0 4 * * 1-5')))).toBe('à 04:00, de lundi à vendredi');
    expect(withLocale('nl', () => ruleInWords(fields('*/30 * * * *')))).toBe('elke 30 minuten');
    expect(withLocale('pt-BR', () => ruleInWords(fields('*/30 * * * *')))).toBe('a cada 30 minutos');
  });

  it('goes back to English outside the language’s context', () => {
    withLocale('de', () => ruleInWords(fields('0 4 * * 1-5')));
    expect(ruleInWords(fields('0 4 * * 1-5'))).toBe('at 04:00, Monday through Friday');
  });
});

describe('zones', () => {
  it('reads the offset of an ATOM timestamp', () => {
    expect(zoneOf('2026-01-01T03:00:00+02:00')).toBe('panel time, UTC+02:00');
    expect(zoneOf('2026-01-01T03:00:00-05:30')).toBe('panel time, UTC-05:30');
    expect(zoneOf('2026-08-22T03:00:00+00:00')).toBe('UTC');
    expect(zoneOf('2026-08-22T03:00:00Z')).toBe('UTC');
  });

  it('says only "panel time" when no timestamp tells the offset', () => {
    expect(zoneOf(null)).toBe('panel time');
    expect(zoneOf(undefined)).toBe('panel time');
    expect(zoneOf('')).toBe('panel time');
    expect(zoneOf('2026-01-01T03:00:00')).toBe('panel time');
  });

  it('adds the zone to rules that name a time of day', () => {
    const atom = '2026-01-01T03:00:00+02:00';
    expect(ruleWithZone(fields('0 3 * * *'), atom)).toBe('every day at 03:00 (panel time, UTC+02:00)');
    expect(ruleWithZone(fields('0 4 * * 1'), '2026-01-01T03:00:00+00:00')).toBe(
      'every Monday at 04:00 (UTC)',
    );
    expect(ruleWithZone(fields('0 4 * * 1-5'), atom)).toBe(
      'at 04:00, Monday through Friday (panel time, UTC+02:00)',
    );
    expect(ruleWithZone(fields('0 3 * * *'), null)).toBe('every day at 03:00 (panel time)');
  });

  it('leaves the zone out of rules that name no time of day', () => {
    const atom = '2026-01-01T03:00:00+02:00';
    expect(ruleWithZone(fields('0 */6 * * *'), atom)).toBe('every 6 hours');
    expect(ruleWithZone(fields('5 */12 * * *'), atom)).toBe('every 12 hours at 05 past the hour');
    expect(ruleWithZone(fields('0 */2 * * *'), null)).toBe('on the hour, every 2 hours');
  });
});

describe('backup tasks', () => {
  it('backs up when any task is a backup task', () => {
    expect(backsUp(schedule([task({ id: 1, action: 'backup' })]))).toBe(true);
    expect(
      backsUp(
        schedule([
          task({ id: 1, action: 'command', payload: 'say backing up' }),
          task({ id: 2, action: 'backup', payload: 'logs/*', time_offset: 30 }),
        ]),
      ),
    ).toBe(true);
  });

  it('does not back up with only other tasks, or none', () => {
    expect(
      backsUp(
        schedule([
          task({ id: 1, action: 'command', payload: 'say restarting' }),
          task({ id: 2, action: 'power', payload: 'restart' }),
          task({ id: 3, action: 'delete_files', payload: '["logs"]' }),
        ]),
      ),
    ).toBe(false);
    expect(backsUp(schedule([]))).toBe(false);
  });

  it('reads the backup task’s payload as its ignore list, one pattern a line, empty lines dropped', () => {
    const s = schedule([
      task({ id: 1, action: 'command', payload: 'say not/a/pattern' }),
      task({ id: 2, action: 'backup', payload: 'logs/*\n\ncache/\n   \n*.tmp\n' }),
    ]);
    expect(ignoredOf(s)).toEqual(['logs/*', 'cache/', '*.tmp']);
  });

  it('has an empty ignore list for an empty payload or no backup task', () => {
    expect(ignoredOf(schedule([task({ id: 1, action: 'backup', payload: '' })]))).toEqual([]);
    expect(ignoredOf(schedule([task({ id: 1, action: 'command', payload: 'say logs/*' })]))).toEqual([]);
    expect(ignoredOf(schedule([]))).toEqual([]);
  });

  it('takes the first backup task in run order, as the panel lists it in any order', () => {
    const parsed = scheduleItem.parse({
      object: 'server_schedule',
      attributes: {
        id: 42,
        name: 'Nightly backup',
        cron: { day_of_week: '*', day_of_month: '*', month: '*', hour: '3', minute: '0' },
        is_active: true,
        is_processing: false,
        only_when_online: false,
        last_run_at: null,
        next_run_at: '2026-01-01T03:00:00+02:00',
        relationships: {
          tasks: {
            object: 'list',
            data: [
              {
                object: 'schedule_task',
                attributes: {
                  id: 78,
                  sequence_id: 3,
                  action: 'backup',
                  payload: 'second/',
                  time_offset: 0,
                  is_queued: false,
                  continue_on_failure: false,
                },
              },
              {
                object: 'schedule_task',
                attributes: {
                  id: 77,
                  sequence_id: 2,
                  action: 'backup',
                  payload: 'first/\nalso-first/',
                  time_offset: 0,
                  is_queued: false,
                  continue_on_failure: false,
                },
              },
              {
                object: 'schedule_task',
                attributes: {
                  id: 76,
                  sequence_id: 1,
                  action: 'power',
                  payload: 'restart',
                  time_offset: 0,
                  is_queued: false,
                  continue_on_failure: true,
                },
              },
            ],
          },
        },
      },
    }).attributes;
    expect(parsed.tasks.map((t) => t.id)).toEqual([76, 77, 78]);
    expect(backsUp(parsed)).toBe(true);
    expect(ignoredOf(parsed)).toEqual(['first/', 'also-first/']);
    expect(ruleWithZone(parsed.cron, parsed.next_run_at)).toBe('every day at 03:00 (panel time, UTC+02:00)');
  });
});

describe('defaultName', () => {
  it('names a schedule after its rule', () => {
    expect(defaultName(fields('0 3 * * *'))).toBe('Backup every day at 03:00');
    expect(defaultName(fields('0 */6 * * *'))).toBe('Backup every 6 hours');
    expect(defaultName(fields('0 4 * * 1-5'))).toBe('Backup at 04:00, Monday through Friday');
    expect(defaultName(fields('0 24 * * *'))).toBe('Backup on cron `0 24 * * *`');
  });

  it('stays within the panel’s 191 characters', () => {
    const long = fields(
      `${Array.from({ length: 37 }, (_, i) => i + 1).join(',')} ${Array.from({ length: 23 }, (_, i) => i + 1).join(',')} ${Array.from({ length: 28 }, (_, i) => i + 1).join(',')} * *`,
    );
    const name = defaultName(long);
    expect(name).toHaveLength(191);
    expect(name.startsWith('Backup at 1, 2, 3')).toBe(true);
    expect(`Backup ${ruleInWords(long)}`.length).toBeGreaterThan(191);
    expect(name).toBe(`Backup ${ruleInWords(long)}`.slice(0, 191));
  });
});
