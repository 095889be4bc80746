import type { rotate as Source } from '../en-US/rotate.js';
import type { Translation } from '../translation.js';

/** Polish words of the `rotate` area (see ../en-US/rotate.ts). */
export const rotate: Translation<typeof Source> = {
  noBackupsAllowed:
    'Serwer {{server}} nie może mieć żadnych kopii zapasowych (jego limit kopii zapasowych wynosi 0). Poproś administratora panelu o zwiększenie limitu.',
  reached: 'Serwer {{server}} osiągnął limit kopii zapasowych ({{used}} z {{limit}}).',
  wouldDelete:
    '{{atLimit}} Zrobienie miejsca oznaczałoby usunięcie jego najstarszej niezablokowanej kopii zapasowej. {{reason}}',
  allLocked:
    '{{atLimit}} Wszystkie kopie zapasowe wliczane do limitu są zablokowane, więc nie mogę usunąć żadnej z nich, aby zrobić miejsce. Usuń kopię zapasową, której już nie potrzebujesz (jeśli jest zablokowana, najpierw ją odblokuj), i spróbuj ponownie.',
  allLockedOrRunning:
    '{{atLimit}} Wszystkie kopie zapasowe wliczane do limitu są zablokowane lub wciąż w trakcie tworzenia, więc nie mogę usunąć żadnej z nich, aby zrobić miejsce. Usuń kopię zapasową, której już nie potrzebujesz (jeśli jest zablokowana, najpierw ją odblokuj), i spróbuj ponownie.',
  throttled:
    '{{atLimit}} {{throttled}} Nic nie zostało usunięte: zrobienie miejsca teraz oznaczałoby utratę najstarszej kopii zapasowej bez utworzenia nowej.',
  scheduleRunning:
    '{{atLimit}} Na tym serwerze trwa właśnie harmonogram kopii zapasowych ({{schedule}}), który przy limicie sam usuwa najstarszą niezablokowaną kopię zapasową. Nic nie zostało usunięte: spróbuj ponownie za minutę lub dwie. (Jeśli za kilka minut nadal zobaczysz ten komunikat, harmonogram mógł się zawiesić: wstrzymaj go i wznów, aby to naprawić).',
  scheduleDue:
    '{{atLimit}} Harmonogram kopii zapasowych na tym serwerze ({{schedule}}) zaraz się uruchomi, a przy limicie sam usuwa najstarszą niezablokowaną kopię zapasową. Nic nie zostało usunięte: spróbuj ponownie za minutę lub dwie.',
  roomMade:
    'Na serwerze {{server}} właśnie zwolniło się miejsce, więc nie trzeba niczego usuwać: użyj ponownie `/backup create`.',
  ask: {
    created: 'utworzoną {{when}}, {{date}}',
    createdSized: 'utworzoną {{when}}, {{date}}, {{size}}',
    newNamed: 'nową kopię zapasową {{backup}}',
    newUnnamed: 'nową kopię zapasową',
    question:
      '**Usunąć najstarszą niezablokowaną kopię zapasową** {{backup}} ({{created}}) **i utworzyć** {{newOne}}?',
    cannotUndo:
      '• Usuniętej kopii zapasowej nie da się odzyskać; zablokowane kopie zapasowe nigdy nie są usuwane.',
    confirm: 'Usuń najstarszą i utwórz',
  },
  sinceAsked: '⚠️ Od czasu mojego pytania {{change}}. Nic nie zostało usunięte.',
  changed: {
    gone: 'kopia {{backup}} zniknęła (w międzyczasie została usunięta), więc najstarsza niezablokowana kopia zapasowa jest teraz inna',
    locked:
      'kopia {{backup}} została zablokowana, więc najstarsza niezablokowana kopia zapasowa jest teraz inna',
    notOldest: 'kopia {{backup}} nie jest już najstarszą niezablokowaną kopią zapasową',
  },
  refusal: {
    what: 'usunięcie kopii zapasowej {{backup}} z serwera {{server}}, aby zrobić miejsce na nową kopię zapasową',
    nothingDone: 'nic nie zostało usunięte',
    checkHint: 'sprawdź kopie zapasowe w panelu',
  },
  originDeleted:
    '♻️ Zrobiono miejsce, usuwając najstarszą niezablokowaną kopię zapasową {{backup}} (utworzoną {{date}}).',
  originMeanwhile: '📦 W międzyczasie zwolniło się miejsce, więc nic nie zostało usunięte.',
  auditDeleted:
    '♻️ Na zlecenie {{member}} usunięto kopię zapasową {{backup}} z serwera {{server}}, aby zrobić miejsce (limit {{limit}}), i rozpoczęto tworzenie kopii zapasowej {{started}}.',
  auditMeanwhile:
    '📦 Na zlecenie {{member}} rozpoczęto tworzenie kopii zapasowej {{started}} na serwerze {{server}} (w międzyczasie zwolniło się miejsce, nic nie zostało usunięte).',
  notCreatedUnknown:
    '⚠️ Kopia zapasowa {{backup}} **została usunięta** z serwera {{server}}, aby zrobić miejsce, ale panel nie odpowiedział na prośbę o utworzenie nowej kopii zapasowej, więc nie wiadomo, czy powstała: sprawdź `/backup list`. {{why}}',
  notCreated:
    '⚠️ Kopia zapasowa {{backup}} **została usunięta** z serwera {{server}}, aby zrobić miejsce, ale nowa kopia zapasowa **nie została utworzona**: {{why}}',
  auditNotCreatedUnknown:
    '⚠️ Na zlecenie {{member}} usunięto kopię zapasową {{backup}} z serwera {{server}}, aby zrobić miejsce, ale nowa kopia zapasowa mogła nie zostać utworzona (panel nie odpowiedział).{{reason}}',
  auditNotCreated:
    '⚠️ Na zlecenie {{member}} usunięto kopię zapasową {{backup}} z serwera {{server}}, aby zrobić miejsce, ale nowa kopia zapasowa nie została utworzona.{{reason}}',
};
