import { setTimeout as sleep } from 'node:timers/promises';
import { ApplicationCommandOptionType, userMention } from 'discord.js';
import { z } from 'zod';
import { backupLabel, formatBytes, serverLabel } from '#backups/format.js';
import {
  hasCriterion,
  type PruneCriteria,
  parseAge,
  type SpareReason,
  selectForPrune,
} from '#backups/prune.js';
import { postAudit } from '#discord/audit.js';
import { subcommand } from '#discord/command.js';
import { askToConfirm, type ConfirmableAction, type ConfirmedPress } from '#discord/confirmable.js';
import type { BotContext } from '#discord/context.js';
import { explain } from '#discord/replies.js';
import { codeSpan, discordTime, fitList, truncate } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import type { MemberSession } from '#members/memberSession.js';
import { resolveServer } from '#members/resolveServer.js';
import { PanelError, type PanelErrorKind } from '#panel/errors.js';
import { type Backup, backupState } from '#panel/schemas.js';
import { InvalidInputError } from '#src/errors.js';
import type { LinkedServer } from '#store/index.js';
import { noteDeletedByBot } from '#watch/botMarks.js';
import { requirePanelPermission } from './checks.js';
import { serverOption } from './commonOptions.js';

/**
 * /backup prune: deletes the backups that match what the member said (keep the newest N, older
 * than an age, failed only), never a locked one, one in progress or the last successful one. It
 * shows exactly which would go, asks like a delete, reads the server again on confirm (only what
 * still matches goes), deletes one by one within the panel's rate limit, and reports each result.
 */

/** Discord refuses message content past this; every text here is fitted to stay below it. */
const CONTENT_MAX = 2000;
/** What the question may take: askToConfirm adds the line with the deadline (about 60 characters). */
const QUESTION_MAX = CONTENT_MAX - 100;
/** A Retry-After the prune waits out (longer ones stop it), and all of its waits together. */
const LONGEST_WAIT_MS = 10_000;
const ALL_WAITS_MS = 30_000;
/** Tries of one delete the panel keeps asking to wait for. */
const TRIES_PER_BACKUP = 3;

const criteriaSchema = z.object({
  keep: z.number().int().positive().nullable(),
  olderThanMs: z.number().positive().nullable(),
  /** The age as the member typed it, for the words. */
  olderThan: z.string().max(50).nullable(),
  failedOnly: z.boolean(),
});
type Criteria = z.output<typeof criteriaSchema>;

const confirmed = z.object({
  server: z.object({ identifier: z.string(), name: z.string() }),
  criteria: criteriaSchema,
  /** Exactly what the member saw: nothing else is deleted on this confirmation. */
  doomed: z.array(z.object({ uuid: z.string(), name: z.string() })).max(5000),
});
type Confirmed = z.output<typeof confirmed>;

const options = [
  {
    name: 'keep',
    description: 'Keep this many of the newest backups (failed ones do not count); delete the rest',
    type: ApplicationCommandOptionType.Integer,
    min_value: 1,
    max_value: 1000,
  },
  {
    name: 'older-than',
    description: 'Only backups older than this, e.g. 12h, 7d, 2w',
    type: ApplicationCommandOptionType.String,
    max_length: 50,
  },
  {
    name: 'failed-only',
    description: 'Only failed backups',
    type: ApplicationCommandOptionType.Boolean,
  },
  serverOption,
] as const;

function criteriaOf(input: { keep: number | null; olderThan: string | null; failedOnly: boolean | null }) {
  const olderThan = input.olderThan?.trim() || null;
  const olderThanMs = olderThan === null ? null : parseAge(olderThan);
  if (olderThan !== null && olderThanMs === null) {
    const value = codeSpan(truncate(olderThan, 50));
    throw new InvalidInputError(() => t('prune.badAge', { value }));
  }
  if (input.keep !== null && (!Number.isInteger(input.keep) || input.keep < 1 || input.keep > 1000)) {
    throw new InvalidInputError(() => t('prune.badKeep'));
  }
  const criteria: Criteria = {
    keep: input.keep,
    olderThanMs,
    olderThan,
    failedOnly: input.failedOnly === true,
  };
  if (!hasCriterion(criteria)) {
    throw new InvalidInputError(() => t('prune.noCriteria'));
  }
  return criteria;
}

