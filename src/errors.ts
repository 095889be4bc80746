import { t, withLocale } from '#i18n/i18n.js';

/**
 * What a member is told: a function that says it in the current language (see `#i18n/i18n.js`),
 * so one error is worded for whoever reads it, however late: the member's reply, the guild's audit
 * post, an English log line.
 */
export type Words = () => string;

/**
 * The root of every error a member may be shown. `userMessage` is written for the member, in the
 * language of the work reading it: what happened and what to do. It never contains an API key, a
 * URL with a token, or a stack. Anything thrown that is not a UserFacingError is a bug: the router
 * logs it and shows a generic line.
 */
export class UserFacingError extends Error {
  readonly #words: Words;

  constructor(words: Words, options?: { cause?: unknown; logMessage?: string }) {
    // The log line is English, whoever the member is.
    super(
      options?.logMessage ?? withLocale('en-US', words),
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = new.target.name;
    this.#words = words;
  }

  /** The member's sentence, in the current language. */
  get userMessage(): string {
    return this.#words();
  }
}

/** The guild has no panel URL yet. */
export class GuildNotSetUpError extends UserFacingError {
  constructor() {
    super(() => t('errors.notSetUp'));
  }
}

/** The member has no stored key in this guild. */
export class NotLinkedError extends UserFacingError {
  constructor() {
    super(() => t('errors.notLinked'));
  }
}

/** Input the member gave that the bot refuses before asking the panel. */
export class InvalidInputError extends UserFacingError {}

/** The member lacks a Discord-side permission (role policy, Manage Server). */
export class NotAllowedError extends UserFacingError {}
