/**
 * English (US) words of the `panel` area: the source every other language translates.
 *
 * What a member is told when the panel (Pterodactyl or Pelican) refuses or fails a request, and when
 * a panel URL an admin typed is refused. Sentences about one server come in two forms: `named`, where
 * `{{server}}` is the server's identifier as code (like `abc12345`), and `unnamed`, for a request
 * that named no server ("this server"). `{{detail}}` is the panel's own words, in English, shown as
 * they are: keep them inside the sentence. `{{when}}` is a Discord timestamp ("in 5 minutes").
 */
export const panel = {
  unauthenticated:
    'The panel rejected your API key (it may have been deleted or expired). Run `/link` again with a new key.',
  forbidden: {
    /** `{{permission}}` is the panel permission the action needs, as code (like `backup.restore`). */
    permission: {
      named:
        'Your panel account lacks the {{permission}} permission on server {{server}}. Ask the server owner to grant it.',
      unnamed:
        'Your panel account lacks the {{permission}} permission on this server. Ask the server owner to grant it.',
    },
    other: {
      named:
        'The panel refused this action for your account on server {{server}}. Ask the server owner for access.',
      unnamed:
        'The panel refused this action for your account on this server. Ask the server owner for access.',
    },
  },
  applicationKey:
    'That is an application API key, but the bot needs a client API key. Create one on the panel under Account → API Credentials and run `/link` again.',
  ipRestricted:
    'Your API key only works from certain IP addresses, and the bot is not one of them. Create a key without that restriction (or allow the bot’s address) and run `/link` again.',
  twoFactorRequired:
    'The panel requires two-factor authentication on your account before it allows API access. Enable it in your panel account settings, then try again.',
  notFound: {
    server: {
      named:
        'The panel has no server {{server}} that your account can reach. Check the server identifier (the `server` option lists yours).',
      unnamed:
        'The panel does not have this server, or your account cannot reach it. Check the server identifier (the `server` option lists yours).',
    },
    /** `{{backup}}` is the backup's identifier as code. */
    backup: {
      named:
        "Server {{server}} has no backup {{backup}} (it may have been deleted). Pick one from the `backup` option's list.",
      unnamed:
        "This server has no backup {{backup}} (it may have been deleted). Pick one from the `backup` option's list.",
    },
    /** `{{schedule}}` is the schedule's number on the panel (or "?"). */
    schedule: {
      named:
        "Server {{server}} has no schedule #{{schedule}} (it may have been deleted). Pick one from the `schedule` option's list.",
      unnamed:
        "This server has no schedule #{{schedule}} (it may have been deleted). Pick one from the `schedule` option's list.",
    },
    /** The panel says the same for a missing server and a missing backup: either may be missing. */
    serverOrBackup: {
      named: 'The panel could not find server {{server}} or its backup {{backup}}. Check both and try again.',
      unnamed: 'The panel could not find this server or its backup {{backup}}. Check both and try again.',
    },
    other: 'The panel could not find what was asked for. Check the server and try again.',
  },
  /** The server is in a state that does not allow the request. */
  conflict: {
    suspended: {
      named:
        'Server {{server}} is suspended, so the panel refuses this. Ask a panel admin about the suspension.',
      unnamed: 'This server is suspended, so the panel refuses this. Ask a panel admin about the suspension.',
    },
    maintenance: {
      named:
        'The node that runs server {{server}} is under maintenance. Try again once the maintenance is over.',
      unnamed: 'The node that runs this server is under maintenance. Try again once the maintenance is over.',
    },
    installing: {
      named: 'Server {{server}} has not finished installing yet. Try again once the installation is done.',
      unnamed: 'This server has not finished installing yet. Try again once the installation is done.',
    },
    restoring: {
      named: 'Server {{server}} is restoring a backup right now. Try again when the restore has finished.',
      unnamed: 'This server is restoring a backup right now. Try again when the restore has finished.',
    },
    transferring: {
      named: 'Server {{server}} is being moved to another machine. Try again once the transfer is done.',
      unnamed: 'This server is being moved to another machine. Try again once the transfer is done.',
    },
    busy: {
      named: 'Server {{server}} is busy: the panel says "{{detail}}". Try again later.',
      unnamed: 'This server is busy: the panel says "{{detail}}". Try again later.',
    },
    other: {
      named: 'Server {{server}} is in a state that does not allow this right now. Try again later.',
      unnamed: 'This server is in a state that does not allow this right now. Try again later.',
    },
  },
  validation: {
    /** `{{details}}` is the panel's own reasons, separated by "; ". */
    details: 'The panel rejected the request: {{details}}.',
    none: 'The panel rejected the request as invalid.',
  },
  /** The panel has no such route: an older panel, or Pterodactyl where only Pelican has the feature. */
  unsupported:
    'This panel does not offer that action (its API has no such endpoint). It may need a newer panel version.',
  backupTaskForbidden:
    'This server is not allowed any backups (its backup limit is 0), so the panel refuses a backup schedule. Ask a panel admin to raise the limit.',
  tooManyBackups: {
    noneAllowed:
      'This server is not allowed any backups (its backup limit is 0). Ask a panel admin to raise the limit.',
    /** `{{limit}}` is the server's backup limit, all of it used. */
    atLimit:
      'This server has reached its backup limit ({{limit}} of {{limit}}). Delete a backup you no longer need (unlock it first if it is locked), then try again.',
    limitUnknown:
      'This server has reached its backup limit. Delete a backup you no longer need (unlock it first if it is locked), then try again.',
  },
  backupLocked:
    'This backup is locked, so the panel will not delete it. Unlock it first with `/backup lock`, then delete it.',
  badRequest: {
    notFinished:
      'This backup has not finished yet, so it cannot be restored. Wait until it completes, then try again.',
    restoreState: {
      named:
        'Server {{server}} is not in a state that allows a restore (for example a failed reinstall). Ask a panel admin to look at it.',
      unnamed:
        'This server is not in a state that allows a restore (for example a failed reinstall). Ask a panel admin to look at it.',
    },
    cron: 'The panel did not accept this timing as a cron rule. Pick one of the `when` presets, or check the cron expression (five fields: minute hour day-of-month month day-of-week).',
    noTasks:
      'This schedule has no tasks on the panel, so running it would do nothing. Add a backup task on the panel, or delete the schedule and create it again here.',
    /** `{{limit}}` is the most tasks a schedule may have on this panel. */
    tooManyTasks: 'This schedule already has the most tasks the panel allows ({{limit}}).',
    tooManyTasksUnknown: 'This schedule already has the most tasks the panel allows.',
    diskDriver: 'This backup is stored somewhere the panel cannot serve downloads from. Ask a panel admin.',
    detail: 'The panel refused the request: {{detail}}.',
    other: 'The panel refused the request as malformed.',
  },
  throttle: {
    /** `{{period}}` is one of the `period` words below ("hour", "10 minutes"), after "per". */
    rule_one: 'The panel only allows {{count}} backup per {{period}} on this server.',
    rule_other: 'The panel only allows {{count}} backups per {{period}} on this server.',
    unknown: 'The panel limits how often backups may be created on this server.',
    /** Followed by one of the `retry` sentences. Pelican also limits restores per server. */
    restores:
      'The panel is limiting how often backups may be restored on this server (or how many requests your account may make).',
    requests: 'The panel is limiting how many requests your account may make.',
  },
  /** A throttle's period, said after "per": "per hour", "per 10 minutes". */
  period: {
    /** Said for exactly one hour; `hours` for more. */
    hour: 'hour',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    /** Said for exactly one minute; `minutes` for more. */
    minute: 'minute',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    seconds_one: '{{count}} second',
    seconds_other: '{{count}} seconds',
  },
  retry: {
    /** `{{when}}` is a Discord timestamp, like "in 5 minutes". */
    at: 'Try again {{when}}.',
    fewMinutes: 'Try again in a few minutes.',
    minute: 'Try again in a minute.',
  },
  nodeUnreachable: {
    named:
      'The panel could not reach the machine (node) that runs server {{server}}. It may be down: try again in a few minutes, or tell a panel admin.',
    unnamed:
      'The panel could not reach the machine (node) that runs this server. It may be down: try again in a few minutes, or tell a panel admin.',
  },
  daemonError: {
    detail: {
      named:
        'The machine that runs server {{server}} reported an error: {{detail}}. Try again, or tell a panel admin if it keeps happening.',
      unnamed:
        'The machine that runs this server reported an error: {{detail}}. Try again, or tell a panel admin if it keeps happening.',
    },
    other: {
      named:
        'The machine that runs server {{server}} reported an error. Try again, or tell a panel admin if it keeps happening.',
      unnamed:
        'The machine that runs this server reported an error. Try again, or tell a panel admin if it keeps happening.',
    },
  },
  panelError: {
    /** `{{status}}` is the HTTP status code, like 500. */
    status:
      'The panel had an internal error (HTTP {{status}}). Try again in a moment; if it keeps happening, tell a panel admin.',
    other:
      'The panel had an internal error. Try again in a moment; if it keeps happening, tell a panel admin.',
  },
  /** `{{host}}` is the panel's host name, like panel.example.com. */
  addressRefused:
    "The panel URL ({{host}}) points at an address the bot is not allowed to connect to (private, loopback or link-local). An admin must set the panel's public address with `/setup`.",
  unreachable:
    'The panel at {{host}} could not be reached. It may be down, or the panel URL is wrong (an admin can check it with `/setup`).',
  cancelled:
    'I stopped waiting for the panel: this took longer than the action allows. Nothing more was asked of it; try again in a moment.',
  /** `{{seconds}}` is the number of seconds, written out (maybe with a decimal, like 2.5). */
  timeout_one:
    'The panel did not answer within {{seconds}} second. It may be overloaded or down: try again later.',
  timeout_other:
    'The panel did not answer within {{seconds}} seconds. It may be overloaded or down: try again later.',
  tls: "The secure (HTTPS) connection to the panel at {{host}} failed: its certificate could not be verified. An admin must fix the panel's certificate or the panel URL (`/setup`).",
  notAPanel:
    'That address does not answer like a Pterodactyl or Pelican panel. Check the panel URL with an admin (`/setup`).',
  /** A panel URL an admin typed in `/setup`, refused before it is asked anything. */
  url: {
    notAUrl: 'That is not a URL. Enter the address of your panel, such as `https://panel.example.com`.',
    httpsRequired: 'The panel URL must start with `https://`.',
    /** The admin typed http://, which the bot operator has not allowed. */
    httpRefused:
      'The panel URL must start with `https://`: API keys would otherwise travel unencrypted. (The bot operator can allow `http://` for a panel on a private network with `ALLOW_INSECURE_PANEL_URL=true`.)',
    credentials: 'The panel URL must not contain a user name or password.',
    queryOrFragment: 'The panel URL must not contain `?` or `#` parts: give the address of the panel itself.',
    refusedHost: 'That address is not allowed as a panel URL.',
    /** `{{host}}` is the host name the admin typed. */
    doesNotResolveCheck: 'The host name `{{host}}` does not resolve. Check the spelling of the panel URL.',
    doesNotResolve: 'The host name `{{host}}` does not resolve.',
    refusedAddress: 'That address is not allowed as a panel URL (link-local or metadata address).',
    privateAddress:
      'That panel URL points at a private or loopback address. The bot operator can allow that with `ALLOW_INSECURE_PANEL_URL=true`.',
  },
} as const;
