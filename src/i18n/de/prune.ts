import type { prune as Source } from '../en-US/prune.js';
import type { Translation } from '../translation.js';

/** German words of the `prune` area (see ../en-US/prune.ts). */
export const prune: Translation<typeof Source> = {
  badAge:
    '`older-than` erwartet ein Alter wie `12h`, `7d` oder `2w` (m Minuten, h Stunden, d Tage, w Wochen; höchstens 10 Jahre), und {{value}} ist keines.',
  badKeep: '`keep` erwartet eine ganze Zahl von 1 bis 1000: wie viele der neuesten Backups behalten werden.',
  noCriteria:
    'Gib an, was aufgeräumt werden soll: `keep` (wie viele der neuesten Backups behalten werden), `older-than` (ein Alter wie `7d`) oder `failed-only`.',
  criteria: {
    failedOnly: 'nur fehlgeschlagene',
    olderThan: 'älter als {{age}}',
    keeping_one: 'das neueste bleibt',
    keeping_other: 'die {{count}} neuesten bleiben',
  },
  failed: '❌ fehlgeschlagen',
  spared: {
    locked: '🔒 gesperrt',
    inProgress: '⏳ wird noch erstellt',
    lastSuccessful: '✅ das letzte erfolgreiche Backup',
  },
  noBackups: '{{server}} hat keine Backups, es gibt also nichts aufzuräumen.',
  nothingMatches:
    'Auf {{server}} kann nichts aufgeräumt werden ({{criteria}}), es würde also nichts gelöscht.',
  sparedTitle: '**Verschont** (sie passen, bleiben aber):',
  toDeleteTitle: '**Zu löschen**',
  question_one:
    '🧹 Auf {{server}} **{{count}} Backup löschen** ({{criteria}})?\n• Es kann nicht zurückgeholt werden. Ich lösche es und melde das Ergebnis.',
  question_other:
    '🧹 Auf {{server}} **{{count}} Backups löschen** ({{criteria}})?\n• Sie können nicht zurückgeholt werden. Ich lösche sie einzeln und melde jedes Ergebnis.',
  confirm_one: '{{count}} Backup löschen',
  confirm_other: '{{count}} Backups löschen',
  refusal: {
    what_one: '{{count}} Backup auf {{server}} aufräumen ({{criteria}})',
    what_other: '{{count}} Backups auf {{server}} aufräumen ({{criteria}})',
    nothingDone: 'Es wurde nichts gelöscht',
    checkHint: 'Prüfe die Backups im Panel',
  },
  noneLeft:
    'Es wurde nichts gelöscht: Seit deiner Anfrage kann keines dieser Backups mehr aufgeräumt werden.',
  leftAloneTitle: '**Nicht angetastet**',
  line: '• {{backup}} — {{why}}',
  deleting_one: '🧹 {{count}} Backup auf {{server}} wird gelöscht…',
  deleting_other: '🧹 {{count}} Backups auf {{server}} werden gelöscht, eines nach dem anderen…',
  slowingDown:
    '🧹 Löschen auf {{server}}: {{deleted}} von {{count}} gelöscht. Das Panel hat mich gebeten, das Tempo zu drosseln, daher warte ich {{seconds}} s, bevor ich weitermache…',
  restarting: 'der Bot startet gerade neu.',
  noAnswer: 'das Panel hat nicht geantwortet (das Backup ist vielleicht trotzdem gelöscht): {{why}}',
  leftAlone: {
    gone: 'schon weg',
    locked: 'inzwischen gesperrt',
    lastSuccessful: 'jetzt das letzte erfolgreiche Backup',
    noLongerMatches: 'passt nicht mehr',
  },
  report: {
    deleted: '**{{count}} gelöscht**',
    failed: '{{count}} fehlgeschlagen',
    notDeleted: '{{count}} nicht gelöscht',
    head: '{{icon}} Aufräumen von {{server}} ({{criteria}}): {{counts}}.',
    deletedTitle: '**Gelöscht**',
    failedTitle: '**Fehlgeschlagen**',
    stoppedTitle: '**Nicht gelöscht**: Ich habe aufgehört — {{why}}',
    leftAloneTitle: '**Nicht angetastet** (seit deiner Anfrage geändert)',
  },
  audit: {
    failed: '{{count}} fehlgeschlagen',
    notDeleted: '{{count}} nicht gelöscht (das Aufräumen wurde abgebrochen)',
    line_one: '🧹 {{member}} hat {{server}} aufgeräumt ({{criteria}}): {{count}} Backup gelöscht{{more}}.',
    line_other: '🧹 {{member}} hat {{server}} aufgeräumt ({{criteria}}): {{count}} Backups gelöscht{{more}}.',
  },
};
