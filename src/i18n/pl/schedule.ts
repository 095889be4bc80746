import type { schedule as Source } from '../en-US/schedule.js';
import type { Translation } from '../translation.js';

/** Polish words of the `schedule` area (see ../en-US/schedule.ts). */
export const schedule: Translation<typeof Source> = {
  rule: {
    everyHours: 'co {{hours}} godzin',
    everyHoursPast: 'co {{hours}} godzin, w minucie {{minute}}',
    everyDay: 'codziennie o {{time}}',
    weekly: {
      sunday: 'w każdą niedzielę o {{time}}',
      monday: 'w każdy poniedziałek o {{time}}',
      tuesday: 'w każdy wtorek o {{time}}',
      wednesday: 'w każdą środę o {{time}}',
      thursday: 'w każdy czwartek o {{time}}',
      friday: 'w każdy piątek o {{time}}',
      saturday: 'w każdą sobotę o {{time}}',
    },
    rawCron: 'według wyrażenia cron `{{cron}}`',
    withZone: '{{rule}} ({{zone}})',
  },
  zone: {
    panel: 'czas panelu',
    utc: 'UTC',
    panelOffset: 'czas panelu, UTC{{offset}}',
  },
  defaultName: 'Kopia zapasowa {{rule}}',
  when: {
    help: 'Wybierz gotowe ustawienie z listy (co 6 godzin, co 12 godzin, codziennie o wybranej godzinie, co tydzień) lub podaj wyrażenie cron z pięcioma polami: minuta godzina dzień-miesiąca miesiąc dzień-tygodnia (na przykład `0 4 * * *` oznacza codziennie o 04:00).',
    notUnderstood: 'Nie rozumiem takiego harmonogramu. {{help}}',
    invalidCron: '`{{cron}}` nie jest prawidłowym wyrażeniem cron ({{reason}}). {{help}}',
    doesNotParse: 'nie da się go odczytać',
    neverRuns: '`{{cron}}` nigdy się nie uruchomi (taka data nigdy nie nastąpi). {{help}}',
    tooOften_one:
      '`{{cron}}` oznacza uruchomienie co minutę. Harmonogram kopii zapasowych może się uruchamiać najwyżej raz na godzinę: przy limicie kopii zapasowych każde uruchomienie usuwa najstarszą niezablokowaną kopię zapasową.',
    tooOften_few:
      '`{{cron}}` oznacza uruchomienie co {{count}} minuty. Harmonogram kopii zapasowych może się uruchamiać najwyżej raz na godzinę: przy limicie kopii zapasowych każde uruchomienie usuwa najstarszą niezablokowaną kopię zapasową.',
    tooOften_many:
      '`{{cron}}` oznacza uruchomienie co {{count}} minut. Harmonogram kopii zapasowych może się uruchamiać najwyżej raz na godzinę: przy limicie kopii zapasowych każde uruchomienie usuwa najstarszą niezablokowaną kopię zapasową.',
    tooOften_other:
      '`{{cron}}` oznacza uruchomienie co {{count}} minuty. Harmonogram kopii zapasowych może się uruchamiać najwyżej raz na godzinę: przy limicie kopii zapasowych każde uruchomienie usuwa najstarszą niezablokowaną kopię zapasową.',
  },
  choice: {
    cron: '{{rule}} (cron {{cron}})',
    refused: '⚠️ {{reason}}',
    notASchedule: 'to nie jest harmonogram',
  },
  label: '**{{name}}** (#{{id}})',
  notBackups:
    'Harmonogram {{schedule}} nie tworzy kopii zapasowych (jego zadania wysyłają polecenia lub akcje zasilania), więc nie jest tutaj zarządzany. Zmień go w panelu.',
  noBackupsAllowed:
    'Serwer {{server}} nie może mieć żadnych kopii zapasowych (jego limit kopii zapasowych wynosi 0), więc panel odrzuca harmonogram kopii zapasowych. Poproś administratora panelu o zwiększenie limitu.',
  atLimit:
    'Przy limicie kopii zapasowych ({{limit}}) każde uruchomienie najpierw usuwa najstarszą niezablokowaną kopię zapasową, aby zrobić miejsce. Jeśli wszystkie kopie zapasowe są zablokowane, uruchomienie się nie powiedzie i nic nie zostanie usunięte.',
  state: {
    running: '⏳ trwa teraz',
    active: '▶️ aktywny',
    paused: '⏸️ wstrzymany',
  },
  lines: {
    rule: '🗓️ {{rule}} · {{state}}',
    runs: 'Następne uruchomienie: {{next}} · Ostatnie uruchomienie: {{last}}',
    nextAt: '{{at}} ({{relative}})',
    notPlanned: 'nie zaplanowano',
    paused: '— (wstrzymany)',
    never: 'nigdy',
    onlyWhenOnline: 'Uruchamia się tylko wtedy, gdy serwer jest online.',
    leavesOut: 'Pomija: {{patterns}}',
  },
  create: {
    title: 'Harmonogram kopii zapasowych {{name}}',
    created: '✅ Utworzono na serwerze {{server}}: {{rule}}.',
    firstRun: 'Pierwsze uruchomienie: {{at}} ({{relative}}).',
    limitField: 'Przy limicie kopii zapasowych',
    used: 'Obecnie zajęte: {{used}} z {{limit}}.',
    usedNextDeletes:
      'Obecnie zajęte: {{used}} z {{limit}}. Następne uruchomienie usunęłoby kopię {{backup}} (utworzoną {{relative}}).',
    usedAllLocked:
      'Obecnie zajęte: {{used}} z {{limit}}. Wszystkie kopie zapasowe są teraz zablokowane, więc uruchomienia kończyłyby się niepowodzeniem, dopóki któraś nie zostanie odblokowana lub usunięta.',
    footer: 'harmonogram #{{id}} · {{server}}',
    audit:
      '🗓️ Harmonogram kopii zapasowych {{schedule}} na serwerze {{server}} został utworzony przez {{user}}: {{rule}}.',
    notRemoved:
      '{{reason}}\n⚠️ Harmonogram {{schedule}} został utworzony bez zadania kopii zapasowej i nie udało mi się go usunąć. Usuń go za pomocą `/backup schedule delete` lub w panelu.',
    removed: '{{reason}}\nHarmonogram został z powrotem usunięty, więc nic nie zostało zrobione w połowie.',
  },
  list: {
    title: 'Harmonogramy kopii zapasowych: {{name}}',
    none: 'Serwer {{server}} nie ma harmonogramu kopii zapasowych. Utwórz go za pomocą `/backup schedule create`.',
    summary_one: '{{count}} harmonogram kopii zapasowych na serwerze {{server}}.',
    summary_few: '{{count}} harmonogramy kopii zapasowych na serwerze {{server}}.',
    summary_many: '{{count}} harmonogramów kopii zapasowych na serwerze {{server}}.',
    summary_other: '{{count}} harmonogramu kopii zapasowych na serwerze {{server}}.',
    limitNote:
      'Przy limicie kopii zapasowych ({{limit}}) uruchomienie najpierw usuwa najstarszą niezablokowaną kopię zapasową.',
    others_one:
      'Nie pokazano {{count}} innego harmonogramu (polecenia lub akcje zasilania, bez kopii zapasowych).',
    others_few:
      'Nie pokazano {{count}} innych harmonogramów (polecenia lub akcje zasilania, bez kopii zapasowych).',
    others_many:
      'Nie pokazano {{count}} innych harmonogramów (polecenia lub akcje zasilania, bez kopii zapasowych).',
    others_other:
      'Nie pokazano {{count}} innego harmonogramu (polecenia lub akcje zasilania, bez kopii zapasowych).',
    andMore: 'I więcej',
  },
  pause: {
    alreadyActive: 'Harmonogram {{schedule}} na serwerze {{server}} jest już aktywny. Nic nie zmieniono.',
    alreadyPaused: 'Harmonogram {{schedule}} na serwerze {{server}} jest już wstrzymany. Nic nie zmieniono.',
    resumed: '▶️ Harmonogram {{schedule}} na serwerze {{server}} jest znowu **aktywny**: {{rule}}.',
    resumedNextRun:
      '▶️ Harmonogram {{schedule}} na serwerze {{server}} jest znowu **aktywny**: {{rule}}. Następne uruchomienie: {{at}} ({{relative}}).',
    paused:
      '⏸️ Harmonogram {{schedule}} na serwerze {{server}} jest **wstrzymany**: nie tworzy kopii zapasowych, dopóki nie wznowisz go za pomocą `/backup schedule resume`.',
    auditResumed:
      '▶️ Harmonogram kopii zapasowych {{schedule}} na serwerze {{server}} został wznowiony przez {{user}}.',
    auditPaused:
      '⏸️ Harmonogram kopii zapasowych {{schedule}} na serwerze {{server}} został wstrzymany przez {{user}}.',
  },
  delete: {
    question:
      '🗑️ **Usunąć** harmonogram kopii zapasowych {{schedule}} ({{rule}}) z serwera {{server}}?\n• Nie będzie już tworzył kopii zapasowych; kopie, które już utworzył, zostaną.',
    confirm: 'Usuń harmonogram',
    deleted:
      '🗑️ Harmonogram kopii zapasowych {{schedule}} został usunięty z serwera {{server}}. Jego kopie zapasowe zostają.',
    audit: '🗑️ Harmonogram kopii zapasowych {{schedule}} został usunięty z serwera {{server}} przez {{user}}.',
    what: 'usunąć harmonogram kopii zapasowych {{schedule}} na serwerze {{server}}',
    nothingDone: 'nic nie zostało usunięte',
    checkHint: 'sprawdź harmonogram w panelu',
  },
  run: {
    rotated:
      'Przy limicie kopii zapasowych panel usunął {{backups}} (najstarszą niezablokowaną), aby zrobić miejsce.',
    origin: '🗓️ Kopia z harmonogramu {{schedule}}, uruchomionego teraz przez {{user}}.',
    audit:
      '🗓️ Harmonogram kopii zapasowych {{schedule}} na serwerze {{server}} został uruchomiony przez {{user}}: rozpoczęto kopię zapasową {{backup}}.',
    offline:
      'Harmonogram {{schedule}} uruchamia się tylko wtedy, gdy serwer jest online, a serwer {{server}} ma stan **{{state}}**: panel przyjąłby uruchomienie, ale nie utworzyłby kopii zapasowej. Najpierw uruchom serwer albo utwórz kopię zapasową teraz za pomocą `/backup create`.',
    nothingMade:
      '⚠️ Panel przyjął uruchomienie harmonogramu {{schedule}} na serwerze {{server}}, ale nie pojawiła się żadna nowa kopia zapasowa.',
    skippedOffline:
      'Harmonogram uruchamia się tylko wtedy, gdy serwer jest online: panel pomija uruchomienie, gdy widzi, że serwer jest offline lub się zatrzymuje.',
    skippedBusy: 'Panel pomija uruchomienie, gdy serwer jest zawieszony, instalowany lub przywracany.',
    tryAgain: 'Sprawdź serwer i spróbuj ponownie (ostatnie sprawdzenie: {{relative}}).',
  },
};
