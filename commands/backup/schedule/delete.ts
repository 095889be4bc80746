import { userMention } from 'discord.js';
import { z } from 'zod';
import { serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import { askToConfirm, type ConfirmableAction } from '#discord/confirmable.js';
import { t } from '#i18n/i18n.js';
import { resolveServer } from '#members/resolveServer.js';
import type { Schedule } from '#panel/schemas.js';
import { ruleWithZone } from '#schedules/words.js';
import type { LinkedServer } from '#store/index.js';
import { requirePanelPermission } from '../checks.js';
import { serverOption } from '../commonOptions.js';
import { readBackupSchedule, scheduleLabel, scheduleOption } from './common.js';

const payload = z.object({
  server: z.object({ identifier: z.string(), name: z.string() }),
  schedule: z.object({ id: z.number().int().nonnegative(), name: z.string() }),
});
type Payload = z.output<typeof payload>;

/** Deleting a backup schedule: governed by the guild's restore/delete role policy, like a backup delete. */
export const deleteSchedule: ConfirmableAction<{ server: LinkedServer; id: number }, Payload, Schedule> = {
  kind: 'schedule-delete',
  access: 'destructive',
  payload,
  async ask(s, { server, id }) {
    const view = await s.panel.server(server.identifier);
    requirePanelPermission(view.permissions, 'schedule.delete', server);
    const schedule = await readBackupSchedule(s, server, id);
    return {
      payload: { server, schedule: { id: schedule.id, name: schedule.name } },
      question: t('schedule.delete.question', {
        schedule: scheduleLabel(schedule),
        rule: ruleWithZone(schedule.cron, schedule.next_run_at),
        server: serverLabel(server),
      }),
      confirmLabel: t('schedule.delete.confirm'),
    };
  },
  recheck: (s, { server, schedule }) => readBackupSchedule(s, server, schedule.id),
  async run(s, { server }, schedule, ctx, press) {
    await s.panel.deleteSchedule(server.identifier, schedule.id);
    await press.show(
      t('schedule.delete.deleted', { schedule: scheduleLabel(schedule), server: serverLabel(server) }),
    );
    await postAudit(
      ctx.client,
      s.settings,
      () =>
        t('schedule.delete.audit', {
          user: userMention(s.userId),
          schedule: scheduleLabel(schedule),
          server: serverLabel(server),
        }),
      ctx.logger,
    );
  },
  refusal: ({ server, schedule }) => ({
    what: t('schedule.delete.what', { schedule: scheduleLabel(schedule), server: serverLabel(server) }),
    nothingDone: t('schedule.delete.nothingDone'),
    checkHint: t('schedule.delete.checkHint'),
  }),
};

export const scheduleDelete = subcommand({
  group: 'schedule',
  name: 'delete',
  description: 'Delete a backup schedule (asks for confirmation; its backups stay)',
  access: 'destructive',
  defer: 'reply',
  options: [scheduleOption, serverOption],
  run: (interaction, ctx, s, options) =>
    askToConfirm(interaction, ctx, deleteSchedule, s, {
      server: resolveServer(s.link, options.server),
      id: options.schedule,
    }),
});
