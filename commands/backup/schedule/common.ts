import { ApplicationCommandOptionType } from 'discord.js';
import { serverLabel } from '#backups/format.js';
import { codeSpan, discordTime, escapeText, truncate } from '#discord/text.js';
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
  return `**${escapeText(truncate(schedule.name, 80))}** (#${schedule.id})`;
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
    throw new InvalidInputError(
      `Schedule ${scheduleLabel(schedule)} does not make backups (its tasks send commands or power actions), so it is not managed here. Change it on the panel.`,
    );
  }
  return schedule;
}

export function stateOf(schedule: Schedule): string {
  if (schedule.is_processing) return '⏳ running now';
  return schedule.is_active ? '▶️ active' : '⏸️ paused';
}

/** Lines that describe a schedule: its rule in words, its state, its last and next run, its options. */
export function scheduleLines(schedule: Schedule): string[] {
  const zoneFrom = schedule.next_run_at ?? schedule.last_run_at;
  const lines = [
    `🗓️ ${ruleWithZone(schedule.cron, zoneFrom)} · ${stateOf(schedule)}`,
    `Next run: ${
      schedule.is_active && schedule.next_run_at
        ? `${discordTime(schedule.next_run_at, 'f')} (${discordTime(schedule.next_run_at, 'R')})`
        : schedule.is_active
          ? 'not planned'
          : '— (paused)'
    } · Last run: ${schedule.last_run_at ? discordTime(schedule.last_run_at, 'R') : 'never'}`,
  ];
  if (schedule.only_when_online) lines.push('Runs only while the server is online.');
  const ignored = ignoredOf(schedule);
  if (ignored.length > 0) {
    lines.push(`Leaves out: ${truncate(ignored.map(codeSpan).join(', '), 300)}`);
  }
  return lines;
}

/** The server's backup limit; a server allowed none is refused: the panel refuses every scheduled backup, so nothing is asked of it. */
export function requireBackupLimit(limit: number | null, server: LinkedServer): number {
  if (limit) return limit;
  throw new InvalidInputError(
    `${serverLabel(server)} is not allowed any backups (its backup limit is 0), so the panel refuses a backup schedule. Ask a panel admin to raise the limit.`,
  );
}

/** The panel rotates at the limit; a member should know it before the first run does it. */
export function atLimitNote(limit: number | null): string {
  if (limit === null || limit <= 0) return '';
  return `At the backup limit (${limit}), each run first deletes the oldest unlocked backup to make room. If every backup is locked, the run fails and nothing is deleted.`;
}
