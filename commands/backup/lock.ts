import { userMention } from 'discord.js';
import { backupLabel, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { answer } from '#discord/replies.js';
import { backupSubcommand } from './commonOptions.js';

export const lock = backupSubcommand({
  name: 'lock',
  description: 'Lock or unlock a backup',
  access: 'linked',
  async run(interaction, ctx, s, { server, uuid }) {
    const backup = await s.panel.toggleLock(server.identifier, uuid);
    const label = `Backup ${backupLabel(backup)} on ${serverLabel(server)}`;
    await answer(interaction, {
      content: backup.is_locked
        ? `🔒 ${label} is now **locked**: it cannot be deleted until it is unlocked.`
        : `🔓 ${label} is now **unlocked**: it can be deleted.`,
    });
    void postAudit(
      ctx.client,
      s.settings,
      `${backup.is_locked ? '🔒' : '🔓'} ${userMention(s.userId)} ${backup.is_locked ? 'locked' : 'unlocked'} backup ${backupLabel(backup)} on ${serverLabel(server)}.`,
      ctx.logger,
    );
  },
});
