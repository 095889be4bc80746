import { Colors, EmbedBuilder, userMention } from 'discord.js';
import { z } from 'zod';
import type { LongWork, Outcome } from '#backups/followToEnd.js';
import { backupLabel, embedTitle, formatBytes, formatDuration, serverLabel } from '#backups/format.js';
import { discordTime } from '#discord/text.js';
import { type Backup, backupState } from '#panel/schemas.js';
import type { LinkedServer } from '#store/index.js';

/**
 * Following a backup to its end: started by `/backup create`, by a rotation at the limit, or by a
 * schedule run now. Its payload says which (`origin`), so every edit and the DM keep saying it.
 */

/** The backup as the embed shows it: what the panel answered, or, while it runs, what was started. */
type ShownBackup = Pick<
  Backup,
  'name' | 'uuid' | 'is_locked' | 'is_successful' | 'completed_at' | 'bytes' | 'created_at' | 'checksum'
>;

export function createdEmbed(backup: ShownBackup, server: LinkedServer, note: string, origin?: string) {
  const state = backupState(backup);
  const embed = new EmbedBuilder()
    .setTitle(embedTitle('Backup ', backup.name))
    .setColor(state === 'completed' ? Colors.Green : state === 'failed' ? Colors.Red : Colors.Yellow)
    .setDescription(`${serverLabel(server)}\n${origin ? `${origin}\n` : ''}${note}`)
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

/** Said once, kept on every edit: the member asked for a lock the panel did not apply. */
export function lockNoteFor(refused: boolean): string {
  return refused ? '\n⚠️ The panel created it unlocked: locking needs the `backup.delete` permission.' : '';
}

const payload = z.object({
  server: z.object({ identifier: z.string(), name: z.string() }),
  backup: z.object({ uuid: z.string(), name: z.string(), locked: z.boolean() }),
  lockRefused: z.boolean(),
  /** Who started it, for the audit line. */
  by: z.string(),
  /** Said on every reply and the DM: how it was started, when not by `/backup create` (a schedule run). */
  origin: z.string().max(600).optional(),
});
type Payload = z.output<typeof payload>;

/** The backup as it was started: in progress, as far as anyone knows. */
function startedBackup(p: Payload): ShownBackup {
  return {
    name: p.backup.name,
    uuid: p.backup.uuid,
    is_locked: p.backup.locked,
    is_successful: false,
    completed_at: null,
    bytes: 0,
    created_at: '',
    checksum: null,
  };
}

/** Following a backup the member started, to its completion or failure. */
export const createdBackup: LongWork<Payload, Backup> = {
  kind: 'backup',
  payload,
  async check(s, p) {
    const current = await s.panel.backup(p.server.identifier, p.backup.uuid);
    return current.completed_at === null ? undefined : current;
  },
  progress: (p, elapsed) => ({
    embeds: [
      createdEmbed(
        startedBackup(p),
        p.server,
        `⏳ In progress for ${formatDuration(elapsed)} — waiting for the panel to report it finished (last checked ${discordTime(new Date(), 'R')}).${lockNoteFor(p.lockRefused)}`,
        p.origin,
      ),
    ],
  }),
  finished(p, outcome) {
    const lockNote = lockNoteFor(p.lockRefused);
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
      reply: { embeds: [createdEmbed(outcome, p.server, note, p.origin)] },
      dm: `Backup ${backupLabel(outcome)} on ${serverLabel(p.server)}: ${originOf(p)}${dmNote}`,
      audit: `📦 Backup ${backupLabel(outcome)} on ${serverLabel(p.server)} (started by ${userMention(p.by)}) ${ok ? `completed (${formatBytes(outcome.bytes)})` : 'failed'}.`,
    };
  },
  deadline: (p, followedMs) =>
    told(
      p,
      `⏳ The panel still reports this backup in progress after ${formatDuration(followedMs)}, so I stopped following it. Check it with \`/backup info\`.`,
    ),
  failed: (p, message) =>
    told(
      p,
      `⚠️ I could not follow this backup to the end: ${message}\nCheck it later with \`/backup info\`.`,
      `📦 Backup ${backupLabel(p.backup)} on ${serverLabel(p.server)} (started by ${userMention(p.by)}): I could not follow it to the end, so its outcome is unknown here.`,
    ),
};

const originOf = (p: Payload) => (p.origin ? `${p.origin}\n` : '');

/** An outcome about the backup as started (its end unknown here): the note, then any lock note. */
function told(p: Payload, note: string, audit?: string): Outcome {
  const said = `${note}${lockNoteFor(p.lockRefused)}`;
  return {
    reply: { embeds: [createdEmbed(startedBackup(p), p.server, said, p.origin)] },
    dm: `Backup ${backupLabel(p.backup)} on ${serverLabel(p.server)}: ${originOf(p)}${said}`,
    ...(audit ? { audit } : {}),
  };
}
