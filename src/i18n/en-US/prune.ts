/**
 * English (US) words of the `prune` area: `/backup prune`, its question, the deletes one by one and
 * the report. `{{server}}` is a server as "**name** (`id`)", `{{backup}}` a backup's name in bold,
 * `{{criteria}}` the criteria phrases joined by commas (e.g. "failed only, older than `7d`").
 */
export const prune = {
  badAge:
    '`older-than` takes an age such as `12h`, `7d` or `2w` (m minutes, h hours, d days, w weeks; up to 10 years), and {{value}} is not one.',
  badKeep: '`keep` takes a whole number from 1 to 1000: how many of the newest to keep.',
  noCriteria:
    'Say what to prune: `keep` (how many of the newest backups to keep), `older-than` (an age such as `7d`) or `failed-only`.',
  criteria: {
    failedOnly: 'failed only',
    /** `{{age}}` is the age as typed, as code. */
    olderThan: 'older than {{age}}',
    keeping_one: 'keeping the newest one',
    keeping_other: 'keeping the {{count}} newest',
  },
  failed: '❌ failed',
  spared: {
    locked: '🔒 locked',
    inProgress: '⏳ still in progress',
    lastSuccessful: '✅ the last successful backup',
  },
  noBackups: '{{server}} has no backups, so there is nothing to prune.',
  nothingMatches: 'Nothing on {{server}} can be pruned ({{criteria}}), so nothing would be deleted.',
  /** Section titles. */
  sparedTitle: '**Spared** (they match, but stay):',
  toDeleteTitle: '**To delete**',
  question_one:
    '🧹 **Delete {{count}} backup** from {{server}} ({{criteria}})?\n• They cannot be brought back. I delete them one by one and report each.',
  question_other:
    '🧹 **Delete {{count}} backups** from {{server}} ({{criteria}})?\n• They cannot be brought back. I delete them one by one and report each.',
  /** Confirm button (≤ 80 characters). */
  confirm_one: 'Delete {{count}} backup',
  confirm_other: 'Delete {{count}} backups',
  refusal: {
    what_one: 'prune {{count}} backup from {{server}} ({{criteria}})',
    what_other: 'prune {{count}} backups from {{server}} ({{criteria}})',
    nothingDone: 'nothing was deleted',
    checkHint: 'check the backups on the panel',
  },
  noneLeft: 'Nothing was deleted: since you asked, none of those backups can be pruned any more.',
  leftAloneTitle: '**Left alone**',
  /** One line of a list: a backup and why (one of the `leftAlone.*` phrases, or a reason). */
  line: '• {{backup}} — {{why}}',
  deleting_one: '🧹 Deleting {{count}} backup from {{server}}, one by one…',
  deleting_other: '🧹 Deleting {{count}} backups from {{server}}, one by one…',
  /** `{{deleted}}` of `{{count}}` so far; `{{seconds}}` the wait. */
  slowingDown:
    '🧹 Deleting from {{server}}: {{deleted}} of {{count}} deleted. The panel asked me to slow down, so I wait {{seconds}} s before going on…',
  restarting: 'the bot is restarting.',
  /** `{{why}}` is the reason, a whole sentence. */
  noAnswer: 'the panel did not answer (it may be deleted): {{why}}',
  leftAlone: {
    gone: 'already gone',
    locked: 'locked since',
    lastSuccessful: 'now the last successful backup',
    noLongerMatches: 'no longer matches',
  },
  report: {
    deleted: '**{{count}} deleted**',
    failed: '{{count}} failed',
    notDeleted: '{{count}} not deleted',
    /** `{{icon}}` is 🧹 or ⚠️; `{{counts}}` the counts above joined by commas. */
    head: '{{icon}} Prune of {{server}} ({{criteria}}): {{counts}}.',
    deletedTitle: '**Deleted**',
    failedTitle: '**Failed**',
    /** `{{why}}` is why the prune stopped. */
    stoppedTitle: '**Not deleted**: I stopped — {{why}}',
    leftAloneTitle: '**Left alone** (changed since you asked)',
  },
  audit: {
    failed: '{{count}} failed',
    notDeleted: '{{count}} not deleted (the prune stopped)',
    /** `{{more}}` is ", " and the counts above, or nothing. */
    line_one: '🧹 {{member}} pruned {{server}} ({{criteria}}): {{count}} backup deleted{{more}}.',
    line_other: '🧹 {{member}} pruned {{server}} ({{criteria}}): {{count}} backups deleted{{more}}.',
  },
} as const;