function criteriaWords(c: Criteria): string {
  const words = [
    ...(c.failedOnly ? [t('prune.criteria.failedOnly')] : []),
    ...(c.olderThan !== null ? [t('prune.criteria.olderThan', { age: codeSpan(c.olderThan) })] : []),
    ...(c.keep !== null ? [t('prune.criteria.keeping', { count: c.keep })] : []),
  ];
  return words.join(', ');
}

function backupLine(backup: Backup): string {
  const state = backupState(backup);
  const what =
    state === 'completed' ? formatBytes(backup.bytes) : state === 'failed' ? t('prune.failed') : '⏳';
  return `• ${backupLabel(backup)} · ${what} · ${discordTime(backup.created_at, 'R')}`;
}

const SPARED: Record<SpareReason, () => string> = {
  locked: () => t('prune.spared.locked'),
  in_progress: () => t('prune.spared.inProgress'),
  last_successful: () => t('prune.spared.lastSuccessful'),
};

/** Sections of a message, each fitted to its share of `max` ("…and N more" past it). */
function fitted(head: string, sections: Array<{ title: string; lines: string[] }>, max: number): string {
  const shown = sections.filter((section) => section.lines.length > 0);
  const share = Math.floor((max - head.length) / Math.max(1, shown.length));
  const parts = shown.map(
    (section) =>
      `${section.title}\n${fitList(section.lines, Math.max(0, share - section.title.length - 2), '\n')}`,
  );
  return truncate([head, ...parts].join('\n'), max);
}

/** Deleting the backups the member was shown, one by one. */
export const pruneBackups: ConfirmableAction<{ server: LinkedServer; criteria: Criteria }, Confirmed, void> =
  {
    kind: 'prune',
    access: 'destructive',
    payload: confirmed,
    async ask(s, { server, criteria }) {
      const { backups, plan } = await readPlan(s, server, criteria);
      const spared = plan.spared.map(({ backup, why }) => `${backupLine(backup)} — ${SPARED[why]()}`);
      const words = criteriaWords(criteria);
      if (plan.doomed.length === 0) {
        const none =
          backups.length === 0
            ? t('prune.noBackups', { server: serverLabel(server) })
            : t('prune.nothingMatches', { server: serverLabel(server), criteria: words });
        throw new InvalidInputError(() =>
          fitted(none, [{ title: t('prune.sparedTitle'), lines: spared }], QUESTION_MAX),
        );
      }
      const head = t('prune.question', {
        count: plan.doomed.length,
        server: serverLabel(server),
        criteria: words,
      });
      return {
        payload: {
          server: { identifier: server.identifier, name: server.name },
          criteria,
          doomed: plan.doomed.map((b) => ({ uuid: b.uuid, name: b.name })),
        },
        question: fitted(
          head,
          [
            { title: t('prune.toDeleteTitle'), lines: plan.doomed.map(backupLine) },
            { title: t('prune.sparedTitle'), lines: spared },
          ],
          QUESTION_MAX,
        ),
        confirmLabel: t('prune.confirm', { count: plan.doomed.length }),
      };
    },
    // Read again in `run`, inside the server's lock, so that a rotation cannot interleave.
    async recheck() {},
    async run(s, p, _checked, ctx, press) {
      const server: LinkedServer = p.server;
      const result = await ctx.backupWork.exclusive(s.settings.panelUrl, server.identifier, () =>
        deleteOneByOne(s, ctx, p, press),
      );
      await press.show(report(p, result));
      await postAudit(ctx.client, s.settings, () => auditLine(s.userId, p, result), ctx.logger);
    },
    refusal: ({ server, doomed, criteria }) => ({
      what: t('prune.refusal.what', {
        count: doomed.length,
        server: serverLabel(server),
        criteria: criteriaWords(criteria),
      }),
      nothingDone: t('prune.refusal.nothingDone'),
      checkHint: t('prune.refusal.checkHint'),
    }),
  };

