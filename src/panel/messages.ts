import { formatNumber, t } from '#i18n/i18n.js';
import { foldControls } from '#src/oneLine.js';
import type { MissingSubject } from './errors.js';
import type { PanelPermission } from './schemas.js';

/**
 * What a request was about, so that a refusal can be explained in the member's terms
 * ("server `abc12345` has no backup …", "lacks the `backup.restore` permission").
 */
export interface CallContext {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path without query, for log lines only. */
  path: string;
  /** The panel's host, shown when the panel cannot be reached. */
  host: string;
  about: 'account' | 'servers' | 'server' | 'backup' | 'schedule';
  server: string | null;
  backup: string | null;
  schedule: number | null;
  /** The permission the call needs; named on a 403. */
  permission: PanelPermission | null;
  timeoutMs: number;
}

const code = (text: string) => `\`${foldControls(text).replaceAll('`', "'")}\``;
/** The sentence naming the request's server (`{{server}}`), or its form for a request that named none. */
const aboutServer = (context: CallContext, named: (server: string) => string, unnamed: () => string) =>
  context.server ? named(code(context.server)) : unnamed();
/** A retry time as a relative Discord timestamp, rounded up so it never says "now" too early. */
const retryTimestamp = (at: Date) => `<t:${Math.ceil(at.getTime() / 1000)}:R>`;
const tryAgain = (retryAt: Date | null, fallback: () => string) =>
  retryAt ? t('panel.retry.at', { when: retryTimestamp(retryAt) }) : fallback();

/**
 * Panel text is shown inside a sentence: one line, trimmed, without a trailing full stop, short, and
 * inert: the panel's words cannot format, link or mention in a Discord message.
 */
