import type { errors as Source } from '../en-US/errors.js';
import type { Translation } from '../translation.js';

/** Polish words of the `errors` area (see ../en-US/errors.ts). */
export const errors: Translation<typeof Source> = {
  genericFailure: 'Coś poszło nie tak po mojej stronie. Błąd został zapisany; spróbuj ponownie za chwilę.',
  notSetUp:
    'Ten serwer Discord nie jest jeszcze skonfigurowany: poproś administratora (Zarządzaj serwerem) o uruchomienie `/setup`.',
  notLinked: 'Nie masz jeszcze połączonego konta panelu na tym serwerze Discord: najpierw uruchom `/link`.',
  guildOnly: {
    command: '`/{{command}}` działa na serwerze Discord, a nie w wiadomościach prywatnych.',
    button: 'Ten przycisk działa na serwerze Discord, a nie w wiadomościach prywatnych.',
    autocomplete: 'Autouzupełnianie działa na serwerze Discord, a nie w wiadomościach prywatnych.',
  },
  access: {
    destructiveRoles:
      'Na tym serwerze Discord przywracanie i usuwanie kopii zapasowych jest dostępne tylko dla członków z jedną z tych ról: {{roles}}.',
    guildNotSeen: 'Jeszcze nie widzę tego serwera Discord. Spróbuj ponownie za minutę.',
    guildLeft: 'Nie ma mnie już na tym serwerze, więc nie można go stąd skonfigurować.',
    notAMember: 'Nie jesteś już członkiem serwera **{{guild}}**.',
    manageGuildToSetUp:
      'Aby skonfigurować serwer **{{guild}}**, potrzebujesz na nim uprawnienia **Zarządzaj serwerem**.',
    manageGuildToChange:
      'Aby zmienić konfigurację serwera **{{guild}}**, potrzebujesz na nim uprawnienia **Zarządzaj serwerem**.',
  },
  stale: {
    command: '⚠️ To polecenie nie jest już dostępne.',
    button: '⚠️ Ten przycisk pochodzi ze starszej wersji bota. Uruchom polecenie ponownie.',
    form: '⚠️ Ten formularz nie jest już ważny. Uruchom polecenie ponownie.',
    invalidButton: 'Ten przycisk jest nieprawidłowy.',
    invalidForm: 'Ten formularz jest nieprawidłowy.',
  },
  restarting: '⏳ Bot uruchamia się ponownie: spróbuj ponownie za chwilę.',
  server: {
    notAnIdentifier:
      '{{value}} nie jest identyfikatorem serwera. Wybierz serwer z listy podpowiadanej przez opcję `server`.',
    none: 'Twój klucz API nie daje dostępu do żadnego serwera. Poproś właściciela serwera o dodanie cię jako podużytkownika, a potem ponownie uruchom `/link`.',
    choose_one:
      'Twój klucz daje dostęp do {{count}} serwera: wybierz jeden za pomocą opcji `server` albo ustaw domyślny serwer za pomocą `/link`.',
    choose_few:
      'Twój klucz daje dostęp do {{count}} serwerów: wybierz jeden za pomocą opcji `server` albo ustaw domyślny serwer za pomocą `/link`.',
    choose_many:
      'Twój klucz daje dostęp do {{count}} serwerów: wybierz jeden za pomocą opcji `server` albo ustaw domyślny serwer za pomocą `/link`.',
    choose_other:
      'Twój klucz daje dostęp do {{count}} serwera: wybierz jeden za pomocą opcji `server` albo ustaw domyślny serwer za pomocą `/link`.',
  },
};
