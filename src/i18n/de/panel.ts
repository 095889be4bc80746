import type { panel as Source } from '../en-US/panel.js';
import type { Translation } from '../translation.js';

/** German words of the `panel` area (see ../en-US/panel.ts). */
export const panel: Translation<typeof Source> = {
  unauthenticated:
    'Das Panel hat deinen API-Schlüssel abgelehnt (er wurde vielleicht gelöscht oder ist abgelaufen). Führe `/link` erneut mit einem neuen Schlüssel aus.',
  forbidden: {
    permission: {
      named:
        'Deinem Panel-Konto fehlt auf Server {{server}} die Berechtigung {{permission}}. Bitte den Serverbesitzer, sie dir zu erteilen.',
      unnamed:
        'Deinem Panel-Konto fehlt auf diesem Server die Berechtigung {{permission}}. Bitte den Serverbesitzer, sie dir zu erteilen.',
    },
    other: {
      named:
        'Das Panel hat diese Aktion für dein Konto auf Server {{server}} abgelehnt. Bitte den Serverbesitzer um Zugriff.',
      unnamed:
        'Das Panel hat diese Aktion für dein Konto auf diesem Server abgelehnt. Bitte den Serverbesitzer um Zugriff.',
    },
  },
  applicationKey:
    'Das ist ein Application-API-Schlüssel, der Bot braucht aber einen Client-API-Schlüssel. Erstelle einen im Panel unter Konto → API-Zugangsdaten und führe `/link` erneut aus.',
  ipRestricted:
    'Dein API-Schlüssel funktioniert nur von bestimmten IP-Adressen aus, und der Bot gehört nicht dazu. Erstelle einen Schlüssel ohne diese Einschränkung (oder erlaube die Adresse des Bots) und führe `/link` erneut aus.',
  twoFactorRequired:
    'Das Panel verlangt für dein Konto eine Zwei-Faktor-Authentifizierung, bevor es API-Zugriff erlaubt. Aktiviere sie in deinen Kontoeinstellungen im Panel und versuche es dann erneut.',
  notFound: {
    server: {
      named:
        'Das Panel hat keinen Server {{server}}, den dein Konto erreichen kann. Prüfe die Server-Kennung (die Option `server` listet deine Server auf).',
      unnamed:
        'Das Panel hat diesen Server nicht, oder dein Konto kann ihn nicht erreichen. Prüfe die Server-Kennung (die Option `server` listet deine Server auf).',
    },
    backup: {
      named:
        'Server {{server}} hat kein Backup {{backup}} (es wurde vielleicht gelöscht). Wähle eines aus der Liste der Option `backup`.',
      unnamed:
        'Dieser Server hat kein Backup {{backup}} (es wurde vielleicht gelöscht). Wähle eines aus der Liste der Option `backup`.',
    },
    schedule: {
      named:
        'Server {{server}} hat keinen Zeitplan #{{schedule}} (er wurde vielleicht gelöscht). Wähle einen aus der Liste der Option `schedule`.',
      unnamed:
        'Dieser Server hat keinen Zeitplan #{{schedule}} (er wurde vielleicht gelöscht). Wähle einen aus der Liste der Option `schedule`.',
    },
    serverOrBackup: {
      named:
        'Das Panel konnte den Server {{server}} oder sein Backup {{backup}} nicht finden. Prüfe beides und versuche es erneut.',
      unnamed:
        'Das Panel konnte diesen Server oder sein Backup {{backup}} nicht finden. Prüfe beides und versuche es erneut.',
    },
    other: 'Das Panel konnte das Angefragte nicht finden. Prüfe den Server und versuche es erneut.',
  },
  conflict: {
    suspended: {
      named:
        'Server {{server}} ist suspendiert, daher lehnt das Panel das ab. Wende dich wegen der Suspendierung an einen Panel-Admin.',
      unnamed:
        'Dieser Server ist suspendiert, daher lehnt das Panel das ab. Wende dich wegen der Suspendierung an einen Panel-Admin.',
    },
    maintenance: {
      named:
        'Der Node, auf dem Server {{server}} läuft, wird gerade gewartet. Versuche es erneut, sobald die Wartung vorbei ist.',
      unnamed:
        'Der Node, auf dem dieser Server läuft, wird gerade gewartet. Versuche es erneut, sobald die Wartung vorbei ist.',
    },
    installing: {
      named:
        'Server {{server}} ist noch nicht fertig installiert. Versuche es erneut, sobald die Installation abgeschlossen ist.',
      unnamed:
        'Dieser Server ist noch nicht fertig installiert. Versuche es erneut, sobald die Installation abgeschlossen ist.',
    },
    restoring: {
      named:
        'Server {{server}} stellt gerade ein Backup wieder her. Versuche es erneut, wenn die Wiederherstellung abgeschlossen ist.',
      unnamed:
        'Dieser Server stellt gerade ein Backup wieder her. Versuche es erneut, wenn die Wiederherstellung abgeschlossen ist.',
    },
    transferring: {
      named:
        'Server {{server}} wird gerade auf eine andere Maschine verschoben. Versuche es erneut, sobald die Übertragung abgeschlossen ist.',
      unnamed:
        'Dieser Server wird gerade auf eine andere Maschine verschoben. Versuche es erneut, sobald die Übertragung abgeschlossen ist.',
    },
    busy: {
      named: 'Server {{server}} ist beschäftigt: Das Panel meldet „{{detail}}“. Versuche es später erneut.',
      unnamed: 'Dieser Server ist beschäftigt: Das Panel meldet „{{detail}}“. Versuche es später erneut.',
    },
    other: {
      named:
        'Server {{server}} ist gerade in einem Zustand, der das nicht zulässt. Versuche es später erneut.',
      unnamed: 'Dieser Server ist gerade in einem Zustand, der das nicht zulässt. Versuche es später erneut.',
    },
  },
  validation: {
    details: 'Das Panel hat die Anfrage abgelehnt: {{details}}.',
    none: 'Das Panel hat die Anfrage als ungültig abgelehnt.',
  },
  unsupported:
    'Dieses Panel bietet diese Aktion nicht an (seine API hat keinen solchen Endpunkt). Möglicherweise ist eine neuere Panel-Version nötig.',
  backupTaskForbidden:
    'Dieser Server darf keine Backups haben (sein Backup-Limit ist 0), daher lehnt das Panel einen Backup-Zeitplan ab. Bitte einen Panel-Admin, das Limit zu erhöhen.',
  tooManyBackups: {
    noneAllowed:
      'Dieser Server darf keine Backups haben (sein Backup-Limit ist 0). Bitte einen Panel-Admin, das Limit zu erhöhen.',
    atLimit:
      'Dieser Server hat sein Backup-Limit erreicht ({{limit}} von {{limit}}). Lösche ein Backup, das du nicht mehr brauchst (entsperre es zuerst, falls es gesperrt ist), und versuche es dann erneut.',
    limitUnknown:
      'Dieser Server hat sein Backup-Limit erreicht. Lösche ein Backup, das du nicht mehr brauchst (entsperre es zuerst, falls es gesperrt ist), und versuche es dann erneut.',
  },
  backupLocked:
    'Dieses Backup ist gesperrt, daher löscht das Panel es nicht. Entsperre es zuerst mit `/backup lock` und lösche es dann.',
  badRequest: {
    notFinished:
      'Dieses Backup ist noch nicht fertig, daher kann es nicht wiederhergestellt werden. Warte, bis es abgeschlossen ist, und versuche es dann erneut.',
    restoreState: {
      named:
        'Server {{server}} ist nicht in einem Zustand, der eine Wiederherstellung erlaubt (zum Beispiel nach einer fehlgeschlagenen Neuinstallation). Bitte einen Panel-Admin, sich das anzusehen.',
      unnamed:
        'Dieser Server ist nicht in einem Zustand, der eine Wiederherstellung erlaubt (zum Beispiel nach einer fehlgeschlagenen Neuinstallation). Bitte einen Panel-Admin, sich das anzusehen.',
    },
    cron: 'Das Panel hat diese Zeitangabe nicht als Cron-Regel akzeptiert. Wähle eine der Vorgaben der Option `when` oder prüfe den Cron-Ausdruck (fünf Felder: Minute Stunde Tag-des-Monats Monat Wochentag).',
    noTasks:
      'Dieser Zeitplan hat im Panel keine Aufgaben, daher würde ein Ausführen nichts bewirken. Füge im Panel eine Backup-Aufgabe hinzu oder lösche den Zeitplan und erstelle ihn hier neu.',
    tooManyTasks: 'Dieser Zeitplan hat bereits so viele Aufgaben, wie das Panel erlaubt ({{limit}}).',
    tooManyTasksUnknown: 'Dieser Zeitplan hat bereits so viele Aufgaben, wie das Panel erlaubt.',
    diskDriver:
      'Dieses Backup liegt an einem Speicherort, von dem das Panel keine Downloads anbieten kann. Wende dich an einen Panel-Admin.',
    detail: 'Das Panel hat die Anfrage abgelehnt: {{detail}}.',
    other: 'Das Panel hat die Anfrage als fehlerhaft abgelehnt.',
  },
  throttle: {
    rule_one: 'Das Panel erlaubt auf diesem Server nur {{count}} Backup pro {{period}}.',
    rule_other: 'Das Panel erlaubt auf diesem Server nur {{count}} Backups pro {{period}}.',
    unknown: 'Das Panel begrenzt, wie oft auf diesem Server Backups erstellt werden dürfen.',
    restores:
      'Das Panel begrenzt gerade, wie oft auf diesem Server Backups wiederhergestellt werden dürfen (oder wie viele Anfragen dein Konto stellen darf).',
    requests: 'Das Panel begrenzt gerade, wie viele Anfragen dein Konto stellen darf.',
  },
  period: {
    hour: 'Stunde',
    hours_one: '{{count}} Stunde',
    hours_other: '{{count}} Stunden',
    minute: 'Minute',
    minutes_one: '{{count}} Minute',
    minutes_other: '{{count}} Minuten',
    seconds_one: '{{count}} Sekunde',
    seconds_other: '{{count}} Sekunden',
  },
  retry: {
    at: 'Versuche es {{when}} erneut.',
    fewMinutes: 'Versuche es in ein paar Minuten erneut.',
    minute: 'Versuche es in einer Minute erneut.',
  },
  nodeUnreachable: {
    named:
      'Das Panel konnte die Maschine (Node), auf der Server {{server}} läuft, nicht erreichen. Sie ist vielleicht ausgefallen: Versuche es in ein paar Minuten erneut oder sag einem Panel-Admin Bescheid.',
    unnamed:
      'Das Panel konnte die Maschine (Node), auf der dieser Server läuft, nicht erreichen. Sie ist vielleicht ausgefallen: Versuche es in ein paar Minuten erneut oder sag einem Panel-Admin Bescheid.',
  },
  daemonError: {
    detail: {
      named:
        'Die Maschine, auf der Server {{server}} läuft, hat einen Fehler gemeldet: {{detail}}. Versuche es erneut oder sag einem Panel-Admin Bescheid, wenn das immer wieder passiert.',
      unnamed:
        'Die Maschine, auf der dieser Server läuft, hat einen Fehler gemeldet: {{detail}}. Versuche es erneut oder sag einem Panel-Admin Bescheid, wenn das immer wieder passiert.',
    },
    other: {
      named:
        'Die Maschine, auf der Server {{server}} läuft, hat einen Fehler gemeldet. Versuche es erneut oder sag einem Panel-Admin Bescheid, wenn das immer wieder passiert.',
      unnamed:
        'Die Maschine, auf der dieser Server läuft, hat einen Fehler gemeldet. Versuche es erneut oder sag einem Panel-Admin Bescheid, wenn das immer wieder passiert.',
    },
  },
  panelError: {
    status:
      'Im Panel ist ein interner Fehler aufgetreten (HTTP {{status}}). Versuche es gleich noch einmal; wenn das immer wieder passiert, sag einem Panel-Admin Bescheid.',
    other:
      'Im Panel ist ein interner Fehler aufgetreten. Versuche es gleich noch einmal; wenn das immer wieder passiert, sag einem Panel-Admin Bescheid.',
  },
  addressRefused:
    'Die Panel-URL ({{host}}) zeigt auf eine Adresse, zu der sich der Bot nicht verbinden darf (privat, Loopback oder Link-Local). Ein Admin muss mit `/setup` die öffentliche Adresse des Panels festlegen.',
  unreachable:
    'Das Panel unter {{host}} war nicht erreichbar. Es ist vielleicht ausgefallen, oder die Panel-URL ist falsch (ein Admin kann sie mit `/setup` prüfen).',
  cancelled:
    'Ich habe aufgehört, auf das Panel zu warten: Das hat länger gedauert, als die Aktion erlaubt. Es wurde nichts weiter beim Panel angefragt; versuche es gleich noch einmal.',
  timeout_one:
    'Das Panel hat nicht innerhalb von {{seconds}} Sekunde geantwortet. Es ist vielleicht überlastet oder ausgefallen: Versuche es später erneut.',
  timeout_other:
    'Das Panel hat nicht innerhalb von {{seconds}} Sekunden geantwortet. Es ist vielleicht überlastet oder ausgefallen: Versuche es später erneut.',
  tls: 'Die sichere Verbindung (HTTPS) zum Panel unter {{host}} ist fehlgeschlagen: Sein Zertifikat konnte nicht überprüft werden. Ein Admin muss das Zertifikat des Panels oder die Panel-URL (`/setup`) korrigieren.',
  notAPanel:
    'Diese Adresse antwortet nicht wie ein Pterodactyl- oder Pelican-Panel. Prüfe die Panel-URL mit einem Admin (`/setup`).',
  url: {
    notAUrl:
      'Das ist keine URL. Gib die Adresse deines Panels ein, zum Beispiel `https://panel.example.com`.',
    httpsRequired: 'Die Panel-URL muss mit `https://` beginnen.',
    httpRefused:
      'Die Panel-URL muss mit `https://` beginnen, sonst würden API-Schlüssel unverschlüsselt übertragen. (Der Betreiber des Bots kann `http://` für ein Panel in einem privaten Netzwerk mit `ALLOW_INSECURE_PANEL_URL=true` erlauben.)',
    credentials: 'Die Panel-URL darf keinen Benutzernamen und kein Passwort enthalten.',
    queryOrFragment:
      'Die Panel-URL darf keine Teile mit `?` oder `#` enthalten: Gib die Adresse des Panels selbst an.',
    refusedHost: 'Diese Adresse ist als Panel-URL nicht erlaubt.',
    doesNotResolveCheck:
      'Der Hostname `{{host}}` lässt sich nicht auflösen. Prüfe die Schreibweise der Panel-URL.',
    doesNotResolve: 'Der Hostname `{{host}}` lässt sich nicht auflösen.',
    refusedAddress: 'Diese Adresse ist als Panel-URL nicht erlaubt (Link-Local- oder Metadaten-Adresse).',
    privateAddress:
      'Diese Panel-URL zeigt auf eine private oder Loopback-Adresse. Der Betreiber des Bots kann das mit `ALLOW_INSECURE_PANEL_URL=true` erlauben.',
  },
};
