import type { ChatInputCommandInteraction } from 'discord.js';
import { pollUntil } from '#backups/follow.js';
import { discordTime, formatDuration } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import type { ComponentInteraction } from '#discord/command.js';
import type { BotContext } from '#discord/context.js';
import { readOptions } from '#discord/options.js';
import { requireDestructiveRole } from '#discord/permissions.js';
import { progressReply } from '#discord/progressReply.js';
import { messageFor } from '#discord/replies.js';
import { type MemberSession, resolveServer } from '#discord/session.js';
import { backupState } from '#panel/schemas.js';
import { InvalidInputError } from '#src/errors.js';
import {
  askConfirmation,
  assertRestorable,
  type ConfirmAction,
  RUNNING_STATES,
  requirePanelPermission,
} from './confirmation.js';
import { subcommands } from './options.js';
import { backupLabel, serverLabel, session, validateUuid, who } from './shared.js';

export async function restore(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  const options = readOptions(interaction, subcommands.restore);
  const s = await session(interaction, ctx);
  requireDestructiveRole(interaction, s.settings);
  const server = resolveServer(s.link, options.server);
  const uuid = validateUuid(options.backup);
  const [view, backup, resources] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.backup(server.identifier, uuid),
    s.panel.resources(server.identifier),
  ]);
  assertRestorable(backup);
  const running = RUNNING_STATES.has(resources.current_state);
  // Ask only what the key can do: a subuser without these would press confirm for a refusal.
  requirePanelPermission(view.permissions, 'backup.restore', server);
  if (running) requirePanelPermission(view.permissions, 'control.stop', server);
  const truncateFiles = options.truncate === true;
  const lines = [
    `♻️ **Restore** backup ${backupLabel(backup)} (created ${discordTime(backup.created_at, 'f')}) over ${serverLabel(server)}?`,
    truncateFiles
      ? '• **Every current file is deleted first** (truncate), then the backup is unpacked.'
      : '• Files in the backup overwrite the current ones; files that are not in the backup stay.',
    running
      ? `• The server is **${resources.current_state}**: I will send it the stop signal, wait until it is offline, then restore.`
      : '• The server is offline.',
  ];
  if (backupState(backup) === 'failed')
    lines.push('• ⚠️ This backup **failed** when it was made: the restored files may be incomplete.');
  await askConfirmation(
    interaction,
    ctx,
    {
      kind: 'restore',
      server,
      backup: { uuid, name: backup.name },
      truncate: truncateFiles,
      stopFirst: running,
    },
    lines.join('\n'),
    running ? 'Stop and restore' : 'Restore',
  );
}

export async function runRestore(
  interaction: ComponentInteraction,
  ctx: BotContext,
  s: MemberSession,
  action: Extract<ConfirmAction, { kind: 'restore' }>,
  show: (content: string) => Promise<unknown>,
) {
  const { server } = action;
  const [backup, resources] = await Promise.all([
    s.panel.backup(server.identifier, action.backup.uuid),
    s.panel.resources(server.identifier),
  ]);
  assertRestorable(backup);
  const running = RUNNING_STATES.has(resources.current_state);
  if (running && !action.stopFirst) {
    throw new InvalidInputError(
      `${serverLabel(server)} was started after you asked, so this confirmation no longer says what would happen. Run \`/backup restore\` again.`,
    );
  }
  if (running) {
    await show(`⏹️ Sending the stop signal to ${serverLabel(server)}…`);
    await s.panel.sendPower(server.identifier, 'stop');
    const offline = await pollUntil({
      signal: ctx.background.signal,
      initialMs: Math.min(ctx.timings.pollInitialMs, 2_000),
      maxMs: Math.min(ctx.timings.pollMaxMs, 5_000),
      deadlineMs: ctx.timings.stopTimeoutMs,
      check: async () => {
        const now = await s.panel.resources(server.identifier);
        return now.current_state === 'offline' || now.current_state === 'stopped' ? true : undefined;
      },
      onWaiting: (elapsed) =>
        show(
          `⏳ Waiting for ${serverLabel(server)} to stop before restoring (${formatDuration(elapsed)} so far)…`,
        ).then(() => {}),
    });
    if (!offline) {
      throw new InvalidInputError(
        `${serverLabel(server)} did not stop within ${formatDuration(ctx.timings.stopTimeoutMs)}, so nothing was restored. Stop it from the panel and try again.`,
      );
    }
  }
  await s.panel.restoreBackup(server.identifier, action.backup.uuid, { truncate: action.truncate });
  await show(
    `♻️ Restoring ${backupLabel(backup)} on ${serverLabel(server)}${action.truncate ? ' (files deleted first)' : ''}… I will update this message when the panel reports it finished.`,
  );
  await postAudit(
    ctx.client,
    s.settings,
    `♻️ ${who(s.userId)} started restoring backup ${backupLabel(backup)} on ${serverLabel(server)}${action.truncate ? ' (truncate)' : ''}${running ? ' after stopping it' : ''}.`,
    ctx.logger,
  );
  ctx.background.run('follow restore', async (signal) => {
    const reply = progressReply(interaction, ctx);
    let done: true | undefined;
    try {
      done = await pollUntil({
        signal,
        initialMs: ctx.timings.pollInitialMs,
        maxMs: ctx.timings.pollMaxMs,
        deadlineMs: ctx.timings.followDeadlineMs,
        check: async () => {
          const view = await s.panel.server(server.identifier);
          return view.server.status === 'restoring_backup' ? undefined : true;
        },
        onWaiting: (elapsed) =>
          reply.progress({
            content: `♻️ Restoring ${backupLabel(backup)} on ${serverLabel(server)}… (${formatDuration(elapsed)} so far; waiting for the panel to report it finished)`,
          }),
      });
    } catch (error) {
      if (signal.aborted) return;
      // The restore itself was accepted; only following it failed. Never leave "Restoring…" standing.
      const { message, expected } = messageFor(error);
      if (expected) ctx.logger.info('stopped following a restore', { error });
      else ctx.logger.error('following a restore failed', { error });
      const note = `⚠️ I could not follow the restore of ${backupLabel(backup)} on ${serverLabel(server)} to the end: ${message}\nThe panel may still be restoring it: check the server on the panel before starting it.`;
      await reply.outcome({ content: note }, note);
      await postAudit(
        ctx.client,
        s.settings,
        `♻️ The restore of ${backupLabel(backup)} on ${serverLabel(server)} (by ${who(s.userId)}): I could not follow it to the end, so its outcome is unknown here.`,
        ctx.logger,
      );
      return;
    }
    if (!done) {
      if (signal.aborted) return;
      const note = `⏳ The panel still reports ${serverLabel(server)} restoring ${backupLabel(backup)} after ${formatDuration(ctx.timings.followDeadlineMs)}, so I stopped following it. Check the server on the panel before starting it.`;
      await reply.outcome({ content: note }, note);
      return;
    }
    const note = `✅ The restore of ${backupLabel(backup)} on ${serverLabel(server)} finished. The server is offline: start it when you are ready.`;
    await reply.outcome({ content: note }, note);
    await postAudit(
      ctx.client,
      s.settings,
      `♻️ The restore of ${backupLabel(backup)} on ${serverLabel(server)} (by ${who(s.userId)}) finished.`,
      ctx.logger,
    );
  });
}