async function readPlan(s: MemberSession, server: LinkedServer, criteria: PruneCriteria) {
  const [view, listing] = await Promise.all([
    s.panel.server(server.identifier),
    s.panel.listBackups(server.identifier),
  ]);
  requirePanelPermission(view.permissions, 'backup.delete', server);
  return { backups: listing.backups, plan: selectForPrune(listing.backups, criteria, Date.now()) };
}

interface Pruned {
  readonly deleted: Backup[];
  readonly failed: Array<{ backup: Backup; why: string }>;
  /** Not tried: the prune stopped (the panel's rate limit, the panel gone); `why` says so. */
  readonly notTried: Backup[];
  readonly stopped: string | null;
  /** Shown to the member, no longer deleted: gone, locked or no longer matching since. */
  readonly leftAlone: Array<{ name: string; why: () => string }>;
}

/** Failures after which the next delete would fail the same way: the prune stops there. */
const STOPS: ReadonlySet<PanelErrorKind> = new Set<PanelErrorKind>([
  'rate_limited',
  'unauthenticated',
  'forbidden',
  'application_key',
  'ip_restricted',
  'two_factor_required',
  'server_conflict',
  'node_unreachable',
  'unreachable',
  'timeout',
  'tls',
  'not_a_panel',
]);

async function deleteOneByOne(
  s: MemberSession,
  ctx: BotContext,
  p: Confirmed,
  press: ConfirmedPress,
): Promise<Pruned> {
  const { server } = p;
  const { backups, plan } = await readPlan(s, server, p.criteria);
  const stillDoomed = new Map(plan.doomed.map((b) => [b.uuid, b]));
  const targets = p.doomed.flatMap(({ uuid }) => stillDoomed.get(uuid) ?? []);
  const leftAlone = p.doomed
    .filter(({ uuid }) => !stillDoomed.has(uuid))
    .map((asked) => ({ name: asked.name, why: whyLeftAlone(asked.uuid, backups, plan.spared) }));
  if (targets.length === 0) {
    throw new InvalidInputError(() =>
      fitted(
        t('prune.noneLeft'),
        [
          {
            title: t('prune.leftAloneTitle'),
            lines: leftAlone.map(({ name, why }) =>
              t('prune.line', { backup: backupLabel({ name, uuid: '' }), why: why() }),
            ),
          },
        ],
        CONTENT_MAX - 10,
      ),
    );
  }

  await press.show(t('prune.deleting', { count: targets.length, server: serverLabel(server) }));
  const deleted: Backup[] = [];
  const failed: Array<{ backup: Backup; why: string }> = [];
  let waitedMs = 0;
  for (const [index, backup] of targets.entries()) {
    // Marked before: the watch must not see it gone unmarked (a refused delete leaves a harmless mark).
    await noteDeletedByBot(ctx.store, s.guildId, server.identifier, backup.uuid);
    for (let tries = 1; ; tries += 1) {
      try {
        await s.panel.deleteBackup(server.identifier, backup.uuid);
        deleted.push(backup);
        ctx.backupWork.noteDeleted(s.settings.panelUrl, server.identifier, backup.created_at);
        break;
      } catch (error) {
        const waitMs = retryWait(error, tries, waitedMs);
        if (waitMs !== null) {
          await press.show(
            t('prune.slowingDown', {
              server: serverLabel(server),
              deleted: deleted.length,
              count: targets.length,
              seconds: Math.ceil(waitMs / 1000),
            }),
          );
          const waited = await sleep(waitMs, true, { signal: ctx.background.signal }).catch(() => false);
          if (waited) {
            waitedMs += waitMs;
            continue;
          }
          return stop(targets, index, { deleted, failed, leftAlone }, t('prune.restarting'));
        }
        const why = explain(error, ctx.logger, 'deleting a backup of a prune failed', { kind: 'prune' });
        if (!(error instanceof PanelError) || STOPS.has(error.kind)) {
          // The panel did not answer: this one may be gone or not; the rest were not tried.
          const unknown =
            error instanceof PanelError && (error.kind === 'timeout' || error.kind === 'unreachable');
          if (unknown) failed.push({ backup, why: t('prune.noAnswer', { why }) });
          return stop(targets, unknown ? index + 1 : index, { deleted, failed, leftAlone }, why);
        }
        failed.push({ backup, why });
        break;
      }
    }
  }
  return { deleted, failed, notTried: [], stopped: null, leftAlone };
}

