import type { backup as Source } from '../en-US/backup.js';
import type { Translation } from '../translation.js';

/** Polish words of the `backup` area (see ../en-US/backup.ts). */
export const backup: Translation<typeof Source> = {
  size: {
    bytes: '{{value}} B',
    kibibytes: '{{value}} KiB',
    mebibytes: '{{value}} MiB',
    gibibytes: '{{value}} GiB',
    tebibytes: '{{value}} TiB',
  },
  age: {
    seconds_one: '{{count}} s temu',
    seconds_few: '{{count}} s temu',
    seconds_many: '{{count}} s temu',
    seconds_other: '{{count}} s temu',
    minutes_one: '{{count}} min temu',
    minutes_few: '{{count}} min temu',
    minutes_many: '{{count}} min temu',
    minutes_other: '{{count}} min temu',
    hours_one: '{{count}} godz. temu',
    hours_few: '{{count}} godz. temu',
    hours_many: '{{count}} godz. temu',
    hours_other: '{{count}} godz. temu',
    days_one: '{{count}} dzień temu',
    days_few: '{{count}} dni temu',
    days_many: '{{count}} dni temu',
    days_other: '{{count}} dnia temu',
  },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min {{seconds}} s',
    hours: '{{hours}} godz. {{minutes}} min',
  },
  state: {
    inProgress: '⏳ w trakcie',
    completed: '✅ ukończona',
    failed: '❌ nieudana',
  },
  field: {
    state: 'Stan',
    locked: 'Zablokowana',
    size: 'Rozmiar',
    created: 'Utworzona',
    completed: 'Ukończona',
    took: 'Czas trwania',
    scheduled: 'Z harmonogramu',
    checksum: 'Suma kontrolna',
    ignoredFiles: 'Pominięte pliki',
    uuid: 'UUID',
  },
  value: {
    yes: 'tak',
    lockedYes: '🔒 tak',
    no: 'nie',
    notYet: 'jeszcze nie',
    none: 'brak',
  },
  choice: {
    label: '{{name}} · {{detail}} · {{age}}',
    labelLocked: '{{name}} · {{detail}} · {{age}} · zablokowana',
    inProgress: 'w trakcie',
    failed: 'nieudana',
  },
  scheduleChoice: {
    active: '{{name}} — {{rule}}',
    paused: '{{name}} — {{rule}} (wstrzymany)',
  },
  list: {
    title: 'Kopie zapasowe serwera {{server}}',
    used_one: 'Wykorzystano {{used}} z {{count}} kopii zapasowej',
    used_few: 'Wykorzystano {{used}} z {{count}} kopii zapasowych',
    used_many: 'Wykorzystano {{used}} z {{count}} kopii zapasowych',
    used_other: 'Wykorzystano {{used}} z {{count}} kopii zapasowej',
    keptDisabled_one:
      '{{count}} przechowywana kopia zapasowa · kopie zapasowe są wyłączone na tym serwerze (limit 0)',
    keptDisabled_few:
      '{{count}} przechowywane kopie zapasowe · kopie zapasowe są wyłączone na tym serwerze (limit 0)',
    keptDisabled_many:
      '{{count}} przechowywanych kopii zapasowych · kopie zapasowe są wyłączone na tym serwerze (limit 0)',
    keptDisabled_other:
      '{{count}} przechowywanej kopii zapasowej · kopie zapasowe są wyłączone na tym serwerze (limit 0)',
    summary: '**{{used}}** · łącznie {{size}}',
    nextOut: '♻️ zostanie usunięta jako następna, gdy harmonogram uruchomi się przy osiągniętym limicie',
    empty: 'Nie ma jeszcze żadnych kopii zapasowych. Utwórz pierwszą za pomocą `/backup create`.',
    footer: '{{used}} · strona {{page}} z {{pages}} · {{server}}',
    previous: 'Poprzednia',
    next: 'Następna',
  },
  created: {
    title: 'Kopia zapasowa {{backup}}',
    inProgress: '⏳ W trakcie — zaktualizuję tę wiadomość, gdy panel zgłosi zakończenie.',
    waiting:
      '⏳ W trakcie (trwa już {{duration}}) — czekam, aż panel zgłosi zakończenie (ostatnie sprawdzenie {{checked}}).',
    lockRefused: '⚠️ Panel utworzył ją bez blokady: blokowanie wymaga uprawnienia `backup.delete`.',
    completed: '✅ Ukończona.',
    failed:
      '❌ Tworzenie kopii zapasowej na węźle nie powiodło się. Ta kopia nie wlicza się do limitu; możesz spróbować ponownie.',
    dmCompleted: '✅ Ukończona ({{size}}).',
    dmCompletedIn: '✅ Ukończona ({{size}}, trwało to {{duration}}).',
    dm: 'Kopia zapasowa {{backup}} na serwerze {{server}}: {{news}}',
    deadline:
      '⏳ Po {{duration}} panel nadal podaje, że ta kopia zapasowa jest w trakcie tworzenia, więc przestaję ją śledzić. Sprawdź ją za pomocą `/backup info`.',
    followFailed:
      '⚠️ Nie udało mi się śledzić tej kopii zapasowej do końca: {{message}}\nSprawdź ją później za pomocą `/backup info`.',
    auditStarted:
      '📦 Tworzenie kopii zapasowej {{backup}} na serwerze {{server}} rozpoczęte przez {{member}}.',
    auditCompleted:
      '📦 Tworzenie kopii zapasowej {{backup}} na serwerze {{server}} (rozpoczęte przez {{member}}) zakończyło się ({{size}}).',
    auditFailed:
      '📦 Tworzenie kopii zapasowej {{backup}} na serwerze {{server}} (rozpoczęte przez {{member}}) nie powiodło się.',
    auditUnknown:
      '📦 Kopia zapasowa {{backup}} na serwerze {{server}} (rozpoczęta przez {{member}}): nie udało mi się śledzić jej do końca, więc jej wynik nie jest tu znany.',
  },
  download: {
    inProgress:
      'Kopia zapasowa {{backup}} jest wciąż w trakcie tworzenia: pobierz ją, gdy zostanie ukończona.',
    failed: 'Tworzenie kopii zapasowej {{backup}} nie powiodło się, więc nie ma archiwum do pobrania.',
    expiresAt: 'Wygasa {{expires}} ({{time}}).',
    expiresSoon: 'Wygasa w ciągu kilku minut.',
    link: '🔗 Link do pobrania kopii zapasowej {{backup}} ({{size}}) z serwera {{server}}.\nLink działa **jeden raz** i tylko ty go widzisz. {{expiry}}',
    button: 'Pobierz',
    archiveLink: '**[⬇️ Pobierz archiwum]({{url}})**',
    audit:
      '🔗 Na zlecenie {{member}} utworzono link do pobrania kopii zapasowej {{backup}} z serwera {{server}}.',
  },
  lock: {
    locked:
      '🔒 Kopia zapasowa {{backup}} na serwerze {{server}} jest teraz **zablokowana**: nie można jej usunąć, dopóki nie zostanie odblokowana.',
    unlocked:
      '🔓 Kopia zapasowa {{backup}} na serwerze {{server}} jest teraz **odblokowana**: można ją usunąć.',
    auditLocked: '🔒 Kopia zapasowa {{backup}} na serwerze {{server}} została zablokowana przez {{member}}.',
    auditUnlocked:
      '🔓 Kopia zapasowa {{backup}} na serwerze {{server}} została odblokowana przez {{member}}.',
  },
  delete: {
    question:
      '🗑️ **Usunąć** kopię zapasową {{backup}}, utworzoną {{created}}, z serwera {{server}}?\n• Tego nie można cofnąć.',
    questionWithSize:
      '🗑️ **Usunąć** kopię zapasową {{backup}} ({{size}}), utworzoną {{created}}, z serwera {{server}}?\n• Tego nie można cofnąć.',
    confirm: 'Usuń',
    deleted: '🗑️ Kopia zapasowa {{backup}} została usunięta z serwera {{server}}.',
    audit: '🗑️ Kopia zapasowa {{backup}} została usunięta z serwera {{server}} przez {{member}}.',
    refusal: {
      what: 'usunięcie kopii zapasowej {{backup}} na serwerze {{server}}',
      nothingDone: 'nic nie zostało usunięte',
      checkHint: 'sprawdź kopię zapasową w panelu',
    },
  },
  rename: {
    cannot:
      'Ten panel nie potrafi zmieniać nazw kopii zapasowych: zmiana nazwy to funkcja Pelicana, a Pterodactyl nie ma takiej akcji. Aby uzyskać kopię zapasową o innej nazwie, utwórz nową za pomocą `/backup create name:…`.',
    blank: 'Podaj nazwę kopii zapasowej, która nie składa się z samych spacji.',
    unchanged: 'Kopia zapasowa {{backup}} na serwerze {{server}} ma już tę nazwę. Nic nie zmieniono.',
    renamed: '✏️ Kopia zapasowa {{backup}} na serwerze {{server}} nazywa się teraz {{renamed}}.',
    audit:
      '✏️ Nazwa kopii zapasowej {{backup}} na serwerze {{server}} została zmieniona przez {{member}} na {{renamed}}.',
  },
  check: {
    pickBackup:
      'Wybierz kopię zapasową z listy podpowiedzi opcji `backup` (potrzebny jest UUID kopii zapasowej).',
    missingPermission:
      'Twoje konto w panelu nie ma uprawnienia `{{permission}}` na serwerze `{{server}}`. Poproś właściciela serwera o jego nadanie.',
    notRestorable:
      'Kopia zapasowa {{backup}} jest wciąż w trakcie tworzenia: można ją przywrócić, gdy zostanie ukończona.',
    locked:
      'Kopia zapasowa {{backup}} jest zablokowana, więc nie można jej usunąć. Najpierw odblokuj ją za pomocą `/backup lock`, a potem usuń.',
  },
};
