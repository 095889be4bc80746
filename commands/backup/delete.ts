import { userMention } from 'discord.js';
import type { z } from 'zod';
import { backupLabel, formatBytes, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { askToConfirm, type ConfirmableAction } from '#discord/confirmable.js';
import { discordTime } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import { type Backup, backupState } from '#panel/schemas.js';
import { noteDeletedByBot } from '#watch/botMarks.js';
import {
  assertDeletable,
  type ChosenBackup,
  confirmedBackup,
  readChosenBackup,
  requirePanelPermission,
} from './checks.js';
import { backupSubcommand } from './commonOptions.js';

const payload = confirmedBackup;
type Payload = z.output<typeof payload>;

/** Deleting a backup: asked with buttons, checked again once confirmed. */
export const deleteBackup: ConfirmableAction<ChosenBackup, Payload, Backup> = {
  kind: 'delete',
  access: 'destructive',
  payload,
  async ask(s, chosen) {
    const { server, uuid } = chosen;
    const { backup, permissions } = await readChosenBackup(s, chosen);
    assertDeletable(backup);
    requirePanelPermission(permissions, 'backup.delete', server);
    const values = {
      backup: backupLabel(backup),
      created: discordTime(backup.created_at, 'f'),
      server: serverLabel(server),
    };
    return {
      payload: { server, backup: { uuid, name: backup.name } },
      question:
        backupState(backup) === 'completed'
          ? t('backup.delete.questionWithSize', { ...values, size: formatBytes(backup.bytes) })
          : t('backup.delete.question', values),
      confirmLabel: t('backup.delete.confirm'),
    };
  },
  async recheck(s, { server, backup }) {
    const current = await s.panel.backup(server.identifier, backup.uuid);
    assertDeletable(current);
    return current;
  },
  async run(s, { server }, backup, ctx, press) {
    // Marked before: the watch must not see it gone unmarked (a refused delete leaves a harmless mark).
    await noteDeletedByBot(ctx.store, s.guildId, server.identifier, backup.uuid);
    await s.panel.deleteBackup(server.identifier, backup.uuid);
    // Pterodactyl's creation throttle still counts it: a rotation later must know.
    ctx.backupWork.noteDeleted(s.settings.panelUrl, server.identifier, backup.created_at);
    const values = { backup: backupLabel(backup), server: serverLabel(server) };
    await press.show(t('backup.delete.deleted', values));
    await postAudit(
      ctx.client,
      s.settings,
      () => t('backup.delete.audit', { ...values, member: userMention(s.userId) }),
      ctx.logger,
    );
  },
  refusal: ({ server, backup }) => ({
    what: t('backup.delete.refusal.what', { backup: backupLabel(backup), server: serverLabel(server) }),
    nothingDone: t('backup.delete.refusal.nothingDone'),
    checkHint: t('backup.delete.refusal.checkHint'),
  }),
};

export const remove = backupSubcommand({
  name: 'delete',
  description: 'Delete a backup (asks for confirmation)',
  access: 'destructive',
  run: (interaction, ctx, s, chosen) => askToConfirm(interaction, ctx, deleteBackup, s, chosen),
});