function stop(
  targets: Backup[],
  from: number,
  done: Pick<Pruned, 'deleted' | 'failed' | 'leftAlone'>,
  why: string,
): Pruned {
  return { ...done, notTried: targets.slice(from), stopped: why };
}

/** How long to wait before trying a delete again, or null: a short Retry-After of the rate limit only. */
function retryWait(error: unknown, tries: number, waitedMs: number): number | null {
  if (!(error instanceof PanelError) || error.kind !== 'rate_limited' || error.retryAfterSeconds === null)
    return null;
  const waitMs = Math.max(1, error.retryAfterSeconds) * 1000;
  if (tries >= TRIES_PER_BACKUP || waitMs > LONGEST_WAIT_MS || waitedMs + waitMs > ALL_WAITS_MS) return null;
  return waitMs;
}

function whyLeftAlone(uuid: string, backups: Backup[], spared: ReturnType<typeof selectForPrune>['spared']) {
  const now = backups.find((b) => b.uuid === uuid);
  if (!now) return () => t('prune.leftAlone.gone');
  const kept = spared.find((s) => s.backup.uuid === uuid);
  if (kept?.why === 'locked') return () => t('prune.leftAlone.locked');
  if (kept?.why === 'last_successful') return () => t('prune.leftAlone.lastSuccessful');
  return () => t('prune.leftAlone.noLongerMatches');
}

function report(p: Confirmed, r: Pruned): string {
  const counts = [
    t('prune.report.deleted', { count: r.deleted.length }),
    ...(r.failed.length > 0 ? [t('prune.report.failed', { count: r.failed.length })] : []),
    ...(r.notTried.length > 0 ? [t('prune.report.notDeleted', { count: r.notTried.length })] : []),
  ].join(', ');
  const icon = r.failed.length === 0 && r.notTried.length === 0 ? '🧹' : '⚠️';
  const head = t('prune.report.head', {
    icon,
    server: serverLabel(p.server),
    criteria: criteriaWords(p.criteria),
    counts,
  });
  const name = (b: Pick<Backup, 'name' | 'uuid'>) => `• ${backupLabel(b)}`;
  return fitted(
    head,
    [
      { title: t('prune.report.deletedTitle'), lines: r.deleted.map(name) },
      {
        title: t('prune.report.failedTitle'),
        lines: r.failed.map(({ backup, why }) =>
          t('prune.line', { backup: backupLabel(backup), why: truncate(why, 200) }),
        ),
      },
      {
        title: t('prune.report.stoppedTitle', { why: truncate(r.stopped ?? '', 300) }),
        lines: r.notTried.map(name),
      },
      {
        title: t('prune.report.leftAloneTitle'),
        lines: r.leftAlone.map(({ name: n, why }) =>
          t('prune.line', { backup: backupLabel({ name: n, uuid: '' }), why: why() }),
        ),
      },
    ],
    CONTENT_MAX,
  );
}

function auditLine(userId: string, p: Confirmed, r: Pruned): string {
  const more = [
    ...(r.failed.length > 0 ? [t('prune.audit.failed', { count: r.failed.length })] : []),
    ...(r.notTried.length > 0 ? [t('prune.audit.notDeleted', { count: r.notTried.length })] : []),
  ];
  return t('prune.audit.line', {
    member: userMention(userId),
    server: serverLabel(p.server),
    criteria: criteriaWords(p.criteria),
    count: r.deleted.length,
    more: more.length > 0 ? `, ${more.join(', ')}` : '',
  });
}

export const prune = subcommand({
  name: 'prune',
  description: 'Delete old or failed backups at once (shows which, asks for confirmation)',
  access: 'destructive',
  defer: 'reply',
  options,
  run: (interaction, ctx, s, input) =>
    askToConfirm(interaction, ctx, pruneBackups, s, {
      server: resolveServer(s.link, input.server),
      criteria: criteriaOf({
        keep: input.keep,
        olderThan: input['older-than'],
        failedOnly: input['failed-only'],
      }),
    }),
});
