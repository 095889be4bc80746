import type { CommandTexts } from '../commandTexts.js';

/** German descriptions and choice names of the slash commands (keys: see ../commandTexts.ts). */
export const commands: CommandTexts = {
  setup: 'Richte den Bot für diesen Discord-Server ein (per DM an dich)',
  link: 'Verknüpfe dein Panel-Konto mit einem Client-API-Schlüssel (abgefragt in einem privaten Formular)',
  unlink: 'Lass den Bot deinen Panel-API-Schlüssel und deine Gameserver auf diesem Discord-Server vergessen',
  backup: 'Verwalte die Backups deiner Gameserver',
  'backup list': 'Zeige die Backups eines Servers an',
  'backup list server': 'Der Server (Standard: dein Standardserver)',
  'backup create': 'Starte ein neues Backup',
  'backup create name': 'Ein Name für das Backup (ohne Angabe wählt das Panel einen)',
  'backup create locked':
    'Sperre es, damit es nicht gelöscht werden kann (erfordert die Berechtigung backup.delete)',
  'backup create ignored': 'Auszulassende Dateien: kommagetrennte Muster, z. B. logs/*, *.tmp',
  'backup create server': 'Der Server (Standard: dein Standardserver)',
  'backup info': 'Zeige alle Details eines Backups',
  'backup info backup': 'Das Backup',
  'backup info server': 'Der Server (Standard: dein Standardserver)',
  'backup download': 'Hol dir einen einmaligen Download-Link (nur du siehst ihn)',
  'backup download backup': 'Das Backup',
  'backup download server': 'Der Server (Standard: dein Standardserver)',
  'backup restore':
    'Stelle ein Backup wieder her und überschreibe die Serverdateien (fragt nach Bestätigung)',
  'backup restore backup': 'Das Backup',
  'backup restore truncate': 'Lösche vor dem Wiederherstellen alle aktuellen Dateien (Standard: nein)',
  'backup restore server': 'Der Server (Standard: dein Standardserver)',
  'backup lock': 'Sperre oder entsperre ein Backup',
  'backup lock backup': 'Das Backup',
  'backup lock server': 'Der Server (Standard: dein Standardserver)',
  'backup delete': 'Lösche ein Backup (fragt nach Bestätigung)',
  'backup delete backup': 'Das Backup',
  'backup delete server': 'Der Server (Standard: dein Standardserver)',
  'backup prune':
    'Lösche alte oder fehlgeschlagene Backups auf einmal (zeigt welche, fragt nach Bestätigung)',
  'backup prune keep':
    'Behalte so viele der neuesten Backups (fehlgeschlagene zählen nicht); lösche den Rest',
  'backup prune older-than': 'Nur Backups, die älter sind als diese Dauer, z. B. 12h, 7d, 2w',
  'backup prune failed-only': 'Nur fehlgeschlagene Backups',
  'backup prune server': 'Der Server (Standard: dein Standardserver)',
  'backup rename': 'Benenne ein Backup um (Pelican-Panels)',
  'backup rename backup': 'Das Backup',
  'backup rename name': 'Der neue Name',
  'backup rename server': 'Der Server (Standard: dein Standardserver)',
  'backup notify':
    'Erhalte oder beende DMs zu Server-Backups: im Panel erstellt, fehlgeschlagen, hängend, gelöscht',
  'backup notify state': 'an: schick mir DMs; aus: beenden',
  'backup notify state=on': 'an',
  'backup notify state=off': 'aus',
  'backup notify server': 'Der Server (Standard: dein Standardserver)',
  'backup schedule': 'Erstelle Backups eines Servers nach Zeitplan',
  'backup schedule create':
    'Erstelle Backups eines Servers nach Zeitplan (alle 6 h, 12 h, täglich, wöchentlich oder Cron)',
  'backup schedule create when':
    'Eine Vorgabe aus der Liste oder Cron: Minute Stunde Tag-des-Monats Monat Wochentag',
  'backup schedule create server': 'Der Server (Standard: dein Standardserver)',
  'backup schedule create name':
    'Ein Name für den Zeitplan (Standard: seine Regel, z. B. „Backup täglich um 03:00“)',
  'backup schedule create ignored': 'Auszulassende Dateien: kommagetrennte Muster, z. B. logs/*, *.tmp',
  'backup schedule create only-when-online':
    'Überspringe Läufe, während der Server offline ist (Standard: trotzdem ausführen)',
  'backup schedule list': 'Zeige die Backup-Zeitpläne eines Servers mit ihrem nächsten und letzten Lauf',
  'backup schedule list server': 'Der Server (Standard: dein Standardserver)',
  'backup schedule run': 'Führe einen Backup-Zeitplan jetzt aus (das neue Backup wird bis zum Ende verfolgt)',
  'backup schedule run schedule': 'Der Backup-Zeitplan',
  'backup schedule run server': 'Der Server (Standard: dein Standardserver)',
  'backup schedule pause':
    'Pausiere einen Backup-Zeitplan (er behält seine Einstellungen und kann fortgesetzt werden)',
  'backup schedule pause schedule': 'Der Backup-Zeitplan',
  'backup schedule pause server': 'Der Server (Standard: dein Standardserver)',
  'backup schedule resume': 'Setze einen pausierten Backup-Zeitplan fort',
  'backup schedule resume schedule': 'Der Backup-Zeitplan',
  'backup schedule resume server': 'Der Server (Standard: dein Standardserver)',
  'backup schedule delete': 'Lösche einen Backup-Zeitplan (fragt nach Bestätigung; seine Backups bleiben)',
  'backup schedule delete schedule': 'Der Backup-Zeitplan',
  'backup schedule delete server': 'Der Server (Standard: dein Standardserver)',
};
