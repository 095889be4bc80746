import type { common as Source } from '../en-US/common.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `common` area (see ../en-US/common.ts). */
export const common: Translation<typeof Source> = {
  confirmation: {
    cancel: 'Annuleren',
    confirmWithin_one: 'Bevestig binnen {{count}} seconde ({{deadline}}).',
    confirmWithin_other: 'Bevestig binnen {{count}} seconden ({{deadline}}).',
    notYours: '⛔ Alleen {{owner}} kan deze bevestiging beantwoorden.',
    gone: '⌛ Deze bevestiging is verlopen of al beantwoord. Er is niets gedaan.',
    expired_one: '⌛ Deze bevestiging is na {{count}} seconde verlopen. Er is niets gedaan.',
    expired_other: '⌛ Deze bevestiging is na {{count}} seconden verlopen. Er is niets gedaan.',
    cancelled: '✖️ Geannuleerd. Er is niets gedaan.',
    checking: '⏳ Controleren of dit nog geldig is…',
    resumesAfterRestart: '⏳ De bot wordt opnieuw opgestart: hij gaat hiermee verder zodra hij terug is.',
    tooManyOfYours_one:
      'Je hebt al {{count}} openstaande bevestiging. Beantwoord die eerst of laat die verlopen ({{seconds}} s).',
    tooManyOfYours_other:
      'Je hebt al {{count}} openstaande bevestigingen. Beantwoord ze eerst of laat ze verlopen ({{seconds}} s).',
    tooMany: 'Er staan op dit moment te veel bevestigingen open. Probeer het over een minuut opnieuw.',
    audit: {
      noAnswer: '⚠️ {{member}} heeft bevestigd: {{what}}. Het paneel reageerde echter niet: {{hint}}.{{note}}',
      refused: '⚠️ {{member}} heeft bevestigd: {{what}}. Dit werd echter geweigerd: {{nothingDone}}.{{note}}',
    },
  },
  list: {
    andMore_one: '…en nog {{count}}',
    andMore_other: '…en nog {{count}}',
    inAll_one: '…{{count}} in totaal',
    inAll_other: '…{{count}} in totaal',
    moreNotShown_one: 'Nog {{count}} niet getoond',
    moreNotShown_other: 'Nog {{count}} niet getoond',
  },
  dmFromGuild: 'Van **{{guild}}**: {{text}}',
};
