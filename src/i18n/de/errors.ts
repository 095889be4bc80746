import type { errors as Source } from '../en-US/errors.js';
import type { Translation } from '../translation.js';

/** German words of the `errors` area (see ../en-US/errors.ts). */
export const errors: Translation<typeof Source> = {
  genericFailure:
    'Bei mir ist etwas schiefgelaufen. Der Fehler wurde protokolliert; bitte versuche es gleich noch einmal.',
  notSetUp:
    'Dieser Discord-Server ist noch nicht eingerichtet: Bitte einen Admin (Server verwalten), `/setup` auszuführen.',
  notLinked: 'Du hast in diesem Discord-Server noch kein Panel-Konto verknüpft: Führe zuerst `/link` aus.',
  guildOnly: {
    command: '`/{{command}}` funktioniert in einem Discord-Server, nicht in DMs.',
    button: 'Dieser Button funktioniert in einem Discord-Server, nicht in DMs.',
    autocomplete: 'Die Autovervollständigung funktioniert in einem Discord-Server, nicht in DMs.',
  },
  access: {
    destructiveRoles:
      'Backups wiederherstellen und löschen dürfen in diesem Discord-Server nur Mitglieder mit einer dieser Rollen: {{roles}}.',
    guildNotSeen: 'Ich kann diesen Discord-Server noch nicht sehen. Versuche es in einer Minute noch einmal.',
    guildLeft: 'Ich bin nicht mehr auf diesem Server, daher kann er von hier aus nicht eingerichtet werden.',
    notAMember: 'Du bist kein Mitglied von **{{guild}}** mehr.',
    manageGuildToSetUp:
      'Du brauchst die Berechtigung **Server verwalten** in **{{guild}}**, um ihn einzurichten.',
    manageGuildToChange:
      'Du brauchst die Berechtigung **Server verwalten** in **{{guild}}**, um seine Einrichtung zu ändern.',
  },
  stale: {
    command: '⚠️ Dieser Befehl ist nicht mehr verfügbar.',
    button: '⚠️ Dieser Button stammt aus einer älteren Version des Bots. Führe den Befehl erneut aus.',
    form: '⚠️ Dieses Formular ist nicht mehr gültig. Führe den Befehl erneut aus.',
    invalidButton: 'Dieser Button ist ungültig.',
    invalidForm: 'Dieses Formular ist ungültig.',
  },
  restarting: '⏳ Der Bot startet gerade neu: Versuche es gleich noch einmal.',
  server: {
    notAnIdentifier:
      '{{value}} ist keine Server-Kennung. Wähle einen Server aus der Liste, die die Option `server` vorschlägt.',
    none: 'Mit deinem API-Schlüssel erreichst du keinen Server. Bitte den Serverbesitzer, dich als Subuser hinzuzufügen, und führe dann `/link` erneut aus.',
    choose_one:
      'Mit deinem Schlüssel erreichst du {{count}} Server: Wähle einen mit der Option `server` aus oder lege mit `/link` einen Standardserver fest.',
    choose_other:
      'Mit deinem Schlüssel erreichst du {{count}} Server: Wähle einen mit der Option `server` aus oder lege mit `/link` einen Standardserver fest.',
  },
};
