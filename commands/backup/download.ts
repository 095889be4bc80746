import { ActionRowBuilder, ButtonBuilder, ButtonStyle, Colors, EmbedBuilder, userMention } from 'discord.js';
import { downloadExpiry } from '#backups/downloadExpiry.js';
import { backupLabel, formatBytes, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { answer } from '#discord/replies.js';
import { discordTime } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import { backupState } from '#panel/schemas.js';
import { InvalidInputError } from '#src/errors.js';
import { backupSubcommand } from './commonOptions.js';

export const download = backupSubcommand({
  name: 'download',
  description: 'Get a one-time download link (only you see it)',
  access: 'linked',
  async run(interaction, ctx, s, { server, uuid }) {
    const backup = await s.panel.backup(server.identifier, uuid);
    if (backupState(backup) !== 'completed') {
      const inProgress = backupState(backup) === 'in_progress';
      throw new InvalidInputError(() =>
        t(inProgress ? 'backup.download.inProgress' : 'backup.download.failed', {
          backup: backupLabel(backup),
        }),
      );
    }
    const url = await s.panel.downloadUrl(server.identifier, uuid);
    const expires = downloadExpiry(url);
    const when = expires
      ? t('backup.download.expiresAt', {
          expires: discordTime(expires, 'R'),
          time: discordTime(expires, 't'),
        })
      : t('backup.download.expiresSoon');
    const text = t('backup.download.link', {
      backup: backupLabel(backup),
      size: formatBytes(backup.bytes),
      server: serverLabel(server),
      expiry: when,
    });
    // Discord caps link-button URLs at 512 characters; a longer signed URL goes in the (ephemeral) text.
    if (url.length <= 512) {
      await answer(interaction, {
        content: text,
        components: [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setStyle(ButtonStyle.Link).setURL(url).setLabel(t('backup.download.button')),
          ),
        ],
      });
    } else {
      // Wings links (a JWT) usually pass 512 characters, S3 ones may pass the 2,000 of a message: an
      // embed description holds 4,096, and a masked link keeps the text readable.
      await answer(interaction, {
        content: text,
        embeds: [
          new EmbedBuilder()
            .setColor(Colors.Blurple)
            .setDescription(t('backup.download.archiveLink', { url })),
        ],
      });
    }
    void postAudit(
      ctx.client,
      s.settings,
      () =>
        t('backup.download.audit', {
          member: userMention(s.userId),
          backup: backupLabel(backup),
          server: serverLabel(server),
        }),
      ctx.logger,
    );
  },
});
