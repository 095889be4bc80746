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
const serverPhrase = (context: CallContext) =>
  context.server ? `server ${code(context.server)}` : 'this server';
/** A retry time as a relative Discord timestamp, rounded up so it never says "now" too early. */
const retryTimestamp = (at: Date) => `<t:${Math.ceil(at.getTime() / 1000)}:R>`;
const tryAgain = (retryAt: Date | null, fallback: string) =>
  retryAt ? `Try again ${retryTimestamp(retryAt)}.` : fallback;

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

export const messages = {
  unauthenticated: () =>
    'The panel rejected your API key (it may have been deleted or expired). Run `/link` again with a new key.',

  forbidden: (context: CallContext, permission: PanelPermission | null) =>
    permission
      ? `Your panel account lacks the ${code(permission)} permission on ${serverPhrase(context)}. Ask the server owner to grant it.`
      : `The panel refused this action for your account on ${serverPhrase(context)}. Ask the server owner for access.`,

  applicationKey: () =>
    'That is an application API key, but the bot needs a client API key. Create one on the panel under Account → API Credentials and run `/link` again.',

  ipRestricted: () =>
    'Your API key only works from certain IP addresses, and the bot is not one of them. Create a key without that restriction (or allow the bot’s address) and run `/link` again.',

  twoFactorRequired: () =>
    'The panel requires two-factor authentication on your account before it allows API access. Enable it in your panel account settings, then try again.',

  notFound: (context: CallContext, missing: MissingSubject) => {
    if (missing === 'server') {
      return `The panel has no ${serverPhrase(context)} that your account can reach. Check the server identifier (the \`server\` option lists yours).`;
    }
    if (missing === 'backup') {
      return `${capitalise(serverPhrase(context))} has no backup ${code(context.backup ?? '?')} (it may have been deleted). Pick one from the \`backup\` option's list.`;
    }
    if (missing === 'schedule') {
      return `${capitalise(serverPhrase(context))} has no schedule #${context.schedule ?? '?'} (it may have been deleted). Pick one from the \`schedule\` option's list.`;
    }
    return context.backup
      ? `The panel could not find ${serverPhrase(context)} or its backup ${code(context.backup)}. Check both and try again.`
      : 'The panel could not find what was asked for. Check the server and try again.';
  },

  serverConflict: (context: CallContext, detail: string | null) => {
    const label = capitalise(serverPhrase(context));
    const text = (detail ?? '').toLowerCase();
    if (text.includes('suspended')) {
      return `${label} is suspended, so the panel refuses this. Ask a panel admin about the suspension.`;
    }
    if (text.includes('maintenance')) {
      return `The node that runs ${serverPhrase(context)} is under maintenance. Try again once the maintenance is over.`;
    }
    if (text.includes('installation')) {
      return `${label} has not finished installing yet. Try again once the installation is done.`;
    }
    if (text.includes('restoring')) {
      return `${label} is restoring a backup right now. Try again when the restore has finished.`;
    }
    if (text.includes('transferred')) {
      return `${label} is being moved to another machine. Try again once the transfer is done.`;
    }
    return detail
      ? `${label} is busy: the panel says "${plain(detail)}". Try again later.`
      : `${label} is in a state that does not allow this right now. Try again later.`;
  },

  validation: (details: ReadonlyArray<string>) =>
    details.length > 0
      ? `The panel rejected the request: ${details.map(plain).join('; ')}.`
      : 'The panel rejected the request as invalid.',

  /** The panel has no such route: an older panel, or Pterodactyl where only Pelican has the feature. */
  unsupported: () =>
    'This panel does not offer that action (its API has no such endpoint). It may need a newer panel version.',

  backupTaskForbidden: () =>
    'This server is not allowed any backups (its backup limit is 0), so the panel refuses a backup schedule. Ask a panel admin to raise the limit.',

  tooManyBackups: (limit: number | null) => {
    if (limit === 0) {
      return 'This server is not allowed any backups (its backup limit is 0). Ask a panel admin to raise the limit.';
    }
    const count = limit === null ? '' : ` (${limit} of ${limit})`;
    return `This server has reached its backup limit${count}. Delete a backup you no longer need (unlock it first if it is locked), then try again.`;
  },

  backupLocked: () =>
    'This backup is locked, so the panel will not delete it. Unlock it first with `/backup lock`, then delete it.',

  badRequest: (context: CallContext, detail: string | null) => {
    const text = (detail ?? '').toLowerCase();
    if (text.includes('cannot be restored at this time')) {
      return 'This backup has not finished yet, so it cannot be restored. Wait until it completes, then try again.';
    }
    if (text.includes('not currently in a state that allows for a backup to be restored')) {
      return `${capitalise(serverPhrase(context))} is not in a state that allows a restore (for example a failed reinstall). Ask a panel admin to look at it.`;
    }
    if (text.includes('cron data provided does not evaluate')) {
      return 'The panel did not accept this timing as a cron rule. Pick one of the `when` presets, or check the cron expression (five fields: minute hour day-of-month month day-of-week).';
    }
    if (text.includes('no tasks are registered')) {
      return 'This schedule has no tasks on the panel, so running it would do nothing. Add a backup task on the panel, or delete the schedule and create it again here.';
    }
    if (/may not have more than \d+ tasks/.test(text)) {
      const limit = /more than (\d+) tasks/.exec(text)?.[1];
      return `This schedule already has the most tasks the panel allows${limit ? ` (${limit})` : ''}.`;
    }
    if (text.includes('unknown disk driver')) {
      return 'This backup is stored somewhere the panel cannot serve downloads from. Ask a panel admin.';
    }
    return detail
      ? `The panel refused the request: ${plain(detail)}.`
      : 'The panel refused the request as malformed.';
  },

  backupThrottled: (limit: number | null, periodSeconds: number | null, retryAt: Date | null) => {
    const rule =
      limit !== null && periodSeconds !== null
        ? `The panel only allows ${limit} backup${limit === 1 ? '' : 's'} per ${formatPeriod(periodSeconds)} on this server.`
        : 'The panel limits how often backups may be created on this server.';
    return `${rule} ${tryAgain(retryAt, 'Try again in a few minutes.')}`;
  },

  rateLimited: (context: CallContext, retryAt: Date | null) =>
    context.method === 'POST' && context.path.endsWith('/restore')
      ? // Pelican also limits restores per server (3 per 15 minutes) with the same exception.
        `The panel is limiting how often backups may be restored on this server (or how many requests your account may make). ${tryAgain(retryAt, 'Try again in a few minutes.')}`
      : `The panel is limiting how many requests your account may make. ${tryAgain(retryAt, 'Try again in a minute.')}`,

  nodeUnreachable: (context: CallContext) =>
    `The panel could not reach the machine (node) that runs ${serverPhrase(context)}. It may be down: try again in a few minutes, or tell a panel admin.`,

  daemonError: (context: CallContext, detail: string | null) =>
    detail
      ? `The machine that runs ${serverPhrase(context)} reported an error: ${plain(detail)}. Try again, or tell a panel admin if it keeps happening.`
      : `The machine that runs ${serverPhrase(context)} reported an error. Try again, or tell a panel admin if it keeps happening.`,

  panelError: (status: number | null) =>
    `The panel had an internal error${status === null ? '' : ` (HTTP ${status})`}. Try again in a moment; if it keeps happening, tell a panel admin.`,

  addressRefused: (host: string) =>
    `The panel URL (${host}) points at an address the bot is not allowed to connect to (private, loopback or link-local). An admin must set the panel's public address with \`/setup\`.`,

  unreachable: (context: CallContext) =>
    `The panel at ${context.host} could not be reached. It may be down, or the panel URL is wrong (an admin can check it with \`/setup\`).`,

  cancelled: () =>
    'I stopped waiting for the panel: this took longer than the action allows. Nothing more was asked of it; try again in a moment.',

  timeout: (context: CallContext) =>
    `The panel did not answer within ${formatSeconds(context.timeoutMs)}. It may be overloaded or down: try again later.`,

  tls: (context: CallContext) =>
    `The secure (HTTPS) connection to the panel at ${context.host} failed: its certificate could not be verified. An admin must fix the panel's certificate or the panel URL (\`/setup\`).`,

  notAPanel: () =>
    'That address does not answer like a Pterodactyl or Pelican panel. Check the panel URL with an admin (`/setup`).',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  if (seconds === 1) return '1 second';
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} seconds`;
}

/** A throttle period the way people say it: "10 minutes" for 600 s, "90 seconds" otherwise. */
function formatPeriod(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return seconds === 3600 ? 'hour' : `${seconds / 3600} hours`;
  if (seconds >= 60 && seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}
