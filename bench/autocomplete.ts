import { type Compared, compare, printCompared, type RoundTrip, type Side } from './compare.js';

export type Focused = 'backup' | 'server';

/**
 * One autocomplete round trip: the fake Discord sends APPLICATION_COMMAND_AUTOCOMPLETE for
 * `/backup restore` with `focused` focused and empty, the bot answers with choices (callback type
 * 8); the round trip ends when the fake has the answer. A wrong number of choices fails the bench,
 * so neither bot is timed on a short cut (an empty list for a member it does not know, say).
 */
export function autocompleteTrip(side: Side, focused: Focused, expectedChoices: number): RoundTrip {
  return async () => {
    const { choices } = await side.discord.autocomplete({
      ...side.member,
      command: 'backup',
      subcommand: 'restore',
      focused,
      options: { [focused]: '' },
      timeoutMs: 10_000,
    });
    if (choices.length !== expectedChoices)
      throw new Error(`autocomplete of ${focused}: ${choices.length} choices, expected ${expectedChoices}`);
  };
}

/**
 * Autocomplete of `/backup restore` through the real bot and through the minimal bot, `backup`
 * focused (the bot: settings, link, session, every page of the server's backups) and `server`
 * focused (the bot: settings, link, session, every page of the member's servers).
 */
export async function benchAutocomplete(
  bot: Side,
  minimal: Side,
  expected: { backups: number; servers: number },
): Promise<Record<Focused, Compared>> {
  const results = {} as Record<Focused, Compared>;
  for (const focused of ['backup', 'server'] as const) {
    process.stdout.write(
      `\nautocomplete (/backup restore, \`${focused}\` focused; real bot, then a minimal discord.js bot)\n`,
    );
    const count = focused === 'backup' ? expected.backups : expected.servers;
    results[focused] = await compare(
      autocompleteTrip(bot, focused, count),
      autocompleteTrip(minimal, focused, count),
    );
    printCompared(results[focused]);
  }
  return results;
}
