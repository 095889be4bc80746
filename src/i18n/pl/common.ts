import type { common as Source } from '../en-US/common.js';
import type { Translation } from '../translation.js';

/** Polish words of the `common` area (see ../en-US/common.ts). */
export const common: Translation<typeof Source> = {
  confirmation: {
    cancel: 'Anuluj',
    confirmWithin_one: 'Potwierdź w ciągu {{count}} sekundy ({{deadline}}).',
    confirmWithin_few: 'Potwierdź w ciągu {{count}} sekund ({{deadline}}).',
    confirmWithin_many: 'Potwierdź w ciągu {{count}} sekund ({{deadline}}).',
    confirmWithin_other: 'Potwierdź w ciągu {{count}} sekundy ({{deadline}}).',
    notYours: '⛔ Tylko {{owner}} może odpowiedzieć na to potwierdzenie.',
    gone: '⌛ To potwierdzenie wygasło lub już na nie odpowiedziano. Nic nie zrobiono.',
    expired_one: '⌛ To potwierdzenie wygasło po {{count}} sekundzie. Nic nie zrobiono.',
    expired_few: '⌛ To potwierdzenie wygasło po {{count}} sekundach. Nic nie zrobiono.',
    expired_many: '⌛ To potwierdzenie wygasło po {{count}} sekundach. Nic nie zrobiono.',
    expired_other: '⌛ To potwierdzenie wygasło po {{count}} sekundy. Nic nie zrobiono.',
    cancelled: '✖️ Anulowano. Nic nie zrobiono.',
    checking: '⏳ Sprawdzam, czy to nadal jest aktualne…',
    resumesAfterRestart: '⏳ Bot uruchamia się ponownie: dokończy to, gdy wróci.',
    tooManyOfYours_one:
      'Masz już {{count}} oczekujące potwierdzenie. Najpierw na nie odpowiedz lub poczekaj, aż wygaśnie ({{seconds}} s).',
    tooManyOfYours_few:
      'Masz już {{count}} oczekujące potwierdzenia. Najpierw na nie odpowiedz lub poczekaj, aż wygasną ({{seconds}} s).',
    tooManyOfYours_many:
      'Masz już {{count}} oczekujących potwierdzeń. Najpierw na nie odpowiedz lub poczekaj, aż wygasną ({{seconds}} s).',
    tooManyOfYours_other:
      'Masz już {{count}} oczekującego potwierdzenia. Najpierw na nie odpowiedz lub poczekaj, aż wygasną ({{seconds}} s).',
    tooMany: 'Obecnie oczekuje zbyt wiele potwierdzeń. Spróbuj ponownie za minutę.',
    audit: {
      noAnswer: '⚠️ Potwierdzone przez {{member}}: {{what}}. Panel jednak nie odpowiedział: {{hint}}.{{note}}',
      refused:
        '⚠️ Potwierdzone przez {{member}}: {{what}}. Operacja została jednak odrzucona: {{nothingDone}}.{{note}}',
    },
  },
  list: {
    andMore_one: '…i jeszcze {{count}}',
    andMore_few: '…i jeszcze {{count}}',
    andMore_many: '…i jeszcze {{count}}',
    andMore_other: '…i jeszcze {{count}}',
    inAll_one: '…łącznie {{count}}',
    inAll_few: '…łącznie {{count}}',
    inAll_many: '…łącznie {{count}}',
    inAll_other: '…łącznie {{count}}',
    moreNotShown_one: 'Pominięto {{count}} element',
    moreNotShown_few: 'Pominięto {{count}} elementy',
    moreNotShown_many: 'Pominięto {{count}} elementów',
    moreNotShown_other: 'Pominięto {{count}} elementu',
  },
  dmFromGuild: 'Z serwera **{{guild}}**: {{text}}',
};
