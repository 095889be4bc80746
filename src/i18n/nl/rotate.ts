import type { rotate as Source } from '../en-US/rotate.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `rotate` area (see ../en-US/rotate.ts). */
export const rotate: Translation<typeof Source> = {
  noBackupsAllowed:
    '{{server}} mag geen back-ups hebben (de back-uplimiet is 0). Vraag een paneelbeheerder om de limiet te verhogen.',
  reached: '{{server}} heeft de back-uplimiet bereikt ({{used}} van {{limit}}).',
  wouldDelete:
    '{{atLimit}} Om ruimte te maken, zou de oudste niet-vergrendelde back-up worden verwijderd. {{reason}}',
  allLocked:
    '{{atLimit}} Alle back-ups die meetellen voor de limiet zijn vergrendeld, dus er is geen back-up die ik kan verwijderen om ruimte te maken. Verwijder een back-up die je niet meer nodig hebt (ontgrendel hem eerst als hij vergrendeld is) en probeer het opnieuw.',
  allLockedOrRunning:
    '{{atLimit}} Alle back-ups die meetellen voor de limiet zijn vergrendeld of nog bezig, dus er is geen back-up die ik kan verwijderen om ruimte te maken. Verwijder een back-up die je niet meer nodig hebt (ontgrendel hem eerst als hij vergrendeld is) en probeer het opnieuw.',
  throttled:
    '{{atLimit}} {{throttled}} Er is niets verwijderd: nu ruimte maken zou de oudste back-up kosten zonder dat er een nieuwe voor in de plaats komt.',
  scheduleRunning:
    '{{atLimit}} Er draait nu een back-upschema op deze server ({{schedule}}), en bij de limiet verwijdert dat zelf de oudste niet-vergrendelde back-up. Er is niets verwijderd: probeer het over een minuut of twee opnieuw. (Zie je dit over een paar minuten nog steeds, dan is het schema mogelijk vastgelopen: pauzeer het en hervat het om dat op te lossen.)',
  scheduleDue:
    '{{atLimit}} Een back-upschema op deze server ({{schedule}}) gaat zo draaien, en bij de limiet verwijdert dat zelf de oudste niet-vergrendelde back-up. Er is niets verwijderd: probeer het over een minuut of twee opnieuw.',
  roomMade:
    'Er is net ruimte vrijgekomen op {{server}}, dus er hoeft niets verwijderd te worden: voer `/backup create` opnieuw uit.',
  ask: {
    created: 'gemaakt {{when}}, {{date}}',
    createdSized: 'gemaakt {{when}}, {{date}}, {{size}}',
    newNamed: 'de nieuwe back-up {{backup}}',
    newUnnamed: 'een nieuwe back-up',
    question:
      '**De oudste niet-vergrendelde back-up** {{backup}} ({{created}}) **verwijderen en** {{newOne}} maken?',
    cannotUndo:
      '• De verwijderde back-up kan niet worden teruggehaald; vergrendelde back-ups worden nooit aangeraakt.',
    confirm: 'Oudste verwijderen en nieuwe maken',
  },
  sinceAsked: '⚠️ Er is iets veranderd sinds mijn vraag: {{change}}. Er is niets verwijderd.',
  changed: {
    gone: '{{backup}} is verdwenen (intussen verwijderd), dus de oudste niet-vergrendelde back-up is nu een andere',
    locked: '{{backup}} is vergrendeld, dus de oudste niet-vergrendelde back-up is nu een andere',
    notOldest: '{{backup}} is niet langer de oudste niet-vergrendelde back-up',
  },
  refusal: {
    what: 'back-up {{backup}} van {{server}} verwijderen om ruimte te maken voor een nieuwe back-up',
    nothingDone: 'er is niets verwijderd',
    checkHint: 'controleer de back-ups in het paneel',
  },
  originDeleted:
    '♻️ Ruimte gemaakt door de oudste niet-vergrendelde back-up te verwijderen: {{backup}} (gemaakt op {{date}}).',
  originMeanwhile: '📦 Er was intussen ruimte vrijgekomen, dus er is niets verwijderd.',
  auditDeleted:
    '♻️ {{member}} heeft back-up {{backup}} van {{server}} verwijderd om ruimte te maken (limiet {{limit}}) en back-up {{started}} gestart.',
  auditMeanwhile:
    '📦 {{member}} heeft back-up {{started}} op {{server}} gestart (er was intussen ruimte vrijgekomen, er is niets verwijderd).',
  notCreatedUnknown:
    '⚠️ Back-up {{backup}} **is verwijderd** van {{server}} om ruimte te maken, maar het paneel reageerde niet toen ik om de nieuwe back-up vroeg, dus het is onzeker of die gemaakt is: controleer `/backup list`. {{why}}',
  notCreated:
    '⚠️ Back-up {{backup}} **is verwijderd** van {{server}} om ruimte te maken, maar de nieuwe back-up **is niet gemaakt**: {{why}}',
  auditNotCreatedUnknown:
    '⚠️ {{member}} heeft back-up {{backup}} van {{server}} verwijderd om ruimte te maken, maar de nieuwe back-up is mogelijk niet gemaakt (het paneel reageerde niet).{{reason}}',
  auditNotCreated:
    '⚠️ {{member}} heeft back-up {{backup}} van {{server}} verwijderd om ruimte te maken, maar de nieuwe back-up is niet gemaakt.{{reason}}',
};
