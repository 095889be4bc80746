import { ApplicationCommandOptionType, userMention } from 'discord.js';
import { z } from 'zod';
import { type LongWork, type Outcome, recordFollow, waitForEnd } from '#backups/followToEnd.js';
import { backupLabel, formatDuration, serverLabel } from '#backups/format.js';
import { type ChannelLine, postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import {
  askToConfirm,
  type ConfirmableAction,
  type ConfirmedPress,
  refusalLine,
} from '#discord/confirmable.js';
import type { BotContext } from '#discord/context.js';
import { type ReplyHandle, replyHandleOf } from '#discord/progressReply.js';
import { discordTime } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
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
      t('restore.ask.question', {
        backup: backupLabel(backup),
        created: discordTime(backup.created_at, 'f'),
        server: serverLabel(server),
      }),
      truncate ? t('restore.ask.truncate') : t('restore.ask.overwrite'),
      running ? t('restore.ask.running', { state: resources.current_state }) : t('restore.ask.offline'),
    ];
    if (backupState(backup) === 'failed') lines.push(t('restore.ask.failedBackup'));
    return {
      payload: { server, backup: { uuid, name: backup.name }, truncate, stopFirst: running },
      question: lines.join('\n'),
      confirmLabel: running ? t('restore.ask.confirmStop') : t('restore.ask.confirm'),
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
      throw new InvalidInputError(() => t('restore.startedMeanwhile', { server: serverLabel(server) }));
    }
    return { backup, running };
  },
  async run(s, action, { backup, running }, ctx, press) {
    const p: StopPayload = {
      server: action.server,
      backup: { uuid: backup.uuid, name: backup.name },
      truncate: action.truncate,
      by: s.userId,
    };
    const reply = replyHandleOf(press.interaction);
    if (running) {
      // Recorded while it waits, so a restart goes on waiting and then restores.
      const waiting = await recordFollow(ctx, restoreAfterStop, s, reply, p, ctx.timings.stopTimeoutMs);
      try {
        await stopAndWait(ctx, s, action.server, press);
      } catch (error) {
        // Shutting down: leave the record for the next start. Anything else was said here.
        if (!ctx.background.signal.aborted) await waiting.discard();
        throw error;
      }
      const started = await startRestore(ctx, s, p, reply, true);
      await waiting.discard();
      await press.show(started.said);
      await postAudit(ctx.client, s.settings, started.audit, ctx.logger);
      started.follow.start();
      return;
    }
    const started = await startRestore(ctx, s, p, reply, false);
    await press.show(started.said);
    await postAudit(ctx.client, s.settings, started.audit, ctx.logger);
    started.follow.start();
  },
  refusal: ({ server, backup, stopFirst }) => ({
    what: t('restore.refusal.what', { backup: backupLabel(backup), server: serverLabel(server) }),
    nothingDone: t('restore.refusal.nothingDone'),
    checkHint: t('restore.refusal.checkHint'),
    // "Stop and restore" may fail after the stop signal (the server did not stop in time): say so.
    ...(stopFirst ? { note: t('restore.refusal.maybeStopped') } : {}),
  }),
};

const followedPayload = confirmedBackup.extend({ by: z.string() });
type FollowedPayload = z.output<typeof followedPayload>;

/** The placeholders of a sentence about this restore. */
const restoring = (p: FollowedPayload) => ({ backup: backupLabel(p.backup), server: serverLabel(p.server) });
const told = (content: string, audit?: ChannelLine): Outcome => ({
  reply: { content },
  dm: content,
  ...(audit ? { audit } : {}),
});

/** Following a restore the panel accepted: the server reads `restoring_backup` until it is done. */
export const followedRestore: LongWork<FollowedPayload, true> = {
  kind: 'restore',
  payload: followedPayload,
  async check(s, p) {
    const view = await s.panel.server(p.server.identifier);
    return view.server.status === 'restoring_backup' ? undefined : true;
  },
  progress: (p, elapsed) => ({
    content: t('restore.progress', { ...restoring(p), duration: formatDuration(elapsed) }),
  }),
  finished: (p) =>
    told(t('restore.finished', restoring(p)), () =>
      t('restore.auditFinished', { ...restoring(p), member: userMention(p.by) }),
    ),
  deadline: (p, followedMs) =>
    told(t('restore.deadline', { ...restoring(p), duration: formatDuration(followedMs) })),
  // The restore itself was accepted; only following it failed. Never leave "Restoring…" standing.
  failed: (p, message) =>
    told(t('restore.followFailed', { ...restoring(p), message }), () =>
      t('restore.auditFollowFailed', { ...restoring(p), member: userMention(p.by) }),
    ),
};

