/**
 * English (US) words of the `schedule` area: the source every other language translates.
 *
 * A schedule's rule is worded by the bot for its presets (`rule.*`) and by the cronstrue library,
 * in the reader's language, for any other cron rule. Rules are written to follow other words
 * ("Backup every day at 03:00", "Created on X: every day at 03:00."), so they start in lower case
 * where the language allows it. Times of day are always given as `{{time}}` (HH:MM, 24-hour): the
 * bot adds the panel's time zone after any rule that names one.
 */
export const schedule = {
  rule: {
    /** `{{hours}}` is always 6 or 12. */
    everyHours: 'every {{hours}} hours',
    /** `{{minute}}` is two digits ("05"): the minute past each of those hours. */
    everyHoursPast: 'every {{hours}} hours at {{minute}} past the hour',
    everyDay: 'every day at {{time}}',
    /** One sentence per weekday (cron counts from Sunday), so each can take its own grammar. */
    weekly: {
      sunday: 'every Sunday at {{time}}',
      monday: 'every Monday at {{time}}',
      tuesday: 'every Tuesday at {{time}}',
      wednesday: 'every Wednesday at {{time}}',
      thursday: 'every Thursday at {{time}}',
      friday: 'every Friday at {{time}}',
      saturday: 'every Saturday at {{time}}',
    },
    /** A rule made on the panel that cannot be put in words: the cron expression itself. */
    rawCron: 'on cron `{{cron}}`',
    /** A rule that names a time of day, with the zone the panel's clock runs in. */
    withZone: '{{rule}} ({{zone}})',
  },
  zone: {
    /** The panel's own clock, when its offset from UTC is not known. */
    panel: 'panel time',
    utc: 'UTC',
    /** `{{offset}}` is like "+02:00". */
    panelOffset: 'panel time, UTC{{offset}}',
  },
  /** The name a schedule gets on the panel when the member gives none: "Backup every day at 03:00". */
  defaultName: 'Backup {{rule}}',
  when: {
    help: 'Pick a preset from the list (every 6 hours, every 12 hours, daily at an hour, weekly), or give a cron expression of five fields: minute hour day-of-month month day-of-week (for example `0 4 * * *` for 04:00 every day).',
    notUnderstood: 'That is not a schedule I understand. {{help}}',
    /** `{{reason}}` is the cron parser's own English explanation. */
    invalidCron: '`{{cron}}` is not a valid cron expression ({{reason}}). {{help}}',
    doesNotParse: 'it does not parse',
    neverRuns: '`{{cron}}` never runs (no such date comes). {{help}}',
    tooOften_one:
      '`{{cron}}` would run every {{count}} minute. A backup schedule may run at most once an hour: at the backup limit every run deletes the oldest unlocked backup.',
    tooOften_other:
      '`{{cron}}` would run every {{count}} minutes. A backup schedule may run at most once an hour: at the backup limit every run deletes the oldest unlocked backup.',
  },
  choice: {
    /** An autocomplete choice for a cron rule: its words, then the cron the member typed. */
    cron: '{{rule}} (cron {{cron}})',
    /** An autocomplete choice for what cannot be a schedule: the reason. */
    refused: '⚠️ {{reason}}',
    notASchedule: 'not a schedule',
  },
  /** A schedule named in a sentence: its name in bold, then its number on the panel. */
  label: '**{{name}}** (#{{id}})',
  notBackups:
    'Schedule {{schedule}} does not make backups (its tasks send commands or power actions), so it is not managed here. Change it on the panel.',
  noBackupsAllowed:
    '{{server}} is not allowed any backups (its backup limit is 0), so the panel refuses a backup schedule. Ask a panel admin to raise the limit.',
  atLimit:
    'At the backup limit ({{limit}}), each run first deletes the oldest unlocked backup to make room. If every backup is locked, the run fails and nothing is deleted.',
  state: {
    running: '⏳ running now',
    active: '▶️ active',
    paused: '⏸️ paused',
  },
  lines: {
    rule: '🗓️ {{rule}} · {{state}}',
    runs: 'Next run: {{next}} · Last run: {{last}}',
    /** `{{at}}` is a date and time, `{{relative}}` the same as "in 3 hours" (both shown by Discord). */
    nextAt: '{{at}} ({{relative}})',
    notPlanned: 'not planned',
    paused: '— (paused)',
    never: 'never',
    onlyWhenOnline: 'Runs only while the server is online.',
    /** `{{patterns}}` is the list of file patterns the backups leave out. */
    leavesOut: 'Leaves out: {{patterns}}',
  },
  create: {
    title: 'Backup schedule {{name}}',
    created: '✅ Created on {{server}}: {{rule}}.',
    firstRun: 'First run {{at}} ({{relative}}).',
    limitField: 'At the backup limit',
    used: 'Now {{used}} of {{limit}} used.',
    usedNextDeletes:
      'Now {{used}} of {{limit}} used. The next run would delete {{backup}} (created {{relative}}).',
    usedAllLocked:
      'Now {{used}} of {{limit}} used. Every backup is locked now, so runs would fail until one is unlocked or deleted.',
    footer: 'schedule #{{id}} · {{server}}',
    audit: '🗓️ {{user}} created backup schedule {{schedule}} on {{server}}: {{rule}}.',
    /** `{{reason}}` says why the panel refused the schedule's backup task. */
    notRemoved:
      '{{reason}}\n⚠️ The schedule {{schedule}} was created without its backup task, and I could not remove it again. Delete it with `/backup schedule delete` or on the panel.',
    removed: '{{reason}}\nThe schedule was removed again, so nothing was left half-made.',
  },
  list: {
    title: 'Backup schedules of {{name}}',
    none: '{{server}} has no backup schedule. Create one with `/backup schedule create`.',
    summary_one: '{{count}} backup schedule on {{server}}.',
    summary_other: '{{count}} backup schedules on {{server}}.',
    limitNote: 'At the backup limit ({{limit}}) a run deletes the oldest unlocked backup first.',
    others_one: '{{count}} other schedule (commands or power actions, no backup) not shown.',
    others_other: '{{count}} other schedules (commands or power actions, no backup) not shown.',
    andMore: 'And more',
  },
  pause: {
    alreadyActive: 'Schedule {{schedule}} on {{server}} is already active. Nothing was changed.',
    alreadyPaused: 'Schedule {{schedule}} on {{server}} is already paused. Nothing was changed.',
    resumed: '▶️ Schedule {{schedule}} on {{server}} is **active** again: {{rule}}.',
    resumedNextRun:
      '▶️ Schedule {{schedule}} on {{server}} is **active** again: {{rule}}. Next run {{at}} ({{relative}}).',
    paused:
      '⏸️ Schedule {{schedule}} on {{server}} is **paused**: it makes no backups until you resume it with `/backup schedule resume`.',
    auditResumed: '▶️ {{user}} resumed backup schedule {{schedule}} on {{server}}.',
    auditPaused: '⏸️ {{user}} paused backup schedule {{schedule}} on {{server}}.',
  },
  delete: {
    question:
      '🗑️ **Delete** backup schedule {{schedule}} ({{rule}}) from {{server}}?\n• It makes no more backups; the backups it made stay.',
    confirm: 'Delete schedule',
    deleted: '🗑️ Backup schedule {{schedule}} was deleted from {{server}}. Its backups stay.',
    audit: '🗑️ {{user}} deleted backup schedule {{schedule}} from {{server}}.',
    /** Put after "{{user}} confirmed to …" when the panel refuses the deletion. */
    what: 'delete backup schedule {{schedule}} on {{server}}',
    nothingDone: 'nothing was deleted',
    checkHint: 'check the schedule on the panel',
  },
  run: {
    /** `{{backups}}` lists the backups the panel deleted to make room. */
    rotated: 'At the backup limit the panel deleted {{backups}} (the oldest unlocked) to make room.',
    origin: '🗓️ Made by schedule {{schedule}}, run now by {{user}}.',
    audit: '🗓️ {{user}} ran backup schedule {{schedule}} on {{server}}: backup {{backup}} started.',
    /** `{{state}}` is the panel's own word for the server's state ("offline", "stopped"). */
    offline:
      'Schedule {{schedule}} runs only while the server is online, and {{server}} is **{{state}}**: the panel would accept the run and make no backup. Start the server first, or make a backup now with `/backup create`.',
    nothingMade:
      '⚠️ The panel accepted the run of schedule {{schedule}} on {{server}}, but no new backup appeared.',
    skippedOffline:
      'The schedule runs only while the server is online: the panel skips the run when it sees the server offline or stopping.',
    skippedBusy: 'The panel skips a run while the server is suspended, installing or restoring.',
    tryAgain: 'Check the server, then try again (last checked {{relative}}).',
  },
} as const;
