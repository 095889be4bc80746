/**
 * English (US) words of the `rotate` area: `/backup create` at the backup limit, offering to delete
 * the oldest unlocked backup and create. `{{server}}` is a server as "**name** (`id`)", `{{backup}}`
 * a backup's name in bold, `{{member}}` a member mention. `{{atLimit}}` is the `reached` sentence,
 * put before another sentence; `{{reason}}` is a whole sentence (a refusal's own words).
 */
export const rotate = {
  noBackupsAllowed:
    '{{server}} is not allowed any backups (its backup limit is 0). Ask a panel admin to raise the limit.',
  reached: '{{server}} has reached its backup limit ({{used}} of {{limit}}).',
  /** Before a refusal of the permission or role that deleting needs. */
  wouldDelete: '{{atLimit}} Making room would delete its oldest unlocked backup. {{reason}}',
  allLocked:
    '{{atLimit}} Every backup that counts toward it is locked, so there is none I could delete to make room. Delete a backup you no longer need (unlock it first if it is locked), then try again.',
  allLockedOrRunning:
    '{{atLimit}} Every backup that counts toward it is locked or still in progress, so there is none I could delete to make room. Delete a backup you no longer need (unlock it first if it is locked), then try again.',
  /** `{{throttled}}` is the panel's throttle sentence with its retry time. */
  throttled:
    '{{atLimit}} {{throttled}} Nothing was deleted: making room now would lose the oldest backup without a new one.',
  /** `{{schedule}}` is the schedule's name in bold. */
  scheduleRunning:
    '{{atLimit}} A backup schedule on it ({{schedule}}) is running, and at the limit it deletes the oldest unlocked backup by itself. Nothing was deleted: try again in a minute or two. (If it still says so in a few minutes, the schedule may be stuck: pausing and resuming it clears that.)',
  scheduleDue:
    '{{atLimit}} A backup schedule on it ({{schedule}}) is about to run, and at the limit it deletes the oldest unlocked backup by itself. Nothing was deleted: try again in a minute or two.',
  roomMade:
    'Room was made on {{server}} just as you asked, so nothing needs deleting: run `/backup create` again.',
  ask: {
    /** `{{when}}` is a relative Discord timestamp, `{{date}}` a full one. */
    created: 'created {{when}}, {{date}}',
    createdSized: 'created {{when}}, {{date}}, {{size}}',
    newNamed: 'the new backup {{backup}}',
    newUnnamed: 'a new backup',
    /** `{{created}}` is the `created` phrase; `{{newOne}}` is newNamed or newUnnamed. */
    question: '**Delete the oldest unlocked backup** {{backup}} ({{created}}) **and create** {{newOne}}?',
    cannotUndo: '• The deleted backup cannot be brought back; locked backups are never touched.',
    /** Confirm button (≤ 80 characters). */
    confirm: 'Delete oldest and create',
  },
  /** The backup the question named changed before the confirm. `{{change}}` is one of `changed.*`. */
  sinceAsked: '⚠️ Since I asked, {{change}}. Nothing was deleted.',
  changed: {
    gone: '{{backup}} is gone (it was deleted meanwhile), so the oldest unlocked backup is another one',
    locked: '{{backup}} was locked, so the oldest unlocked backup is another one',
    notOldest: '{{backup}} is no longer the oldest unlocked backup',
  },
  refusal: {
    what: 'delete backup {{backup}} from {{server}} to make room for a new backup',
    nothingDone: 'nothing was deleted',
    checkHint: 'check the backups on the panel',
  },
  /** The first line of the new backup's message. `{{date}}` is a Discord timestamp. */
  originDeleted: '♻️ Made room by deleting the oldest unlocked backup, {{backup}} (created {{date}}).',
  originMeanwhile: '📦 Room was made meanwhile, so nothing was deleted.',
  auditDeleted:
    '♻️ {{member}} deleted backup {{backup}} from {{server}} to make room (limit {{limit}}) and started backup {{started}}.',
  auditMeanwhile:
    '📦 {{member}} started backup {{started}} on {{server}} (room was made meanwhile, nothing was deleted).',
  /** The oldest backup was deleted, the new one then failed. `{{why}}` is the reason, a whole sentence. */
  notCreatedUnknown:
    '⚠️ Backup {{backup}} **was deleted** from {{server}} to make room, but the panel did not answer when I asked it for the new backup, so it may or may not have been made: check `/backup list`. {{why}}',
  notCreated:
    '⚠️ Backup {{backup}} **was deleted** from {{server}} to make room, but the new backup **was not created**: {{why}}',
  /** `{{reason}}` is a sentence with a space before it, or nothing. */
  auditNotCreatedUnknown:
    '⚠️ {{member}} deleted backup {{backup}} from {{server}} to make room, but the new backup may not have been created (the panel did not answer).{{reason}}',
  auditNotCreated:
    '⚠️ {{member}} deleted backup {{backup}} from {{server}} to make room, but the new backup was not created.{{reason}}',
} as const;
