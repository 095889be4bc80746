import { describe, expect, it } from 'vitest';
import { parseConfig } from '#src/config.js';
import { InvalidInputError } from '#src/errors.js';
import { createLogger, type LogLevel, prettyLine } from '#src/log.js';
import { Secret } from '#src/secret.js';

/** A logger writing into an array, and the lines parsed. */
function capture(level: LogLevel = 'debug', format: 'json' | 'pretty' = 'json') {
  const lines: string[] = [];
  const logger = createLogger(level, (line) => lines.push(line), { format });
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const clientKey = `ptlc_${'Ab3dE6gH9k'.repeat(4)}xy`;
const pelicanKey = `pacc_${'Zy8xW7vU6t'.repeat(4)}qr`;
const applicationKey = `ptla_${'Mn4oP5qR6s'.repeat(4)}tu`;
/** A legacy panel key has no prefix to recognise it by: only holding it as a Secret redacts it. */
const legacyKey = 'Zm9vYmFyYmF6cXV4MDEyMzQ1Njc4OWFiY2RlZw';

describe('log lines', () => {
  it('are one JSON object each, with the level by name, an ISO time, the message and the fields', () => {
    const { logger, records } = capture();
    logger.child({ component: 'store' }).info('store opened', { backend: 'sqlite', count: 3 });
    expect(records()).toEqual([
      {
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        pid: process.pid,
        component: 'store',
        backend: 'sqlite',
        count: 3,
        msg: 'store opened',
      },
    ]);
  });

  it('leave out what is below the level', () => {
    const { logger, records } = capture('warn');
    logger.debug('no');
    logger.info('no');
    logger.warn('yes');
    logger.error('yes too');
    expect(records().map((r) => [r.level, r.msg])).toEqual([
      ['warn', 'yes'],
      ['error', 'yes too'],
    ]);
  });

  it('keep an error as name, message, code and cause, with no stack for expected errors or warnings', () => {
    const { logger, records } = capture();
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    logger.warn('panel unreachable', { error: new TypeError('fetch failed', { cause }) });
    logger.error('refused', { error: new InvalidInputError(() => 'That backup is locked.') });
    const [warning, refusal] = records();
    expect(warning?.error).toEqual({
      name: 'TypeError',
      message: 'fetch failed',
      cause: { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:1', code: 'ECONNREFUSED' },
    });
    expect(refusal?.error).toEqual({ name: 'InvalidInputError', message: 'That backup is locked.' });
  });

  it('keep the stack of an unexpected error logged at error level, cleaned of keys', () => {
    const { logger, records, lines } = capture();
    logger.error('interaction failed', { error: new RangeError(`bad ${clientKey}`) });
    const error = records()[0]?.error as { stack?: string };
    expect(error.stack).toMatch(/^RangeError: bad ptlc_\[redacted\]\n\s+at /);
    expect(lines.join('\n')).not.toContain(clientKey);
  });

  it('write Dates, URLs, Maps and bigints readably', () => {
    const { logger, records } = capture();
    logger.info('x', {
      at: new Date('2026-12-02T12:00:00Z'),
      url: new URL('https://panel.example/api?token=abcdef123456'),
      map: new Map([['a', 1]]),
      big: 12n,
    });
    expect(records()[0]).toMatchObject({
      at: '2026-12-02T12:00:00.000Z',
      url: 'https://panel.example/api?token=[redacted]',
      map: { a: 1 },
      big: '12',
    });
  });
});

describe('log redaction', () => {
  it('writes no key, whether in the message, nested fields, an error, its cause, a header or a Secret', () => {
    const held = new Secret(legacyKey);
    const { logger, lines } = capture();
    logger.info(`member pasted ${clientKey} into the name`, { held });
    logger.warn('panel request failed', {
      request: {
        method: 'GET',
        path: `/api/client?note=${pelicanKey}`,
        headers: { Authorization: `Bearer ${clientKey}`, accept: 'application/json' },
      },
      nested: { deeper: { list: [`see ${applicationKey}`, { text: `legacy ${legacyKey}` }] } },
    });
    logger.error('link failed', {
      error: new Error(`panel said: invalid key ${legacyKey}`, {
        cause: new Error(`upstream echoed ${pelicanKey}`, { cause: { authorization: legacyKey } }),
      }),
    });
    logger.info('headers at the top', { authorization: `Bearer ${legacyKey}`, headers: { cookie: 'sid=1' } });
    logger.child({ apiKey: clientKey, token: 'discord-bot-token-value' }).info('child bindings');
    logger.info('legacy key as plain text', { detail: `key=${legacyKey};`, error: new Error(legacyKey) });

    const text = lines.join('\n');
    for (const secret of [
      clientKey,
      pelicanKey,
      applicationKey,
      legacyKey,
      'discord-bot-token-value',
      'sid=1',
    ])
      expect(text).not.toContain(secret);
    // Nothing shaped like a panel key either, and what was cleaned says so.
    expect(text).not.toMatch(/\b(?:ptlc|ptla|pacc|papp)_[A-Za-z0-9]{8,}/);
    expect(text).toContain('[redacted]');
    // The rest of the line survives: it is the key that goes, not the context.
    expect(text).toContain('member pasted ptlc_[redacted] into the name');
    expect(text).toContain('"accept":"application/json"');
    expect(held.reveal()).toBe(legacyKey);
  });

  it('redacts a held legacy key only while the process holds it as a Secret, and leaves ordinary text', () => {
    const { logger, lines } = capture();
    logger.info('Backup at 2026-12-02 12:00 completed', { name: 'nightly', size: 1024 });
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ msg: 'Backup at 2026-12-02 12:00 completed' });
  });

  it('writes no key in the readable format either', () => {
    new Secret(legacyKey);
    const { logger, lines } = capture('debug', 'pretty');
    logger.error('link failed', {
      error: new Error(`invalid ${legacyKey}`, { cause: new Error(clientKey) }),
      headers: { authorization: legacyKey },
    });
    const text = lines.join('\n');
    expect(text).not.toContain(legacyKey);
    expect(text).not.toContain(clientKey);
  });
});

