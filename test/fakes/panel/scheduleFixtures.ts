/** Test-only: what the schedule tests share on top of `harness.ts`. */
import type { LoopbackPanelOptions } from '#fakes/loopbackPanel.js';
import { setup } from './harness.js';

export const FLAVORS = ['pterodactyl', 'pelican'] as const;

/** A create or update body with every field, as a careful client sends it; `overrides` replace fields. */
export function scheduleBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Nightly',
    minute: '0',
    hour: '3',
    day_of_month: '*',
    month: '*',
    day_of_week: '*',
    is_active: true,
    only_when_online: false,
    ...overrides,
  };
}

/** `setup()` on a flavor, with the schedules route of its server. */
export async function setupSchedules(flavor: (typeof FLAVORS)[number], options: LoopbackPanelOptions = {}) {
  const world = await setup({ flavor, ...options });
  return { ...world, schedules: `${world.base}/schedules` };
}

/** The tasks of a schedule answer in running order, as `[sequence_id, payload]` pairs. */
export function runningOrder(scheduleAttributes: {
  relationships: { tasks: { data: Array<{ attributes: { sequence_id: number; payload: string } }> } };
}): Array<[number, string]> {
  return scheduleAttributes.relationships.tasks.data
    .map((t): [number, string] => [t.attributes.sequence_id, t.attributes.payload])
    .sort((a, b) => a[0] - b[0]);
}

/** Matches the panel's ATOM timestamps (`toAtomString`, UTC). */
export const ATOM = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/;
