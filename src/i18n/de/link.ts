import type { link as Source } from '../en-US/link.js';
import type { Translation } from '../translation.js';

/** German words of the `link` area (see ../en-US/link.ts). */
export const link: Translation<typeof Source> = {
  form: {
    title: 'Panel-Konto verknüpfen',
    keyLabel: 'Client-Schlüssel (Konto → API-Zugangsdaten)',
    keyPlaceholder: 'ptlc_… oder pacc_…',
    serverLabel: 'Kennung des Standardservers (optional)',
    serverPlaceholder: 'z. B. 1a2b3c4d',
  },
  applicationKey:
    'Das ist ein **Application**-API-Schlüssel (Admin-Bereich). Erstelle stattdessen einen **Client**-API-Schlüssel: Konto → API-Zugangsdaten im Panel.',
  notAKey:
    'Das sieht nicht nach einem Panel-API-Schlüssel aus. Kopiere den ganzen Schlüssel aus Konto → API-Zugangsdaten und führe `/link` erneut aus.',
  tooSlow_one:
    'Das Panel hat länger als {{count}} Sekunde gebraucht, um deinen Schlüssel zu prüfen und deine Server aufzulisten, daher wurde nichts gespeichert. Versuche `/link` später noch einmal; wenn das immer wieder passiert, ist das Panel vielleicht überlastet.',
  tooSlow_other:
    'Das Panel hat länger als {{count}} Sekunden gebraucht, um deinen Schlüssel zu prüfen und deine Server aufzulisten, daher wurde nichts gespeichert. Versuche `/link` später noch einmal; wenn das immer wieder passiert, ist das Panel vielleicht überlastet.',
  keyEchoed:
    'Das Panel hat mit deinem API-Schlüssel in einem Konto- oder Servernamen geantwortet, daher wurde nichts gespeichert. Bitte den Panel-Admin, sich das Panel anzusehen; lösche diesen Schlüssel im Panel (Konto → API-Zugangsdaten).',
  unknownDefault:
    'Dein Schlüssel funktioniert, aber er erreicht keinen Server {{server}}. Es wurde nichts gespeichert: Führe `/link` erneut mit einem deiner Server aus oder lass das Feld leer.',
  panelChanged:
    'Die Panel-URL dieses Discord-Servers hat sich geändert, während dein Schlüssel geprüft wurde, daher wurde nichts gespeichert. Führe `/link` erneut aus.',
  linked: {
    title: 'Panel-Konto verknüpft',
    description:
      'Verknüpft als {{account}} auf {{url}}. Dein Schlüssel wird verschlüsselt gespeichert und nie wieder angezeigt.',
    servers: 'Server, die dein Schlüssel erreicht ({{count}})',
    server: '• {{name}} ({{id}})',
    defaultServer: '• {{name}} ({{id}}) — Standard',
    none: 'noch keine — bitte einen Serverbesitzer, dich als Subuser hinzuzufügen, und führe dann `/link` erneut aus',
    tip: 'Tipp',
    tipText:
      'Wähle einen Server mit der Option `server` von `/backup` aus oder führe `/link` erneut mit einem Standardserver aus.',
  },
  unlink: {
    forgotten:
      '🗑️ Dein Panel-Schlüssel und deine Gameserver sind auf diesem Discord-Server vergessen. Lösche den Schlüssel am besten auch im Panel (Konto → API-Zugangsdaten).',
    nothing: 'Nichts zu vergessen: Du hattest auf diesem Discord-Server kein Panel-Konto verknüpft.',
  },
};
