import type { restore as Source } from '../en-US/restore.js';
import type { Translation } from '../translation.js';

/** Polish words of the `restore` area (see ../en-US/restore.ts). */
export const restore: Translation<typeof Source> = {
  ask: {
    question: '♻️ **Przywrócić** kopię zapasową {{backup}} (utworzoną {{created}}) na serwerze {{server}}?',
    truncate:
      '• **Najpierw zostaną usunięte wszystkie obecne pliki** (truncate), a potem kopia zapasowa zostanie rozpakowana.',
    overwrite: '• Pliki z kopii zapasowej zastąpią obecne; pliki, których nie ma w kopii, pozostaną.',
    running:
      '• Serwer ma stan **{{state}}**: wyślę mu sygnał zatrzymania, poczekam, aż będzie offline, a potem przywrócę kopię.',
    offline: '• Serwer jest offline.',
    failedBackup:
      '• ⚠️ Tworzenie tej kopii zapasowej **nie powiodło się**: przywrócone pliki mogą być niekompletne.',
    confirmStop: 'Zatrzymaj i przywróć',
    confirm: 'Przywróć',
  },
  startedMeanwhile:
    'Serwer {{server}} został uruchomiony po twoim zapytaniu, więc to potwierdzenie nie opisuje już tego, co by się stało. Użyj ponownie `/backup restore`.',
  refusal: {
    what: 'przywrócenie kopii zapasowej {{backup}} na serwerze {{server}}',
    nothingDone: 'nic nie zostało przywrócone',
    checkHint: 'sprawdź kopię zapasową w panelu',
    maybeStopped: ' Serwer mógł już otrzymać sygnał zatrzymania.',
  },
  progress:
    '♻️ Przywracam {{backup}} na serwerze {{server}}… (trwa już {{duration}}; czekam, aż panel zgłosi zakończenie)',
  finished:
    '✅ Przywracanie {{backup}} na serwerze {{server}} zakończyło się. Serwer jest offline: uruchom go, kiedy zechcesz.',
  auditFinished:
    '♻️ Przywracanie {{backup}} na serwerze {{server}} (zlecone przez {{member}}) zakończyło się.',
  deadline:
    '⏳ Po {{duration}} panel nadal pokazuje, że serwer {{server}} przywraca {{backup}}, więc przestaję to śledzić. Sprawdź serwer w panelu, zanim go uruchomisz.',
  followFailed:
    '⚠️ Nie udało mi się śledzić przywracania {{backup}} na serwerze {{server}} do końca: {{message}}\nPanel może nadal przywracać kopię: sprawdź serwer w panelu, zanim go uruchomisz.',
  auditFollowFailed:
    '♻️ Przywracanie {{backup}} na serwerze {{server}} (zlecone przez {{member}}): nie udało mi się śledzić go do końca, więc jego wynik nie jest tu znany.',
  started:
    '♻️ Przywracam {{backup}} na serwerze {{server}}… Zaktualizuję tę wiadomość, gdy panel zgłosi zakończenie.',
  startedTruncated:
    '♻️ Przywracam {{backup}} na serwerze {{server}} (najpierw usunięto pliki)… Zaktualizuję tę wiadomość, gdy panel zgłosi zakończenie.',
  auditStarted: {
    plain: '♻️ Przywracanie kopii zapasowej {{backup}} na serwerze {{server}} rozpoczęte przez {{member}}.',
    truncate:
      '♻️ Przywracanie kopii zapasowej {{backup}} na serwerze {{server}} (truncate) rozpoczęte przez {{member}}.',
    stopped:
      '♻️ Przywracanie kopii zapasowej {{backup}} na serwerze {{server}} rozpoczęte przez {{member}} po zatrzymaniu serwera.',
    truncateStopped:
      '♻️ Przywracanie kopii zapasowej {{backup}} na serwerze {{server}} (truncate) rozpoczęte przez {{member}} po zatrzymaniu serwera.',
  },
  waitingToStop:
    '⏳ Czekam, aż serwer {{server}} się zatrzyma, zanim przywrócę kopię (czekam już {{duration}})…',
  didNotStop:
    'Serwer {{server}} nie zatrzymał się w ciągu {{duration}}, więc nic nie zostało przywrócone. Zatrzymaj go w panelu i spróbuj ponownie.',
  stopping: '⏹️ Wysyłam sygnał zatrzymania do serwera {{server}}…',
};
