/** English (US) words shared by many areas: confirmations, lists cut short, DMs about long work. */
export const common = {
  /** A restore or delete asked with two buttons, answered by the member who asked. */
  confirmation: {
    /** The button that answers no (≤ 80 characters). */
    cancel: 'Cancel',
    /** After the question. `{{deadline}}` is a Discord timestamp, like "in 60 seconds". */
    confirmWithin_one: 'Confirm within {{count}} second ({{deadline}}).',
    confirmWithin_other: 'Confirm within {{count}} seconds ({{deadline}}).',
    /** `{{owner}}` mentions the member who asked. */
    notYours: '⛔ Only {{owner}} can answer this confirmation.',
    gone: '⌛ This confirmation has expired or was already answered. Nothing was done.',
    /** Replaces the question once nobody answered it in time. */
    expired_one: '⌛ This confirmation expired after {{count}} second. Nothing was done.',
    expired_other: '⌛ This confirmation expired after {{count}} seconds. Nothing was done.',
    cancelled: '✖️ Cancelled. Nothing was done.',
    /** Shown between the press and the action, while the bot checks again. */
    checking: '⏳ Checking that this is still valid…',
    /** The bot shut down during the action: it goes on after the restart. */
    resumesAfterRestart: '⏳ The bot is restarting: it goes on with this once it is back.',
    /** `{{seconds}}` is how long a confirmation waits. */
    tooManyOfYours_one:
      'You already have {{count}} confirmation waiting. Answer or let them expire ({{seconds}} s) first.',
    tooManyOfYours_other:
      'You already have {{count}} confirmations waiting. Answer or let them expire ({{seconds}} s) first.',
    tooMany: 'Too many confirmations are waiting right now. Try again in a minute.',
    /**
     * A line in the audit channel: a member confirmed an action, which then did not happen (or whose
     * outcome is unknown). `{{member}}` mentions the member; `{{what}}` is the action, like "delete
     * backup **x** from **server**"; `{{note}}` is another sentence (with a space before it) or nothing.
     */
    audit: {
      /** The panel did not answer, so it may have acted. `{{hint}}` says what to check. */
      noAnswer: '⚠️ {{member}} confirmed to {{what}}, but the panel did not answer: {{hint}}.{{note}}',
      /** `{{nothingDone}}` is like "nothing was deleted". */
      refused: '⚠️ {{member}} confirmed to {{what}}, but it was refused: {{nothingDone}}.{{note}}',
    },
  },
  /** A list cut short to fit a Discord message. */
  list: {
    /** After the items shown. */
    andMore_one: '…and {{count}} more',
    andMore_other: '…and {{count}} more',
    /** When no item fits: how many there are. */
    inAll_one: '…{{count}} in all',
    inAll_other: '…{{count}} in all',
    /** The last field of an embed with too many fields. */
    moreNotShown_one: '{{count}} more not shown',
    moreNotShown_other: '{{count}} more not shown',
  },
  /** A DM about long work asked in a Discord server. `{{guild}}` is its name in bold; `{{text}}` the news. */
  dmFromGuild: 'From **{{guild}}**: {{text}}',
} as const;
