import type { backup as Source } from '../en-US/backup.js';
import type { Translation } from '../translation.js';

/** German words of the `backup` area (see ../en-US/backup.ts). */
export const backup: Translation<typeof Source> = {
  size: {
    bytes: '{{value}} B',
    kibibytes: '{{value}} KiB',
    mebibytes: '{{value}} MiB',
    gibibytes: '{{value}} GiB',
    tebibytes: '{{value}} TiB',
  },
  age: {
    seconds_one: 'vor {{count}} s',
    seconds_other: 'vor {{count}} s',
    minutes_one: 'vor {{count}} min',
    minutes_other: 'vor {{count}} min',
    hours_one: 'vor {{count}} h',
    hours_other: 'vor {{count}} h',
    days_one: 'vor {{count}} Tag',
    days_other: 'vor {{count}} Tagen',
  },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min {{seconds}} s',
    hours: '{{hours}} h {{minutes}} min',
  },
  state: {
    inProgress: '⏳ läuft',
    completed: '✅ abgeschlossen',
    failed: '❌ fehlgeschlagen',
  },
  field: {
    state: 'Status',
    locked: 'Gesperrt',
    size: 'Größe',
    created: 'Erstellt',
    completed: 'Abgeschlossen',
    took: 'Dauer',
    scheduled: 'Per Zeitplan',
    checksum: 'Prüfsumme',
    ignoredFiles: 'Ignorierte Dateien',
    uuid: 'UUID',
  },
  value: {
    yes: 'ja',
    lockedYes: '🔒 ja',
    no: 'nein',
    notYet: 'noch nicht',
    none: 'keine',
  },
  choice: {
    label: '{{name}} · {{detail}} · {{age}}',
    labelLocked: '{{name}} · {{detail}} · {{age}} · gesperrt',
    inProgress: 'läuft',
    failed: 'fehlgeschlagen',
  },
  scheduleChoice: {
    active: '{{name}} — {{rule}}',
    paused: '{{name}} — {{rule}} (pausiert)',
  },
  list: {
    title: 'Backups von {{server}}',
    used_one: '{{used}} von {{count}} Backup genutzt',
    used_other: '{{used}} von {{count}} Backups genutzt',
    keptDisabled_one: '{{count}} Backup vorhanden · Backups sind auf diesem Server deaktiviert (Limit 0)',
    keptDisabled_other: '{{count}} Backups vorhanden · Backups sind auf diesem Server deaktiviert (Limit 0)',
    summary: '**{{used}}** · insgesamt {{size}}',
    nextOut: '♻️ wird als Nächstes gelöscht, wenn ein Zeitplan am Limit läuft',
    empty: 'Noch keine Backups. Starte eines mit `/backup create`.',
    footer: '{{used}} · Seite {{page}} von {{pages}} · {{server}}',
    previous: 'Zurück',
    next: 'Weiter',
  },
  created: {
    title: 'Backup {{backup}}',
    inProgress:
      '⏳ Wird erstellt – ich aktualisiere diese Nachricht, sobald das Panel meldet, dass es fertig ist.',
    waiting:
      '⏳ Läuft seit {{duration}} – ich warte, bis das Panel meldet, dass es fertig ist (zuletzt geprüft {{checked}}).',
    lockRefused:
      '⚠️ Das Panel hat es ungesperrt erstellt: Zum Sperren ist die Berechtigung `backup.delete` nötig.',
    completed: '✅ Abgeschlossen.',
    failed:
      '❌ Das Backup ist auf dem Node fehlgeschlagen. Es wird nicht auf das Limit angerechnet; du kannst es erneut versuchen.',
    dmCompleted: '✅ Abgeschlossen ({{size}}).',
    dmCompletedIn: '✅ Abgeschlossen ({{size}}, Dauer {{duration}}).',
    dm: 'Backup {{backup}} auf {{server}}: {{news}}',
    deadline:
      '⏳ Das Panel meldet dieses Backup nach {{duration}} immer noch als laufend, daher verfolge ich es nicht weiter. Prüfe es mit `/backup info`.',
    followFailed:
      '⚠️ Ich konnte dieses Backup nicht bis zum Ende verfolgen: {{message}}\nPrüfe es später mit `/backup info`.',
    auditStarted: '📦 {{member}} hat Backup {{backup}} auf {{server}} gestartet.',
    auditCompleted:
      '📦 Backup {{backup}} auf {{server}} (gestartet von {{member}}) ist abgeschlossen ({{size}}).',
    auditFailed: '📦 Backup {{backup}} auf {{server}} (gestartet von {{member}}) ist fehlgeschlagen.',
    auditUnknown:
      '📦 Backup {{backup}} auf {{server}} (gestartet von {{member}}): Ich konnte es nicht bis zum Ende verfolgen, daher ist sein Ergebnis hier unbekannt.',
  },
  download: {
    inProgress: 'Backup {{backup}} wird noch erstellt: Lade es herunter, sobald es abgeschlossen ist.',
    failed: 'Backup {{backup}} ist fehlgeschlagen, daher gibt es kein Archiv zum Herunterladen.',
    expiresAt: 'Er läuft {{expires}} ab ({{time}}).',
    expiresSoon: 'Er läuft innerhalb weniger Minuten ab.',
    link: '🔗 Download-Link für {{backup}} ({{size}}) auf {{server}}.\nDer Link funktioniert nur **einmal**, und nur du kannst ihn sehen. {{expiry}}',
    button: 'Herunterladen',
    archiveLink: '**[⬇️ Archiv herunterladen]({{url}})**',
    audit: '🔗 {{member}} hat einen Download-Link für Backup {{backup}} auf {{server}} abgerufen.',
  },
  lock: {
    locked:
      '🔒 Backup {{backup}} auf {{server}} ist jetzt **gesperrt**: Es kann nicht gelöscht werden, bis es entsperrt wird.',
    unlocked: '🔓 Backup {{backup}} auf {{server}} ist jetzt **entsperrt**: Es kann gelöscht werden.',
    auditLocked: '🔒 {{member}} hat Backup {{backup}} auf {{server}} gesperrt.',
    auditUnlocked: '🔓 {{member}} hat Backup {{backup}} auf {{server}} entsperrt.',
  },
  delete: {
    question:
      '🗑️ Backup {{backup}} (erstellt am {{created}}) von {{server}} **löschen**?\n• Das kann nicht rückgängig gemacht werden.',
    questionWithSize:
      '🗑️ Backup {{backup}} ({{size}}, erstellt am {{created}}) von {{server}} **löschen**?\n• Das kann nicht rückgängig gemacht werden.',
    confirm: 'Löschen',
    deleted: '🗑️ Backup {{backup}} wurde von {{server}} gelöscht.',
    audit: '🗑️ {{member}} hat Backup {{backup}} von {{server}} gelöscht.',
    refusal: {
      what: 'Backup {{backup}} auf {{server}} löschen',
      nothingDone: 'Es wurde nichts gelöscht',
      checkHint: 'Prüfe das Backup im Panel',
    },
  },
  rename: {
    cannot:
      'Dieses Panel kann keine Backups umbenennen: Umbenennen ist eine Funktion von Pelican, Pterodactyl bietet dafür keine Aktion. Wenn du ein Backup mit einem anderen Namen möchtest, erstelle ein neues mit `/backup create name:…`.',
    blank: 'Gib dem Backup einen Namen, der nicht nur aus Leerzeichen besteht.',
    unchanged: 'Backup {{backup}} auf {{server}} hat bereits diesen Namen. Es wurde nichts geändert.',
    renamed: '✏️ Backup {{backup}} auf {{server}} heißt jetzt {{renamed}}.',
    audit: '✏️ {{member}} hat Backup {{backup}} auf {{server}} in {{renamed}} umbenannt.',
  },
  check: {
    pickBackup:
      'Wähle das Backup aus der Liste, die die Option `backup` vorschlägt (dafür wird die UUID des Backups benötigt).',
    missingPermission:
      'Deinem Panel-Konto fehlt die Berechtigung `{{permission}}` auf dem Server `{{server}}`. Bitte den Serverbesitzer, sie dir zu erteilen.',
    notRestorable:
      'Backup {{backup}} wird noch erstellt: Es kann wiederhergestellt werden, sobald es abgeschlossen ist.',
    locked:
      'Backup {{backup}} ist gesperrt, daher kann es nicht gelöscht werden. Entsperre es zuerst mit `/backup lock` und lösche es dann.',
  },
};
