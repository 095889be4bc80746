import type { errors as Source } from '../en-US/errors.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `errors` area (see ../en-US/errors.ts). */
export const errors: Translation<typeof Source> = {
  genericFailure: 'Er ging aan mijn kant iets mis. Dit is gelogd; probeer het zo opnieuw.',
  notSetUp:
    'Deze Discord-server is nog niet ingesteld: vraag een beheerder (Server beheren) om `/setup` uit te voeren.',
  notLinked: 'Je hebt in deze Discord-server nog geen paneelaccount gekoppeld: voer eerst `/link` uit.',
  guildOnly: {
    command: '`/{{command}}` werkt in een Discord-server, niet in privéberichten.',
    button: 'Deze knop werkt in een Discord-server, niet in privéberichten.',
    autocomplete: 'Automatisch aanvullen werkt in een Discord-server, niet in privéberichten.',
  },
  access: {
    destructiveRoles:
      'Back-ups herstellen en verwijderen is in deze Discord-server voorbehouden aan leden met een van deze rollen: {{roles}}.',
    guildNotSeen: 'Ik kan deze Discord-server nog niet zien. Probeer het over een minuut opnieuw.',
    guildLeft: 'Ik zit niet meer in die server, dus die kan hier niet worden ingesteld.',
    notAMember: 'Je bent geen lid meer van **{{guild}}**.',
    manageGuildToSetUp:
      'Je hebt de machtiging **Server beheren** in **{{guild}}** nodig om die in te stellen.',
    manageGuildToChange:
      'Je hebt de machtiging **Server beheren** in **{{guild}}** nodig om de instellingen ervan te wijzigen.',
  },
  stale: {
    command: '⚠️ Deze opdracht is niet meer beschikbaar.',
    button: '⚠️ Deze knop hoort bij een oudere versie van de bot. Voer de opdracht opnieuw uit.',
    form: '⚠️ Dit formulier is niet meer geldig. Voer de opdracht opnieuw uit.',
    invalidButton: 'Deze knop is ongeldig.',
    invalidForm: 'Dit formulier is ongeldig.',
  },
  restarting: '⏳ De bot wordt opnieuw opgestart: probeer het zo opnieuw.',
  server: {
    notAnIdentifier:
      '{{value}} is geen server-ID. Kies een server uit de lijst die de optie `server` voorstelt.',
    none: 'Je API-sleutel geeft toegang tot geen enkele server. Vraag de eigenaar van de server om je als subuser toe te voegen en voer daarna opnieuw `/link` uit.',
    choose_one:
      'Je sleutel geeft toegang tot {{count}} server: kies er een met de optie `server`, of stel met `/link` een standaardserver in.',
    choose_other:
      'Je sleutel geeft toegang tot {{count}} servers: kies er een met de optie `server`, of stel met `/link` een standaardserver in.',
  },
};
