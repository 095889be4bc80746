import { type ChatInputCommandInteraction, userMention } from 'discord.js';
import { z } from 'zod';
import { recordFollow } from '#backups/followToEnd.js';
import { backupLabel, formatBytes, serverLabel } from '#backups/format.js';
import { countsAgainstLimit, rotationCandidate } from '#backups/rotation.js';
import { throttledUntil } from '#backups/throttle.js';
import { requireDestructiveRole } from '#discord/access.js';
import { postAudit } from '#discord/audit.js';
import { askToConfirm, type ConfirmableAction, type ConfirmedPress } from '#discord/confirmable.js';
import type { BotContext } from '#discord/context.js';
import { replyHandleOf } from '#discord/progressReply.js';
import { explain } from '#discord/replies.js';
import { discordTime, escapeText, truncate } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import type { MemberSession } from '#members/memberSession.js';
import { PanelError } from '#panel/errors.js';
import { messages } from '#panel/messages.js';
import { type Backup, backupState } from '#panel/schemas.js';
import { InvalidInputError, NotAllowedError, UserFacingError } from '#src/errors.js';
import type { LinkedServer } from '#store/index.js';
import { noteDeletedByBot, noteStartedByBot } from '#watch/botMarks.js';
import { requirePanelPermission } from './checks.js';
import { createdBackup, createdEmbed, lockNoteFor } from './createdBackup.js';

/**
 * `/backup create` at the backup limit: instead of the panel's refusal, an offer to delete the oldest
 * unlocked backup and create (panel-schedules-api.md §6, what a scheduled run does by itself). It is
 * asked like a delete (the guild's role policy, the panel's `backup.delete`, invoker only, expiring,
 * single use) and read again on confirm: if the oldest changed meanwhile, the member is asked again.
 */

/** What a member asked `/backup create` for, as the panel takes it. */
export const createRequest = z.object({
  name: z.string().max(255).optional(),
  ignored: z.array(z.string().max(1000)).max(1000).optional(),
  locked: z.boolean().optional(),
});
export type CreateRequest = z.output<typeof createRequest>;

/** A server at its limit, read just now: what counts, and the backup that would make room. */
interface AtLimit {
  readonly limit: number;
  readonly used: number;
  readonly oldest: Backup;
}

/** How a server stands, read just now: room for one more, or at its limit (with the listing seen). */
type Standing =
  | { readonly atLimit: false }
  | ({ readonly atLimit: true; readonly backups: Backup[] } & AtLimit);

const noBackupsAllowed = (server: LinkedServer) =>
  new InvalidInputError(() => t('rotate.noBackupsAllowed', { server: serverLabel(server) }));

/** "… has reached its backup limit (3 of 3).": worded where it is read, as the sentences it starts. */
const reached = (server: LinkedServer, at: Pick<AtLimit, 'limit' | 'used'>) => () =>
  t('rotate.reached', { server: serverLabel(server), used: at.used, limit: at.limit });

/**
 * Whether a create would meet the limit, from the server view and the count of the listing's first
 * row (the panel counts the non-failed backups for us). A server allowed no backups is refused here.
 */
export async function reachedLimit(s: MemberSession, server: LinkedServer): Promise<boolean> {
  const [view, page] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.listBackupsPage(server.identifier, { perPage: 1 }).catch((error: unknown) => {
      // A key that may create but not list: the count is unknown, so the panel decides.
      if (error instanceof PanelError && error.kind === 'forbidden') return null;
      throw error;
    }),
  ]);
  const limit = view.server.feature_limits.backups;
  // 0 and null both mean no backups at all (the panel refuses `!backup_limit`).
  if (!limit) throw noBackupsAllowed(server);
  return page !== null && page.backupCount >= limit;
}

/**
 * The server as it is now: at its limit, the backup a rotation would delete. Refuses what no
 * confirmation could help: no backups allowed, a missing permission, every backup locked, and a
 * create the panel's throttle would refuse (checked before anything is deleted).
 */
