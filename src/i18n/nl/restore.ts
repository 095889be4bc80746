import type { restore as Source } from '../en-US/restore.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `restore` area (see ../en-US/restore.ts). */
export const restore: Translation<typeof Source> = {
  ask: {
    question: '♻️ Back-up {{backup}} (gemaakt op {{created}}) op {{server}} **herstellen**?',
    truncate:
      '• **Eerst worden alle huidige bestanden verwijderd** (truncate), daarna wordt de back-up uitgepakt.',
    overwrite:
      '• Bestanden uit de back-up overschrijven de huidige; bestanden die niet in de back-up staan, blijven behouden.',
    running:
      '• De server heeft de status **{{state}}**: ik stuur hem het stopsignaal, wacht tot hij offline is en herstel daarna de back-up.',
    offline: '• De server is offline.',
    failedBackup:
      '• ⚠️ Deze back-up is bij het maken **mislukt**: de herstelde bestanden zijn mogelijk onvolledig.',
    confirmStop: 'Stoppen en herstellen',
    confirm: 'Herstellen',
  },
  startedMeanwhile:
    '{{server}} is gestart nadat je het vroeg, dus deze bevestiging beschrijft niet meer wat er zou gebeuren. Voer `/backup restore` opnieuw uit.',
  refusal: {
    what: 'back-up {{backup}} op {{server}} herstellen',
    nothingDone: 'er is niets hersteld',
    checkHint: 'controleer de back-up in het paneel',
    maybeStopped: ' Mogelijk heeft de server het stopsignaal al gekregen.',
  },
  progress:
    '♻️ Bezig met herstellen van {{backup}} op {{server}}… (al {{duration}}; ik wacht tot het paneel meldt dat het klaar is)',
  finished:
    '✅ Het herstel van {{backup}} op {{server}} is klaar. De server is offline: start hem wanneer je zover bent.',
  auditFinished: '♻️ Het herstel van {{backup}} op {{server}} (door {{member}}) is klaar.',
  deadline:
    '⏳ Het paneel meldt na {{duration}} nog steeds dat {{server}} {{backup}} aan het herstellen is, dus ik volg het niet langer. Controleer de server in het paneel voordat je hem start.',
  followFailed:
    '⚠️ Ik kon het herstel van {{backup}} op {{server}} niet tot het einde volgen: {{message}}\nHet paneel is mogelijk nog bezig met herstellen: controleer de server in het paneel voordat je hem start.',
  auditFollowFailed:
    '♻️ Het herstel van {{backup}} op {{server}} (door {{member}}): ik kon het niet tot het einde volgen, dus de uitkomst is hier onbekend.',
  started:
    '♻️ Bezig met herstellen van {{backup}} op {{server}}… Ik werk dit bericht bij zodra het paneel meldt dat het klaar is.',
  startedTruncated:
    '♻️ Bezig met herstellen van {{backup}} op {{server}} (bestanden eerst verwijderd)… Ik werk dit bericht bij zodra het paneel meldt dat het klaar is.',
  auditStarted: {
    plain: '♻️ {{member}} heeft het herstel van back-up {{backup}} op {{server}} gestart.',
    truncate: '♻️ {{member}} heeft het herstel van back-up {{backup}} op {{server}} (truncate) gestart.',
    stopped:
      '♻️ {{member}} heeft het herstel van back-up {{backup}} op {{server}} gestart, nadat de server was gestopt.',
    truncateStopped:
      '♻️ {{member}} heeft het herstel van back-up {{backup}} op {{server}} (truncate) gestart, nadat de server was gestopt.',
  },
  waitingToStop: '⏳ Ik wacht tot {{server}} gestopt is voordat ik herstel (al {{duration}})…',
  didNotStop:
    '{{server}} is niet binnen {{duration}} gestopt, dus er is niets hersteld. Stop de server via het paneel en probeer het opnieuw.',
  stopping: '⏹️ Ik stuur het stopsignaal naar {{server}}…',
};
