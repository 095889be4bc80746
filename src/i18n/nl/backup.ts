import type { backup as Source } from '../en-US/backup.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `backup` area (see ../en-US/backup.ts). */
export const backup: Translation<typeof Source> = {
  size: {
    bytes: '{{value}} B',
    kibibytes: '{{value}} KiB',
    mebibytes: '{{value}} MiB',
    gibibytes: '{{value}} GiB',
    tebibytes: '{{value}} TiB',
  },
  age: {
    seconds_one: '{{count}} s geleden',
    seconds_other: '{{count}} s geleden',
    minutes_one: '{{count}} min geleden',
    minutes_other: '{{count}} min geleden',
    hours_one: '{{count}} u geleden',
    hours_other: '{{count}} u geleden',
    days_one: '{{count}} dag geleden',
    days_other: '{{count}} dagen geleden',
  },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min {{seconds}} s',
    hours: '{{hours}} u {{minutes}} min',
  },
  state: {
    inProgress: '⏳ bezig',
    completed: '✅ voltooid',
    failed: '❌ mislukt',
  },
  field: {
    state: 'Status',
    locked: 'Vergrendeld',
    size: 'Grootte',
    created: 'Gemaakt',
    completed: 'Voltooid',
    took: 'Duur',
    scheduled: 'Via schema',
    checksum: 'Controlesom',
    ignoredFiles: 'Genegeerde bestanden',
    uuid: 'UUID',
  },
  value: {
    yes: 'ja',
    lockedYes: '🔒 ja',
    no: 'nee',
    notYet: 'nog niet',
    none: 'geen',
  },
  choice: {
    label: '{{name}} · {{detail}} · {{age}}',
    labelLocked: '{{name}} · {{detail}} · {{age}} · vergrendeld',
    inProgress: 'bezig',
    failed: 'mislukt',
  },
  scheduleChoice: {
    active: '{{name}} — {{rule}}',
    paused: '{{name}} — {{rule}} (gepauzeerd)',
  },
  list: {
    title: 'Back-ups van {{server}}',
    used_one: '{{used}} van {{count}} back-ups in gebruik',
    used_other: '{{used}} van {{count}} back-ups in gebruik',
    keptDisabled_one: '{{count}} back-up bewaard · back-ups zijn op deze server uitgeschakeld (limiet 0)',
    keptDisabled_other: '{{count}} back-ups bewaard · back-ups zijn op deze server uitgeschakeld (limiet 0)',
    summary: '**{{used}}** · {{size}} in totaal',
    nextOut: '♻️ wordt als volgende verwijderd wanneer een schema draait terwijl de limiet bereikt is',
    empty: 'Nog geen back-ups. Maak er een met `/backup create`.',
    footer: '{{used}} · pagina {{page}} van {{pages}} · {{server}}',
    previous: 'Vorige',
    next: 'Volgende',
  },
  created: {
    title: 'Back-up {{backup}}',
    inProgress: '⏳ Bezig — ik werk dit bericht bij zodra het paneel meldt dat de back-up klaar is.',
    waiting:
      '⏳ Al {{duration}} bezig — ik wacht tot het paneel meldt dat de back-up klaar is (laatst gecontroleerd {{checked}}).',
    lockRefused:
      '⚠️ Het paneel heeft de back-up onvergrendeld gemaakt: vergrendelen vereist de machtiging `backup.delete`.',
    completed: '✅ Voltooid.',
    failed:
      '❌ De back-up is op de node mislukt. Hij telt niet mee voor de limiet; je kunt het opnieuw proberen.',
    dmCompleted: '✅ Voltooid ({{size}}).',
    dmCompletedIn: '✅ Voltooid ({{size}}, duurde {{duration}}).',
    dm: 'Back-up {{backup}} op {{server}}: {{news}}',
    deadline:
      '⏳ Het paneel meldt na {{duration}} nog steeds dat deze back-up bezig is, dus ik volg hem niet langer. Controleer hem met `/backup info`.',
    followFailed:
      '⚠️ Ik kon deze back-up niet tot het einde volgen: {{message}}\nControleer hem later met `/backup info`.',
    auditStarted: '📦 {{member}} heeft back-up {{backup}} op {{server}} gestart.',
    auditCompleted: '📦 Back-up {{backup}} op {{server}} (gestart door {{member}}) is voltooid ({{size}}).',
    auditFailed: '📦 Back-up {{backup}} op {{server}} (gestart door {{member}}) is mislukt.',
    auditUnknown:
      '📦 Back-up {{backup}} op {{server}} (gestart door {{member}}): ik kon hem niet tot het einde volgen, dus de uitkomst is hier onbekend.',
  },
  download: {
    inProgress: 'Back-up {{backup}} is nog bezig: download hem zodra hij voltooid is.',
    failed: 'Back-up {{backup}} is mislukt, dus er is geen archief om te downloaden.',
    expiresAt: 'Hij verloopt {{expires}} ({{time}}).',
    expiresSoon: 'Hij verloopt binnen enkele minuten.',
    link: '🔗 Downloadlink voor {{backup}} ({{size}}) op {{server}}.\nDe link werkt **één keer** en alleen jij kunt hem zien. {{expiry}}',
    button: 'Downloaden',
    archiveLink: '**[⬇️ Het archief downloaden]({{url}})**',
    audit: '🔗 {{member}} heeft een downloadlink opgevraagd voor back-up {{backup}} op {{server}}.',
  },
  lock: {
    locked:
      '🔒 Back-up {{backup}} op {{server}} is nu **vergrendeld**: hij kan niet worden verwijderd totdat hij ontgrendeld is.',
    unlocked: '🔓 Back-up {{backup}} op {{server}} is nu **ontgrendeld**: hij kan worden verwijderd.',
    auditLocked: '🔒 {{member}} heeft back-up {{backup}} op {{server}} vergrendeld.',
    auditUnlocked: '🔓 {{member}} heeft back-up {{backup}} op {{server}} ontgrendeld.',
  },
  delete: {
    question:
      '🗑️ Back-up {{backup}}, gemaakt op {{created}}, van {{server}} **verwijderen**?\n• Dit kan niet ongedaan worden gemaakt.',
    questionWithSize:
      '🗑️ Back-up {{backup}} ({{size}}), gemaakt op {{created}}, van {{server}} **verwijderen**?\n• Dit kan niet ongedaan worden gemaakt.',
    confirm: 'Verwijderen',
    deleted: '🗑️ Back-up {{backup}} is van {{server}} verwijderd.',
    audit: '🗑️ {{member}} heeft back-up {{backup}} van {{server}} verwijderd.',
    refusal: {
      what: 'back-up {{backup}} op {{server}} verwijderen',
      nothingDone: 'er is niets verwijderd',
      checkHint: 'controleer de back-up in het paneel',
    },
  },
  rename: {
    cannot:
      'Dit paneel kan back-ups niet hernoemen: hernoemen is een functie van Pelican, en Pterodactyl heeft zo’n actie niet. Wil je een back-up met een andere naam, maak dan een nieuwe met `/backup create name:…`.',
    blank: 'Geef de back-up een naam die niet alleen uit spaties bestaat.',
    unchanged: 'Back-up {{backup}} op {{server}} heeft die naam al. Er is niets gewijzigd.',
    renamed: '✏️ Back-up {{backup}} op {{server}} heet nu {{renamed}}.',
    audit: '✏️ {{member}} heeft back-up {{backup}} op {{server}} hernoemd naar {{renamed}}.',
  },
  check: {
    pickBackup:
      'Kies de back-up uit de lijst die de optie `backup` voorstelt (daarvoor is de UUID van de back-up nodig).',
    missingPermission:
      'Je paneelaccount heeft niet de machtiging `{{permission}}` op server `{{server}}`. Vraag de eigenaar van de server om die toe te kennen.',
    notRestorable: 'Back-up {{backup}} is nog bezig: je kunt hem herstellen zodra hij voltooid is.',
    locked:
      'Back-up {{backup}} is vergrendeld en kan dus niet worden verwijderd. Ontgrendel hem eerst met `/backup lock` en verwijder hem daarna.',
  },
};
