import { codeSpan, discordTime, escapeText, truncate } from '#discord/text.js';
import { type Backup, type BackupState, backupState } from '#panel/schemas.js';
import type { LinkedServer } from '#store/index.js';

/** Pure presentation of backups: labels, numbers and dates the way a member reads them. */

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${UNITS[unit]}`;
}

/** A short age for places where Discord timestamps do not render (autocomplete labels). */
export function formatAge(date: Date | string, now = Date.now()): string {
  const ms = typeof date === 'string' ? Date.parse(date) : date.getTime();
  const seconds = Math.max(0, Math.round((now - ms) / 1000));
  if (seconds < 60) return `${seconds}s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes}m ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours}h ago`;
  return `${Math.round(hours / 24)}d ago`;
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

const STATE_LABELS: Record<BackupState, string> = {
  in_progress: '⏳ in progress',
  completed: '✅ completed',
  failed: '❌ failed',
};

export function stateLabel(backup: Pick<Backup, 'is_successful' | 'completed_at'>): string {
  return STATE_LABELS[backupState(backup)];
}

/** One line of `/backup list`. */
export function backupListLine(backup: Backup): string {
  const lock = backup.is_locked ? '🔒 ' : '';
  const size = backupState(backup) === 'completed' ? ` · ${formatBytes(backup.bytes)}` : '';
  return `${lock}**${escapeText(truncate(backup.name, 80))}** · ${stateLabel(backup)}${size} · ${discordTime(backup.created_at, 'R')}\n\`${backup.uuid}\``;
}

/** An autocomplete choice label: name, size, age (Discord caps it at 100 characters). */
export function backupChoiceLabel(backup: Backup, now = Date.now()): string {
  const state = backupState(backup);
  const detail =
    state === 'completed' ? formatBytes(backup.bytes) : state === 'in_progress' ? 'in progress' : 'failed';
  const suffix = ` · ${detail} · ${formatAge(backup.created_at, now)}${backup.is_locked ? ' · locked' : ''}`;
  return `${truncate(backup.name || backup.uuid, 100 - suffix.length)}${suffix}`;
}

/** Every attribute of a backup as embed fields, for `/backup info`. */
export function backupInfoFields(backup: Backup): Array<{ name: string; value: string; inline?: boolean }> {
  const fields: Array<{ name: string; value: string; inline?: boolean }> = [
    { name: 'State', value: stateLabel(backup), inline: true },
    { name: 'Locked', value: backup.is_locked ? '🔒 yes' : 'no', inline: true },
    {
      name: 'Size',
      value: backupState(backup) === 'completed' ? formatBytes(backup.bytes) : '—',
      inline: true,
    },
    { name: 'Created', value: discordTime(backup.created_at, 'f'), inline: true },
    {
      name: 'Completed',
      value: backup.completed_at ? discordTime(backup.completed_at, 'f') : 'not yet',
      inline: true,
    },
  ];
  if (backup.completed_at) {
    fields.push({
      name: 'Took',
      value: formatDuration(Date.parse(backup.completed_at) - Date.parse(backup.created_at)),
      inline: true,
    });
  }
  if (backup.is_scheduled !== undefined) {
    fields.push({ name: 'Scheduled', value: backup.is_scheduled ? 'yes' : 'no', inline: true });
  }
  fields.push({ name: 'Checksum', value: backup.checksum ? `\`${backup.checksum}\`` : '—' });
  fields.push({
    name: 'Ignored files',
    value:
      backup.ignored_files.length === 0
        ? 'none'
        : truncate(backup.ignored_files.map(codeSpan).join(', '), 1000),
  });
  fields.push({ name: 'UUID', value: `\`${backup.uuid}\`` });
  return fields;
}

/** A server as members read it: its name (escaped) and identifier, or the identifier alone. */
export function serverLabel(server: LinkedServer): string {
  return server.name === server.identifier
    ? `\`${server.identifier}\``
    : `**${escapeText(truncate(server.name, 80))}** (\`${server.identifier}\`)`;
}

export function backupLabel(backup: Pick<Backup, 'name' | 'uuid'>): string {
  return `**${escapeText(truncate(backup.name || backup.uuid, 80))}**`;
}

/** Embed titles render markdown as well: a panel name is escaped there too, so it cannot format. */
export function embedTitle(prefix: string, name: string): string {
  return truncate(`${prefix}${escapeText(truncate(name, 200))}`, 256);
}
