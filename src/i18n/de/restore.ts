import type { restore as Source } from '../en-US/restore.js';
import type { Translation } from '../translation.js';

/** German words of the `restore` area (see ../en-US/restore.ts). */
export const restore: Translation<typeof Source> = {
  ask: {
    question: '♻️ Backup {{backup}} (erstellt am {{created}}) auf {{server}} **wiederherstellen**?',
    truncate:
      '• **Alle aktuellen Dateien werden zuerst gelöscht** (truncate), dann wird das Backup entpackt.',
    overwrite:
      '• Dateien aus dem Backup überschreiben die aktuellen; Dateien, die nicht im Backup sind, bleiben erhalten.',
    running:
      '• Der Server hat den Status **{{state}}**: Ich sende ihm das Stoppsignal, warte, bis er offline ist, und stelle dann wieder her.',
    offline: '• Der Server ist offline.',
    failedBackup:
      '• ⚠️ Dieses Backup ist beim Erstellen **fehlgeschlagen**: Die wiederhergestellten Dateien sind möglicherweise unvollständig.',
    confirmStop: 'Stoppen und wiederherstellen',
    confirm: 'Wiederherstellen',
  },
  startedMeanwhile:
    '{{server}} wurde nach deiner Anfrage gestartet, daher beschreibt diese Bestätigung nicht mehr, was passieren würde. Führe `/backup restore` erneut aus.',
  refusal: {
    what: 'Backup {{backup}} auf {{server}} wiederherstellen',
    nothingDone: 'Es wurde nichts wiederhergestellt',
    checkHint: 'Prüfe das Backup im Panel',
    maybeStopped: ' Möglicherweise wurde dem Server bereits das Stoppsignal gesendet.',
  },
  progress:
    '♻️ {{backup}} wird auf {{server}} wiederhergestellt… (bisher {{duration}}; ich warte, bis das Panel das Ende meldet)',
  finished:
    '✅ Die Wiederherstellung von {{backup}} auf {{server}} ist abgeschlossen. Der Server ist offline: Starte ihn, wenn du so weit bist.',
  auditFinished:
    '♻️ Die Wiederherstellung von {{backup}} auf {{server}} (durch {{member}}) ist abgeschlossen.',
  deadline:
    '⏳ Das Panel meldet nach {{duration}} immer noch, dass {{server}} {{backup}} wiederherstellt, daher verfolge ich es nicht weiter. Prüfe den Server im Panel, bevor du ihn startest.',
  followFailed:
    '⚠️ Ich konnte die Wiederherstellung von {{backup}} auf {{server}} nicht bis zum Ende verfolgen: {{message}}\nMöglicherweise stellt das Panel noch wieder her: Prüfe den Server im Panel, bevor du ihn startest.',
  auditFollowFailed:
    '♻️ Die Wiederherstellung von {{backup}} auf {{server}} (durch {{member}}): Ich konnte sie nicht bis zum Ende verfolgen, daher ist ihr Ergebnis hier unbekannt.',
  started:
    '♻️ {{backup}} wird auf {{server}} wiederhergestellt… Ich aktualisiere diese Nachricht, sobald das Panel das Ende meldet.',
  startedTruncated:
    '♻️ {{backup}} wird auf {{server}} wiederhergestellt (Dateien zuerst gelöscht)… Ich aktualisiere diese Nachricht, sobald das Panel das Ende meldet.',
  auditStarted: {
    plain: '♻️ {{member}} hat die Wiederherstellung von Backup {{backup}} auf {{server}} gestartet.',
    truncate:
      '♻️ {{member}} hat die Wiederherstellung von Backup {{backup}} auf {{server}} gestartet (truncate).',
    stopped:
      '♻️ {{member}} hat die Wiederherstellung von Backup {{backup}} auf {{server}} gestartet, nachdem der Server gestoppt wurde.',
    truncateStopped:
      '♻️ {{member}} hat die Wiederherstellung von Backup {{backup}} auf {{server}} (truncate) gestartet, nachdem der Server gestoppt wurde.',
  },
  waitingToStop:
    '⏳ Ich warte, bis {{server}} gestoppt ist, bevor ich wiederherstelle (bisher {{duration}})…',
  didNotStop:
    '{{server}} wurde nicht innerhalb von {{duration}} gestoppt, daher wurde nichts wiederhergestellt. Stoppe ihn im Panel und versuche es erneut.',
  stopping: '⏹️ Ich sende das Stoppsignal an {{server}}…',
};
