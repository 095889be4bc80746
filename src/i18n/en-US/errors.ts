/**
 * English (US) words of the `errors` area: the source every other language translates.
 *
 * The bot's own refusals, said before the panel is asked anything: the Discord server is not set up,
 * the member has not linked a key, a role or permission is missing, an input is not valid, a button
 * or form is from an older version of the bot, the bot is restarting. Also the line for a failure
 * that is the bot's own fault (a bug).
 */
export const errors = {
  /** A bug: the member is told it is the bot's fault; the details go to the bot's log. */
  genericFailure: 'Something went wrong on my side. It has been logged; please try again in a moment.',
  notSetUp: 'This Discord server is not set up yet: ask an admin (Manage Server) to run `/setup`.',
  notLinked: 'You have not linked a panel account in this Discord server yet: run `/link` first.',
  /** Used in a DM what only works in a Discord server. */
  guildOnly: {
    /** `{{command}}` is the command's name, like backup. */
    command: '`/{{command}}` works in a Discord server, not in DMs.',
    button: 'This button works in a Discord server, not in DMs.',
    autocomplete: 'Autocomplete works in a Discord server, not in DMs.',
  },
  access: {
    /** `{{roles}}` is a list of role mentions, separated by commas. */
    destructiveRoles:
      'Restoring and deleting backups in this Discord server is limited to members with one of these roles: {{roles}}.',
    /** The bot has just joined, or Discord has not told it about the server yet. */
    guildNotSeen: 'I cannot see this Discord server yet. Try again in a minute.',
    /** A button in a DM about a server the bot has left. */
    guildLeft: 'I am no longer in that server, so it cannot be set up from here.',
    /** `{{guild}}` is the Discord server's name, in bold. */
    notAMember: 'You are no longer a member of **{{guild}}**.',
    manageGuildToSetUp: 'You need the **Manage Server** permission in **{{guild}}** to set it up.',
    manageGuildToChange: 'You need the **Manage Server** permission in **{{guild}}** to change its setup.',
  },
  /** A command, button or form Discord still shows, but this version of the bot does not know. */
  stale: {
    command: '⚠️ This command is no longer available.',
    button: '⚠️ This button belongs to an older version of the bot. Run the command again.',
    form: '⚠️ This form is no longer valid. Run the command again.',
    invalidButton: 'This button is not valid.',
    invalidForm: 'This form is not valid.',
  },
  /** Said to any command, button or form used while the bot shuts down. */
  restarting: '⏳ The bot is restarting: try again in a moment.',
  /** The server a command acts on, from the `server` option or the member's link. */
  server: {
    /** `{{value}}` is what the member typed, as code. */
    notAnIdentifier:
      '{{value}} is not a server identifier. Pick a server from the list the `server` option suggests.',
    none: 'Your panel key reaches no server. Ask the server owner to add you as a subuser, then run `/link` again.',
    /** Said for 2 or more servers. */
    choose_one:
      'Your key reaches {{count}} server: choose one with the `server` option, or set a default server with `/link`.',
    choose_other:
      'Your key reaches {{count}} servers: choose one with the `server` option, or set a default server with `/link`.',
  },
} as const;
