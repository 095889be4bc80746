import { codeSpan, discordTime, escapeText, truncate } from '#discord/text.js';
import { formatNumber, t } from '#i18n/i18n.js';
import { type Backup, type BackupState, backupState } from '#panel/schemas.js';
import type { LinkedServer } from '#store/index.js';

/**
 * Pure presentation of backups: labels, numbers and dates the way a member reads them, in the
 * current language (see `#i18n/i18n.js`).
 */

const UNITS = ['bytes', 'kibibytes', 'mebibytes', 'gibibytes', 'tebibytes'] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Bytes as they are; larger units with one decimal below 100 ("1.5", "50.0"), none above. No
  // grouping: a value stays below 1,024 (but for thousands of TiB), written as it always was.
  const digits = unit === 0 ? undefined : value >= 100 ? 0 : 1;
  const number = formatNumber(value, {
    useGrouping: false,
    ...(digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  });
  return t(`backup.size.${UNITS[unit] ?? 'bytes'}`, { value: number });
}

/** A short age for places where Discord timestamps do not render (autocomplete labels). */
export function formatAge(date: Date | string, now = Date.now()): string {
  const ms = typeof date === 'string' ? Date.parse(date) : date.getTime();
  const seconds = Math.max(0, Math.round((now - ms) / 1000));
  if (seconds < 60) return t('backup.age.seconds', { count: seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('backup.age.minutes', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('backup.age.hours', { count: hours });
  return t('backup.age.days', { count: Math.round(hours / 24) });
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return t('backup.duration.seconds', { seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('backup.duration.minutes', { minutes, seconds: seconds % 60 });
  return t('backup.duration.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

const STATE_KEYS = {
  in_progress: 'backup.state.inProgress',
  completed: 'backup.state.completed',
  failed: 'backup.state.failed',
} as const satisfies Record<BackupState, string>;

export function stateLabel(backup: Pick<Backup, 'is_successful' | 'completed_at'>): string {
  return t(STATE_KEYS[backupState(backup)]);
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
    state === 'completed'
      ? formatBytes(backup.bytes)
      : t(state === 'in_progress' ? 'backup.choice.inProgress' : 'backup.choice.failed');
  const age = formatAge(backup.created_at, now);
  const label = (name: string) =>
    t(backup.is_locked ? 'backup.choice.labelLocked' : 'backup.choice.label', { name, detail, age });
  // The name is cut to what the rest of the label leaves of Discord's 100.
  return label(truncate(backup.name || backup.uuid, 100 - label('').length));
}

/** Every attribute of a backup as embed fields, for `/backup info`. */
export function backupInfoFields(backup: Backup): Array<{ name: string; value: string; inline?: boolean }> {
  const fields: Array<{ name: string; value: string; inline?: boolean }> = [
    { name: t('backup.field.state'), value: stateLabel(backup), inline: true },
    {
      name: t('backup.field.locked'),
      value: backup.is_locked ? t('backup.value.lockedYes') : t('backup.value.no'),
      inline: true,
    },
    {
      name: t('backup.field.size'),
      value: backupState(backup) === 'completed' ? formatBytes(backup.bytes) : '—',
      inline: true,
    },
    { name: t('backup.field.created'), value: discordTime(backup.created_at, 'f'), inline: true },
    {
      name: t('backup.field.completed'),
      value: backup.completed_at ? discordTime(backup.completed_at, 'f') : t('backup.value.notYet'),
      inline: true,
    },
  ];
  if (backup.completed_at) {
    fields.push({
      name: t('backup.field.took'),
      value: formatDuration(Date.parse(backup.completed_at) - Date.parse(backup.created_at)),
      inline: true,
    });
  }
  if (backup.is_scheduled !== undefined) {
    fields.push({
      name: t('backup.field.scheduled'),
      value: backup.is_scheduled ? t('backup.value.yes') : t('backup.value.no'),
      inline: true,
    });
  }
  fields.push({ name: t('backup.field.checksum'), value: backup.checksum ? `\`${backup.checksum}\`` : '—' });
  fields.push({
    name: t('backup.field.ignoredFiles'),
    value:
      backup.ignored_files.length === 0
        ? t('backup.value.none')
        : truncate(backup.ignored_files.map(codeSpan).join(', '), 1000),
  });
  fields.push({ name: t('backup.field.uuid'), value: `\`${backup.uuid}\`` });
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

/**
 * Embed titles render markdown as well: a panel name is escaped there too, so it cannot format.
 * `title` words the title around the escaped name (`(name) => t('…', { server: name })`); a string
 * is put before the name as it is.
 */
export function embedTitle(title: string | ((name: string) => string), name: string): string {
  const escaped = escapeText(truncate(name, 200));
  return truncate(typeof title === 'string' ? `${title}${escaped}` : title(escaped), 256);
}
