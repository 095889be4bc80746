import { ApplicationCommandOptionType, userMention } from 'discord.js';
import { z } from 'zod';
import { followToEnd, waitForEnd } from '#backups/followToEnd.js';
import { backupLabel, formatDuration, serverLabel } from '#backups/format.js';
import { postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import { askToConfirm, type ConfirmableAction, type ConfirmedPress } from '#discord/confirmable.js';
import type { BotContext } from '#discord/context.js';
import { progressReply } from '#discord/progressReply.js';
import { discordTime } from '#discord/text.js';
import type { MemberSession } from '#members/memberSession.js';
import { type Backup, backupState } from '#panel/schemas.js';
import { InvalidInputError } from '#src/errors.js';
import type { LinkedServer } from '#store/index.js';
import { noteRestoreByBot } from '#watch/botMarks.js';
import {
  assertRestorable,
  type ChosenBackup,
  chooseBackup,
  confirmedBackup,
  RUNNING_STATES,
  readChosenBackup,
  requirePanelPermission,
} from './checks.js';
import { backupOption, serverOption } from './commonOptions.js';

const payload = confirmedBackup.extend({ truncate: z.boolean(), stopFirst: z.boolean() });
type Payload = z.output<typeof payload>;

const options = [
  backupOption,
  {
    name: 'truncate',
    description: 'Delete every current file before restoring (default: no)',
    type: ApplicationCommandOptionType.Boolean,
  },
  serverOption,
] as const;

/** Restoring a backup: asked with buttons; a running server is stopped first ("Stop and restore"). */
export const restoreBackup: ConfirmableAction<
  ChosenBackup & { truncate: boolean },
  Payload,
  { backup: Backup; running: boolean }
> = {
  kind: 'restore',
  access: 'destructive',
  payload,
  async ask(s, input) {
    const { server, uuid } = input;
    const { backup, permissions, resources } = await readChosenBackup(s, input, true);
    assertRestorable(backup);
    const running = RUNNING_STATES.has(resources.current_state);
    // Ask only what the key can do: a subuser without these would press confirm for a refusal.
    requirePanelPermission(permissions, 'backup.restore', server);
    if (running) requirePanelPermission(permissions, 'control.stop', server);
    const { truncate } = input;
    const lines = [
      `♻️ **Restore** backup ${backupLabel(backup)} (created ${discordTime(backup.created_at, 'f')}) over ${serverLabel(server)}?`,
      truncate
        ? '• **Every current file is deleted first** (truncate), then the backup is unpacked.'
        : '• Files in the backup overwrite the current ones; files that are not in the backup stay.',
      running
        ? `• The server is **${resources.current_state}**: I will send it the stop signal, wait until it is offline, then restore.`
        : '• The server is offline.',
    ];
    if (backupState(backup) === 'failed')
      lines.push('• ⚠️ This backup **failed** when it was made: the restored files may be incomplete.');
    return {
      payload: { server, backup: { uuid, name: backup.name }, truncate, stopFirst: running },
      question: lines.join('\n'),
      confirmLabel: running ? 'Stop and restore' : 'Restore',
    };
  },
  async recheck(s, { server, backup: asked, stopFirst }) {
    const [backup, resources] = await Promise.all([
      s.panel.backup(server.identifier, asked.uuid),
      s.panel.resources(server.identifier),
    ]);
    assertRestorable(backup);
    const running = RUNNING_STATES.has(resources.current_state);
    if (running && !stopFirst) {
      throw new InvalidInputError(
        `${serverLabel(server)} was started after you asked, so this confirmation no longer says what would happen. Run \`/backup restore\` again.`,
      );
    }
    return { backup, running };
  },
  async run(s, action, { backup, running }, ctx, press) {
    const { server } = action;
    if (running) await stopAndWait(ctx, s, server, press);
    await s.panel.restoreBackup(server.identifier, backup.uuid, { truncate: action.truncate });
    await noteRestoreByBot(ctx.store, s.guildId, server.identifier);
    const restoring = `${backupLabel(backup)} on ${serverLabel(server)}`;
    await press.show(
      `♻️ Restoring ${restoring}${action.truncate ? ' (files deleted first)' : ''}… I will update this message when the panel reports it finished.`,
    );
    const by = userMention(s.userId);
    await postAudit(
      ctx.client,
      s.settings,
      `♻️ ${by} started restoring backup ${restoring}${action.truncate ? ' (truncate)' : ''}${running ? ' after stopping it' : ''}.`,
      ctx.logger,
    );
    const told = (content: string, audit?: string) => ({
      reply: { content },
      dm: content,
      ...(audit ? { audit } : {}),
    });
    followToEnd(ctx, {
      subject: 'restore',
      reply: progressReply(press.interaction, ctx),
      settings: s.settings,
      async check() {
        const view = await s.panel.server(server.identifier);
        return view.server.status === 'restoring_backup' ? undefined : true;
      },
      progress: (elapsed) => ({
        content: `♻️ Restoring ${restoring}… (${formatDuration(elapsed)} so far; waiting for the panel to report it finished)`,
      }),
      finished: () =>
        told(
          `✅ The restore of ${restoring} finished. The server is offline: start it when you are ready.`,
          `♻️ The restore of ${restoring} (by ${by}) finished.`,
        ),
      deadline: () =>
        told(
          `⏳ The panel still reports ${serverLabel(server)} restoring ${backupLabel(backup)} after ${formatDuration(ctx.timings.followDeadlineMs)}, so I stopped following it. Check the server on the panel before starting it.`,
        ),
      // The restore itself was accepted; only following it failed. Never leave "Restoring…" standing.
      failed: (message) =>
        told(
          `⚠️ I could not follow the restore of ${restoring} to the end: ${message}\nThe panel may still be restoring it: check the server on the panel before starting it.`,
          `♻️ The restore of ${restoring} (by ${by}): I could not follow it to the end, so its outcome is unknown here.`,
        ),
    });
  },
  refusal: ({ server, backup, stopFirst }) => ({
    what: `restore backup ${backupLabel(backup)} on ${serverLabel(server)}`,
    nothingDone: 'nothing was restored',
    checkHint: 'check the backup on the panel',
    // "Stop and restore" may fail after the stop signal (the server did not stop in time): say so.
    ...(stopFirst ? { note: ' The server may have been sent the stop signal.' } : {}),
  }),
};

/** "Stop and restore": the stop signal, then the wait until the server is offline (bounded). */
async function stopAndWait(ctx: BotContext, s: MemberSession, server: LinkedServer, press: ConfirmedPress) {
  await press.show(`⏹️ Sending the stop signal to ${serverLabel(server)}…`);
  await s.panel.sendPower(server.identifier, 'stop');
  const offline = await waitForEnd(ctx, ctx.background.signal, {
    pace: 'quick',
    deadlineMs: ctx.timings.stopTimeoutMs,
    async check() {
      const now = await s.panel.resources(server.identifier);
      return now.current_state === 'offline' || now.current_state === 'stopped' ? true : undefined;
    },
    onWaiting: (elapsed) =>
      press.show(
        `⏳ Waiting for ${serverLabel(server)} to stop before restoring (${formatDuration(elapsed)} so far)…`,
      ),
  });
  if (!offline) {
    throw new InvalidInputError(
      `${serverLabel(server)} did not stop within ${formatDuration(ctx.timings.stopTimeoutMs)}, so nothing was restored. Stop it from the panel and try again.`,
    );
  }
}

export const restore = subcommand({
  name: 'restore',
  description: 'Restore a backup over the server files (asks for confirmation)',
  access: 'destructive',
  defer: 'reply',
  options,
  run: (interaction, ctx, s, input) =>
    askToConfirm(interaction, ctx, restoreBackup, s, {
      ...chooseBackup(s, input),
      truncate: input.truncate === true,
    }),
});
