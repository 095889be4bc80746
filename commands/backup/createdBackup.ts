import { Colors, EmbedBuilder, userMention } from 'discord.js';
import { z } from 'zod';
import type { LongWork, Outcome } from '#backups/followToEnd.js';
import { backupLabel, embedTitle, formatBytes, formatDuration, serverLabel } from '#backups/format.js';
import { discordTime } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import { type Backup, backupState } from '#panel/schemas.js';
import type { Words } from '#src/errors.js';
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
    .setTitle(embedTitle((name) => t('backup.created.title', { backup: name }), backup.name))
    .setColor(state === 'completed' ? Colors.Green : state === 'failed' ? Colors.Red : Colors.Yellow)
    .setDescription(`${serverLabel(server)}\n${origin ? `${origin}\n` : ''}${note}`)
    .setFooter({ text: backup.uuid });
  if (state === 'completed') {
    embed.addFields(
      { name: t('backup.field.size'), value: formatBytes(backup.bytes), inline: true },
      {
        name: t('backup.field.took'),
        value: backup.completed_at
          ? formatDuration(Date.parse(backup.completed_at) - Date.parse(backup.created_at))
          : '—',
        inline: true,
      },
      { name: t('backup.field.checksum'), value: backup.checksum ? `\`${backup.checksum}\`` : '—' },
    );
  }
  if (backup.is_locked)
    embed.addFields({ name: t('backup.field.locked'), value: t('backup.value.lockedYes'), inline: true });
  return embed;
}

/** Said once, kept on every edit: the member asked for a lock the panel did not apply. */
export function lockNoteFor(refused: boolean): string {
  return refused ? `\n${t('backup.created.lockRefused')}` : '';
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
        `${t('backup.created.waiting', { duration: formatDuration(elapsed), checked: discordTime(new Date(), 'R') })}${lockNoteFor(p.lockRefused)}`,
        p.origin,
      ),
    ],
  }),
  finished(p, outcome) {
    const lockNote = lockNoteFor(p.lockRefused);
    const ok = backupState(outcome) === 'completed';
    const note = ok ? `${t('backup.created.completed')}${lockNote}` : t('backup.created.failed');
    // The DM stands alone: size and duration in the sentence, before any note about the lock.
    const size = formatBytes(outcome.bytes);
    const dmCompleted = outcome.completed_at
      ? t('backup.created.dmCompletedIn', {
          size,
          duration: formatDuration(Date.parse(outcome.completed_at) - Date.parse(outcome.created_at)),
        })
      : t('backup.created.dmCompleted', { size });
    const dmNote = ok ? `${dmCompleted}${lockNote}` : note;
    return {
      reply: { embeds: [createdEmbed(outcome, p.server, note, p.origin)] },
      dm: dmLine(p, outcome, dmNote),
      // Worded in the guild's language (the audit channel's readers), not the member's.
      audit: () => {
        const values = {
          backup: backupLabel(outcome),
          server: serverLabel(p.server),
          member: userMention(p.by),
        };
        return ok
          ? t('backup.created.auditCompleted', { ...values, size: formatBytes(outcome.bytes) })
          : t('backup.created.auditFailed', values);
      },
    };
  },
  deadline: (p, followedMs) =>
    told(p, t('backup.created.deadline', { duration: formatDuration(followedMs) })),
  failed: (p, message) =>
    told(p, t('backup.created.followFailed', { message }), () =>
      t('backup.created.auditUnknown', {
        backup: backupLabel(p.backup),
        server: serverLabel(p.server),
        member: userMention(p.by),
      }),
    ),
};

/** The DM: which backup, then how it was started (when not by `/backup create`) and the news. */
function dmLine(p: Payload, backup: Pick<Backup, 'name' | 'uuid'>, note: string): string {
  return t('backup.created.dm', {
    backup: backupLabel(backup),
    server: serverLabel(p.server),
    news: `${p.origin ? `${p.origin}\n` : ''}${note}`,
  });
}

/** An outcome about the backup as started (its end unknown here): the note, then any lock note. */
function told(p: Payload, note: string, audit?: Words): Outcome {
  const said = `${note}${lockNoteFor(p.lockRefused)}`;
  return {
    reply: { embeds: [createdEmbed(startedBackup(p), p.server, said, p.origin)] },
    dm: dmLine(p, p.backup, said),
    ...(audit ? { audit } : {}),
  };
}
