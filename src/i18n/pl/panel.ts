import type { panel as Source } from '../en-US/panel.js';
import type { Translation } from '../translation.js';

/** Polish words of the `panel` area (see ../en-US/panel.ts). */
export const panel: Translation<typeof Source> = {
  unauthenticated:
    'Panel odrzucił twój klucz API (mógł zostać usunięty lub wygasnąć). Uruchom ponownie `/link` z nowym kluczem.',
  forbidden: {
    permission: {
      named:
        'Twoje konto panelu nie ma uprawnienia {{permission}} na serwerze {{server}}. Poproś właściciela serwera o jego nadanie.',
      unnamed:
        'Twoje konto panelu nie ma uprawnienia {{permission}} na tym serwerze. Poproś właściciela serwera o jego nadanie.',
    },
    other: {
      named:
        'Panel odmówił wykonania tej operacji dla twojego konta na serwerze {{server}}. Poproś właściciela serwera o dostęp.',
      unnamed:
        'Panel odmówił wykonania tej operacji dla twojego konta na tym serwerze. Poproś właściciela serwera o dostęp.',
    },
  },
  applicationKey:
    'To jest klucz API aplikacji, a bot potrzebuje klucza API klienta. Utwórz go w panelu w sekcji Konto → Poświadczenia API i ponownie uruchom `/link`.',
  ipRestricted:
    'Twój klucz API działa tylko z określonych adresów IP, a adres bota do nich nie należy. Utwórz klucz bez tego ograniczenia (albo zezwól na adres bota) i ponownie uruchom `/link`.',
  twoFactorRequired:
    'Panel wymaga włączenia uwierzytelniania dwuskładnikowego na twoim koncie, zanim zezwoli na dostęp przez API. Włącz je w ustawieniach konta panelu, a potem spróbuj ponownie.',
  notFound: {
    server: {
      named:
        'W panelu nie ma serwera {{server}}, do którego twoje konto ma dostęp. Sprawdź identyfikator serwera (opcja `server` podpowiada twoje serwery).',
      unnamed:
        'W panelu nie ma tego serwera albo twoje konto nie ma do niego dostępu. Sprawdź identyfikator serwera (opcja `server` podpowiada twoje serwery).',
    },
    backup: {
      named:
        'Serwer {{server}} nie ma kopii zapasowej {{backup}} (mogła zostać usunięta). Wybierz kopię z listy opcji `backup`.',
      unnamed:
        'Ten serwer nie ma kopii zapasowej {{backup}} (mogła zostać usunięta). Wybierz kopię z listy opcji `backup`.',
    },
    schedule: {
      named:
        'Serwer {{server}} nie ma harmonogramu nr {{schedule}} (mógł zostać usunięty). Wybierz harmonogram z listy opcji `schedule`.',
      unnamed:
        'Ten serwer nie ma harmonogramu nr {{schedule}} (mógł zostać usunięty). Wybierz harmonogram z listy opcji `schedule`.',
    },
    serverOrBackup: {
      named:
        'Panel nie znalazł serwera {{server}} albo jego kopii zapasowej {{backup}}. Sprawdź oba i spróbuj ponownie.',
      unnamed:
        'Panel nie znalazł tego serwera albo jego kopii zapasowej {{backup}}. Sprawdź oba i spróbuj ponownie.',
    },
    other: 'Panel nie znalazł tego, o co poproszono. Sprawdź serwer i spróbuj ponownie.',
  },
  conflict: {
    suspended: {
      named:
        'Serwer {{server}} jest zawieszony, więc panel odmawia. Zapytaj administratora panelu o powód zawieszenia.',
      unnamed:
        'Ten serwer jest zawieszony, więc panel odmawia. Zapytaj administratora panelu o powód zawieszenia.',
    },
    maintenance: {
      named:
        'Węzeł, na którym działa serwer {{server}}, jest w trakcie prac konserwacyjnych. Spróbuj ponownie po ich zakończeniu.',
      unnamed:
        'Węzeł, na którym działa ten serwer, jest w trakcie prac konserwacyjnych. Spróbuj ponownie po ich zakończeniu.',
    },
    installing: {
      named: 'Instalacja serwera {{server}} jeszcze się nie zakończyła. Spróbuj ponownie, gdy się zakończy.',
      unnamed: 'Instalacja tego serwera jeszcze się nie zakończyła. Spróbuj ponownie, gdy się zakończy.',
    },
    restoring: {
      named:
        'Serwer {{server}} właśnie przywraca kopię zapasową. Spróbuj ponownie, gdy przywracanie się zakończy.',
      unnamed:
        'Ten serwer właśnie przywraca kopię zapasową. Spróbuj ponownie, gdy przywracanie się zakończy.',
    },
    transferring: {
      named:
        'Serwer {{server}} jest przenoszony na inną maszynę. Spróbuj ponownie po zakończeniu przenoszenia.',
      unnamed: 'Ten serwer jest przenoszony na inną maszynę. Spróbuj ponownie po zakończeniu przenoszenia.',
    },
    busy: {
      named: 'Serwer {{server}} jest zajęty: panel odpowiada „{{detail}}”. Spróbuj ponownie później.',
      unnamed: 'Ten serwer jest zajęty: panel odpowiada „{{detail}}”. Spróbuj ponownie później.',
    },
    other: {
      named: 'Serwer {{server}} jest obecnie w stanie, który na to nie pozwala. Spróbuj ponownie później.',
      unnamed: 'Ten serwer jest obecnie w stanie, który na to nie pozwala. Spróbuj ponownie później.',
    },
  },
  validation: {
    details: 'Panel odrzucił żądanie: {{details}}.',
    none: 'Panel odrzucił żądanie jako nieprawidłowe.',
  },
  unsupported:
    'Ten panel nie oferuje tej operacji (jego API nie ma takiego punktu końcowego). Może być potrzebna nowsza wersja panelu.',
  backupTaskForbidden:
    'Ten serwer nie może mieć żadnych kopii zapasowych (jego limit kopii zapasowych wynosi 0), więc panel odrzuca harmonogram kopii zapasowych. Poproś administratora panelu o zwiększenie limitu.',
  tooManyBackups: {
    noneAllowed:
      'Ten serwer nie może mieć żadnych kopii zapasowych (jego limit kopii zapasowych wynosi 0). Poproś administratora panelu o zwiększenie limitu.',
    atLimit:
      'Ten serwer osiągnął limit kopii zapasowych ({{limit}} z {{limit}}). Usuń kopię zapasową, której już nie potrzebujesz (jeśli jest zablokowana, najpierw ją odblokuj), a potem spróbuj ponownie.',
    limitUnknown:
      'Ten serwer osiągnął limit kopii zapasowych. Usuń kopię zapasową, której już nie potrzebujesz (jeśli jest zablokowana, najpierw ją odblokuj), a potem spróbuj ponownie.',
  },
  backupLocked:
    'Ta kopia zapasowa jest zablokowana, więc panel jej nie usunie. Najpierw odblokuj ją za pomocą `/backup lock`, a potem usuń.',
  badRequest: {
    notFinished:
      'Tworzenie tej kopii zapasowej jeszcze się nie zakończyło, więc nie można jej przywrócić. Poczekaj, aż się zakończy, a potem spróbuj ponownie.',
    restoreState: {
      named:
        'Serwer {{server}} jest w stanie, który nie pozwala na przywracanie (na przykład po nieudanej ponownej instalacji). Poproś administratora panelu, aby się temu przyjrzał.',
      unnamed:
        'Ten serwer jest w stanie, który nie pozwala na przywracanie (na przykład po nieudanej ponownej instalacji). Poproś administratora panelu, aby się temu przyjrzał.',
    },
    cron: 'Panel nie zaakceptował tego terminu jako reguły cron. Wybierz jedno z gotowych ustawień opcji `when` albo sprawdź wyrażenie cron (pięć pól: minuta godzina dzień-miesiąca miesiąc dzień-tygodnia).',
    noTasks:
      'Ten harmonogram nie ma w panelu żadnych zadań, więc jego uruchomienie nic by nie dało. Dodaj zadanie kopii zapasowej w panelu albo usuń harmonogram i utwórz go tutaj ponownie.',
    tooManyTasks: 'Ten harmonogram ma już maksymalną liczbę zadań, na jaką pozwala panel ({{limit}}).',
    tooManyTasksUnknown: 'Ten harmonogram ma już maksymalną liczbę zadań, na jaką pozwala panel.',
    diskDriver:
      'Ta kopia zapasowa jest przechowywana w miejscu, z którego panel nie może udostępniać pobierania. Zapytaj administratora panelu.',
    detail: 'Panel odrzucił żądanie: {{detail}}.',
    other: 'Panel odrzucił żądanie jako błędnie sformułowane.',
  },
  throttle: {
    rule_one: 'Panel pozwala na tym serwerze tworzyć tylko {{count}} kopię zapasową na {{period}}.',
    rule_few: 'Panel pozwala na tym serwerze tworzyć tylko {{count}} kopie zapasowe na {{period}}.',
    rule_many: 'Panel pozwala na tym serwerze tworzyć tylko {{count}} kopii zapasowych na {{period}}.',
    rule_other: 'Panel pozwala na tym serwerze tworzyć tylko {{count}} kopii zapasowej na {{period}}.',
    unknown: 'Panel ogranicza, jak często można tworzyć kopie zapasowe na tym serwerze.',
    restores:
      'Panel ogranicza, jak często można przywracać kopie zapasowe na tym serwerze (albo ile zapytań może wysłać twoje konto).',
    requests: 'Panel ogranicza, ile zapytań może wysłać twoje konto.',
  },
  period: {
    hour: 'godzinę',
    hours_one: '{{count}} godzinę',
    hours_few: '{{count}} godziny',
    hours_many: '{{count}} godzin',
    hours_other: '{{count}} godziny',
    minute: 'minutę',
    minutes_one: '{{count}} minutę',
    minutes_few: '{{count}} minuty',
    minutes_many: '{{count}} minut',
    minutes_other: '{{count}} minuty',
    seconds_one: '{{count}} sekundę',
    seconds_few: '{{count}} sekundy',
    seconds_many: '{{count}} sekund',
    seconds_other: '{{count}} sekundy',
  },
  retry: {
    at: 'Spróbuj ponownie {{when}}.',
    fewMinutes: 'Spróbuj ponownie za kilka minut.',
    minute: 'Spróbuj ponownie za minutę.',
  },
  nodeUnreachable: {
    named:
      'Panel nie mógł połączyć się z maszyną (węzłem), na której działa serwer {{server}}. Może być wyłączona: spróbuj ponownie za kilka minut albo powiadom administratora panelu.',
    unnamed:
      'Panel nie mógł połączyć się z maszyną (węzłem), na której działa ten serwer. Może być wyłączona: spróbuj ponownie za kilka minut albo powiadom administratora panelu.',
  },
  daemonError: {
    detail: {
      named:
        'Maszyna, na której działa serwer {{server}}, zgłosiła błąd: {{detail}}. Spróbuj ponownie, a jeśli to się powtarza, powiadom administratora panelu.',
      unnamed:
        'Maszyna, na której działa ten serwer, zgłosiła błąd: {{detail}}. Spróbuj ponownie, a jeśli to się powtarza, powiadom administratora panelu.',
    },
    other: {
      named:
        'Maszyna, na której działa serwer {{server}}, zgłosiła błąd. Spróbuj ponownie, a jeśli to się powtarza, powiadom administratora panelu.',
      unnamed:
        'Maszyna, na której działa ten serwer, zgłosiła błąd. Spróbuj ponownie, a jeśli to się powtarza, powiadom administratora panelu.',
    },
  },
  panelError: {
    status:
      'W panelu wystąpił błąd wewnętrzny (HTTP {{status}}). Spróbuj ponownie za chwilę; jeśli to się powtarza, powiadom administratora panelu.',
    other:
      'W panelu wystąpił błąd wewnętrzny. Spróbuj ponownie za chwilę; jeśli to się powtarza, powiadom administratora panelu.',
  },
  addressRefused:
    'URL panelu ({{host}}) prowadzi do adresu, z którym bot nie może się łączyć (prywatnego, loopback lub link-local). Administrator musi ustawić publiczny adres panelu za pomocą `/setup`.',
  unreachable:
    'Nie udało się połączyć z panelem pod adresem {{host}}. Panel może nie działać albo jego URL jest błędny (administrator może go sprawdzić za pomocą `/setup`).',
  cancelled:
    'Przestałem czekać na panel: trwało to dłużej, niż pozwala ta operacja. Nie wysłano do niego kolejnych żądań; spróbuj ponownie za chwilę.',
  timeout_one:
    'Panel nie odpowiedział w ciągu {{seconds}} sekundy. Może być przeciążony lub wyłączony: spróbuj ponownie później.',
  timeout_few:
    'Panel nie odpowiedział w ciągu {{seconds}} sekund. Może być przeciążony lub wyłączony: spróbuj ponownie później.',
  timeout_many:
    'Panel nie odpowiedział w ciągu {{seconds}} sekund. Może być przeciążony lub wyłączony: spróbuj ponownie później.',
  timeout_other:
    'Panel nie odpowiedział w ciągu {{seconds}} sekundy. Może być przeciążony lub wyłączony: spróbuj ponownie później.',
  tls: 'Nie udało się nawiązać bezpiecznego połączenia (HTTPS) z panelem pod adresem {{host}}: nie można zweryfikować jego certyfikatu. Administrator musi poprawić certyfikat panelu albo URL panelu (`/setup`).',
  notAPanel:
    'Ten adres nie odpowiada jak panel Pterodactyl ani Pelican. Sprawdź URL panelu razem z administratorem (`/setup`).',
  url: {
    notAUrl: 'To nie jest URL. Wpisz adres swojego panelu, na przykład `https://panel.example.com`.',
    httpsRequired: 'URL panelu musi zaczynać się od `https://`.',
    httpRefused:
      'URL panelu musi zaczynać się od `https://`: w przeciwnym razie klucze API byłyby przesyłane bez szyfrowania. (Operator bota może zezwolić na `http://` dla panelu w sieci prywatnej za pomocą `ALLOW_INSECURE_PANEL_URL=true`.)',
    credentials: 'URL panelu nie może zawierać nazwy użytkownika ani hasła.',
    queryOrFragment: 'URL panelu nie może zawierać części `?` ani `#`: podaj adres samego panelu.',
    refusedHost: 'Ten adres nie jest dozwolony jako URL panelu.',
    doesNotResolveCheck: 'Nazwa hosta `{{host}}` nie daje się rozwiązać. Sprawdź pisownię URL panelu.',
    doesNotResolve: 'Nazwa hosta `{{host}}` nie daje się rozwiązać.',
    refusedAddress: 'Ten adres nie jest dozwolony jako URL panelu (adres link-local lub adres metadanych).',
    privateAddress:
      'Ten URL panelu prowadzi do adresu prywatnego lub loopback. Operator bota może na to zezwolić za pomocą `ALLOW_INSECURE_PANEL_URL=true`.',
  },
};
