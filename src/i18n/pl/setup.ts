import type { setup as Source } from '../en-US/setup.js';
import type { Translation } from '../translation.js';

/** Polish words of the `setup` area (see ../en-US/setup.ts). */
export const setup: Translation<typeof Source> = {
  dmFailed:
    '📪 Nie udało mi się wysłać ci wiadomości prywatnej, więc konfiguracja nie może się rozpocząć. Zezwól na wiadomości prywatne z tego serwera (kliknij nazwę serwera → **Ustawienia prywatności** → włącz **Wiadomości prywatne**), a potem ponownie uruchom `/setup`.',
  dmSent:
    '📬 Wysłałem ci wiadomość prywatną, aby skonfigurować serwer **{{guild}}**. Cała reszta odbywa się tam.',
  embed: {
    title: 'Konfiguracja bota kopii zapasowych dla serwera {{guild}}',
    description:
      'Członkowie łączą swój własny klucz API panelu za pomocą `/link`; to panel decyduje, na co pozwala każdy klucz. URL panelu ustawia się tutaj, więc nigdy nie pojawia się na żadnym kanale.',
    panelUrl: 'URL panelu',
    panelUrlUnset: 'nie ustawiono — naciśnij **Ustaw URL panelu**',
    roles: 'Role, które mogą przywracać i usuwać',
    rolesAnyone: 'każdy członek, któremu pozwala na to jego klucz panelu',
    audit: 'Kanał audytu',
    none: 'brak',
    notifications: 'Kanał powiadomień',
    notificationsSet:
      '{{channel}} — kopie zapasowe utworzone w panelu, niepowodzenia, zawieszone i usunięte kopie, przywracanie',
    notificationsNone: 'brak — panel nie jest obserwowany',
    lastChange: 'Ostatnia zmiana',
    lastChangeBy: '{{member}}, {{when}}',
    status: 'Stan',
  },
  controls: {
    setUrl: 'Ustaw URL panelu',
    test: 'Przetestuj połączenie',
    rolesPlaceholder: 'Role, które mogą przywracać i usuwać (brak: każdy){{page}}',
    auditPlaceholder: 'Kanał audytu (opcjonalnie){{page}}',
    notificationsPlaceholder: 'Kanał powiadomień (opcjonalnie; może to być kanał audytu){{page}}',
    pageNote: ' · strona {{page}} z {{pages}}',
    noAudit: 'Bez kanału audytu',
    noNotifications: 'Bez kanału powiadomień',
    rolesPrevious: '◀ Role',
    rolesNext: 'Role ▶',
    channelsPrevious: '◀ Kanały',
    channelsNext: 'Kanały ▶',
  },
  form: {
    title: 'URL panelu',
    label: 'URL panelu',
    notSaved: 'Nie zapisano URL panelu. {{reason}}',
    saved: '✅ Zapisano URL panelu; panel odpowiedział w {{ms}} ms.',
    savedUnlinked:
      '✅ Zapisano URL panelu; panel odpowiedział w {{ms}} ms. Członkowie połączeni z poprzednim panelem zostali rozłączeni i muszą ponownie uruchomić `/link`.',
  },
  status: {
    channelGone: 'Ten kanał już nie istnieje. Wybierz ponownie.',
    rolesGone: 'Niektóre z tych ról już nie istnieją. Wybierz ponownie.',
    urlFirst: 'Najpierw ustaw URL panelu.',
    testPassed: '✅ Panel odpowiedział w {{ms}} ms.',
    testFailed: '❌ {{reason}}',
    rolesSet: '✅ Przywracać i usuwać mogą tylko te role (oraz osoby z uprawnieniem Zarządzanie serwerem).',
    rolesAnyone: '✅ Przywracać i usuwać może każdy, komu pozwala na to klucz panelu.',
    auditSet: '✅ Działania na kopiach zapasowych będą zapisywane na tym kanale.',
    auditNone: '✅ Bez kanału audytu.',
    notificationsSet:
      '✅ Będę obserwować panel i publikować tam: kopie zapasowe utworzone beze mnie (harmonogramy, panel), ich wynik, zawieszone i usunięte kopie, przywracanie.',
    notificationsNone: '✅ Bez kanału powiadomień: panel nie jest już obserwowany dla tego serwera Discord.',
  },
  probe: {
    tls: 'Nie udało się zweryfikować certyfikatu HTTPS adresu {{url}}. Panel potrzebuje ważnego certyfikatu dla swojej nazwy hosta.',
    notAPanel:
      'Adres {{url}} nie odpowiada jak panel Pterodactyl ani Pelican. Użyj adresu, pod którym otwierasz panel w przeglądarce.',
    addressRefused:
      'Adres {{url}} prowadzi do adresu, z którym bot nie może się łączyć (prywatnego, loopback lub link-local).',
    unreachable: 'Nie udało się połączyć z {{url}}. Sprawdź adres i to, czy panel działa.',
    other: 'Nie udało się zweryfikować adresu {{url}}. {{reason}}',
    noKeyAsked:
      'Adres {{url}} odpowiedział bez pytania o klucz, więc nie zachowuje się jak panel Pterodactyl ani Pelican.',
  },
};