async function standing(s: MemberSession, ctx: BotContext, server: LinkedServer): Promise<Standing> {
  const [view, listing] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.listBackups(server.identifier),
  ]);
  const limit = view.server.feature_limits.backups;
  if (!limit) throw noBackupsAllowed(server);
  const used = listing.backupCount;
  if (used < limit) return { atLimit: false };
  const atLimit = reached(server, { limit, used });
  requirePanelPermission(view.permissions, 'backup.create', server);
  withContext(atLimit, () => requirePanelPermission(view.permissions, 'backup.delete', server));
  // What a scheduled run would delete, but never one still being made.
  const oldest = rotationCandidate(listing.backups.filter((b) => backupState(b) !== 'in_progress'));
  if (!oldest) {
    const running = listing.backups.some((b) => backupState(b) === 'in_progress' && !b.is_locked);
    throw new InvalidInputError(() =>
      t(running ? 'rotate.allLockedOrRunning' : 'rotate.allLocked', { atLimit: atLimit() }),
    );
  }
  await refuseWhileScheduleRotates(s, server, atLimit);
  const until = throttledUntil(throttleTimes(ctx, s, server, listing.backups), throttleOf(ctx), Date.now());
  if (until) {
    const { BACKUP_THROTTLE_LIMIT, BACKUP_THROTTLE_PERIOD } = ctx.config;
    throw new InvalidInputError(() =>
      t('rotate.throttled', {
        atLimit: atLimit(),
        throttled: messages.backupThrottled(BACKUP_THROTTLE_LIMIT, BACKUP_THROTTLE_PERIOD, until),
      }),
    );
  }
  return { atLimit: true, limit, used, oldest, backups: listing.backups };
}

/** A schedule's run this close ahead counts as running now: it would rotate at the limit itself. */
const SCHEDULE_MARGIN_MS = 60_000;
/** A run this far overdue is not about to happen (the panel fires due schedules every minute). */
const OVERDUE_MS = 5 * 60_000;

/**
 * A backup schedule running, or due within a minute, rotates by itself at the limit: a rotation of
 * ours alongside it would delete a second backup (panel-schedules-api.md §6, pitfalls). Best effort:
 * a key that may not read schedules, or a listing that fails, does not stop the rotation.
 */
async function refuseWhileScheduleRotates(s: MemberSession, server: LinkedServer, atLimit: () => string) {
  const schedules = await s.panel.listSchedules(server.identifier).catch((error: unknown) => {
    if (error instanceof PanelError) return [];
    throw error;
  });
  const now = Date.now();
  const dueSoon = (at: string | null) =>
    at !== null && Date.parse(at) <= now + SCHEDULE_MARGIN_MS && Date.parse(at) >= now - OVERDUE_MS;
  const rotating = schedules.find(
    (schedule) =>
      schedule.tasks.some((task) => task.action === 'backup') &&
      (schedule.is_processing || (schedule.is_active && dueSoon(schedule.next_run_at))),
  );
  if (!rotating) return;
  const schedule = `**${escapeText(truncate(rotating.name, 80))}**`;
  throw new InvalidInputError(() =>
    t(rotating.is_processing ? 'rotate.scheduleRunning' : 'rotate.scheduleDue', {
      atLimit: atLimit(),
      schedule,
    }),
  );
}

const throttleOf = (ctx: BotContext) => ({
  limit: ctx.config.BACKUP_THROTTLE_LIMIT,
  periodSeconds: ctx.config.BACKUP_THROTTLE_PERIOD,
});

/**
 * When the backups the throttle counts were created: the listed non-failed ones, and on Pterodactyl
 * the ones the bot deleted lately, which its soft delete keeps counting. Pelican deletes for good
 * (it is the panel whose backups carry `is_scheduled`).
 */
function throttleTimes(ctx: BotContext, s: MemberSession, server: LinkedServer, backups: Backup[]): number[] {
  const listed = backups.filter(countsAgainstLimit).map((b) => Date.parse(b.created_at));
  const pelican = backups.some((b) => b.is_scheduled !== undefined);
  return pelican
    ? listed
    : [...listed, ...ctx.backupWork.deletedCreatedAt(s.settings.panelUrl, server.identifier)];
}

/** A refusal of `check` (of what deleting needs), said after the limit it was met at. */
function withContext(atLimit: () => string, check: () => void) {
  try {
    check();
  } catch (error) {
    const said = (refusal: UserFacingError) => () =>
      t('rotate.wouldDelete', { atLimit: atLimit(), reason: refusal.userMessage });
    if (error instanceof InvalidInputError) throw new InvalidInputError(said(error));
    if (error instanceof NotAllowedError) throw new NotAllowedError(said(error));
    throw error;
  }
}

