import { ApplicationCommandOptionType, userMention } from 'discord.js';
import { backupLabel, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import { answer } from '#discord/replies.js';
import { t } from '#i18n/i18n.js';
import { PanelError } from '#panel/errors.js';
import { InvalidInputError } from '#src/errors.js';
import { chooseBackup, readChosenBackup, requirePanelPermission } from './checks.js';
import { backupOption, serverOption } from './commonOptions.js';

const cannotRename = () => new InvalidInputError(() => t('backup.rename.cannot'));

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
    if (name === '') throw new InvalidInputError(() => t('backup.rename.blank'));
    const { backup, permissions } = await readChosenBackup(s, chosen);
    if (backup.is_scheduled === undefined) throw cannotRename();
    const { server } = chosen;
    const values = { backup: backupLabel(backup), server: serverLabel(server) };
    if (backup.name === name) {
      await answer(interaction, { content: t('backup.rename.unchanged', values) });
      return;
    }
    requirePanelPermission(permissions, 'backup.delete', server);
    let renamed: typeof backup;
    try {
      renamed = await s.panel.renameBackup(server.identifier, backup.uuid, name);
    } catch (error) {
      if (error instanceof PanelError && error.kind === 'unsupported') throw cannotRename();
      throw error;
    }
    const renamedValues = { ...values, renamed: backupLabel(renamed) };
    await answer(interaction, { content: t('backup.rename.renamed', renamedValues) });
    void postAudit(
      ctx.client,
      s.settings,
      () => t('backup.rename.audit', { ...renamedValues, member: userMention(s.userId) }),
      ctx.logger,
    );
  },
});
