import { describe, expect, it } from 'vitest';
import { createLogger } from '#src/log.js';
import {
  discordUnreachable,
  StartCancelledError,
  storeUnreachable,
  UnreachableError,
  untilReachable,
} from '#src/startupRetry.js';
import { StoreConfigError, StoreUnavailableError } from '#store/index.js';

const refused = () =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
  });

function capture() {
  const lines: string[] = [];
  const logger = createLogger('debug', (line) => lines.push(line));
  return { logger, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const reason = (error: unknown) => discordUnreachable(error, 'https://discord.com/api');

describe('trying again at start-up', () => {
  it('waits out an unreachable target with a doubling delay up to the cap, saying why each time', async () => {
    const { logger, records } = capture();
    let calls = 0;
    const value = await untilReachable(
      async () => {
        calls += 1;
        if (calls < 5) throw refused();
        return 'connected';
      },
      { unreachable: reason, policy: { firstDelayMs: 5, maxDelayMs: 20, attempts: Infinity }, logger },
    );
    expect(value).toBe('connected');
    expect(records().map((r) => [r.level, r.msg, r.code, r.attempt, r.retryInMs])).toEqual([
      ['warn', 'cannot reach discord.com — check the network or DISCORD_API_URL', 'ECONNREFUSED', 1, 5],
      ['warn', 'cannot reach discord.com — check the network or DISCORD_API_URL', 'ECONNREFUSED', 2, 10],
      ['warn', 'cannot reach discord.com — check the network or DISCORD_API_URL', 'ECONNREFUSED', 3, 20],
      ['warn', 'cannot reach discord.com — check the network or DISCORD_API_URL', 'ECONNREFUSED', 4, 20],
    ]);
  });

  it('throws at once what waiting cannot cure, without a retry line', async () => {
    const { logger, records } = capture();
    const refusedToken = Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' });
    await expect(
      untilReachable(() => Promise.reject(refusedToken), {
        unreachable: reason,
        policy: { firstDelayMs: 1, maxDelayMs: 1, attempts: Infinity },
        logger,
      }),
    ).rejects.toBe(refusedToken);
    expect(records()).toEqual([]);
  });

  it('gives up after the attempts allowed, with the reason as the message', async () => {
    const { logger, records } = capture();
    const attempt = untilReachable(() => Promise.reject(refused()), {
      unreachable: reason,
      policy: { firstDelayMs: 1, maxDelayMs: 1, attempts: 3 },
      logger,
    });
    await expect(attempt).rejects.toThrow(UnreachableError);
    await expect(attempt).rejects.toThrow('cannot reach discord.com — check the network or DISCORD_API_URL');
    expect(records()).toHaveLength(2);
  });

  it('stops waiting when the signal comes, and closes what a late attempt still opened', async () => {
    const { logger } = capture();
    const controller = new AbortController();
    let finish: (value: string) => void = () => {};
    const disposed: string[] = [];
    const attempt = untilReachable(() => new Promise<string>((resolve) => (finish = resolve)), {
      unreachable: reason,
      policy: { firstDelayMs: 1, maxDelayMs: 1, attempts: Infinity },
      logger,
      signal: controller.signal,
      dispose: async (value) => {
        disposed.push(value);
      },
    });
    controller.abort();
    await expect(attempt).rejects.toThrow(StartCancelledError);
    finish('a store opened too late');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(disposed).toEqual(['a store opened too late']);
  });

  it('stops during the wait between attempts', async () => {
    const { logger } = capture();
    const controller = new AbortController();
    const attempt = untilReachable(() => Promise.reject(refused()), {
      unreachable: reason,
      policy: { firstDelayMs: 60_000, maxDelayMs: 60_000, attempts: Infinity },
      logger,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 10);
    await expect(attempt).rejects.toThrow(StartCancelledError);
  });
});

describe('why Discord cannot be reached', () => {
  it('names the host of DISCORD_API_URL for a name that does not resolve, or nothing answering', () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' });
    expect(discordUnreachable(dns, 'https://discord.com/api')).toEqual({
      reason: 'cannot reach discord.com — check the network or DISCORD_API_URL',
      fields: { code: 'ENOTFOUND' },
    });
    const both = new AggregateError([refused().cause, refused().cause], '');
    expect(discordUnreachable(both, 'http://127.0.0.1:8080/api')?.reason).toBe(
      'cannot reach 127.0.0.1:8080 — check the network or DISCORD_API_URL',
    );
  });

  it('waits out server errors, not a refusal', () => {
    const outage = Object.assign(new Error('Service Unavailable'), { name: 'HTTPError', status: 503 });
    expect(discordUnreachable(outage, 'https://discord.com/api')).toEqual({
      reason: 'discord.com answers with server errors — Discord may be having an outage',
      fields: { status: 503 },
    });
    const unauthorized = Object.assign(new Error('401: Unauthorized'), { status: 401, code: 0 });
    expect(discordUnreachable(unauthorized, 'https://discord.com/api')).toBeUndefined();
  });
});

describe('why the store cannot be reached', () => {
  const down = (where: string) =>
    new StoreUnavailableError(`could not open the store at ${where}: connect ECONNREFUSED`, {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6390'), { code: 'ECONNREFUSED' }),
    });

  it('names the store without its credentials', () => {
    const url = 'redis://bot:hunter2hunter2@127.0.0.1:6390';
    const why = storeUnreachable(down('redis://127.0.0.1:6390'), url);
    expect(why).toEqual({
      reason: 'cannot reach the store at redis://127.0.0.1:6390 — check STORE_URL',
      fields: { code: 'ECONNREFUSED' },
    });
    expect(JSON.stringify(why)).not.toContain('hunter2');
  });

  it('waits for a backend that keeps reconnecting past the connect timeout', () => {
    const silent = new StoreUnavailableError(
      'could not open the store at redis://127.0.0.1:6390: no answer within 10 s',
      {
        cause: new Error('no answer within 10 s'),
      },
    );
    expect(storeUnreachable(silent, 'redis://127.0.0.1:6390')?.fields).toEqual({ code: 'no answer' });
  });

  it('does not wait for a SQLite file, a bad STORE_URL or a refused password', () => {
    expect(storeUnreachable(down('sqlite:///x'), 'sqlite:///var/lib/bot.sqlite')).toBeUndefined();
    expect(storeUnreachable(new StoreConfigError('STORE_URL: …'), 'redis://127.0.0.1:6390')).toBeUndefined();
    const password = new StoreUnavailableError('could not open the store: password authentication failed', {
      cause: Object.assign(new Error('password authentication failed for user "bot"'), { code: '28P01' }),
    });
    expect(storeUnreachable(password, 'postgres://bot:x@127.0.0.1/bot')).toBeUndefined();
  });
});
