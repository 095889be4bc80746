import type { rotate as Source } from '../en-US/rotate.js';
import type { Translation } from '../translation.js';

/** German words of the `rotate` area (see ../en-US/rotate.ts). */
export const rotate: Translation<typeof Source> = {
  noBackupsAllowed:
    '{{server}} darf keine Backups haben (sein Backup-Limit ist 0). Bitte einen Panel-Admin, das Limit zu erhöhen.',
  reached: '{{server}} hat sein Backup-Limit erreicht ({{used}} von {{limit}}).',
  wouldDelete:
    '{{atLimit}} Um Platz zu schaffen, müsste sein ältestes nicht gesperrtes Backup gelöscht werden. {{reason}}',
  allLocked:
    '{{atLimit}} Alle Backups, die auf das Limit angerechnet werden, sind gesperrt, daher kann ich keines löschen, um Platz zu schaffen. Lösche ein Backup, das du nicht mehr brauchst (entsperre es zuerst, falls es gesperrt ist), und versuche es dann erneut.',
  allLockedOrRunning:
    '{{atLimit}} Alle Backups, die auf das Limit angerechnet werden, sind gesperrt oder werden noch erstellt, daher kann ich keines löschen, um Platz zu schaffen. Lösche ein Backup, das du nicht mehr brauchst (entsperre es zuerst, falls es gesperrt ist), und versuche es dann erneut.',
  throttled:
    '{{atLimit}} {{throttled}} Es wurde nichts gelöscht: Wenn ich jetzt Platz schaffe, wäre das älteste Backup weg, ohne dass ein neues entsteht.',
  scheduleRunning:
    '{{atLimit}} Ein Backup-Zeitplan dieses Servers ({{schedule}}) läuft gerade und löscht am Limit selbst das älteste nicht gesperrte Backup. Es wurde nichts gelöscht: Versuche es in ein, zwei Minuten erneut. (Erscheint diese Meldung auch nach einigen Minuten noch, hängt der Zeitplan möglicherweise: Pausieren und Fortsetzen behebt das.)',
  scheduleDue:
    '{{atLimit}} Ein Backup-Zeitplan dieses Servers ({{schedule}}) läuft gleich und löscht am Limit selbst das älteste nicht gesperrte Backup. Es wurde nichts gelöscht: Versuche es in ein, zwei Minuten erneut.',
  roomMade:
    'Auf {{server}} ist genau bei deiner Anfrage Platz frei geworden, daher muss nichts gelöscht werden: Führe `/backup create` erneut aus.',
  ask: {
    created: 'erstellt {{when}}, am {{date}}',
    createdSized: 'erstellt {{when}}, am {{date}}, {{size}}',
    newNamed: 'das neue Backup {{backup}}',
    newUnnamed: 'ein neues Backup',
    question:
      '**Das älteste nicht gesperrte Backup** {{backup}} ({{created}}) **löschen und** {{newOne}} erstellen?',
    cannotUndo:
      '• Das gelöschte Backup kann nicht zurückgeholt werden; gesperrte Backups werden nie angetastet.',
    confirm: 'Ältestes löschen und erstellen',
  },
  sinceAsked: '⚠️ Seit meiner Frage hat sich etwas geändert: {{change}}. Es wurde nichts gelöscht.',
  changed: {
    gone: '{{backup}} ist nicht mehr da (es wurde inzwischen gelöscht), daher ist jetzt ein anderes Backup das älteste nicht gesperrte',
    locked: '{{backup}} wurde gesperrt, daher ist jetzt ein anderes Backup das älteste nicht gesperrte',
    notOldest: '{{backup}} ist nicht mehr das älteste nicht gesperrte Backup',
  },
  refusal: {
    what: 'Backup {{backup}} auf {{server}} löschen, um Platz für ein neues Backup zu schaffen',
    nothingDone: 'Es wurde nichts gelöscht',
    checkHint: 'Prüfe die Backups im Panel',
  },
  originDeleted:
    '♻️ Platz geschaffen durch Löschen des ältesten nicht gesperrten Backups {{backup}} (erstellt am {{date}}).',
  originMeanwhile: '📦 Inzwischen ist Platz frei geworden, daher wurde nichts gelöscht.',
  auditDeleted:
    '♻️ {{member}} hat Backup {{backup}} auf {{server}} gelöscht, um Platz zu schaffen (Limit {{limit}}), und Backup {{started}} gestartet.',
  auditMeanwhile:
    '📦 {{member}} hat Backup {{started}} auf {{server}} gestartet (inzwischen war Platz frei geworden, es wurde nichts gelöscht).',
  notCreatedUnknown:
    '⚠️ Backup {{backup}} auf {{server}} **wurde gelöscht**, um Platz zu schaffen, aber das Panel hat nicht geantwortet, als ich das neue Backup angefordert habe. Es wurde also vielleicht erstellt, vielleicht auch nicht: Prüfe `/backup list`. {{why}}',
  notCreated:
    '⚠️ Backup {{backup}} auf {{server}} **wurde gelöscht**, um Platz zu schaffen, aber das neue Backup **wurde nicht erstellt**: {{why}}',
  auditNotCreatedUnknown:
    '⚠️ {{member}} hat Backup {{backup}} auf {{server}} gelöscht, um Platz zu schaffen, aber das neue Backup wurde möglicherweise nicht erstellt (das Panel hat nicht geantwortet).{{reason}}',
  auditNotCreated:
    '⚠️ {{member}} hat Backup {{backup}} auf {{server}} gelöscht, um Platz zu schaffen, aber das neue Backup wurde nicht erstellt.{{reason}}',
};
