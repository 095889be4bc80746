import type { setup as Source } from '../en-US/setup.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `setup` area (see ../en-US/setup.ts). */
export const setup: Translation<typeof Source> = {
  dmFailed:
    '📪 Ik kon je geen DM sturen, dus het instellen kan niet beginnen. Sta privéberichten van deze server toe (klik op de servernaam → **Privacyinstellingen** → zet **Privéberichten** aan) en voer daarna opnieuw `/setup` uit.',
  dmSent: '📬 Ik heb je een DM gestuurd om **{{guild}}** in te stellen. De rest gebeurt daar.',
  embed: {
    title: 'Back-upbot instellen voor {{guild}}',
    description:
      'Leden koppelen hun eigen paneel-API-sleutel met `/link`; het paneel bepaalt wat elke sleutel mag. De paneel-URL wordt hier ingesteld, zodat hij nooit in een kanaal verschijnt.',
    panelUrl: 'Paneel-URL',
    panelUrlUnset: 'niet ingesteld — druk op **Paneel-URL instellen**',
    roles: 'Rollen die mogen herstellen en verwijderen',
    rolesAnyone: 'elk lid van wie de paneelsleutel het toestaat',
    audit: 'Auditkanaal',
    none: 'geen',
    notifications: 'Meldingenkanaal',
    notificationsSet:
      '{{channel}} — back-ups gemaakt in het paneel, mislukkingen, vastgelopen en verwijderde back-ups, herstelacties',
    notificationsNone: 'geen — het paneel wordt niet in de gaten gehouden',
    lastChange: 'Laatste wijziging',
    lastChangeBy: 'door {{member}} {{when}}',
    status: 'Status',
  },
  controls: {
    setUrl: 'Paneel-URL instellen',
    test: 'Verbinding testen',
    rolesPlaceholder: 'Rollen die mogen herstellen en verwijderen (geen: iedereen){{page}}',
    auditPlaceholder: 'Auditkanaal (optioneel){{page}}',
    notificationsPlaceholder: 'Meldingenkanaal (optioneel; mag het auditkanaal zijn){{page}}',
    pageNote: ' · pagina {{page}} van {{pages}}',
    noAudit: 'Geen auditkanaal',
    noNotifications: 'Geen meldingenkanaal',
    rolesPrevious: '◀ Rollen',
    rolesNext: 'Rollen ▶',
    channelsPrevious: '◀ Kanalen',
    channelsNext: 'Kanalen ▶',
  },
  form: {
    title: 'Paneel-URL',
    label: 'Paneel-URL',
    notSaved: 'De paneel-URL is niet opgeslagen. {{reason}}',
    saved: '✅ Paneel-URL opgeslagen; het paneel antwoordde in {{ms}} ms.',
    savedUnlinked:
      '✅ Paneel-URL opgeslagen; het paneel antwoordde in {{ms}} ms. Leden die aan het vorige paneel gekoppeld waren, zijn ontkoppeld en moeten `/link` opnieuw uitvoeren.',
  },
  status: {
    channelGone: 'Dat kanaal bestaat niet meer. Kies opnieuw.',
    rolesGone: 'Sommige van die rollen bestaan niet meer. Kies opnieuw.',
    urlFirst: 'Stel eerst de paneel-URL in.',
    testPassed: '✅ Het paneel antwoordde in {{ms}} ms.',
    testFailed: '❌ {{reason}}',
    rolesSet: '✅ Alleen die rollen (en wie Server beheren heeft) mogen herstellen en verwijderen.',
    rolesAnyone: '✅ Iedereen van wie de paneelsleutel het toestaat, mag herstellen en verwijderen.',
    auditSet: '✅ Back-upacties worden in dat kanaal gelogd.',
    auditNone: '✅ Geen auditkanaal.',
    notificationsSet:
      "✅ Ik houd het paneel in de gaten en post daar: back-ups die zonder mij zijn gemaakt (schema's, het paneel), hoe ze aflopen, vastgelopen en verwijderde back-ups, herstelacties.",
    notificationsNone:
      '✅ Geen meldingenkanaal: het paneel wordt voor deze Discord-server niet meer in de gaten gehouden.',
  },
  probe: {
    tls: 'Het HTTPS-certificaat van {{url}} kon niet worden geverifieerd. Het paneel heeft een geldig certificaat voor zijn hostnaam nodig.',
    notAPanel:
      '{{url}} antwoordt niet zoals een Pterodactyl- of Pelican-paneel. Gebruik het adres waarop je het paneel in een browser opent.',
    addressRefused:
      '{{url}} leidt naar een adres waarmee de bot geen verbinding mag maken (privé, loopback of link-local).',
    unreachable: 'Kan geen verbinding maken met {{url}}. Controleer het adres en of het paneel draait.',
    other: '{{url}} kon niet worden geverifieerd. {{reason}}',
    noKeyAsked:
      '{{url}} antwoordde zonder om een sleutel te vragen en gedraagt zich dus niet als een Pterodactyl- of Pelican-paneel.',
  },
};
