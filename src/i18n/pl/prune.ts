import type { prune as Source } from '../en-US/prune.js';
import type { Translation } from '../translation.js';

/** Polish words of the `prune` area (see ../en-US/prune.ts). */
export const prune: Translation<typeof Source> = {
  badAge:
    '`older-than` przyjmuje wiek, np. `12h`, `7d` lub `2w` (m — minuty, h — godziny, d — dni, w — tygodnie; maksymalnie 10 lat), a {{value}} nim nie jest.',
  badKeep: '`keep` przyjmuje liczbę całkowitą od 1 do 1000: ile najnowszych kopii zapasowych zachować.',
  noCriteria:
    'Określ, co wyczyścić: `keep` (ile najnowszych kopii zapasowych zachować), `older-than` (wiek, np. `7d`) lub `failed-only`.',
  criteria: {
    failedOnly: 'tylko nieudane',
    olderThan: 'starsze niż {{age}}',
    keeping_one: 'z zachowaniem najnowszej',
    keeping_few: 'z zachowaniem {{count}} najnowszych',
    keeping_many: 'z zachowaniem {{count}} najnowszych',
    keeping_other: 'z zachowaniem {{count}} najnowszych',
  },
  failed: '❌ nieudana',
  spared: {
    locked: '🔒 zablokowana',
    inProgress: '⏳ wciąż w trakcie tworzenia',
    lastSuccessful: '✅ ostatnia udana kopia zapasowa',
  },
  noBackups: 'Serwer {{server}} nie ma żadnych kopii zapasowych, więc nie ma czego czyścić.',
  nothingMatches:
    'Na serwerze {{server}} nie ma niczego do wyczyszczenia ({{criteria}}), więc nic nie zostałoby usunięte.',
  sparedTitle: '**Oszczędzone** (pasują, ale zostają):',
  toDeleteTitle: '**Do usunięcia**',
  question_one:
    '🧹 **Usunąć {{count}} kopię zapasową** z serwera {{server}} ({{criteria}})?\n• Nie da się jej odzyskać. Usunę ją i zgłoszę wynik.',
  question_few:
    '🧹 **Usunąć {{count}} kopie zapasowe** z serwera {{server}} ({{criteria}})?\n• Nie da się ich odzyskać. Usunę je po kolei i zgłoszę wynik każdej z nich.',
  question_many:
    '🧹 **Usunąć {{count}} kopii zapasowych** z serwera {{server}} ({{criteria}})?\n• Nie da się ich odzyskać. Usunę je po kolei i zgłoszę wynik każdej z nich.',
  question_other:
    '🧹 **Usunąć {{count}} kopii zapasowej** z serwera {{server}} ({{criteria}})?\n• Nie da się ich odzyskać. Usunę je po kolei i zgłoszę wynik każdej z nich.',
  confirm_one: 'Usuń {{count}} kopię zapasową',
  confirm_few: 'Usuń {{count}} kopie zapasowe',
  confirm_many: 'Usuń {{count}} kopii zapasowych',
  confirm_other: 'Usuń {{count}} kopii zapasowej',
  refusal: {
    what_one: 'usunięcie {{count}} kopii zapasowej z serwera {{server}} ({{criteria}})',
    what_few: 'usunięcie {{count}} kopii zapasowych z serwera {{server}} ({{criteria}})',
    what_many: 'usunięcie {{count}} kopii zapasowych z serwera {{server}} ({{criteria}})',
    what_other: 'usunięcie {{count}} kopii zapasowej z serwera {{server}} ({{criteria}})',
    nothingDone: 'nic nie zostało usunięte',
    checkHint: 'sprawdź kopie zapasowe w panelu',
  },
  noneLeft:
    'Nic nie zostało usunięte: od czasu twojego zapytania żadnej z tych kopii zapasowych nie można już wyczyścić.',
  leftAloneTitle: '**Pozostawione**',
  line: '• {{backup}} — {{why}}',
  deleting_one: '🧹 Usuwam {{count}} kopię zapasową z serwera {{server}}…',
  deleting_few: '🧹 Usuwam {{count}} kopie zapasowe z serwera {{server}}, po kolei…',
  deleting_many: '🧹 Usuwam {{count}} kopii zapasowych z serwera {{server}}, po kolei…',
  deleting_other: '🧹 Usuwam {{count}} kopii zapasowej z serwera {{server}}, po kolei…',
  slowingDown:
    '🧹 Usuwam z serwera {{server}}: usunięto {{deleted}} z {{count}}. Panel poprosił o zwolnienie tempa, więc czekam {{seconds}} s, zanim będę kontynuować…',
  restarting: 'bot uruchamia się ponownie.',
  noAnswer: 'panel nie odpowiedział (kopia mogła zostać usunięta): {{why}}',
  leftAlone: {
    gone: 'już jej nie ma',
    locked: 'w międzyczasie zablokowana',
    lastSuccessful: 'teraz ostatnia udana kopia zapasowa',
    noLongerMatches: 'już nie pasuje do kryteriów',
  },
  report: {
    deleted: '**usunięto: {{count}}**',
    failed: 'nieudane: {{count}}',
    notDeleted: 'nie usunięto: {{count}}',
    head: '{{icon}} Czyszczenie serwera {{server}} ({{criteria}}): {{counts}}.',
    deletedTitle: '**Usunięte**',
    failedTitle: '**Nieudane**',
    stoppedTitle: '**Nie usunięto**: czyszczenie przerwane — {{why}}',
    leftAloneTitle: '**Pozostawione** (zmieniły się od czasu twojego zapytania)',
  },
  audit: {
    failed: 'nieudane: {{count}}',
    notDeleted: 'nie usunięto: {{count}} (czyszczenie przerwane)',
    line_one:
      '🧹 Na zlecenie {{member}} wyczyszczono serwer {{server}} ({{criteria}}): usunięto {{count}} kopię zapasową{{more}}.',
    line_few:
      '🧹 Na zlecenie {{member}} wyczyszczono serwer {{server}} ({{criteria}}): usunięto {{count}} kopie zapasowe{{more}}.',
    line_many:
      '🧹 Na zlecenie {{member}} wyczyszczono serwer {{server}} ({{criteria}}): usunięto {{count}} kopii zapasowych{{more}}.',
    line_other:
      '🧹 Na zlecenie {{member}} wyczyszczono serwer {{server}} ({{criteria}}): usunięto {{count}} kopii zapasowej{{more}}.',
  },
};
