import { ActionRowBuilder, ButtonBuilder, ButtonStyle, Colors, EmbedBuilder, userMention } from 'discord.js';
import { downloadExpiry } from '#backups/downloadExpiry.js';
import { backupLabel, formatBytes, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { answer } from '#discord/replies.js';
import { discordTime } from '#discord/text.js';
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
      throw new InvalidInputError(
        backupState(backup) === 'in_progress'
          ? `Backup ${backupLabel(backup)} is still in progress: download it once it has completed.`
          : `Backup ${backupLabel(backup)} failed, so there is no archive to download.`,
      );
    }
    const url = await s.panel.downloadUrl(server.identifier, uuid);
    const expires = downloadExpiry(url);
    const when = expires
      ? `It expires ${discordTime(expires, 'R')} (${discordTime(expires, 't')}).`
      : 'It expires within minutes.';
    const text = `🔗 Download link for ${backupLabel(backup)} (${formatBytes(backup.bytes)}) on ${serverLabel(server)}.\nThe link works **once** and only you can see it. ${when}`;
    // Discord caps link-button URLs at 512 characters; a longer signed URL goes in the (ephemeral) text.
    if (url.length <= 512) {
      await answer(interaction, {
        content: text,
        components: [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setStyle(ButtonStyle.Link).setURL(url).setLabel('Download'),
          ),
        ],
      });
    } else {
      // Wings links (a JWT) usually pass 512 characters, S3 ones may pass the 2,000 of a message: an
      // embed description holds 4,096, and a masked link keeps the text readable.
      await answer(interaction, {
        content: text,
        embeds: [
          new EmbedBuilder().setColor(Colors.Blurple).setDescription(`**[⬇️ Download the archive](${url})**`),
        ],
      });
    }
    void postAudit(
      ctx.client,
      s.settings,
      `🔗 ${userMention(s.userId)} took a download link for backup ${backupLabel(backup)} on ${serverLabel(server)}.`,
      ctx.logger,
    );
  },
});
