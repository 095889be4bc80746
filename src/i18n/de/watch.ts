import type { watch as Source } from '../en-US/watch.js';
import type { Translation } from '../translation.js';

/** German words of the `watch` area (see ../en-US/watch.ts). */
export const watch: Translation<typeof Source> = {
  event: {
    appeared: {
      bySchedule: {
        inProgress:
          '📦 Backup {{backup}} auf {{server}} wurde von einem Zeitplan gestartet und läuft noch (gestartet {{started}}).',
        completed:
          '✅ Backup {{backup}} auf {{server}} wurde von einem Zeitplan gestartet und ist abgeschlossen: {{size}}.',
        completedIn:
          '✅ Backup {{backup}} auf {{server}} wurde von einem Zeitplan gestartet und ist abgeschlossen: {{size}} in {{duration}}.',
        failed:
          '❌ Backup {{backup}} auf {{server}} wurde von einem Zeitplan gestartet und ist fehlgeschlagen. {{why}}',
        failedAfter:
          '❌ Backup {{backup}} auf {{server}} wurde von einem Zeitplan gestartet und ist nach {{duration}} fehlgeschlagen. {{why}}',
      },
      notByMe: {
        inProgress:
          '📦 Backup {{backup}} auf {{server}} wurde nicht von mir gestartet, sondern von einem Zeitplan oder im Panel; es läuft noch (gestartet {{started}}).',
        completed:
          '✅ Backup {{backup}} auf {{server}} wurde nicht von mir gestartet, sondern von einem Zeitplan oder im Panel, und ist abgeschlossen: {{size}}.',
        completedIn:
          '✅ Backup {{backup}} auf {{server}} wurde nicht von mir gestartet, sondern von einem Zeitplan oder im Panel, und ist abgeschlossen: {{size}} in {{duration}}.',
        failed:
          '❌ Backup {{backup}} auf {{server}} wurde nicht von mir gestartet, sondern von einem Zeitplan oder im Panel, und ist fehlgeschlagen. {{why}}',
        failedAfter:
          '❌ Backup {{backup}} auf {{server}} wurde nicht von mir gestartet, sondern von einem Zeitplan oder im Panel, und ist nach {{duration}} fehlgeschlagen. {{why}}',
      },
    },
    ended: {
      subject: {
        plain: 'Backup {{backup}} auf {{server}}',
        wasStuck: 'Backup {{backup}} auf {{server}}, das ich als hängend gemeldet hatte,',
        alreadyRunning:
          'Backup {{backup}} auf {{server}}, das schon lief, als ich mit der Überwachung begann,',
      },
      completed: '✅ {{subject}} ist abgeschlossen: {{size}}.',
      completedIn: '✅ {{subject}} ist abgeschlossen: {{size}} in {{duration}}.',
      failed: '❌ {{subject}} ist fehlgeschlagen. {{why}}',
      failedAfter: '❌ {{subject}} ist nach {{duration}} fehlgeschlagen. {{why}}',
    },
    stuck: {
      noHistory:
        '⏳ Backup {{backup}} auf {{server}} scheint zu hängen: Es läuft seit {{running}} (es gibt kein erfolgreiches Backup dieses Servers zum Vergleich, daher gilt ein Backup bei mir nach {{threshold}} als hängend). Das Panel markiert es nach 6 Stunden als fehlgeschlagen, wenn sich der Node nie zurückmeldet.',
      withHistory:
        '⏳ Backup {{backup}} auf {{server}} scheint zu hängen: Es läuft seit {{running}} (das längste der letzten erfolgreichen Backups dieses Servers dauerte {{longest}}; bei mir gilt ein Backup nach {{threshold}} als hängend). Das Panel markiert es nach 6 Stunden als fehlgeschlagen, wenn sich der Node nie zurückmeldet.',
    },
    disappeared: {
      done: '🗑️ Backup {{backup}} auf {{server}} ist nicht mehr im Panel (gelöscht, durch die Rotation eines Zeitplans entfernt oder beim Aufräumen entfernt).',
      whileInProgress:
        '🗑️ Backup {{backup}} auf {{server}} ist aus dem Panel verschwunden, während es noch lief (gelöscht, durch die Rotation eines Zeitplans entfernt oder beim Aufräumen entfernt).',
    },
    restoreStarted:
      '♻️ Auf {{server}} hat eine Wiederherstellung begonnen, die nicht von mir kommt (das Panel sagt nicht, welches Backup). Der Server ist bis zu ihrem Ende nicht verfügbar.',
    restoreEnded: {
      startSeen:
        '♻️ Die Wiederherstellung auf {{server}} ist beendet (das Panel sagt nicht, ob sie erfolgreich war: Prüfe den Server, bevor du ihn startest).',
      startUnseen:
        '♻️ Auf {{server}} lief eine Wiederherstellung, die nicht von mir kam, und sie ist beendet (das Panel sagt weder, welches Backup, noch, ob sie erfolgreich war: Prüfe den Server).',
    },
    late: '{{event}} (nach einem Neustart bemerkt)',
  },
  failedWhy: {
    ranTooLong:
      'Das Panel hat es als fehlgeschlagen markiert, weil es nach 6 Stunden noch lief (einen anderen Grund nennt das Panel nicht).',
    noReason: 'Das Panel nennt keinen Grund; im Log des Nodes (Wings) dieses Servers steht, warum.',
  },
  dm: {
    fromGuild: 'Von **{{guild}}**: {{event}}',
    keyRefused:
      'Von **{{guild}}**: Ich überwache die Backups nicht mehr mit deinem Panel-Schlüssel. {{reason}}',
    lostPermission:
      'Von **{{guild}}**: Dein Panel-Konto hat auf {{server}} nicht mehr die Berechtigung `backup.read`, daher überwache ich die Backups dieses Servers nicht mehr mit deinem Schlüssel (und schicke dir keine DMs mehr dazu). Bitte den Serverbesitzer, sie dir wieder zu erteilen, wenn du die DMs wieder möchtest.',
    unknownGuild: 'einem Discord-Server',
  },
  notify: {
    on: '🔔 Ich schicke dir DMs zu den Backups von {{server}}: ohne mich erstellte Backups (Zeitpläne, das Panel) und wie sie enden, hängende und gelöschte Backups, Wiederherstellungen. Schalte sie mit `/backup notify state:off` ab.',
    notWatched:
      '⚠️ Das Panel wird auf diesem Discord-Server noch nicht überwacht: Ein Admin legt in `/setup` einen Benachrichtigungskanal fest, dann beginnen die DMs.',
    off: '🔕 Keine DMs mehr zu den Backups von {{server}}.',
  },
};
