import type { schedule as Source } from '../en-US/schedule.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `schedule` area (see ../en-US/schedule.ts). */
export const schedule: Translation<typeof Source> = {
  rule: {
    everyHours: 'elke {{hours}} uur',
    everyHoursPast: 'elke {{hours}} uur, op minuut {{minute}}',
    everyDay: 'elke dag om {{time}}',
    weekly: {
      sunday: 'elke zondag om {{time}}',
      monday: 'elke maandag om {{time}}',
      tuesday: 'elke dinsdag om {{time}}',
      wednesday: 'elke woensdag om {{time}}',
      thursday: 'elke donderdag om {{time}}',
      friday: 'elke vrijdag om {{time}}',
      saturday: 'elke zaterdag om {{time}}',
    },
    rawCron: 'volgens cron `{{cron}}`',
    withZone: '{{rule}} ({{zone}})',
  },
  zone: {
    panel: 'paneeltijd',
    utc: 'UTC',
    panelOffset: 'paneeltijd, UTC{{offset}}',
  },
  defaultName: 'Back-up {{rule}}',
  when: {
    help: 'Kies een voorinstelling uit de lijst (elke 6 uur, elke 12 uur, dagelijks op een vast uur, wekelijks) of geef een cron-expressie van vijf velden: minuut uur dag-van-de-maand maand dag-van-de-week (bijvoorbeeld `0 4 * * *` voor elke dag om 04:00).',
    notUnderstood: 'Dat is geen schema dat ik begrijp. {{help}}',
    invalidCron: '`{{cron}}` is geen geldige cron-expressie ({{reason}}). {{help}}',
    doesNotParse: 'deze kan niet worden ingelezen',
    neverRuns: "`{{cron}}` wordt nooit uitgevoerd (zo'n datum komt nooit). {{help}}",
    tooOften_one:
      '`{{cron}}` zou elke minuut draaien. Een back-upschema mag hoogstens één keer per uur draaien: bij de back-uplimiet verwijdert elke uitvoering de oudste niet-vergrendelde back-up.',
    tooOften_other:
      '`{{cron}}` zou elke {{count}} minuten draaien. Een back-upschema mag hoogstens één keer per uur draaien: bij de back-uplimiet verwijdert elke uitvoering de oudste niet-vergrendelde back-up.',
  },
  choice: {
    cron: '{{rule}} (cron {{cron}})',
    refused: '⚠️ {{reason}}',
    notASchedule: 'geen schema',
  },
  label: '**{{name}}** (#{{id}})',
  notBackups:
    "Schema {{schedule}} maakt geen back-ups (de taken ervan sturen commando's of stroomacties), dus het wordt hier niet beheerd. Wijzig het in het paneel.",
  noBackupsAllowed:
    '{{server}} mag geen back-ups hebben (de back-uplimiet is 0), dus het paneel weigert een back-upschema. Vraag een paneelbeheerder om de limiet te verhogen.',
  atLimit:
    'Bij de back-uplimiet ({{limit}}) verwijdert elke uitvoering eerst de oudste niet-vergrendelde back-up om ruimte te maken. Als alle back-ups vergrendeld zijn, mislukt de uitvoering en wordt er niets verwijderd.',
  state: {
    running: '⏳ wordt nu uitgevoerd',
    active: '▶️ actief',
    paused: '⏸️ gepauzeerd',
  },
  lines: {
    rule: '🗓️ {{rule}} · {{state}}',
    runs: 'Volgende uitvoering: {{next}} · Laatste uitvoering: {{last}}',
    nextAt: '{{at}} ({{relative}})',
    notPlanned: 'niet gepland',
    paused: '— (gepauzeerd)',
    never: 'nooit',
    onlyWhenOnline: 'Draait alleen als de server online is.',
    leavesOut: 'Slaat over: {{patterns}}',
  },
  create: {
    title: 'Back-upschema {{name}}',
    created: '✅ Aangemaakt op {{server}}: {{rule}}.',
    firstRun: 'Eerste uitvoering: {{at}} ({{relative}}).',
    limitField: 'Bij de back-uplimiet',
    used: 'Nu {{used}} van {{limit}} in gebruik.',
    usedNextDeletes:
      'Nu {{used}} van {{limit}} in gebruik. De volgende uitvoering zou {{backup}} verwijderen (gemaakt {{relative}}).',
    usedAllLocked:
      'Nu {{used}} van {{limit}} in gebruik. Alle back-ups zijn nu vergrendeld, dus uitvoeringen zouden mislukken tot er een ontgrendeld of verwijderd is.',
    footer: 'schema #{{id}} · {{server}}',
    audit: '🗓️ {{user}} heeft back-upschema {{schedule}} aangemaakt op {{server}}: {{rule}}.',
    notRemoved:
      '{{reason}}\n⚠️ Het schema {{schedule}} is zonder back-uptaak aangemaakt, en ik kon het niet meer verwijderen. Verwijder het met `/backup schedule delete` of in het paneel.',
    removed: '{{reason}}\nHet schema is weer verwijderd, zodat er niets half af is blijven staan.',
  },
  list: {
    title: "Back-upschema's van {{name}}",
    none: '{{server}} heeft geen back-upschema. Maak er een aan met `/backup schedule create`.',
    summary_one: '{{count}} back-upschema op {{server}}.',
    summary_other: "{{count}} back-upschema's op {{server}}.",
    limitNote:
      'Bij de back-uplimiet ({{limit}}) verwijdert een uitvoering eerst de oudste niet-vergrendelde back-up.',
    others_one: "{{count}} ander schema (commando's of stroomacties, geen back-up) wordt niet getoond.",
    others_other: "{{count}} andere schema's (commando's of stroomacties, geen back-up) worden niet getoond.",
    andMore: 'En meer',
  },
  pause: {
    alreadyActive: 'Schema {{schedule}} op {{server}} is al actief. Er is niets gewijzigd.',
    alreadyPaused: 'Schema {{schedule}} op {{server}} is al gepauzeerd. Er is niets gewijzigd.',
    resumed: '▶️ Schema {{schedule}} op {{server}} is weer **actief**: {{rule}}.',
    resumedNextRun:
      '▶️ Schema {{schedule}} op {{server}} is weer **actief**: {{rule}}. Volgende uitvoering: {{at}} ({{relative}}).',
    paused:
      '⏸️ Schema {{schedule}} op {{server}} is **gepauzeerd**: het maakt geen back-ups tot je het hervat met `/backup schedule resume`.',
    auditResumed: '▶️ {{user}} heeft back-upschema {{schedule}} op {{server}} hervat.',
    auditPaused: '⏸️ {{user}} heeft back-upschema {{schedule}} op {{server}} gepauzeerd.',
  },
  delete: {
    question:
      '🗑️ Back-upschema {{schedule}} ({{rule}}) van {{server}} **verwijderen**?\n• Het maakt geen back-ups meer; de back-ups die het al gemaakt heeft, blijven bestaan.',
    confirm: 'Schema verwijderen',
    deleted: '🗑️ Back-upschema {{schedule}} is verwijderd van {{server}}. De back-ups ervan blijven bestaan.',
    audit: '🗑️ {{user}} heeft back-upschema {{schedule}} van {{server}} verwijderd.',
    what: 'back-upschema {{schedule}} op {{server}} verwijderen',
    nothingDone: 'er is niets verwijderd',
    checkHint: 'controleer het schema in het paneel',
  },
  run: {
    rotated:
      'Bij de back-uplimiet heeft het paneel {{backups}} (de oudste niet-vergrendelde) verwijderd om ruimte te maken.',
    origin: '🗓️ Gemaakt door schema {{schedule}}, nu gestart door {{user}}.',
    audit:
      '🗓️ {{user}} heeft back-upschema {{schedule}} op {{server}} uitgevoerd: back-up {{backup}} gestart.',
    offline:
      'Schema {{schedule}} draait alleen als de server online is, en {{server}} heeft de status **{{state}}**: het paneel zou de uitvoering accepteren zonder een back-up te maken. Start eerst de server, of maak nu een back-up met `/backup create`.',
    nothingMade:
      '⚠️ Het paneel heeft de uitvoering van schema {{schedule}} op {{server}} geaccepteerd, maar er is geen nieuwe back-up verschenen.',
    skippedOffline:
      'Het schema draait alleen als de server online is: het paneel slaat de uitvoering over als het de server offline of bezig met stoppen ziet.',
    skippedBusy:
      'Het paneel slaat een uitvoering over zolang de server geschorst is, wordt geïnstalleerd of wordt hersteld.',
    tryAgain: 'Controleer de server en probeer het dan opnieuw (laatst gecontroleerd {{relative}}).',
  },
};
