import { ApplicationCommandOptionType, userMention } from 'discord.js';
import { recordFollow } from '#backups/followToEnd.js';
import { backupLabel, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import { replyHandleOf } from '#discord/progressReply.js';
import { answer } from '#discord/replies.js';
import { t } from '#i18n/i18n.js';
import { resolveServer } from '#members/resolveServer.js';
import { PanelError } from '#panel/errors.js';
import type { Backup } from '#panel/schemas.js';
import { noteStartedByBot } from '#watch/botMarks.js';
import { parseIgnored, serverOption } from './commonOptions.js';
import { createdBackup, createdEmbed, lockNoteFor } from './createdBackup.js';
import { type CreateRequest, offerRotation, reachedLimit } from './rotate.js';

export { createdBackup } from './createdBackup.js';

export const create = subcommand({
  name: 'create',
  description: 'Start a new backup',
  access: 'linked',
  defer: 'reply',
  options: [
    {
      name: 'name',
      description: 'A name for the backup (the panel picks one when empty)',
      type: ApplicationCommandOptionType.String,
      max_length: 191,
    },
    {
      name: 'locked',
      description: 'Lock it so it cannot be deleted (needs the backup.delete permission)',
      type: ApplicationCommandOptionType.Boolean,
    },
    {
      name: 'ignored',
      description: 'Files to leave out: comma-separated patterns, e.g. logs/*, *.tmp',
      type: ApplicationCommandOptionType.String,
      max_length: 1000,
    },
    serverOption,
  ],
  async run(interaction, ctx, s, options) {
    const server = resolveServer(s.link, options.server);
    const ignored = parseIgnored(options.ignored);
    const name = options.name?.trim();
    const asked: CreateRequest = {
      ...(name ? { name } : {}),
      ...(ignored ? { ignored } : {}),
      ...(options.locked !== null ? { locked: options.locked } : {}),
    };
    // At the limit the panel would refuse (after its throttle): offer to make room instead.
    if (await reachedLimit(s, server)) return offerRotation(interaction, ctx, s, server, asked);
    let started: Backup;
    try {
      started = await s.panel.createBackup(server.identifier, asked);
    } catch (error) {
      // Filled up since the count was read (a schedule ran, another member created): the same offer.
      if (error instanceof PanelError && error.kind === 'too_many_backups')
        return offerRotation(interaction, ctx, s, server, asked);
      throw error;
    }
    const lockNote = lockNoteFor(options.locked === true && !started.is_locked);
    // Two independent writes before the answer, side by side: the follow's record, and the mark that
    // keeps the watch from announcing the bot's own backup as one that appeared without it.
    const [follow] = await Promise.all([
      recordFollow(ctx, createdBackup, s, replyHandleOf(interaction), {
        server,
        backup: { uuid: started.uuid, name: started.name, locked: started.is_locked },
        lockRefused: lockNote !== '',
        by: s.userId,
      }),
      noteStartedByBot(ctx.store, s.guildId, server.identifier, started.uuid),
    ]);
    await answer(interaction, {
      embeds: [createdEmbed(started, server, `${t('backup.created.inProgress')}${lockNote}`)],
    });
    void postAudit(
      ctx.client,
      s.settings,
      () =>
        t('backup.created.auditStarted', {
          member: userMention(s.userId),
          backup: backupLabel(started),
          server: serverLabel(server),
        }),
      ctx.logger,
    );
    follow.start();
  },
});