const stopPayload = followedPayload.extend({ truncate: z.boolean() });
type StopPayload = z.output<typeof stopPayload>;

/**
 * Asks the panel to restore, and records the follow of it the moment the panel has accepted. Returns
 * what to tell the member and the audit channel, and the follow to start once they are told.
 */
async function startRestore(
  ctx: BotContext,
  s: MemberSession,
  p: StopPayload,
  reply: ReplyHandle,
  stopped: boolean,
) {
  await s.panel.restoreBackup(p.server.identifier, p.backup.uuid, { truncate: p.truncate });
  // The watch must not announce the bot's own restore as one that started without it.
  await noteRestoreByBot(ctx.store, s.guildId, p.server.identifier);
  const follow = await recordFollow(ctx, followedRestore, s, reply, {
    server: p.server,
    backup: p.backup,
    by: p.by,
  });
  return {
    follow,
    said: p.truncate ? t('restore.startedTruncated', restoring(p)) : t('restore.started', restoring(p)),
    // Worded by postAudit, in the guild's language.
    audit: () => {
      const said = { ...restoring(p), member: userMention(p.by) };
      if (p.truncate)
        return stopped
          ? t('restore.auditStarted.truncateStopped', said)
          : t('restore.auditStarted.truncate', said);
      return stopped ? t('restore.auditStarted.stopped', said) : t('restore.auditStarted.plain', said);
    },
  };
}

const isOffline = (state: string) => state === 'offline' || state === 'stopped';

/**
 * The wait of "Stop and restore" when a restart interrupted it: it goes on waiting for the server to
 * be offline (within what is left of the stop timeout), then restores, as the member confirmed.
 */
export const restoreAfterStop: LongWork<StopPayload, true> = {
  kind: 'restore-stop',
  pace: 'quick',
  payload: stopPayload,
  async check(s, p) {
    const now = await s.panel.resources(p.server.identifier);
    return isOffline(now.current_state) ? true : undefined;
  },
  progress: (p, elapsed) => ({ content: waitingToStop(p.server, elapsed) }),
  async finished(p, _offline, { s, ctx, reply }) {
    const started = await startRestore(ctx, s, p, reply, true);
    return {
      reply: { content: started.said },
      dm: started.said,
      audit: started.audit,
      after: () => started.follow.start(),
    };
  },
  deadline: (p, followedMs) => notRestored(p, didNotStop(p.server, followedMs), undefined),
  failed: (p, message) => notRestored(p, message, undefined),
};

function notRestored(p: StopPayload, message: string, error: unknown): Outcome {
  return {
    reply: { content: `⚠️ ${message}` },
    dm: `⚠️ ${message}`,
    audit: () => refusalLine(p.by, restoreBackup.refusal({ ...p, stopFirst: true }), error),
  };
}

const waitingToStop = (server: LinkedServer, elapsed: number) =>
  t('restore.waitingToStop', { server: serverLabel(server), duration: formatDuration(elapsed) });

const didNotStop = (server: LinkedServer, waitedMs: number) =>
  t('restore.didNotStop', { server: serverLabel(server), duration: formatDuration(waitedMs) });

/** "Stop and restore": the stop signal, then the wait until the server is offline (bounded). */
async function stopAndWait(ctx: BotContext, s: MemberSession, server: LinkedServer, press: ConfirmedPress) {
  await press.show(t('restore.stopping', { server: serverLabel(server) }));
  await s.panel.sendPower(server.identifier, 'stop');
  const offline = await waitForEnd(ctx, ctx.background.signal, {
    pace: 'quick',
    deadlineMs: ctx.timings.stopTimeoutMs,
    async check() {
      const now = await s.panel.resources(server.identifier);
      return isOffline(now.current_state) ? true : undefined;
    },
    onWaiting: (elapsed) => press.show(waitingToStop(server, elapsed)),
  });
  if (!offline) throw new InvalidInputError(() => didNotStop(server, ctx.timings.stopTimeoutMs));
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