/**
 * `/backup create` met the limit (seen before creating, or the panel refused): asks to delete the
 * oldest unlocked backup and create, or says why that cannot be offered.
 */
export async function offerRotation(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  s: MemberSession,
  server: LinkedServer,
  asked: CreateRequest,
): Promise<void> {
  const now = await standing(s, ctx, server);
  if (!now.atLimit) {
    throw new InvalidInputError(() => t('rotate.roomMade', { server: serverLabel(server) }));
  }
  withContext(reached(server, now), () => requireDestructiveRole(interaction, s.settings));
  await askToConfirm(interaction, ctx, rotateBackup, s, { server, asked, at: now });
}

const confirmed = z.object({
  server: z.object({ identifier: z.string(), name: z.string() }),
  asked: createRequest,
  /** The one backup the member agreed to delete: no other is deleted on this confirmation. */
  oldest: z.object({ uuid: z.string(), name: z.string(), created_at: z.string() }),
  limit: z.number().int(),
});
type Confirmed = z.output<typeof confirmed>;

interface RotationInput {
  readonly server: LinkedServer;
  readonly asked: CreateRequest;
  readonly at: AtLimit;
  /** Said first: why the member is asked again. */
  readonly note?: string;
}

/** Deleting the oldest unlocked backup to make room, then creating the one the member asked for. */
export const rotateBackup: ConfirmableAction<RotationInput, Confirmed, void> = {
  kind: 'rotate',
  access: 'destructive',
  payload: confirmed,
  async ask(_s, { server, asked, at, note }) {
    const { oldest } = at;
    const when = { when: discordTime(oldest.created_at, 'R'), date: discordTime(oldest.created_at, 'f') };
    const created =
      backupState(oldest) === 'completed'
        ? t('rotate.ask.createdSized', { ...when, size: formatBytes(oldest.bytes) })
        : t('rotate.ask.created', when);
    const newOne = asked.name
      ? t('rotate.ask.newNamed', { backup: backupLabel({ name: asked.name, uuid: '' }) })
      : t('rotate.ask.newUnnamed');
    const lines = [
      ...(note ? [note, ''] : []),
      `♻️ ${reached(server, at)()}`,
      t('rotate.ask.question', { backup: backupLabel(oldest), created, newOne }),
      t('rotate.ask.cannotUndo'),
    ];
    return {
      payload: {
        server: { identifier: server.identifier, name: server.name },
        asked,
        oldest: { uuid: oldest.uuid, name: oldest.name, created_at: oldest.created_at },
        limit: at.limit,
      },
      question: lines.join('\n'),
      confirmLabel: t('rotate.ask.confirm'),
    };
  },
  // The server is read again in `run`, inside its lock: a check made out here could be stale by the
  // time of the delete (two rotations confirmed at once would both pass it).
  async recheck() {},
  async run(s, p, _checked, ctx, press) {
    const server: LinkedServer = p.server;
    const done = await ctx.backupWork.exclusive(s.settings.panelUrl, server.identifier, () =>
      rotate(s, ctx, p),
    );
    if (done.kind === 'changed') {
      const note = t('rotate.sinceAsked', { change: whatChanged(p.oldest, done.at.backups) });
      await askToConfirm(press.interaction, ctx, rotateBackup, s, {
        server,
        asked: p.asked,
        at: done.at,
        note,
      });
      return;
    }
    if (done.kind === 'not created') {
      await notCreated(s, ctx, press, p, done.error);
      return;
    }
    await followStarted(s, ctx, press, p, done.started, done.deleted);
  },
  refusal: ({ server, oldest }) => ({
    what: t('rotate.refusal.what', { backup: backupLabel(oldest), server: serverLabel(server) }),
    nothingDone: t('rotate.refusal.nothingDone'),
    checkHint: t('rotate.refusal.checkHint'),
  }),
};

type Rotated =
  | { readonly kind: 'changed'; readonly at: Standing & { atLimit: true } }
  | { readonly kind: 'created'; readonly started: Backup; readonly deleted: boolean }
  | { readonly kind: 'not created'; readonly error: unknown };

/**
 * Check, delete, create, with the server's lock held. Throws (nothing deleted) while the server
 * cannot make room; once the delete went through, never throws: the member must hear that it did.
 */
