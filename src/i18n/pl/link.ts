import type { link as Source } from '../en-US/link.js';
import type { Translation } from '../translation.js';

/** Polish words of the `link` area (see ../en-US/link.ts). */
export const link: Translation<typeof Source> = {
  form: {
    title: 'Połącz swoje konto panelu',
    keyLabel: 'Klucz API klienta (Konto → Poświadczenia API)',
    keyPlaceholder: 'ptlc_… lub pacc_…',
    serverLabel: 'ID domyślnego serwera (opcjonalnie)',
    serverPlaceholder: 'np. 1a2b3c4d',
  },
  applicationKey:
    'To jest klucz API **aplikacji** (obszar administratora). Zamiast niego utwórz klucz API **klienta**: Konto → Poświadczenia API w panelu.',
  notAKey:
    'To nie wygląda na klucz API panelu. Skopiuj cały klucz z sekcji Konto → Poświadczenia API i ponownie uruchom `/link`.',
  tooSlow_one:
    'Panel sprawdzał twój klucz i pobierał listę twoich serwerów dłużej niż {{count}} sekundę, więc nic nie zostało zapisane. Uruchom `/link` ponownie później; jeśli to się powtarza, panel może być przeciążony.',
  tooSlow_few:
    'Panel sprawdzał twój klucz i pobierał listę twoich serwerów dłużej niż {{count}} sekundy, więc nic nie zostało zapisane. Uruchom `/link` ponownie później; jeśli to się powtarza, panel może być przeciążony.',
  tooSlow_many:
    'Panel sprawdzał twój klucz i pobierał listę twoich serwerów dłużej niż {{count}} sekund, więc nic nie zostało zapisane. Uruchom `/link` ponownie później; jeśli to się powtarza, panel może być przeciążony.',
  tooSlow_other:
    'Panel sprawdzał twój klucz i pobierał listę twoich serwerów dłużej niż {{count}} sekundy, więc nic nie zostało zapisane. Uruchom `/link` ponownie później; jeśli to się powtarza, panel może być przeciążony.',
  keyEchoed:
    'Panel odpowiedział, podając twój klucz API w nazwie konta lub serwera, więc nic nie zostało zapisane. Poproś administratora panelu o sprawdzenie panelu; usuń ten klucz w panelu (Konto → Poświadczenia API).',
  unknownDefault:
    'Twój klucz działa, ale nie daje dostępu do serwera {{server}}. Nic nie zostało zapisane: uruchom ponownie `/link`, podając jeden ze swoich serwerów, albo zostaw to pole puste.',
  panelChanged:
    'URL panelu tego serwera Discord zmienił się podczas sprawdzania twojego klucza, więc nic nie zostało zapisane. Uruchom ponownie `/link`.',
  linked: {
    title: 'Konto panelu połączone',
    description:
      'Połączono jako {{account}} na {{url}}. Twój klucz jest przechowywany w postaci zaszyfrowanej i nigdy więcej nie zostanie wyświetlony.',
    servers: 'Serwery, do których twój klucz daje dostęp ({{count}})',
    server: '• {{name}} ({{id}})',
    defaultServer: '• {{name}} ({{id}}) — domyślny',
    none: 'na razie brak — poproś właściciela serwera o dodanie cię jako podużytkownika, a potem ponownie uruchom `/link`',
    tip: 'Wskazówka',
    tipText:
      'Wybierz serwer za pomocą opcji `server` polecenia `/backup` albo ponownie uruchom `/link` z domyślnym serwerem.',
  },
  unlink: {
    forgotten:
      '🗑️ Twój klucz panelu i twoje serwery gier zostały zapomniane na tym serwerze Discord. Rozważ też usunięcie klucza w panelu (Konto → Poświadczenia API).',
    nothing: 'Nie ma czego zapominać: na tym serwerze Discord nie masz połączonego konta panelu.',
  },
};
