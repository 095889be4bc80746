/**
 * English (US) words of the `restore` area: `/backup restore`, its confirmation, and the follow of
 * the restore to its end (reply, DM, audit). `{{backup}}` is a backup's name in bold, `{{server}}` a
 * server as "**name** (`id`)", `{{member}}` a member mention, `{{duration}}` like "2m 5s",
 * `{{created}}` a Discord timestamp.
 */
export const restore = {
  ask: {
    question: '♻️ **Restore** backup {{backup}} (created {{created}}) over {{server}}?',
    truncate: '• **Every current file is deleted first** (truncate), then the backup is unpacked.',
    overwrite: '• Files in the backup overwrite the current ones; files that are not in the backup stay.',
    /** `{{state}}` is the panel's own word for the server's state (running, starting…), kept in English. */
    running:
      '• The server is **{{state}}**: I will send it the stop signal, wait until it is offline, then restore.',
    offline: '• The server is offline.',
    failedBackup: '• ⚠️ This backup **failed** when it was made: the restored files may be incomplete.',
    /** Confirm buttons (≤ 80 characters). */
    confirmStop: 'Stop and restore',
    confirm: 'Restore',
  },
  startedMeanwhile:
    '{{server}} was started after you asked, so this confirmation no longer says what would happen. Run `/backup restore` again.',
  /** Pieces of the audit line of a refused restore (see common.confirmation.audit). */
  refusal: {
    what: 'restore backup {{backup}} on {{server}}',
    nothingDone: 'nothing was restored',
    checkHint: 'check the backup on the panel',
    /** A sentence with a space before it. */
    maybeStopped: ' The server may have been sent the stop signal.',
  },
  progress:
    '♻️ Restoring {{backup}} on {{server}}… ({{duration}} so far; waiting for the panel to report it finished)',
  finished:
    '✅ The restore of {{backup}} on {{server}} finished. The server is offline: start it when you are ready.',
  auditFinished: '♻️ The restore of {{backup}} on {{server}} (by {{member}}) finished.',
  deadline:
    '⏳ The panel still reports {{server}} restoring {{backup}} after {{duration}}, so I stopped following it. Check the server on the panel before starting it.',
  /** `{{message}}` is the reason, a whole sentence. */
  followFailed:
    '⚠️ I could not follow the restore of {{backup}} on {{server}} to the end: {{message}}\nThe panel may still be restoring it: check the server on the panel before starting it.',
  auditFollowFailed:
    '♻️ The restore of {{backup}} on {{server}} (by {{member}}): I could not follow it to the end, so its outcome is unknown here.',
  started:
    '♻️ Restoring {{backup}} on {{server}}… I will update this message when the panel reports it finished.',
  startedTruncated:
    '♻️ Restoring {{backup}} on {{server}} (files deleted first)… I will update this message when the panel reports it finished.',
  auditStarted: {
    plain: '♻️ {{member}} started restoring backup {{backup}} on {{server}}.',
    truncate: '♻️ {{member}} started restoring backup {{backup}} on {{server}} (truncate).',
    stopped: '♻️ {{member}} started restoring backup {{backup}} on {{server}} after stopping it.',
    truncateStopped:
      '♻️ {{member}} started restoring backup {{backup}} on {{server}} (truncate) after stopping it.',
  },
  waitingToStop: '⏳ Waiting for {{server}} to stop before restoring ({{duration}} so far)…',
  didNotStop:
    '{{server}} did not stop within {{duration}}, so nothing was restored. Stop it from the panel and try again.',
  stopping: '⏹️ Sending the stop signal to {{server}}…',
} as const;