async function rotate(s: MemberSession, ctx: BotContext, p: Confirmed): Promise<Rotated> {
  const { server } = p;
  const now = await standing(s, ctx, server);
  if (now.atLimit && now.oldest.uuid !== p.oldest.uuid) return { kind: 'changed', at: now };
  if (now.atLimit) {
    // Marked before: the watch must not see it gone unmarked (a refused delete leaves a harmless mark).
    await noteDeletedByBot(ctx.store, s.guildId, server.identifier, p.oldest.uuid);
    await s.panel.deleteBackup(server.identifier, p.oldest.uuid);
    ctx.backupWork.noteDeleted(s.settings.panelUrl, server.identifier, now.oldest.created_at);
  }
  try {
    const started = await s.panel.createBackup(server.identifier, p.asked);
    return { kind: 'created', started, deleted: now.atLimit };
  } catch (error) {
    // Below the limit nothing was deleted: a refusal is as plain as any create's.
    if (!now.atLimit) throw error;
    return { kind: 'not created', error };
  }
}

function whatChanged(oldest: Confirmed['oldest'], backups: readonly Backup[]): string {
  const backup = backupLabel(oldest);
  const current = backups.find((b) => b.uuid === oldest.uuid);
  if (!current) return t('rotate.changed.gone', { backup });
  if (current.is_locked) return t('rotate.changed.locked', { backup });
  return t('rotate.changed.notOldest', { backup });
}

/** The new backup, followed exactly like one `/backup create` started, in the confirmation's message. */
async function followStarted(
  s: MemberSession,
  ctx: BotContext,
  press: ConfirmedPress,
  p: Confirmed,
  started: Backup,
  deleted: boolean,
) {
  const { server } = p;
  const origin = deleted
    ? t('rotate.originDeleted', {
        backup: backupLabel(p.oldest),
        date: discordTime(p.oldest.created_at, 'f'),
      })
    : t('rotate.originMeanwhile');
  const lockNote = lockNoteFor(p.asked.locked === true && !started.is_locked);
  const follow = await recordFollow(ctx, createdBackup, s, replyHandleOf(press.interaction), {
    server,
    backup: { uuid: started.uuid, name: started.name, locked: started.is_locked },
    lockRefused: lockNote !== '',
    by: s.userId,
    origin,
  });
  // The watch must not announce the bot's own backup as one that appeared without it.
  await noteStartedByBot(ctx.store, s.guildId, server.identifier, started.uuid);
  const note = `${t('backup.created.inProgress')}${lockNote}`;
  await press.interaction
    .editReply({ content: '', embeds: [createdEmbed(started, server, note, origin)], components: [] })
    .catch((error: unknown) => ctx.logger.info('could not edit a confirmed action’s reply', { error }));
  await postAudit(
    ctx.client,
    s.settings,
    () => {
      const said = {
        member: userMention(s.userId),
        server: serverLabel(server),
        started: backupLabel(started),
      };
      return deleted
        ? t('rotate.auditDeleted', { ...said, backup: backupLabel(p.oldest), limit: p.limit })
        : t('rotate.auditMeanwhile', said);
    },
    ctx.logger,
  );
  follow.start();
}

/** The oldest backup is gone and the new one was refused (or its fate is unknown): said plainly. */
async function notCreated(
  s: MemberSession,
  ctx: BotContext,
  press: ConfirmedPress,
  p: Confirmed,
  error: unknown,
) {
  const deleted = { backup: backupLabel(p.oldest), server: serverLabel(p.server) };
  const unknown = error instanceof PanelError && (error.kind === 'timeout' || error.kind === 'unreachable');
  const why = explain(error, ctx.logger, 'create after a rotation failed', { kind: 'rotate' });
  await press.show(t(unknown ? 'rotate.notCreatedUnknown' : 'rotate.notCreated', { ...deleted, why }));
  // Worded by postAudit, in the guild's language.
  await postAudit(
    ctx.client,
    s.settings,
    () => {
      const reason = error instanceof UserFacingError ? ` ${error.userMessage}` : '';
      const said = { ...deleted, member: userMention(s.userId), reason };
      return t(unknown ? 'rotate.auditNotCreatedUnknown' : 'rotate.auditNotCreated', said);
    },
    ctx.logger,
  );
}
