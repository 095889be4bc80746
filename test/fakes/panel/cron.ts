/**
 * The panel's cron evaluation (`Utilities::getScheduleNextRunDate`): the five fields joined as
 * `minute hour day_of_month month day_of_week`, read in UTC (§5.8; the loopback panel runs with
 * Pterodactyl's default `APP_TIMEZONE` of UTC). croner stands in for dragonmantank/cron-expression.
 */
import { Cron } from 'croner';
import type { PanelCron } from './types.js';

/** The order the controller joins the fields in (not the order the API lists them in). */
export function cronPattern(cron: PanelCron): string {
  return [cron.minute, cron.hour, cron.day_of_month, cron.month, cron.day_of_week].join(' ');
}

/**
 * The first run strictly after `from`, or undefined when the fields do not make an expression.
 * A field with whitespace in it would split into more than five parts, which cron-expression refuses
 * (a sixth position) but croner would read as a seconds field, so it is refused here first. An
 * expression that never fires (30 February) has no next run, which cron-expression also throws on.
 */
export function nextRunAfter(cron: PanelCron, from: Date): Date | undefined {
  const fields = [cron.minute, cron.hour, cron.day_of_month, cron.month, cron.day_of_week];
  if (fields.some((field) => field === '' || /\s/.test(field))) return undefined;
  try {
    return new Cron(cronPattern(cron), { timezone: 'UTC', paused: true }).nextRun(from) ?? undefined;
  } catch {
    return undefined;
  }
}
