import type { setup as Source } from '../en-US/setup.js';
import type { Translation } from '../translation.js';

/** German words of the `setup` area (see ../en-US/setup.ts). */
export const setup: Translation<typeof Source> = {
  dmFailed:
    '📪 Ich konnte dir keine DM schicken, daher kann die Einrichtung nicht starten. Erlaube Direktnachrichten von diesem Server (klicke auf den Servernamen → **Privatsphäreeinstellungen** → schalte **Direktnachrichten** ein) und führe dann `/setup` erneut aus.',
  dmSent: '📬 Ich habe dir eine DM geschickt, um **{{guild}}** einzurichten. Alles Weitere passiert dort.',
  embed: {
    title: 'Einrichtung des Backup-Bots für {{guild}}',
    description:
      'Mitglieder verknüpfen mit `/link` ihren eigenen Panel-API-Schlüssel; das Panel entscheidet, was jeder Schlüssel darf. Die Panel-URL wird hier festgelegt, damit sie nie in einem Kanal erscheint.',
    panelUrl: 'Panel-URL',
    panelUrlUnset: 'nicht festgelegt — drücke **Panel-URL festlegen**',
    roles: 'Rollen, die wiederherstellen und löschen dürfen',
    rolesAnyone: 'jedes Mitglied, dessen Panel-Schlüssel es erlaubt',
    audit: 'Audit-Kanal',
    none: 'keiner',
    notifications: 'Benachrichtigungskanal',
    notificationsSet:
      '{{channel}} — im Panel erstellte Backups, Fehlschläge, hängende und gelöschte Backups, Wiederherstellungen',
    notificationsNone: 'keiner — das Panel wird nicht überwacht',
    lastChange: 'Letzte Änderung',
    lastChangeBy: 'von {{member}} {{when}}',
    status: 'Status',
  },
  controls: {
    setUrl: 'Panel-URL festlegen',
    test: 'Verbindung testen',
    rolesPlaceholder: 'Rollen, die wiederherstellen und löschen dürfen (keine: alle){{page}}',
    auditPlaceholder: 'Audit-Kanal (optional){{page}}',
    notificationsPlaceholder: 'Benachrichtigungskanal (optional; darf der Audit-Kanal sein){{page}}',
    pageNote: ' · Seite {{page}} von {{pages}}',
    noAudit: 'Kein Audit-Kanal',
    noNotifications: 'Kein Benachrichtigungskanal',
    rolesPrevious: '◀ Rollen',
    rolesNext: 'Rollen ▶',
    channelsPrevious: '◀ Kanäle',
    channelsNext: 'Kanäle ▶',
  },
  form: {
    title: 'Panel-URL',
    label: 'Panel-URL',
    notSaved: 'Die Panel-URL wurde nicht gespeichert. {{reason}}',
    saved: '✅ Panel-URL gespeichert; das Panel hat in {{ms}} ms geantwortet.',
    savedUnlinked:
      '✅ Panel-URL gespeichert; das Panel hat in {{ms}} ms geantwortet. Die Verknüpfungen der Mitglieder mit dem bisherigen Panel wurden aufgehoben; sie müssen `/link` erneut ausführen.',
  },
  status: {
    channelGone: 'Diesen Kanal gibt es nicht mehr. Wähle erneut.',
    rolesGone: 'Einige dieser Rollen gibt es nicht mehr. Wähle erneut.',
    urlFirst: 'Lege zuerst die Panel-URL fest.',
    testPassed: '✅ Das Panel hat in {{ms}} ms geantwortet.',
    testFailed: '❌ {{reason}}',
    rolesSet: '✅ Nur diese Rollen (und wer „Server verwalten“ hat) dürfen wiederherstellen und löschen.',
    rolesAnyone: '✅ Jeder, dessen Panel-Schlüssel es erlaubt, darf wiederherstellen und löschen.',
    auditSet: '✅ Backup-Aktionen werden in diesem Kanal protokolliert.',
    auditNone: '✅ Kein Audit-Kanal.',
    notificationsSet:
      '✅ Ich überwache das Panel und poste dort: Backups, die ohne mich erstellt wurden (Zeitpläne, das Panel), wie sie enden, hängende und gelöschte Backups, Wiederherstellungen.',
    notificationsNone:
      '✅ Kein Benachrichtigungskanal: Das Panel wird für diesen Discord-Server nicht mehr überwacht.',
  },
  probe: {
    tls: 'Das HTTPS-Zertifikat von {{url}} konnte nicht überprüft werden. Das Panel braucht ein gültiges Zertifikat für seinen Hostnamen.',
    notAPanel:
      '{{url}} antwortet nicht wie ein Pterodactyl- oder Pelican-Panel. Verwende die Adresse, unter der du das Panel im Browser öffnest.',
    addressRefused:
      '{{url}} führt zu einer Adresse, mit der sich der Bot nicht verbinden darf (privat, Loopback oder Link-Local).',
    unreachable: 'Keine Verbindung zu {{url}} möglich. Prüfe die Adresse und ob das Panel läuft.',
    other: '{{url}} konnte nicht überprüft werden. {{reason}}',
    noKeyAsked:
      '{{url}} hat geantwortet, ohne nach einem Schlüssel zu fragen, und verhält sich daher nicht wie ein Pterodactyl- oder Pelican-Panel.',
  },
};
