import { type Interaction, MessageFlags } from 'discord.js';
import { t, tIn } from '#i18n/i18n.js';
import type { Logger } from '#src/log.js';
import { describe } from './replies.js';

/** What an interaction that comes in during shutdown is told, in its member's language. */
export const restarting = (): string => t('errors.restarting');

/** The English of `restarting`, for tests that look for it. */
export const RESTARTING = tIn('en-US', 'errors.restarting');

/**
 * The door interactions come in by, so that shutdown can close it: once closed, a new interaction
 * is answered at once with "restarting" (autocomplete with no choices) rather than left to Discord's
 * "The application did not respond", and the ones already running are waited for, within a bound.
 */
export class InteractionGate {
  readonly #running = new Set<Promise<void>>();
  #closed = false;

  constructor(private readonly logger: Logger) {}

  /** How many interactions are being handled now. */
  get running(): number {
    return this.#running.size;
  }

  /** Handles the interaction with `handle`, or, once the gate is closed, turns it away. Never rejects. */
  admit(interaction: Interaction, handle: () => Promise<void>): void {
    if (this.#closed) {
      void this.#turnAway(interaction);
      return;
    }
    const task: Promise<void> = handle()
      .catch((error: unknown) => this.logger.error('router failed', { error }))
      .finally(() => this.#running.delete(task));
    this.#running.add(task);
  }

  /**
   * Takes no new interactions from now on, and waits up to `graceMs` for the running ones.
   * Returns how many were still running when the wait ended (0: all finished).
   */
  async close(graceMs: number): Promise<number> {
    this.#closed = true;
    if (this.#running.size === 0) return 0;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.#running]),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      }),
    ]);
    clearTimeout(timer);
    return this.#running.size;
  }

  async #turnAway(interaction: Interaction): Promise<void> {
    this.logger.info('interaction turned away: shutting down', describe(interaction));
    try {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.isRepliable())
        await interaction.reply({
          content: restarting(),
          flags: MessageFlags.Ephemeral,
          allowedMentions: { parse: [] },
        });
    } catch (error) {
      this.logger.debug('could not turn an interaction away', { ...describe(interaction), error });
    }
  }
}
