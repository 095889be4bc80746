import type { prune as Source } from '../en-US/prune.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `prune` area (see ../en-US/prune.ts). */
export const prune: Translation<typeof Source> = {
  badAge:
    '`older-than` verwacht een leeftijd zoals `12h`, `7d` of `2w` (m minuten, h uren, d dagen, w weken; maximaal 10 jaar), en {{value}} is dat niet.',
  badKeep: '`keep` verwacht een geheel getal van 1 tot en met 1000: hoeveel van de nieuwste je wilt bewaren.',
  noCriteria:
    'Geef aan wat je wilt opschonen: `keep` (hoeveel van de nieuwste back-ups je wilt bewaren), `older-than` (een leeftijd zoals `7d`) of `failed-only`.',
  criteria: {
    failedOnly: 'alleen mislukte',
    olderThan: 'ouder dan {{age}}',
    keeping_one: 'met behoud van de nieuwste',
    keeping_other: 'met behoud van de {{count}} nieuwste',
  },
  failed: '❌ mislukt',
  spared: {
    locked: '🔒 vergrendeld',
    inProgress: '⏳ nog bezig',
    lastSuccessful: '✅ de laatste geslaagde back-up',
  },
  noBackups: '{{server}} heeft geen back-ups, dus er valt niets op te schonen.',
  nothingMatches:
    'Er valt op {{server}} niets op te schonen ({{criteria}}), dus er zou niets worden verwijderd.',
  sparedTitle: '**Gespaard** (ze voldoen, maar blijven):',
  toDeleteTitle: '**Te verwijderen**',
  question_one:
    '🧹 **{{count}} back-up verwijderen** van {{server}} ({{criteria}})?\n• Die kan niet worden teruggehaald. Ik verwijder hem en meld het resultaat.',
  question_other:
    '🧹 **{{count}} back-ups verwijderen** van {{server}} ({{criteria}})?\n• Ze kunnen niet worden teruggehaald. Ik verwijder ze één voor één en meld het resultaat van elke back-up.',
  confirm_one: '{{count}} back-up verwijderen',
  confirm_other: '{{count}} back-ups verwijderen',
  refusal: {
    what_one: '{{count}} back-up van {{server}} verwijderen ({{criteria}})',
    what_other: '{{count}} back-ups van {{server}} verwijderen ({{criteria}})',
    nothingDone: 'er is niets verwijderd',
    checkHint: 'controleer de back-ups in het paneel',
  },
  noneLeft: 'Er is niets verwijderd: sinds je het vroeg, kan geen van die back-ups nog worden opgeschoond.',
  leftAloneTitle: '**Ongemoeid gelaten**',
  line: '• {{backup}} — {{why}}',
  deleting_one: '🧹 Bezig met verwijderen van {{count}} back-up van {{server}}…',
  deleting_other: '🧹 Bezig met verwijderen van {{count}} back-ups van {{server}}, één voor één…',
  slowingDown:
    '🧹 Bezig met verwijderen van {{server}}: {{deleted}} van {{count}} verwijderd. Het paneel vroeg me het rustiger aan te doen, dus ik wacht {{seconds}} s voordat ik verderga…',
  restarting: 'de bot wordt opnieuw opgestart.',
  noAnswer: 'het paneel reageerde niet (de back-up is mogelijk toch verwijderd): {{why}}',
  leftAlone: {
    gone: 'al verdwenen',
    locked: 'inmiddels vergrendeld',
    lastSuccessful: 'nu de laatste geslaagde back-up',
    noLongerMatches: 'voldoet niet meer',
  },
  report: {
    deleted: '**{{count}} verwijderd**',
    failed: '{{count}} mislukt',
    notDeleted: '{{count}} niet verwijderd',
    head: '{{icon}} Opschonen van {{server}} ({{criteria}}): {{counts}}.',
    deletedTitle: '**Verwijderd**',
    failedTitle: '**Mislukt**',
    stoppedTitle: '**Niet verwijderd**: ik ben gestopt — {{why}}',
    leftAloneTitle: '**Ongemoeid gelaten** (veranderd sinds je het vroeg)',
  },
  audit: {
    failed: '{{count}} mislukt',
    notDeleted: '{{count}} niet verwijderd (het opschonen is gestopt)',
    line_one:
      '🧹 {{member}} heeft {{server}} opgeschoond ({{criteria}}): {{count}} back-up verwijderd{{more}}.',
    line_other:
      '🧹 {{member}} heeft {{server}} opgeschoond ({{criteria}}): {{count}} back-ups verwijderd{{more}}.',
  },
};
