/**
 * English (US) words of the `watch` area: the source every other language translates.
 *
 * The panel watch looks at the servers' backups and restores and tells what changed that the bot did
 * not do itself ("made without me": by a panel schedule, or by someone on the panel). Its lines go to
 * the guild's notifications channel, in the guild's language, and by DM to the members who ran
 * `/backup notify`, in their language. In every sentence `{{backup}}` is the backup's name in bold,
 * `{{server}}` the server's name in bold, `{{size}}` a size like "1.5 GB", `{{duration}}` (and the
 * other times) a length of time like "3 min 20 s", `{{started}}` a Discord timestamp shown as
 * "5 minutes ago". "The node (wings)" is the machine that runs the server and makes the backup.
 */
export const watch = {
  /** One line per change the watch noticed. */
  event: {
    /** A backup the bot did not start appeared on the panel. */
    appeared: {
      /** The panel says a schedule of the panel made it. */
      bySchedule: {
        inProgress:
          '📦 Backup {{backup}} on {{server}} was started by a schedule; it is in progress (started {{started}}).',
        completed: '✅ Backup {{backup}} on {{server}} was started by a schedule, and completed: {{size}}.',
        completedIn:
          '✅ Backup {{backup}} on {{server}} was started by a schedule, and completed: {{size}} in {{duration}}.',
        /** `{{why}}` is one of `watch.failedWhy`. */
        failed: '❌ Backup {{backup}} on {{server}} was started by a schedule, and failed. {{why}}',
        failedAfter:
          '❌ Backup {{backup}} on {{server}} was started by a schedule, and failed after {{duration}}. {{why}}',
      },
      /** The panel does not say who made it: not the bot. */
      notByMe: {
        inProgress:
          '📦 Backup {{backup}} on {{server}} was started not by me: a schedule or the panel; it is in progress (started {{started}}).',
        completed:
          '✅ Backup {{backup}} on {{server}} was started not by me: a schedule or the panel, and completed: {{size}}.',
        completedIn:
          '✅ Backup {{backup}} on {{server}} was started not by me: a schedule or the panel, and completed: {{size}} in {{duration}}.',
        failed:
          '❌ Backup {{backup}} on {{server}} was started not by me: a schedule or the panel, and failed. {{why}}',
        failedAfter:
          '❌ Backup {{backup}} on {{server}} was started not by me: a schedule or the panel, and failed after {{duration}}. {{why}}',
      },
    },
    /** A backup the watch saw running has ended. `{{subject}}` is one of `subject` below. */
    ended: {
      subject: {
        plain: 'Backup {{backup}} on {{server}}',
        /** The watch had said it looked stuck. */
        wasStuck: 'Backup {{backup}} on {{server}}, which I reported stuck,',
        /** It was running when the watch first looked at the server, so its start was never told. */
        alreadyRunning: 'Backup {{backup}} on {{server}}, already running when I began watching,',
      },
      completed: '✅ {{subject}} completed: {{size}}.',
      completedIn: '✅ {{subject}} completed: {{size}} in {{duration}}.',
      /** `{{why}}` is one of `watch.failedWhy`. */
      failed: '❌ {{subject}} failed. {{why}}',
      failedAfter: '❌ {{subject}} failed after {{duration}}. {{why}}',
    },
    /**
     * A backup running far longer than this server's recent successful backups. `{{running}}` is how
     * long it has run, `{{threshold}}` how long the watch waits before calling one stuck.
     */
    stuck: {
      noHistory:
        '⏳ Backup {{backup}} on {{server}} looks stuck: in progress for {{running}} (no successful backup of this server to compare with, so I call one stuck after {{threshold}}). The panel marks it failed after 6 hours if the node never reports back.',
      /** `{{longest}}` is how long the longest of the recent successful backups took. */
      withHistory:
        '⏳ Backup {{backup}} on {{server}} looks stuck: in progress for {{running}} (the longest of its recent successful backups took {{longest}}; I call one stuck after {{threshold}}). The panel marks it failed after 6 hours if the node never reports back.',
    },
    /** A backup is no longer listed by the panel. */
    disappeared: {
      done: '🗑️ Backup {{backup}} on {{server}} is gone from the panel (deleted, rotated away by a schedule, or pruned).',
      whileInProgress:
        '🗑️ Backup {{backup}} on {{server}} is gone from the panel while still in progress (deleted, rotated away by a schedule, or pruned).',
    },
    /** Someone restores a backup on the panel (the server is replaced by the backup's files). */
    restoreStarted:
      '♻️ A restore started on {{server}}, not by me (the panel does not say which backup). The server is unavailable until it ends.',
    restoreEnded: {
      /** The watch had told the restore's start. */
      startSeen:
        '♻️ The restore on {{server}} ended (the panel does not say whether it succeeded: check the server before starting it).',
      /** The restore began and ended between two looks. */
      startUnseen:
        '♻️ A restore ran on {{server}}, not by me, and has ended (the panel does not say which backup or whether it succeeded: check the server).',
    },
    /** Any line above, noticed on the first look after the bot restarted (it happened while it was down). */
    late: '{{event}} (noticed after a restart)',
  },
  /** Why a backup failed, as far as the watch can tell: a sentence after "failed". */
  failedWhy: {
    /** The panel gives up on a backup still running after 6 hours. */
    ranTooLong:
      'The panel marked it failed because it was still running after 6 hours (it gives no other reason).',
    noReason: 'The panel gives no reason; the node (wings) log of the server says why.',
  },
  /** DMs from the watch. `{{guild}}` is the Discord server's name. */
  dm: {
    /** One of the lines above, sent to a member who ran `/backup notify`. `{{event}}` is the line. */
    fromGuild: 'From **{{guild}}**: {{event}}',
    /**
     * The panel refused the member's key as a whole (revoked, wrong kind of key, IP not allowed,
     * two-factor needed). `{{reason}}` is a sentence saying which and what to do.
     */
    keyRefused: 'From **{{guild}}**: I stopped watching backups with your panel key. {{reason}}',
    /** The member's panel account lost the permission to see one server's backups. */
    lostPermission:
      'From **{{guild}}**: your panel account no longer has the `backup.read` permission on {{server}}, so I no longer watch its backups with your key (nor DM you about them). Ask the server owner to grant it if you want them again.',
    /** The Discord server's name when the bot no longer knows it. */
    unknownGuild: 'a Discord server',
  },
  /** Replies to `/backup notify`. */
  notify: {
    on: '🔔 I will DM you about the backups of {{server}}: backups made without me (schedules, the panel) and how they end, stuck and deleted backups, restores. Turn it off with `/backup notify state:off`.',
    /** On a line of its own after `on`, when the guild has no notifications channel yet. */
    notWatched:
      '⚠️ The panel is not watched in this Discord server yet: an admin sets a notifications channel in `/setup`, and the DMs start then.',
    off: '🔕 No more DMs about the backups of {{server}}.',
  },
} as const;
