/**
 * The root of every error a member may be shown. `userMessage` is written for the member:
 * what happened and what to do. It never contains an API key, a URL with a token, or a stack.
 * Anything thrown that is not a UserFacingError is a bug: the router logs it and shows a generic line.
 */
export class UserFacingError extends Error {
  readonly userMessage: string;

  constructor(userMessage: string, options?: { cause?: unknown; logMessage?: string }) {
    super(
      options?.logMessage ?? userMessage,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = new.target.name;
    this.userMessage = userMessage;
  }
}

/** The guild has no panel URL yet. */
export class GuildNotSetUpError extends UserFacingError {
  constructor() {
    super('This Discord server is not set up yet: ask an admin (Manage Server) to run `/setup`.');
  }
}

/** The member has no stored key in this guild. */
export class NotLinkedError extends UserFacingError {
  constructor() {
    super('You have not linked a panel account in this Discord server yet: run `/link` first.');
  }
}

/** Input the member gave that the bot refuses before asking the panel. */
export class InvalidInputError extends UserFacingError {}

/** The member lacks a Discord-side permission (role policy, Manage Server). */
export class NotAllowedError extends UserFacingError {}
