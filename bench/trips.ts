import { customIds, visibleText } from '#e2e/harness.js';
import type { FakeDiscord, FakeGuild, FakeUser, InteractionHandle } from '#fakes/fakeDiscord.js';
import type { PanelServer } from '#fakes/loopbackPanel.js';
import type { RoundTrip } from './compare.js';
import { MINIMAL_TEXT } from './minimalBot.js';

/** A member who runs commands, and the server their creates and deletes go to. */
export interface Participant {
  user: FakeUser;
  guild: FakeGuild;
  scratch: PanelServer;
}

/** How one bot's answers look, so a round trip ends on the right answer and fails on any other. */
export interface Answers {
  list: string;
  created: string;
  deleted: string;
  /** The custom id of the button that confirms a delete. */
  confirms(customId: string): boolean;
  /** Options of `/backup create` and `/backup delete` beside `backup`: where they act. */
  where(p: Participant): Record<string, string>;
}

export const REAL_ANSWERS: Answers = {
  list: 'Backups of Survival',
  created: 'In progress',
  deleted: 'was deleted',
  confirms: (id) => id.endsWith(':yes'),
  where: (p) => ({ server: p.scratch.identifier }),
};

export const MINIMAL_ANSWERS: Answers = {
  list: MINIMAL_TEXT.list,
  created: MINIMAL_TEXT.created,
  deleted: MINIMAL_TEXT.deleted,
  confirms: (id) => id.startsWith('delete:'),
  where: () => ({}),
};

/**
 * One interaction in flight: `acked` resolves with the ms from dispatch to the first answer Discord
 * accepted (null if none was: refused as too late, or never sent); `finished` once the member sees
 * the final answer (rejects on a wrong answer or a timeout).
 */
export interface Run {
  acked: Promise<number | null>;
  finished: Promise<void>;
}

/** A kind of interaction: `prepare` does the untimed part (asking the question a press answers). */
export interface Kind {
  readonly name: string;
  prepare(p: Participant): Promise<() => Run>;
}

export type Kinds = Record<'list' | 'create' | 'autocomplete' | 'press', Kind> & {
  /** Autocomplete of `/backup restore` with `focused` focused and empty; `choices` as for `choices` below. */
  complete(focused: 'backup' | 'server', choices: number | undefined): Kind;
};

/** The four kinds of the benchmark, for one bot on its fake Discord. */
export function kinds(
  discord: FakeDiscord,
  answers: Answers,
  options: {
    /** A backup of the participant's scratch server that a delete may take. */
    seed: (p: Participant) => string;
    /** Choices autocomplete must offer (undefined: any number, as under a slow panel). */
    choices: number | undefined;
    timeoutMs: number;
  },
): Kinds {
  const { timeoutMs } = options;
  /** Dispatches, and ends on the first edit of @original, which must show `expected`. */
  const untilEdit = (started: number, dispatch: Promise<InteractionHandle>, expected: string): Run => {
    const acked = dispatch.then(async (handle) => {
      await handle.waitFor(
        (h) => h.responses.some((r) => r.kind === 'callback') || h.errors.length > 0,
        timeoutMs,
      );
      const callback = handle.responses.find((r) => r.kind === 'callback');
      return callback === undefined ? null : callback.at - started;
    });
    const finished = dispatch.then(async (handle) => {
      await handle.waitFor(
        (h) => h.responses.some((r) => r.kind === 'edit') || h.errors.length > 0,
        timeoutMs,
      );
      const edit = handle.responses.find((r) => r.kind === 'edit');
      const shown = edit === undefined ? '' : visibleText(edit.data as Parameters<typeof visibleText>[0]);
      if (!shown.includes(expected))
        throw new Error(
          `${handle.responses.length} responses, errors ${JSON.stringify(handle.errors.map((e) => e.code))}, shown ${JSON.stringify(shown.slice(0, 160))}; expected "${expected}"`,
        );
    });
    return { acked: acked.catch(() => null), finished };
  };
  const slash = (p: Participant, subcommand: string, extra: Record<string, string>) =>
    discord.slash({ user: p.user, guild: p.guild, command: 'backup', subcommand, options: extra });
  /** Acknowledged and finished at once: the choices are the answer. */
  const complete = (focused: 'backup' | 'server', choices: number | undefined): Kind => ({
    name: `autocomplete (${focused})`,
    prepare: async (p) => () => {
      const started = performance.now();
      const answered = discord.autocomplete({
        user: p.user,
        guild: p.guild,
        command: 'backup',
        subcommand: 'restore',
        focused,
        options: { [focused]: '' },
        timeoutMs,
      });
      return {
        acked: answered.then(
          () => performance.now() - started,
          () => null,
        ),
        finished: answered.then((answer) => {
          if (choices !== undefined && answer.choices.length !== choices)
            throw new Error(
              `autocomplete of ${focused}: ${answer.choices.length} choices, expected ${choices}`,
            );
        }),
      };
    },
  });

  return {
    complete,
    list: {
      name: 'list',
      prepare: async (p) => () => untilEdit(Date.now(), slash(p, 'list', {}), answers.list),
    },
    create: {
      name: 'create',
      prepare: async (p) => () =>
        untilEdit(Date.now(), slash(p, 'create', answers.where(p)), answers.created),
    },
    autocomplete: complete('backup', options.choices),
    press: {
      name: 'press',
      async prepare(p) {
        const asked = await slash(p, 'delete', { backup: options.seed(p), ...answers.where(p) });
        const button = () => customIds(asked.original).find(answers.confirms);
        await asked.waitFor(
          (h) => button() !== undefined || h.responses.some((r) => r.kind === 'edit'),
          timeoutMs,
        );
        const customId = button();
        const question = asked.original;
        if (customId === undefined || question === undefined)
          throw new Error(`delete asked no question: ${JSON.stringify(visibleText(question).slice(0, 160))}`);
        return () =>
          untilEdit(
            Date.now(),
            discord.clickButton({ user: p.user, guild: p.guild, message: question, customId }),
            answers.deleted,
          );
      },
    },
  };
}

/** A kind as a round trip: prepared untimed, then timed from dispatch to the final answer. */
export function roundTrip(kind: Kind, participant: (index: number) => Participant): RoundTrip {
  let runs = 0;
  return async () => {
    const go = await kind.prepare(participant(runs));
    runs += 1;
    const started = performance.now();
    await go().finished;
    return performance.now() - started;
  };
}
