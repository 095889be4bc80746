import { ApplicationCommandOptionType, Colors, EmbedBuilder, userMention } from 'discord.js';
import { followToEnd, type Outcome } from '#backups/followToEnd.js';
import { backupLabel, embedTitle, formatBytes, formatDuration, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import { progressReply } from '#discord/progressReply.js';
import { answer } from '#discord/replies.js';
import { discordTime } from '#discord/text.js';
import { resolveServer } from '#members/resolveServer.js';
import { type Backup, backupState } from '#panel/schemas.js';
import type { LinkedServer } from '#store/index.js';
import { noteStartedByBot } from '#watch/botMarks.js';
import { serverOption } from './commonOptions.js';

function parseIgnored(value: string | null): string[] | undefined {
  if (!value) return undefined;
  const patterns = value
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return patterns.length > 0 ? patterns : undefined;
}

function createdEmbed(backup: Backup, server: LinkedServer, note: string) {
  const state = backupState(backup);
  const embed = new EmbedBuilder()
    .setTitle(embedTitle('Backup ', backup.name))
    .setColor(state === 'completed' ? Colors.Green : state === 'failed' ? Colors.Red : Colors.Yellow)
    .setDescription(`${serverLabel(server)}\n${note}`)
    .setFooter({ text: backup.uuid });
  if (state === 'completed') {
    embed.addFields(
      { name: 'Size', value: formatBytes(backup.bytes), inline: true },
      {
        name: 'Took',
        value: backup.completed_at
          ? formatDuration(Date.parse(backup.completed_at) - Date.parse(backup.created_at))
          : '—',
        inline: true,
      },
      { name: 'Checksum', value: backup.checksum ? `\`${backup.checksum}\`` : '—' },
    );
  }
  if (backup.is_locked) embed.addFields({ name: 'Locked', value: '🔒 yes', inline: true });
  return embed;
}

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
    const started = await s.panel.createBackup(server.identifier, {
      ...(name ? { name } : {}),
      ...(ignored ? { ignored } : {}),
      ...(options.locked !== null ? { locked: options.locked } : {}),
    });
    await noteStartedByBot(ctx.store, s.guildId, server.identifier, started.uuid);
    // Said once, kept on every edit: the member asked for a lock the panel did not apply.
    const lockNote =
      options.locked && !started.is_locked
        ? '\n⚠️ The panel created it unlocked: locking needs the `backup.delete` permission.'
        : '';
    await answer(interaction, {
      embeds: [
        createdEmbed(
          started,
          server,
          `⏳ In progress — I will update this message when the panel reports it finished.${lockNote}`,
        ),
      ],
    });
    const by = userMention(s.userId);
    void postAudit(
      ctx.client,
      s.settings,
      `📦 ${by} started backup ${backupLabel(started)} on ${serverLabel(server)}.`,
      ctx.logger,
    );
    const on = `${backupLabel(started)} on ${serverLabel(server)}`;
    const told = (backup: Backup, note: string, audit?: string): Outcome => ({
      reply: { embeds: [createdEmbed(backup, server, note)] },
      dm: `Backup ${on}: ${note}`,
      ...(audit ? { audit } : {}),
    });
    followToEnd(ctx, {
      subject: 'backup',
      reply: progressReply(interaction, ctx),
      settings: s.settings,
      async check() {
        const current = await s.panel.backup(server.identifier, started.uuid);
        return current.completed_at === null ? undefined : current;
      },
      progress: (elapsed) => ({
        embeds: [
          createdEmbed(
            started,
            server,
            `⏳ In progress for ${formatDuration(elapsed)} — waiting for the panel to report it finished (last checked ${discordTime(new Date(), 'R')}).${lockNote}`,
          ),
        ],
      }),
      finished(outcome) {
        const ok = backupState(outcome) === 'completed';
        const note = ok
          ? `✅ Completed.${lockNote}`
          : '❌ The backup failed on the node. It does not count toward the limit; you can try again.';
        // The DM stands alone: size and duration in the sentence, before any note about the lock.
        const took = outcome.completed_at
          ? `, took ${formatDuration(Date.parse(outcome.completed_at) - Date.parse(outcome.created_at))}`
          : '';
        const dmNote = ok ? `✅ Completed (${formatBytes(outcome.bytes)}${took}).${lockNote}` : note;
        return {
          reply: { embeds: [createdEmbed(outcome, server, note)] },
          dm: `Backup ${backupLabel(outcome)} on ${serverLabel(server)}: ${dmNote}`,
          audit: `📦 Backup ${backupLabel(outcome)} on ${serverLabel(server)} (started by ${by}) ${ok ? `completed (${formatBytes(outcome.bytes)})` : 'failed'}.`,
        };
      },
      deadline: () =>
        told(
          started,
          `⏳ The panel still reports this backup in progress after ${formatDuration(ctx.timings.followDeadlineMs)}, so I stopped following it. Check it with \`/backup info\`.${lockNote}`,
        ),
      failed: (message) =>
        told(
          started,
          `⚠️ I could not follow this backup to the end: ${message}\nCheck it later with \`/backup info\`.${lockNote}`,
          `📦 Backup ${on} (started by ${by}): I could not follow it to the end, so its outcome is unknown here.`,
        ),
    });
  },
});