export function plain(detail: string): string {
  const line = foldControls(detail);
  const trimmed = line.trim().replace(/\.$/, '');
  const short = trimmed.length > 300 ? `${trimmed.slice(0, 297)}...` : trimmed;
  return short.replace(/([\\*_`~|>[\]()#<])/g, '\\$1').replace(/@/g, '@\u200b');
}

/**
 * The member's sentence for each refusal, in the current language (see `#i18n/i18n.js`). A PanelError
 * words it when it is read: `userMessage: () => messages.forbidden(context, permission)`.
 */
export const messages = {
  unauthenticated: () => t('panel.unauthenticated'),

  forbidden: (context: CallContext, permission: PanelPermission | null) =>
    permission
      ? aboutServer(
          context,
          (server) => t('panel.forbidden.permission.named', { permission: code(permission), server }),
          () => t('panel.forbidden.permission.unnamed', { permission: code(permission) }),
        )
      : aboutServer(
          context,
          (server) => t('panel.forbidden.other.named', { server }),
          () => t('panel.forbidden.other.unnamed'),
        ),

  applicationKey: () => t('panel.applicationKey'),

  ipRestricted: () => t('panel.ipRestricted'),

  twoFactorRequired: () => t('panel.twoFactorRequired'),

  notFound: (context: CallContext, missing: MissingSubject) => {
    if (missing === 'server') {
      return aboutServer(
        context,
        (server) => t('panel.notFound.server.named', { server }),
        () => t('panel.notFound.server.unnamed'),
      );
    }
    if (missing === 'backup') {
      const backup = code(context.backup ?? '?');
      return aboutServer(
        context,
        (server) => t('panel.notFound.backup.named', { server, backup }),
        () => t('panel.notFound.backup.unnamed', { backup }),
      );
    }
    if (missing === 'schedule') {
      const schedule = context.schedule ?? '?';
      return aboutServer(
        context,
        (server) => t('panel.notFound.schedule.named', { server, schedule }),
        () => t('panel.notFound.schedule.unnamed', { schedule }),
      );
    }
    if (!context.backup) return t('panel.notFound.other');
    const backup = code(context.backup);
    return aboutServer(
      context,
      (server) => t('panel.notFound.serverOrBackup.named', { server, backup }),
      () => t('panel.notFound.serverOrBackup.unnamed', { backup }),
    );
  },

  serverConflict: (context: CallContext, detail: string | null) => {
    const text = (detail ?? '').toLowerCase();
    const state = text.includes('suspended')
      ? 'suspended'
      : text.includes('maintenance')
        ? 'maintenance'
        : text.includes('installation')
          ? 'installing'
          : text.includes('restoring')
            ? 'restoring'
            : text.includes('transferred')
              ? 'transferring'
              : null;
    if (state !== null) {
      return aboutServer(
        context,
        (server) => t(`panel.conflict.${state}.named`, { server }),
        () => t(`panel.conflict.${state}.unnamed`),
      );
    }
    if (detail) {
      const said = plain(detail);
      return aboutServer(
        context,
        (server) => t('panel.conflict.busy.named', { server, detail: said }),
        () => t('panel.conflict.busy.unnamed', { detail: said }),
      );
    }
    return aboutServer(
      context,
      (server) => t('panel.conflict.other.named', { server }),
      () => t('panel.conflict.other.unnamed'),
    );
  },

  validation: (details: ReadonlyArray<string>) =>
    details.length > 0
      ? t('panel.validation.details', { details: details.map(plain).join('; ') })
      : t('panel.validation.none'),

  /** The panel has no such route: an older panel, or Pterodactyl where only Pelican has the feature. */
  unsupported: () => t('panel.unsupported'),

  backupTaskForbidden: () => t('panel.backupTaskForbidden'),

  tooManyBackups: (limit: number | null) => {
    if (limit === 0) return t('panel.tooManyBackups.noneAllowed');
    return limit === null
      ? t('panel.tooManyBackups.limitUnknown')
      : t('panel.tooManyBackups.atLimit', { limit });
  },

  backupLocked: () => t('panel.backupLocked'),

  badRequest: (context: CallContext, detail: string | null) => {
    const text = (detail ?? '').toLowerCase();
    if (text.includes('cannot be restored at this time')) return t('panel.badRequest.notFinished');
    if (text.includes('not currently in a state that allows for a backup to be restored')) {
      return aboutServer(
        context,
        (server) => t('panel.badRequest.restoreState.named', { server }),
        () => t('panel.badRequest.restoreState.unnamed'),
      );
    }
    if (text.includes('cron data provided does not evaluate')) return t('panel.badRequest.cron');
    if (text.includes('no tasks are registered')) return t('panel.badRequest.noTasks');
    if (/may not have more than \d+ tasks/.test(text)) {
      const limit = /more than (\d+) tasks/.exec(text)?.[1];
      return limit
        ? t('panel.badRequest.tooManyTasks', { limit })
        : t('panel.badRequest.tooManyTasksUnknown');
    }
    if (text.includes('unknown disk driver')) return t('panel.badRequest.diskDriver');
    return detail ? t('panel.badRequest.detail', { detail: plain(detail) }) : t('panel.badRequest.other');
  },

  backupThrottled: (limit: number | null, periodSeconds: number | null, retryAt: Date | null) => {
    const rule =
      limit !== null && periodSeconds !== null
        ? t('panel.throttle.rule', { count: limit, period: formatPeriod(periodSeconds) })
        : t('panel.throttle.unknown');
    return `${rule} ${tryAgain(retryAt, () => t('panel.retry.fewMinutes'))}`;
  },

  rateLimited: (context: CallContext, retryAt: Date | null) =>
    context.method === 'POST' && context.path.endsWith('/restore')
      ? // Pelican also limits restores per server (3 per 15 minutes) with the same exception.
        `${t('panel.throttle.restores')} ${tryAgain(retryAt, () => t('panel.retry.fewMinutes'))}`
      : `${t('panel.throttle.requests')} ${tryAgain(retryAt, () => t('panel.retry.minute'))}`,

  nodeUnreachable: (context: CallContext) =>
    aboutServer(
      context,
      (server) => t('panel.nodeUnreachable.named', { server }),
      () => t('panel.nodeUnreachable.unnamed'),
    ),

  daemonError: (context: CallContext, detail: string | null) => {
    if (!detail) {
      return aboutServer(
        context,
        (server) => t('panel.daemonError.other.named', { server }),
        () => t('panel.daemonError.other.unnamed'),
      );
    }
    const said = plain(detail);
    return aboutServer(
      context,
      (server) => t('panel.daemonError.detail.named', { server, detail: said }),
      () => t('panel.daemonError.detail.unnamed', { detail: said }),
    );
  },

  panelError: (status: number | null) =>
    status === null ? t('panel.panelError.other') : t('panel.panelError.status', { status }),

  addressRefused: (host: string) => t('panel.addressRefused', { host }),

  unreachable: (context: CallContext) => t('panel.unreachable', { host: context.host }),

  cancelled: () => t('panel.cancelled'),

  timeout: (context: CallContext) => {
    const seconds = context.timeoutMs / 1000;
    const shown = Number.isInteger(seconds)
      ? formatNumber(seconds)
      : formatNumber(seconds, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return t('panel.timeout', { count: seconds, seconds: shown });
  },

  tls: (context: CallContext) => t('panel.tls', { host: context.host }),

  notAPanel: () => t('panel.notAPanel'),
};

/** A throttle period the way people say it: "10 minutes" for 600 s, "90 seconds" otherwise. */
function formatPeriod(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0)
    return seconds === 3600 ? t('panel.period.hour') : t('panel.period.hours', { count: seconds / 3600 });
  if (seconds >= 60 && seconds % 60 === 0)
    return seconds === 60 ? t('panel.period.minute') : t('panel.period.minutes', { count: seconds / 60 });
  return t('panel.period.seconds', { count: seconds });
}
