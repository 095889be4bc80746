import type { watch as Source } from '../en-US/watch.js';
import type { Translation } from '../translation.js';

/** Polish words of the `watch` area (see ../en-US/watch.ts). */
export const watch: Translation<typeof Source> = {
  event: {
    appeared: {
      bySchedule: {
        inProgress:
          '📦 Kopia zapasowa {{backup}} na serwerze {{server}} została uruchomiona przez harmonogram i nadal trwa (rozpoczęta {{started}}).',
        completed:
          '✅ Kopia zapasowa {{backup}} na serwerze {{server}} została uruchomiona przez harmonogram i ukończona: {{size}}.',
        completedIn:
          '✅ Kopia zapasowa {{backup}} na serwerze {{server}} została uruchomiona przez harmonogram i ukończona: {{size}} w czasie {{duration}}.',
        failed:
          '❌ Kopia zapasowa {{backup}} na serwerze {{server}} została uruchomiona przez harmonogram i nie powiodła się. {{why}}',
        failedAfter:
          '❌ Kopia zapasowa {{backup}} na serwerze {{server}} została uruchomiona przez harmonogram i nie powiodła się po {{duration}}. {{why}}',
      },
      notByMe: {
        inProgress:
          '📦 Kopia zapasowa {{backup}} na serwerze {{server}} nie została uruchomiona przeze mnie, tylko przez harmonogram lub w panelu; nadal trwa (rozpoczęta {{started}}).',
        completed:
          '✅ Kopia zapasowa {{backup}} na serwerze {{server}} nie została uruchomiona przeze mnie, tylko przez harmonogram lub w panelu, i została ukończona: {{size}}.',
        completedIn:
          '✅ Kopia zapasowa {{backup}} na serwerze {{server}} nie została uruchomiona przeze mnie, tylko przez harmonogram lub w panelu, i została ukończona: {{size}} w czasie {{duration}}.',
        failed:
          '❌ Kopia zapasowa {{backup}} na serwerze {{server}} nie została uruchomiona przeze mnie, tylko przez harmonogram lub w panelu, i nie powiodła się. {{why}}',
        failedAfter:
          '❌ Kopia zapasowa {{backup}} na serwerze {{server}} nie została uruchomiona przeze mnie, tylko przez harmonogram lub w panelu, i nie powiodła się po {{duration}}. {{why}}',
      },
    },
    ended: {
      subject: {
        plain: 'Kopia zapasowa {{backup}} na serwerze {{server}}',
        wasStuck:
          'Kopia zapasowa {{backup}} na serwerze {{server}}, wcześniej zgłoszona przeze mnie jako zawieszona,',
        alreadyRunning:
          'Kopia zapasowa {{backup}} na serwerze {{server}}, trwająca już przed rozpoczęciem mojej obserwacji,',
      },
      completed: '✅ {{subject}} została ukończona: {{size}}.',
      completedIn: '✅ {{subject}} została ukończona: {{size}} w czasie {{duration}}.',
      failed: '❌ {{subject}} nie powiodła się. {{why}}',
      failedAfter: '❌ {{subject}} nie powiodła się po {{duration}}. {{why}}',
    },
    stuck: {
      noHistory:
        '⏳ Kopia zapasowa {{backup}} na serwerze {{server}} wygląda na zawieszoną: trwa już {{running}} (brak udanej kopii tego serwera do porównania, więc uznaję kopię za zawieszoną po {{threshold}}). Panel oznacza ją jako nieudaną po 6 godzinach, jeśli węzeł nigdy nie odpowie.',
      withHistory:
        '⏳ Kopia zapasowa {{backup}} na serwerze {{server}} wygląda na zawieszoną: trwa już {{running}} (najdłuższa z ostatnich udanych kopii tego serwera trwała {{longest}}; uznaję kopię za zawieszoną po {{threshold}}). Panel oznacza ją jako nieudaną po 6 godzinach, jeśli węzeł nigdy nie odpowie.',
    },
    disappeared: {
      done: '🗑️ Kopia zapasowa {{backup}} na serwerze {{server}} zniknęła z panelu (usunięta ręcznie, w ramach rotacji harmonogramu lub podczas czyszczenia).',
      whileInProgress:
        '🗑️ Kopia zapasowa {{backup}} na serwerze {{server}} zniknęła z panelu, gdy jeszcze trwała (usunięta ręcznie, w ramach rotacji harmonogramu lub podczas czyszczenia).',
    },
    restoreStarted:
      '♻️ Na serwerze {{server}} rozpoczęło się przywracanie, uruchomione nie przeze mnie (panel nie podaje, z której kopii). Serwer jest niedostępny do jego zakończenia.',
    restoreEnded: {
      startSeen:
        '♻️ Przywracanie na serwerze {{server}} zakończyło się (panel nie podaje, czy się powiodło: sprawdź serwer, zanim go uruchomisz).',
      startUnseen:
        '♻️ Na serwerze {{server}} odbyło się przywracanie, uruchomione nie przeze mnie, i już się zakończyło (panel nie podaje, z której kopii ani czy się powiodło: sprawdź serwer).',
    },
    late: '{{event}} (zauważone po ponownym uruchomieniu)',
  },
  failedWhy: {
    ranTooLong: 'Panel oznaczył ją jako nieudaną, bo wciąż trwała po 6 godzinach (nie podaje innego powodu).',
    noReason: 'Panel nie podaje powodu; przyczynę pokazuje log węzła (wings) tego serwera.',
  },
  dm: {
    fromGuild: 'Z serwera **{{guild}}**: {{event}}',
    keyRefused:
      'Z serwera **{{guild}}**: nie obserwuję już kopii zapasowych za pomocą twojego klucza panelu. {{reason}}',
    lostPermission:
      'Z serwera **{{guild}}**: twoje konto panelu nie ma już uprawnienia `backup.read` na serwerze {{server}}, więc nie obserwuję już kopii zapasowych tego serwera twoim kluczem (ani nie wysyłam ci o nich DM). Jeśli chcesz znów dostawać te wiadomości, poproś właściciela serwera o nadanie ci tego uprawnienia.',
    unknownGuild: '(nazwa nieznana)',
  },
  notify: {
    on: '🔔 Będę wysyłać ci DM o kopiach zapasowych serwera {{server}}: o kopiach utworzonych beze mnie (harmonogramy, panel) i ich wyniku, o zawieszonych i usuniętych kopiach, o przywracaniach. Wyłączysz to poleceniem `/backup notify state:off`.',
    notWatched:
      '⚠️ Panel nie jest jeszcze obserwowany na tym serwerze Discord: administrator ustawia kanał powiadomień w `/setup` i wtedy zaczną przychodzić DM.',
    off: '🔕 Nie będę już wysyłać ci DM o kopiach zapasowych serwera {{server}}.',
  },
};
