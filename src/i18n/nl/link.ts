import type { link as Source } from '../en-US/link.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `link` area (see ../en-US/link.ts). */
export const link: Translation<typeof Source> = {
  form: {
    title: 'Je paneelaccount koppelen',
    keyLabel: 'Clientsleutel (Account → API-inloggegevens)',
    keyPlaceholder: 'ptlc_… of pacc_…',
    serverLabel: 'ID van de standaardserver (optioneel)',
    serverPlaceholder: 'bijv. 1a2b3c4d',
  },
  applicationKey:
    'Dat is een **application**-API-sleutel (beheeromgeving). Maak in plaats daarvan een **client**-API-sleutel aan: Account → API-inloggegevens in het paneel.',
  notAKey:
    'Dat lijkt geen API-sleutel van het paneel. Kopieer de hele sleutel uit Account → API-inloggegevens en probeer `/link` opnieuw.',
  tooSlow_one:
    'Het paneel had meer dan {{count}} seconde nodig om je sleutel te controleren en je servers op te halen, dus er is niets opgeslagen. Probeer `/link` later opnieuw; als dit blijft gebeuren, is het paneel misschien overbelast.',
  tooSlow_other:
    'Het paneel had meer dan {{count}} seconden nodig om je sleutel te controleren en je servers op te halen, dus er is niets opgeslagen. Probeer `/link` later opnieuw; als dit blijft gebeuren, is het paneel misschien overbelast.',
  keyEchoed:
    'Het paneel antwoordde met je API-sleutel in een account- of servernaam, dus er is niets opgeslagen. Vraag de paneelbeheerder om naar het paneel te kijken; verwijder die sleutel in het paneel (Account → API-inloggegevens).',
  unknownDefault:
    'Je sleutel werkt, maar geeft geen toegang tot een server {{server}}. Er is niets opgeslagen: voer `/link` opnieuw uit met een van je servers of laat het veld leeg.',
  panelChanged:
    'De paneel-URL van deze Discord-server is gewijzigd terwijl je sleutel werd gecontroleerd, dus er is niets opgeslagen. Voer `/link` opnieuw uit.',
  linked: {
    title: 'Paneelaccount gekoppeld',
    description:
      'Gekoppeld als {{account}} op {{url}}. Je sleutel wordt versleuteld opgeslagen en nooit meer getoond.',
    servers: 'Servers waartoe je sleutel toegang geeft ({{count}})',
    server: '• {{name}} ({{id}})',
    defaultServer: '• {{name}} ({{id}}) — standaard',
    none: 'nog geen — vraag een servereigenaar om je als subuser toe te voegen en voer daarna opnieuw `/link` uit',
    tip: 'Tip',
    tipText:
      'Kies een server met de optie `server` van `/backup`, of voer `/link` opnieuw uit met een standaardserver.',
  },
  unlink: {
    forgotten:
      '🗑️ Je paneelsleutel en gameservers zijn vergeten in deze Discord-server. Overweeg de sleutel ook in het paneel te verwijderen (Account → API-inloggegevens).',
    nothing: 'Niets te vergeten: je had in deze Discord-server geen paneelaccount gekoppeld.',
  },
};