describe('the readable format', () => {
  it('is one line: time, level, message, then key=value fields, errors as their chain', () => {
    const line = JSON.stringify({
      level: 'warn',
      time: '2026-12-02T12:04:05.123Z',
      pid: 7,
      msg: 'cannot reach discord.com — check the network or DISCORD_API_URL',
      code: 'ENOTFOUND',
      retryInMs: 4000,
      error: {
        name: 'Error',
        message: 'fetch failed',
        cause: { name: 'Error', message: 'dns', code: 'EAI' },
      },
    });
    expect(prettyLine(line)).toBe(
      '12:04:05.123 WARN  cannot reach discord.com — check the network or DISCORD_API_URL code=ENOTFOUND retryInMs=4000 error="Error: fetch failed ← Error: dns [EAI]"',
    );
  });

  it('puts an unexpected error’s stack on the lines below', () => {
    const { logger, lines } = capture('debug', 'pretty');
    logger.error('interaction failed', { error: new TypeError('x is undefined') });
    const [first, ...rest] = (lines[0] ?? '').split('\n');
    expect(first).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} ERROR interaction failed error="TypeError: x is undefined"$/,
    );
    expect(rest[0]).toBe('    TypeError: x is undefined');
    expect(rest[1]).toMatch(/^ {4}at /);
  });

  it('is what LOG_FORMAT=pretty picks, and JSON what a sink gets otherwise', () => {
    const pretty = capture('info', 'pretty');
    pretty.logger.info('hello', { a: 'b c' });
    expect(pretty.lines[0]).toMatch(/ INFO {2}hello a="b c"$/);
    const lines: string[] = [];
    createLogger('info', (line) => lines.push(line)).info('hello');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'info', msg: 'hello' });
  });
});

describe('LOG_FORMAT', () => {
  const required = { DISCORD_TOKEN: 't', ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };

  it('reads json and pretty, and leaves the choice to the terminal when unset', () => {
    expect(parseConfig({ ...required, LOG_FORMAT: 'JSON' }).LOG_FORMAT).toBe('json');
    expect(parseConfig({ ...required, LOG_FORMAT: 'pretty' }).LOG_FORMAT).toBe('pretty');
    expect(parseConfig({ ...required, LOG_FORMAT: '' }).LOG_FORMAT).toBe('auto');
    expect(parseConfig(required).LOG_FORMAT).toBe('auto');
  });

  it('refuses anything else by name', () => {
    expect(() => parseConfig({ ...required, LOG_FORMAT: 'xml' })).toThrow(
      'LOG_FORMAT must be json or pretty',
    );
  });
});
