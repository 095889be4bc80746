import { ApplicationCommandOptionType, userMention } from 'discord.js';
import { backupLabel, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import { answer } from '#discord/replies.js';
import { PanelError } from '#panel/errors.js';
import { InvalidInputError } from '#src/errors.js';
import { chooseBackup, readChosenBackup, requirePanelPermission } from './checks.js';
import { backupOption, serverOption } from './commonOptions.js';

const CANNOT_RENAME =
  'This panel cannot rename backups: renaming is a Pelican feature, and Pterodactyl has no such action. To get a backup with another name, create a new one with `/backup create name:…`.';

/**
 * /backup rename: Pelican's `PUT …/rename`. Pelican sends `is_scheduled` in every backup, Pterodactyl
 * never does, so the panel is known from the backup read first and Pterodactyl is told plainly
 * without a request it would answer with "The route … could not be found".
 */
export const rename = subcommand({
  name: 'rename',
  description: 'Rename a backup (Pelican panels)',
  access: 'linked',
  defer: 'reply',
  options: [
    backupOption,
    {
      name: 'name',
      description: 'The new name',
      type: ApplicationCommandOptionType.String,
      required: true,
      max_length: 191,
    },
    serverOption,
  ],
  async run(interaction, ctx, s, options) {
    const chosen = chooseBackup(s, options);
    const name = options.name.trim();
    if (name === '') throw new InvalidInputError('Give the backup a name that is not only spaces.');
    const { backup, permissions } = await readChosenBackup(s, chosen);
    if (backup.is_scheduled === undefined) throw new InvalidInputError(CANNOT_RENAME);
    const { server } = chosen;
    if (backup.name === name) {
      await answer(interaction, {
        content: `Backup ${backupLabel(backup)} on ${serverLabel(server)} already has that name. Nothing was changed.`,
      });
      return;
    }
    requirePanelPermission(permissions, 'backup.delete', server);
    let renamed: typeof backup;
    try {
      renamed = await s.panel.renameBackup(server.identifier, backup.uuid, name);
    } catch (error) {
      if (error instanceof PanelError && error.kind === 'unsupported')
        throw new InvalidInputError(CANNOT_RENAME);
      throw error;
    }
    await answer(interaction, {
      content: `✏️ Backup ${backupLabel(backup)} on ${serverLabel(server)} is now called ${backupLabel(renamed)}.`,
    });
    void postAudit(
      ctx.client,
      s.settings,
      `✏️ ${userMention(s.userId)} renamed backup ${backupLabel(backup)} on ${serverLabel(server)} to ${backupLabel(renamed)}.`,
      ctx.logger,
    );
  },
});
