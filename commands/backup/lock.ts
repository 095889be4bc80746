import { userMention } from 'discord.js';
import { backupLabel, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { answer } from '#discord/replies.js';
import { t } from '#i18n/i18n.js';
import { backupSubcommand } from './commonOptions.js';

export const lock = backupSubcommand({
  name: 'lock',
  description: 'Lock or unlock a backup',
  access: 'linked',
  async run(interaction, ctx, s, { server, uuid }) {
    const backup = await s.panel.toggleLock(server.identifier, uuid);
    const values = { backup: backupLabel(backup), server: serverLabel(server) };
    await answer(interaction, {
      content: t(backup.is_locked ? 'backup.lock.locked' : 'backup.lock.unlocked', values),
    });
    void postAudit(
      ctx.client,
      s.settings,
      () =>
        t(backup.is_locked ? 'backup.lock.auditLocked' : 'backup.lock.auditUnlocked', {
          ...values,
          member: userMention(s.userId),
        }),
      ctx.logger,
    );
  },
});
