import { describe, expect, it } from 'vitest';
import { createLogger } from '#src/log.js';
import { hygieneProblems, type RunTrace } from './hygiene.js';

/** The check every e2e file ends with, fed made-up runs, so that it cannot pass by seeing nothing. */
describe('the end-of-file hygiene check', () => {
  const key = `ptlc_${'a1B2c3D4e5'.repeat(4)}abc`;

  /** A trace whose log holds what the bot's own logger writes for `write`. */
  function traced(write: (logger: ReturnType<typeof createLogger>) => void, more: Partial<RunTrace> = {}) {
    const logs: string[] = [];
    write(createLogger('debug', (line) => logs.push(line)));
    return { logs, sentToDiscord: [], secrets: [key], ...more };
  }

  it('passes a run that logged below error level and sent nothing secret', () => {
    const trace = traced((log) => {
      log.debug('panel request', { path: '/api/client' });
      log.info('slash commands registered');
      log.warn('autocomplete failed', { error: new Error('slow') });
    });
    expect(hygieneProblems({ ...trace, sentToDiscord: ['{"content":"2 of 3 backups used"}'] })).toEqual([]);
  });

  it('fails on any error-level line, whatever its message', () => {
    for (const message of ['following a backup failed', 'background task failed', 'something new']) {
      const problems = hygieneProblems(traced((log) => log.error(message, { error: new Error('boom') })));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`an error was logged: {"level":"error"`);
      expect(problems[0]).toContain(message);
    }
  });

  it('allows exactly the error messages named, and fails when one of them never came', () => {
    const trace = traced((log) => log.error('following a restore failed'));
    expect(
      hygieneProblems(trace, { 'following a restore failed': 'a restore the key no longer reaches' }),
    ).toEqual([]);
    expect(
      hygieneProblems(trace, {
        'following a restore failed': 'a restore the key no longer reaches',
        'confirmed action failed': 'a stale reason',
      }),
    ).toEqual(['an allowed error was never logged: confirmed action failed']);
    expect(hygieneProblems(trace, { 'following a backup failed': 'another message' })).toHaveLength(2);
  });

  it('fails on a log line that is not a JSON log record, so a changed format cannot hide errors', () => {
    expect(hygieneProblems({ logs: ['ERROR something failed'], sentToDiscord: [], secrets: [] })).toEqual([
      'a log line that is not a JSON log record: ERROR something failed',
    ]);
  });

  it('fails when a key, or anything shaped like one, reaches the log or Discord', () => {
    const other = `pacc_${'Z9y8X7w6V5'.repeat(4)}xyz`;
    const leaky = {
      logs: [JSON.stringify({ level: 'info', msg: `key ${key}` })],
      sentToDiscord: [`{"content":"${other}"}`, `{"content":"${key}"}`],
      secrets: [key],
    };
    expect(hygieneProblems(leaky)).toEqual([
      `a panel key reached the log: ${leaky.logs[0]}`,
      `something shaped like a panel key reached a request to Discord: {"content":"${other}"}`,
      `a panel key reached a request to Discord: {"content":"${key}"}`,
    ]);
    // What the logger itself writes for a key is redacted, and passes.
    expect(hygieneProblems(traced((log) => log.info('got', { error: new Error(`bad ${key}`) })))).toEqual([]);
  });

  it('sees a key through markdown escapes and zero-width spaces, as Discord would show it', () => {
    const escaped = key.replace('_', '\\_');
    const leaky = {
      ...traced((log) => log.info('fine')),
      // As JSON carries them: the markdown backslash doubled, a zero-width space as \u200b.
      sentToDiscord: [
        JSON.stringify({ content: `your key: ${escaped}` }),
        JSON.stringify({ content: `${key.slice(0, 10)}\u200b${key.slice(10)}` }),
      ],
    };
    const problems = hygieneProblems(leaky);
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem).toMatch(/^a panel key reached a request to Discord/);
  });

  it('fails when a stack trace reaches Discord', () => {
    const stack = JSON.stringify({ content: new Error('boom').stack });
    expect(hygieneProblems({ ...traced((log) => log.info('ok')), sentToDiscord: [stack] })).toEqual([
      `a stack trace reached a request to Discord: ${stack}`,
    ]);
  });

  it('fails when it is given no log at all, rather than pass on nothing', () => {
    expect(hygieneProblems({ logs: [], sentToDiscord: [], secrets: [] })).toEqual([
      'no log lines at all: the check was given nothing to read',
    ]);
  });
});
