/**
 * English (US) words of the `setup` area: `/setup` and the DM an admin sets a Discord server up in
 * (its embed, selects, buttons, the panel URL form and the panel test). `{{guild}}` is the Discord
 * server's name (escaped), `{{url}}` the panel URL as code, `{{ms}}` a number of milliseconds.
 */
export const setup = {
  dmFailed:
    '📪 I could not send you a DM, so setup cannot start. Allow direct messages from this server (click the server name → **Privacy Settings** → turn on **Direct Messages**), then run `/setup` again.',
  dmSent: '📬 I sent you a DM to set up **{{guild}}**. Everything else happens there.',
  embed: {
    /** ≤ 256 characters with the name. */
    title: 'Backup bot setup for {{guild}}',
    description:
      'Members link their own panel API key with `/link`; the panel decides what each key may do. The panel URL is set here, so it never appears in a channel.',
    panelUrl: 'Panel URL',
    panelUrlUnset: 'not set — press **Set panel URL**',
    roles: 'Roles allowed to restore and delete',
    rolesAnyone: 'any member whose panel key allows it',
    audit: 'Audit channel',
    none: 'none',
    notifications: 'Notifications channel',
    /** `{{channel}}` is "#name". */
    notificationsSet:
      '{{channel}} — backups made on the panel, failures, stuck and deleted backups, restores',
    notificationsNone: 'none — the panel is not watched',
    lastChange: 'Last change',
    /** `{{member}}` mentions the admin, `{{when}}` is a Discord timestamp ("2 minutes ago"). */
    lastChangeBy: 'by {{member}} {{when}}',
    status: 'Status',
  },
  controls: {
    /** Button labels (≤ 80 characters). */
    setUrl: 'Set panel URL',
    test: 'Test connection',
    /** Select placeholders (≤ 150 characters with the page note). `{{page}}` is the page note or nothing. */
    rolesPlaceholder: 'Roles that may restore and delete (none: anyone){{page}}',
    auditPlaceholder: 'Audit channel (optional){{page}}',
    notificationsPlaceholder: 'Notifications channel (optional; may be the audit channel){{page}}',
    /** A select's page, after its placeholder. */
    pageNote: ' · page {{page}} of {{pages}}',
    /** Select option labels (≤ 100 characters). */
    noAudit: 'No audit channel',
    noNotifications: 'No notifications channel',
    /** Page button labels (≤ 80 characters). */
    rolesPrevious: '◀ Roles',
    rolesNext: 'Roles ▶',
    channelsPrevious: '◀ Channels',
    channelsNext: 'Channels ▶',
  },
  form: {
    /** Modal title (≤ 45 characters) and its field's label (≤ 45 characters). */
    title: 'Panel URL',
    label: 'Panel URL',
    /** `{{reason}}` is a whole sentence. */
    notSaved: 'The panel URL was not saved. {{reason}}',
    saved: '✅ Panel URL saved; the panel answered in {{ms}} ms.',
    savedUnlinked:
      '✅ Panel URL saved; the panel answered in {{ms}} ms. Members linked to the previous panel were unlinked and must run `/link` again.',
  },
  status: {
    channelGone: 'That channel no longer exists. Pick again.',
    rolesGone: 'Some of those roles no longer exist. Pick again.',
    urlFirst: 'Set the panel URL first.',
    testPassed: '✅ The panel answered in {{ms}} ms.',
    /** `{{reason}}` is a whole sentence. */
    testFailed: '❌ {{reason}}',
    rolesSet: '✅ Only those roles (and Manage Server) may restore and delete.',
    rolesAnyone: '✅ Anyone whose panel key allows it may restore and delete.',
    auditSet: '✅ Backup actions will be logged in that channel.',
    auditNone: '✅ No audit channel.',
    notificationsSet:
      '✅ I will watch the panel and post there: backups made without me (schedules, the panel), how they end, stuck and deleted backups, restores.',
    notificationsNone: '✅ No notifications channel: the panel is no longer watched for this server.',
  },
  /** Why the panel test failed, for the admin (who is already in /setup). */
  probe: {
    tls: 'The HTTPS certificate of {{url}} could not be verified. The panel needs a valid certificate for its host name.',
    notAPanel:
      '{{url}} does not answer like a Pterodactyl or Pelican panel. Use the address you open the panel at in a browser.',
    addressRefused:
      '{{url}} leads to an address the bot may not connect to (private, loopback or link-local).',
    unreachable: 'Could not connect to {{url}}. Check the address and that the panel is up.',
    /** `{{reason}}` is the panel error's own sentence. */
    other: '{{url}} could not be verified. {{reason}}',
    noKeyAsked:
      '{{url}} answered without asking for a key, so it does not behave like a Pterodactyl or Pelican panel.',
  },
} as const;
