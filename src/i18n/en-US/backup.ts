/**
 * English (US) words of the `backup` area: the source every other language translates.
 *
 * The `/backup` subcommands about one server's backups (list, create, info, download, lock, delete,
 * rename) and the words every area uses to show a backup: its size, its state, how long it took.
 * In every sentence `{{backup}}` is a backup's name in bold, `{{server}}` a server's name in bold
 * with its identifier in a code span (or the identifier alone), `{{member}}` mentions a Discord
 * member, `{{size}}` is a size like "1.5 MiB" (see `size`), `{{duration}}` a length of time like
 * "2m 5s" (see `duration`). Timestamps like `{{created}}` are Discord timestamps, which Discord
 * shows in the reader's language ("5 minutes ago", "October 24, 2024 12:00").
 * Lines marked "audit" go to the guild's audit channel, in the guild's language.
 */
export const backup = {
  /**
   * A size in binary units. `{{value}}` is the number already written the reader's way ("1.5",
   * "1,5"); keep the unit short (French: "o", "Kio", "Mio", "Gio", "Tio").
   */
  size: {
    bytes: '{{value}} B',
    kibibytes: '{{value}} KiB',
    mebibytes: '{{value}} MiB',
    gibibytes: '{{value}} GiB',
    tebibytes: '{{value}} TiB',
  },
  /** How long ago, very short: autocomplete choices, where Discord timestamps do not render. */
  age: {
    seconds_one: '{{count}}s ago',
    seconds_other: '{{count}}s ago',
    minutes_one: '{{count}}m ago',
    minutes_other: '{{count}}m ago',
    hours_one: '{{count}}h ago',
    hours_other: '{{count}}h ago',
    days_one: '{{count}}d ago',
    days_other: '{{count}}d ago',
  },
  /** A length of time, short: how long a backup took or has been running. */
  duration: {
    seconds: '{{seconds}}s',
    minutes: '{{minutes}}m {{seconds}}s',
    hours: '{{hours}}h {{minutes}}m',
  },
  /** A backup's state as the panel reports it, with its emoji. */
  state: {
    inProgress: '⏳ in progress',
    completed: '✅ completed',
    failed: '❌ failed',
  },
  /** Names of embed fields about one backup (`/backup info`, the reply of `/backup create`). */
  field: {
    state: 'State',
    locked: 'Locked',
    size: 'Size',
    created: 'Created',
    completed: 'Completed',
    /** How long the backup took to make. */
    took: 'Took',
    /** Pelican only: whether a schedule of the panel made it. */
    scheduled: 'Scheduled',
    checksum: 'Checksum',
    /** The file patterns left out of the backup. */
    ignoredFiles: 'Ignored files',
    uuid: 'UUID',
  },
  /** Values of those fields. */
  value: {
    yes: 'yes',
    lockedYes: '🔒 yes',
    no: 'no',
    /** The backup has not completed yet. */
    notYet: 'not yet',
    /** No file was left out. */
    none: 'none',
  },
  /**
   * A backup as a choice of the `backup` option (≤ 100 characters in all: the name is cut to fit).
   * `{{name}}` is the backup's name, `{{detail}}` its size or one of the words below, `{{age}}` one
   * of `age`.
   */
  choice: {
    label: '{{name}} · {{detail}} · {{age}}',
    labelLocked: '{{name}} · {{detail}} · {{age}} · locked',
    inProgress: 'in progress',
    failed: 'failed',
  },
  /**
   * A schedule as a choice of the `schedule` option (≤ 100 characters). `{{name}}` is the schedule's
   * name, `{{rule}}` when it runs, in words ("At 04:00 AM").
   */
  scheduleChoice: {
    active: '{{name}} — {{rule}}',
    paused: '{{name}} — {{rule}} (paused)',
  },
  /** `/backup list`: one page of a server's backups. */
  list: {
    /** The embed's title (≤ 256 characters with the name). `{{server}}` is the server's name. */
    title: 'Backups of {{server}}',
    /**
     * How many backups the server holds, of the most the panel allows (`{{count}}`, the limit).
     * English says "backups" for a limit of 1 too.
     */
    used_one: '{{used}} of {{count}} backups used',
    used_other: '{{used}} of {{count}} backups used',
    /** The panel allows no backups on this server (limit 0), yet `{{count}}` are kept. */
    keptDisabled_one: '{{count}} backups kept · backups are disabled on this server (limit 0)',
    keptDisabled_other: '{{count}} backups kept · backups are disabled on this server (limit 0)',
    /** Under the title. `{{used}}` is one of the two above; `{{size}}` the size of them all. */
    summary: '**{{used}}** · {{size}} in all',
    /** Under the backup a schedule of the panel deletes first when it runs with no room left. */
    nextOut: '♻️ next to be rotated out when a schedule runs at the limit',
    empty: 'No backups yet. Start one with `/backup create`.',
    /** `{{used}}` as above; `{{page}}` of `{{pages}}`; `{{server}}` is the server's identifier. */
    footer: '{{used}} · page {{page}} of {{pages}} · {{server}}',
    /** Pager buttons (≤ 80 characters). */
    previous: 'Previous',
    next: 'Next',
  },
  /** `/backup create`, and any backup the bot follows to its end (also one a schedule run started). */
  created: {
    /** The embed's title (≤ 256 characters with the name). */
    title: 'Backup {{backup}}',
    /** The first answer, before the panel reports anything. */
    inProgress: '⏳ In progress — I will update this message when the panel reports it finished.',
    /** While waiting. `{{checked}}` is a Discord timestamp like "a few seconds ago". */
    waiting:
      '⏳ In progress for {{duration}} — waiting for the panel to report it finished (last checked {{checked}}).',
    /** On its own line, kept on every update: the member asked for a lock the panel did not apply. */
    lockRefused: '⚠️ The panel created it unlocked: locking needs the `backup.delete` permission.',
    completed: '✅ Completed.',
    failed: '❌ The backup failed on the node. It does not count toward the limit; you can try again.',
    /** The DM (after `dm`, below): the same news standing alone, with the size (and the time it took). */
    dmCompleted: '✅ Completed ({{size}}).',
    dmCompletedIn: '✅ Completed ({{size}}, took {{duration}}).',
    /** A DM to the member who started it. `{{news}}` is one or two lines of news. */
    dm: 'Backup {{backup}} on {{server}}: {{news}}',
    /** The bot gave up waiting after `{{duration}}`. */
    deadline:
      '⏳ The panel still reports this backup in progress after {{duration}}, so I stopped following it. Check it with `/backup info`.',
    /** Following failed; `{{message}}` says why (a sentence). */
    followFailed:
      '⚠️ I could not follow this backup to the end: {{message}}\nCheck it later with `/backup info`.',
    /** Audit. */
    auditStarted: '📦 {{member}} started backup {{backup}} on {{server}}.',
    /** Audit. `{{member}}` is who started it. */
    auditCompleted: '📦 Backup {{backup}} on {{server}} (started by {{member}}) completed ({{size}}).',
    /** Audit. */
    auditFailed: '📦 Backup {{backup}} on {{server}} (started by {{member}}) failed.',
    /** Audit. */
    auditUnknown:
      '📦 Backup {{backup}} on {{server}} (started by {{member}}): I could not follow it to the end, so its outcome is unknown here.',
  },
  /** `/backup download`: a one-time download link, shown to the member alone. */
  download: {
    inProgress: 'Backup {{backup}} is still in progress: download it once it has completed.',
    failed: 'Backup {{backup}} failed, so there is no archive to download.',
    /** `{{expires}}` is a Discord timestamp like "in 5 minutes", `{{time}}` one like "12:05 PM". */
    expiresAt: 'It expires {{expires}} ({{time}}).',
    expiresSoon: 'It expires within minutes.',
    /** `{{expiry}}` is one of the two above. */
    link: '🔗 Download link for {{backup}} ({{size}}) on {{server}}.\nThe link works **once** and only you can see it. {{expiry}}',
    /** The link button (≤ 80 characters). */
    button: 'Download',
    /** A masked link, when the link is too long for a button: keep the `[text]({{url}})` shape. */
    archiveLink: '**[⬇️ Download the archive]({{url}})**',
    /** Audit. */
    audit: '🔗 {{member}} took a download link for backup {{backup}} on {{server}}.',
  },
  /** `/backup lock`: locks an unlocked backup, unlocks a locked one. */
  lock: {
    locked:
      '🔒 Backup {{backup}} on {{server}} is now **locked**: it cannot be deleted until it is unlocked.',
    unlocked: '🔓 Backup {{backup}} on {{server}} is now **unlocked**: it can be deleted.',
    /** Audit. */
    auditLocked: '🔒 {{member}} locked backup {{backup}} on {{server}}.',
    /** Audit. */
    auditUnlocked: '🔓 {{member}} unlocked backup {{backup}} on {{server}}.',
  },
  /** `/backup delete`, asked with two buttons. */
  delete: {
    /** `{{created}}` is a Discord timestamp like "October 24, 2024 12:00". */
    question:
      '🗑️ **Delete** backup {{backup}}, created {{created}}, from {{server}}?\n• This cannot be undone.',
    questionWithSize:
      '🗑️ **Delete** backup {{backup}} ({{size}}), created {{created}}, from {{server}}?\n• This cannot be undone.',
    /** The button that confirms (≤ 80 characters). */
    confirm: 'Delete',
    deleted: '🗑️ Backup {{backup}} was deleted from {{server}}.',
    /** Audit. */
    audit: '🗑️ {{member}} deleted backup {{backup}} from {{server}}.',
    /** Pieces of the audit line when the panel refused after the member confirmed (`common.confirmation.audit`). */
    refusal: {
      /** Follows "confirmed to". */
      what: 'delete backup {{backup}} on {{server}}',
      nothingDone: 'nothing was deleted',
      checkHint: 'check the backup on the panel',
    },
  },
  /** `/backup rename` (Pelican panels only). */
  rename: {
    cannot:
      'This panel cannot rename backups: renaming is a Pelican feature, and Pterodactyl has no such action. To get a backup with another name, create a new one with `/backup create name:…`.',
    blank: 'Give the backup a name that is not only spaces.',
    unchanged: 'Backup {{backup}} on {{server}} already has that name. Nothing was changed.',
    /** `{{renamed}}` is the new name in bold. */
    renamed: '✏️ Backup {{backup}} on {{server}} is now called {{renamed}}.',
    /** Audit. */
    audit: '✏️ {{member}} renamed backup {{backup}} on {{server}} to {{renamed}}.',
  },
  /** Refusals before the panel is asked to act on a backup. */
  check: {
    /** The `backup` option was typed, not picked from its suggestions. */
    pickBackup: 'Pick the backup from the list the `backup` option suggests (it needs the backup’s UUID).',
    /** `{{permission}}` is a panel permission like `backup.delete`; `{{server}}` a server identifier. */
    missingPermission:
      'Your panel account lacks the `{{permission}}` permission on server `{{server}}`. Ask the server owner to grant it.',
    notRestorable: 'Backup {{backup}} is still in progress: it can be restored once it has completed.',
    locked:
      'Backup {{backup}} is locked, so it cannot be deleted. Unlock it first with `/backup lock`, then delete it.',
  },
} as const;
