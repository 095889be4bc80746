import { type ChatInputCommandInteraction, Colors, EmbedBuilder } from 'discord.js';
import { pollUntil } from '#backups/follow.js';
import { discordTime, formatBytes, formatDuration } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import type { BotContext } from '#discord/context.js';
import { readOptions } from '#discord/options.js';
import { progressReply } from '#discord/progressReply.js';
import { answer, messageFor } from '#discord/replies.js';
import { type MemberSession, resolveServer } from '#discord/session.js';
import { type Backup, backupState } from '#panel/schemas.js';
import type { LinkedServer } from '#store/index.js';
import { subcommands } from './options.js';
import { backupLabel, embedTitle, serverLabel, session, who } from './shared.js';

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

export async function create(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.create);
  const s = await session(interaction, ctx);
  const server = resolveServer(s.link, options.server);
  const ignored = parseIgnored(options.ignored);
  const name = options.name?.trim();
  const backup = await s.panel.createBackup(server.identifier, {
    ...(name ? { name } : {}),
    ...(ignored ? { ignored } : {}),
    ...(options.locked !== null ? { locked: options.locked } : {}),
  });
  const lockNote =
    options.locked && !backup.is_locked
      ? '\n⚠️ The panel created it unlocked: locking needs the `backup.delete` permission.'
      : '';
  await answer(interaction, {
    embeds: [
      createdEmbed(
        backup,
        server,
        `⏳ In progress — I will update this message when the panel reports it finished.${lockNote}`,
      ),
    ],
  });
  void postAudit(
    ctx.client,
    s.settings,
    `📦 ${who(s.userId)} started backup ${backupLabel(backup)} on ${serverLabel(server)}.`,
    ctx.logger,
  );
  ctx.background.run('follow backup', (signal) =>
    followCreatedBackup(interaction, ctx, s, server, backup, lockNote, signal),
  );
}

async function followCreatedBackup(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  s: MemberSession,
  server: LinkedServer,
  started: Backup,
  /** Said once, kept on every edit: the member asked for a lock the panel did not apply. */
  lockNote: string,
  signal: AbortSignal,
) {
  const reply = progressReply(interaction, ctx);
  let outcome: Backup | undefined;
  try {
    outcome = await pollUntil({
      signal,
      initialMs: ctx.timings.pollInitialMs,
      maxMs: ctx.timings.pollMaxMs,
      deadlineMs: ctx.timings.followDeadlineMs,
      check: async () => {
        const current = await s.panel.backup(server.identifier, started.uuid);
        return current.completed_at === null ? undefined : current;
      },
      onWaiting: (elapsed) =>
        reply.progress({
          embeds: [
            createdEmbed(
              started,
              server,
              `⏳ In progress for ${formatDuration(elapsed)} — waiting for the panel to report it finished (last checked ${discordTime(new Date(), 'R')}).${lockNote}`,
            ),
          ],
        }),
    });
  } catch (error) {
    if (signal.aborted) return;
    const { message, expected } = messageFor(error);
    if (!expected) ctx.logger.error('following a backup failed', { error });
    const note = `⚠️ I could not follow this backup to the end: ${message}\nCheck it later with \`/backup info\`.${lockNote}`;
    await reply.outcome(
      { embeds: [createdEmbed(started, server, note)] },
      `Backup ${backupLabel(started)} on ${serverLabel(server)}: ${note}`,
    );
    await postAudit(
      ctx.client,
      s.settings,
      `📦 Backup ${backupLabel(started)} on ${serverLabel(server)} (started by ${who(s.userId)}): I could not follow it to the end, so its outcome is unknown here.`,
      ctx.logger,
    );
    return;
  }
  if (!outcome) {
    if (signal.aborted) return;
    const note = `⏳ The panel still reports this backup in progress after ${formatDuration(ctx.timings.followDeadlineMs)}, so I stopped following it. Check it with \`/backup info\`.${lockNote}`;
    await reply.outcome(
      { embeds: [createdEmbed(started, server, note)] },
      `Backup ${backupLabel(started)} on ${serverLabel(server)}: ${note}`,
    );
    return;
  }
  const ok = backupState(outcome) === 'completed';
  const note = ok
    ? `✅ Completed.${lockNote}`
    : '❌ The backup failed on the node. It does not count toward the limit; you can try again.';
  // The DM stands alone: size and duration in the sentence, before any note about the lock.
  const took = outcome.completed_at
    ? `, took ${formatDuration(Date.parse(outcome.completed_at) - Date.parse(outcome.created_at))}`
    : '';
  const dmNote = ok ? `✅ Completed (${formatBytes(outcome.bytes)}${took}).${lockNote}` : note;
  await reply.outcome(
    { embeds: [createdEmbed(outcome, server, note)] },
    `Backup ${backupLabel(outcome)} on ${serverLabel(server)}: ${dmNote}`,
  );
  await postAudit(
    ctx.client,
    s.settings,
    `📦 Backup ${backupLabel(outcome)} on ${serverLabel(server)} (started by ${who(s.userId)}) ${ok ? `completed (${formatBytes(outcome.bytes)})` : 'failed'}.`,
    ctx.logger,
  );
}
