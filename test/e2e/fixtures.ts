/**
 * The fixtures of every e2e file: the bot for the file (started before its tests, stopped after), the
 * world it usually plays in, and the check the file ends with. Call them in a `describe` body:
 *
 *   const e2e = useE2E({ panel: { restoreDurationMs: 500 } });
 *   const world = useWorld(e2e);
 *   it(…);
 *   itEndsClean(e2e);
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoopbackPanel, LoopbackPanelOptions } from '#fakes/loopbackPanel.js';
import { createWorld, type E2E, type E2EOptions, startE2E, type World, waitUntil } from './harness.js';
import { type AllowedErrors, hygieneProblems, type RunTrace } from './hygiene.js';

/**
 * A stand-in for a value a `beforeAll` provides: reading it (in a test or a later hook) reads that
 * value; reading it earlier, while the file's tests are being collected, throws.
 */
export function provided<T extends object>(
  what: string,
): { stand: T; provide(value: T): void; current(): T | undefined } {
  let value: T | undefined;
  const stand = new Proxy({} as T, {
    get(_, property) {
      if (value === undefined) throw new Error(`${what} is not there yet: use it inside a test or a hook`);
      const found: unknown = Reflect.get(value, property);
      return typeof found === 'function' ? found.bind(value) : found;
    },
  });
  return { stand, provide: (v) => (value = v), current: () => value };
}

/** The real bot against a fake Discord and a loopback panel, for the tests of this `describe`. */
export function useE2E(options: E2EOptions = {}): E2E {
  const e2e = provided<E2E>('the e2e run');
  beforeAll(async () => e2e.provide(await startE2E(options)));
  afterAll(async () => {
    await e2e.current()?.close();
  });
  return e2e.stand;
}

/** The shared world of `createWorld` (a set-up guild, its admin and member), made once before the tests. */
export function useWorld(e2e: E2E, options: Parameters<typeof createWorld>[1] = {}): World {
  const world = provided<World>('the world');
  beforeAll(async () => world.provide(await createWorld(e2e, options)));
  return world.stand;
}

/** Another loopback panel (a second guild's, say), started before the tests; its keys are checked too. */
export function useSecondPanel(e2e: E2E, options?: LoopbackPanelOptions): LoopbackPanel {
  const panel = provided<LoopbackPanel>('the second panel');
  beforeAll(async () => panel.provide(await e2e.startPanel(options)));
  return panel.stand;
}

/** What the run left behind: the bot's log, what it sent Discord, every key its panels issued. */
export function traceOf(e2e: E2E): RunTrace {
  return {
    logs: e2e.logs,
    sentToDiscord: e2e.discord.requests.map((r) => r.rawBody),
    secrets: e2e.issuedKeys,
  };
}

/**
 * The last test of every e2e file: once the bot's background work has settled, the run logged no
 * error (but those `allowed` names, each of which it did log), and no panel key, nothing shaped like
 * one and no stack trace reached the log or Discord (see hygiene.ts).
 */
export function itEndsClean(e2e: E2E, allowed: AllowedErrors = {}): void {
  itEndsCleanBy(async () => {
    await waitUntil(() => e2e.bot.context.background.size === 0, 'the background work to settle');
    return traceOf(e2e);
  }, allowed);
}

/** The same last test, over a trace gathered some other way (a bot run as a child process, say). */
export function itEndsCleanBy(trace: () => RunTrace | Promise<RunTrace>, allowed: AllowedErrors = {}): void {
  const allowing = Object.keys(allowed);
  const name =
    allowing.length === 0
      ? 'logged no error, and no key or stack trace reached the log or Discord'
      : `logged no error but ${allowing.map((m) => `"${m}"`).join(', ')}, and no key or stack trace reached the log or Discord`;
  it(name, async () => {
    expect(hygieneProblems(await trace(), allowed)).toEqual([]);
  });
}
