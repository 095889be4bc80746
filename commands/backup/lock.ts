import { userMention } from 'discord.js';
import { backupLabel, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import { answer } from '#discord/replies.js';
import { resolveServer } from '#members/resolveServer.js';
import { validateUuid } from './checks.js';
import { backupOption, serverOption } from './commonOptions.js';

export const lock = subcommand({
  name: 'lock',
  description: 'Lock or unlock a backup',
  access: 'linked',
  defer: 'reply',
  options: [backupOption, serverOption],
  async run(interaction, ctx, s, options) {
    const server = resolveServer(s.link, options.server);
    const backup = await s.panel.toggleLock(server.identifier, validateUuid(options.backup));
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
