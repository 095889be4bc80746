import { ApplicationCommandOptionType } from 'discord.js';
import { serverLabel } from '#backups/format.js';
import { codeSpan, discordTime, escapeText, truncate } from '#discord/text.js';
import { formatNumber, t } from '#i18n/i18n.js';
import type { MemberSession } from '#members/memberSession.js';
import { resolveServer } from '#members/resolveServer.js';
import type { PanelPermission, Schedule } from '#panel/schemas.js';
import { backsUp, ignoredOf, ruleWithZone } from '#schedules/words.js';
import { InvalidInputError } from '#src/errors.js';
import type { LinkedServer } from '#store/index.js';
import { requirePanelPermission } from '../checks.js';

/** What the `/backup schedule …` subcommands share: the `schedule` option and how a schedule reads. */

export const scheduleOption = {
  name: 'schedule',
  description: 'The backup schedule',
  type: ApplicationCommandOptionType.Integer,
  required: true,
  autocomplete: true,
  min_value: 0,
} as const;

export function scheduleLabel(schedule: Pick<Schedule, 'id' | 'name'>): string {
  return t('schedule.label', { name: escapeText(truncate(schedule.name, 80)), id: schedule.id });
}

/**
 * The server and backup schedule a member's options name, after the panel's permission for what the
 * subcommand does (the server view says what the key may do; the panel still decides).
 */
export async function chosenSchedule(
  s: MemberSession,
  options: { server: string | null; schedule: number },
  permission: PanelPermission,
) {
  const server = resolveServer(s.link, options.server);
  const view = await s.panel.server(server.identifier);
  requirePanelPermission(view.permissions, permission, server);
  const schedule = await readBackupSchedule(s, server, options.schedule);
  return { server, view, schedule };
}

/** The schedule the member named, read from the panel; one without a backup task is not ours to manage. */
export async function readBackupSchedule(
  s: MemberSession,
  server: LinkedServer,
  id: number,
): Promise<Schedule> {
  const schedule = await s.panel.schedule(server.identifier, id);
  if (!backsUp(schedule)) {
    throw new InvalidInputError(() => t('schedule.notBackups', { schedule: scheduleLabel(schedule) }));
  }
  return schedule;
}

export function stateOf(schedule: Schedule): string {
  if (schedule.is_processing) return t('schedule.state.running');
  return schedule.is_active ? t('schedule.state.active') : t('schedule.state.paused');
}

/** Lines that describe a schedule: its rule in words, its state, its last and next run, its options. */
export function scheduleLines(schedule: Schedule): string[] {
  const zoneFrom = schedule.next_run_at ?? schedule.last_run_at;
  const lines = [
    t('schedule.lines.rule', { rule: ruleWithZone(schedule.cron, zoneFrom), state: stateOf(schedule) }),
    t('schedule.lines.runs', {
      next:
        schedule.is_active && schedule.next_run_at
          ? t('schedule.lines.nextAt', {
              at: discordTime(schedule.next_run_at, 'f'),
              relative: discordTime(schedule.next_run_at, 'R'),
            })
          : schedule.is_active
            ? t('schedule.lines.notPlanned')
            : t('schedule.lines.paused'),
      last: schedule.last_run_at ? discordTime(schedule.last_run_at, 'R') : t('schedule.lines.never'),
    }),
  ];
  if (schedule.only_when_online) lines.push(t('schedule.lines.onlyWhenOnline'));
  const ignored = ignoredOf(schedule);
  if (ignored.length > 0) {
    lines.push(t('schedule.lines.leavesOut', { patterns: truncate(ignored.map(codeSpan).join(', '), 300) }));
  }
  return lines;
}

/** The server's backup limit; a server allowed none is refused: the panel refuses every scheduled backup, so nothing is asked of it. */
export function requireBackupLimit(limit: number | null, server: LinkedServer): number {
  if (limit) return limit;
  throw new InvalidInputError(() => t('schedule.noBackupsAllowed', { server: serverLabel(server) }));
}

/** The panel rotates at the limit; a member should know it before the first run does it. */
export function atLimitNote(limit: number | null): string {
  if (limit === null || limit <= 0) return '';
  return t('schedule.atLimit', { limit: formatNumber(limit) });
}
