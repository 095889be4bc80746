import type { schedule as Source } from '../en-US/schedule.js';
import type { Translation } from '../translation.js';

/** German words of the `schedule` area (see ../en-US/schedule.ts). */
export const schedule: Translation<typeof Source> = {
  rule: {
    everyHours: 'alle {{hours}} Stunden',
    everyHoursPast: 'alle {{hours}} Stunden, jeweils bei Minute {{minute}}',
    everyDay: 'täglich um {{time}}',
    weekly: {
      sunday: 'jeden Sonntag um {{time}}',
      monday: 'jeden Montag um {{time}}',
      tuesday: 'jeden Dienstag um {{time}}',
      wednesday: 'jeden Mittwoch um {{time}}',
      thursday: 'jeden Donnerstag um {{time}}',
      friday: 'jeden Freitag um {{time}}',
      saturday: 'jeden Samstag um {{time}}',
    },
    rawCron: 'nach Cron `{{cron}}`',
    withZone: '{{rule}} ({{zone}})',
  },
  zone: {
    panel: 'Panel-Zeit',
    utc: 'UTC',
    panelOffset: 'Panel-Zeit, UTC{{offset}}',
  },
  defaultName: 'Backup {{rule}}',
  when: {
    help: 'Wähle eine Vorgabe aus der Liste (alle 6 Stunden, alle 12 Stunden, täglich zu einer Uhrzeit, wöchentlich) oder gib einen Cron-Ausdruck mit fünf Feldern an: Minute Stunde Tag-des-Monats Monat Wochentag (zum Beispiel `0 4 * * *` für täglich um 04:00).',
    notUnderstood: 'Diesen Zeitplan verstehe ich nicht. {{help}}',
    invalidCron: '`{{cron}}` ist kein gültiger Cron-Ausdruck ({{reason}}). {{help}}',
    doesNotParse: 'er lässt sich nicht auswerten',
    neverRuns: '`{{cron}}` läuft nie (ein solches Datum kommt nicht vor). {{help}}',
    tooOften_one:
      '`{{cron}}` würde jede Minute laufen. Ein Backup-Zeitplan darf höchstens einmal pro Stunde laufen: Am Backup-Limit löscht jeder Lauf das älteste nicht gesperrte Backup.',
    tooOften_other:
      '`{{cron}}` würde alle {{count}} Minuten laufen. Ein Backup-Zeitplan darf höchstens einmal pro Stunde laufen: Am Backup-Limit löscht jeder Lauf das älteste nicht gesperrte Backup.',
  },
  choice: {
    cron: '{{rule}} (Cron {{cron}})',
    refused: '⚠️ {{reason}}',
    notASchedule: 'kein Zeitplan',
  },
  label: '**{{name}}** (#{{id}})',
  notBackups:
    'Der Zeitplan {{schedule}} erstellt keine Backups (seine Aufgaben senden Befehle oder Power-Aktionen), daher wird er hier nicht verwaltet. Ändere ihn im Panel.',
  noBackupsAllowed:
    '{{server}} darf keine Backups haben (sein Backup-Limit ist 0), daher lehnt das Panel einen Backup-Zeitplan ab. Bitte einen Panel-Admin, das Limit zu erhöhen.',
  atLimit:
    'Am Backup-Limit ({{limit}}) löscht jeder Lauf zuerst das älteste nicht gesperrte Backup, um Platz zu schaffen. Sind alle Backups gesperrt, schlägt der Lauf fehl und es wird nichts gelöscht.',
  state: {
    running: '⏳ läuft gerade',
    active: '▶️ aktiv',
    paused: '⏸️ pausiert',
  },
  lines: {
    rule: '🗓️ {{rule}} · {{state}}',
    runs: 'Nächster Lauf: {{next}} · Letzter Lauf: {{last}}',
    nextAt: '{{at}} ({{relative}})',
    notPlanned: 'nicht geplant',
    paused: '— (pausiert)',
    never: 'nie',
    onlyWhenOnline: 'Läuft nur, solange der Server online ist.',
    leavesOut: 'Ausgenommen: {{patterns}}',
  },
  create: {
    title: 'Backup-Zeitplan {{name}}',
    created: '✅ Erstellt auf {{server}}: {{rule}}.',
    firstRun: 'Erster Lauf: {{at}} ({{relative}}).',
    limitField: 'Am Backup-Limit',
    used: 'Derzeit {{used}} von {{limit}} belegt.',
    usedNextDeletes:
      'Derzeit {{used}} von {{limit}} belegt. Der nächste Lauf würde {{backup}} löschen (erstellt {{relative}}).',
    usedAllLocked:
      'Derzeit {{used}} von {{limit}} belegt. Alle Backups sind gerade gesperrt, daher würden Läufe fehlschlagen, bis eines entsperrt oder gelöscht wird.',
    footer: 'Zeitplan #{{id}} · {{server}}',
    audit: '🗓️ {{user}} hat den Backup-Zeitplan {{schedule}} auf {{server}} erstellt: {{rule}}.',
    notRemoved:
      '{{reason}}\n⚠️ Der Zeitplan {{schedule}} wurde ohne seine Backup-Aufgabe erstellt, und ich konnte ihn nicht wieder entfernen. Lösche ihn mit `/backup schedule delete` oder im Panel.',
    removed: '{{reason}}\nDer Zeitplan wurde wieder entfernt, damit nichts halb fertig zurückbleibt.',
  },
  list: {
    title: 'Backup-Zeitpläne von {{name}}',
    none: '{{server}} hat keinen Backup-Zeitplan. Erstelle einen mit `/backup schedule create`.',
    summary_one: '{{count}} Backup-Zeitplan auf {{server}}.',
    summary_other: '{{count}} Backup-Zeitpläne auf {{server}}.',
    limitNote: 'Am Backup-Limit ({{limit}}) löscht ein Lauf zuerst das älteste nicht gesperrte Backup.',
    others_one:
      '{{count}} weiterer Zeitplan (Befehle oder Power-Aktionen, kein Backup) wird nicht angezeigt.',
    others_other:
      '{{count}} weitere Zeitpläne (Befehle oder Power-Aktionen, kein Backup) werden nicht angezeigt.',
    andMore: 'Und weitere',
  },
  pause: {
    alreadyActive: 'Der Zeitplan {{schedule}} auf {{server}} ist bereits aktiv. Es wurde nichts geändert.',
    alreadyPaused: 'Der Zeitplan {{schedule}} auf {{server}} ist bereits pausiert. Es wurde nichts geändert.',
    resumed: '▶️ Der Zeitplan {{schedule}} auf {{server}} ist wieder **aktiv**: {{rule}}.',
    resumedNextRun:
      '▶️ Der Zeitplan {{schedule}} auf {{server}} ist wieder **aktiv**: {{rule}}. Nächster Lauf: {{at}} ({{relative}}).',
    paused:
      '⏸️ Der Zeitplan {{schedule}} auf {{server}} ist **pausiert**: Er erstellt keine Backups, bis du ihn mit `/backup schedule resume` fortsetzt.',
    auditResumed: '▶️ {{user}} hat den Backup-Zeitplan {{schedule}} auf {{server}} fortgesetzt.',
    auditPaused: '⏸️ {{user}} hat den Backup-Zeitplan {{schedule}} auf {{server}} pausiert.',
  },
  delete: {
    question:
      '🗑️ Backup-Zeitplan {{schedule}} ({{rule}}) von {{server}} **löschen**?\n• Er erstellt keine Backups mehr; die Backups, die er erstellt hat, bleiben erhalten.',
    confirm: 'Zeitplan löschen',
    deleted:
      '🗑️ Der Backup-Zeitplan {{schedule}} wurde von {{server}} gelöscht. Seine Backups bleiben erhalten.',
    audit: '🗑️ {{user}} hat den Backup-Zeitplan {{schedule}} von {{server}} gelöscht.',
    what: 'Backup-Zeitplan {{schedule}} auf {{server}} löschen',
    nothingDone: 'es wurde nichts gelöscht',
    checkHint: 'prüfe den Zeitplan im Panel',
  },
  run: {
    rotated:
      'Am Backup-Limit hat das Panel {{backups}} (das älteste nicht gesperrte) gelöscht, um Platz zu schaffen.',
    origin: '🗓️ Erstellt vom Zeitplan {{schedule}}, jetzt gestartet von {{user}}.',
    audit:
      '🗓️ {{user}} hat den Backup-Zeitplan {{schedule}} auf {{server}} ausgeführt: Backup {{backup}} gestartet.',
    offline:
      'Der Zeitplan {{schedule}} läuft nur, solange der Server online ist, und {{server}} hat den Status **{{state}}**: Das Panel würde den Lauf annehmen und kein Backup erstellen. Starte zuerst den Server oder erstelle jetzt ein Backup mit `/backup create`.',
    nothingMade:
      '⚠️ Das Panel hat den Lauf des Zeitplans {{schedule}} auf {{server}} angenommen, aber es ist kein neues Backup erschienen.',
    skippedOffline:
      'Der Zeitplan läuft nur, solange der Server online ist: Das Panel überspringt den Lauf, wenn es den Server offline oder beim Herunterfahren sieht.',
    skippedBusy:
      'Das Panel überspringt einen Lauf, solange der Server suspendiert ist, installiert oder wiederhergestellt wird.',
    tryAgain: 'Prüfe den Server und versuche es dann erneut (zuletzt geprüft {{relative}}).',
  },
};
