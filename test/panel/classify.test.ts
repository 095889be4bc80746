import { describe, expect, it } from 'vitest';
import {
  classifyErrorResponse,
  classifyTransportError,
  isTlsCode,
  MAX_RETRY_AFTER_SECONDS,
  parseRetryAfter,
  reduceCause,
} from '#panel/classify.js';
import type { CallContext } from '#panel/messages.js';

const now = new Date('2024-10-24T12:00:00Z');

function context(overrides: Partial<CallContext> = {}): CallContext {
  return {
    method: 'GET',
    path: '/api/client/servers/abc12345/backups',
    host: 'panel.example.com',
    about: 'server',
    server: 'abc12345',
    backup: null,
    schedule: null,
    permission: 'backup.read',
    timeoutMs: 15_000,
    ...overrides,
  };
}

function envelope(code: string, status: number, detail: string, meta?: Record<string, string>) {
  return { errors: [{ code, status: String(status), detail, ...(meta ? { meta } : {}) }] };
}

function classify(status: number, json: unknown, ctx = context(), retryAfter: string | null = null) {
  return classifyErrorResponse({ status, json, retryAfter, now }, ctx);
}

describe('parseRetryAfter', () => {
  it('reads delta seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });
  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter('Thu, 24 Oct 2024 12:01:30 GMT', now)).toBe(90);
  });
  it('ignores missing or garbage values', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
  it('clamps an absurd value to a day, so the member is told a real time', () => {
    expect(parseRetryAfter('99999999999999999999999', now)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', now)).toBe(MAX_RETRY_AFTER_SECONDS);
    const error = classify(
      429,
      envelope('ThrottleRequestsException', 429, 'Too Many Attempts.'),
      context(),
      '99999999999999999999999',
    );
    expect(error.userMessage).not.toContain('NaN');
    expect(error.userMessage).toMatch(/<t:\d+:R>/);
  });
});

describe('classifyErrorResponse', () => {
  it('maps a too-many-backups refusal to "N of N" with the limit from the detail', () => {
    const error = classify(
      400,
      envelope(
        'TooManyBackupsException',
        400,
        'Cannot create a new backup, this server has reached its limit of 3 backups.',
      ),
    );
    expect(error.kind).toBe('too_many_backups');
    expect(error.userMessage).toBe(
      'This server has reached its backup limit (3 of 3). Delete a backup you no longer need (unlock it first if it is locked), then try again.',
    );
  });

  it('explains a backup limit of 0 as "no backups allowed"', () => {
    const error = classify(
      400,
      envelope(
        'TooManyBackupsException',
        400,
        'Cannot create a new backup, this server has reached its limit of 0 backups.',
      ),
    );
    expect(error.kind).toBe('too_many_backups');
    expect(error.userMessage).toContain('backup limit is 0');
  });

  it('turns the backup throttle into a rule and a Discord timestamp from Retry-After', () => {
    const error = classify(
      429,
      envelope(
        'TooManyRequestsHttpException',
        429,
        'Only 2 backups may be generated within a 600 second span of time.',
      ),
      context(),
      '300',
    );
    expect(error.kind).toBe('backup_throttled');
    expect(error.retryAfterSeconds).toBe(300);
    expect(error.retryAt?.toISOString()).toBe('2024-10-24T12:05:00.000Z');
    const unix = Date.parse('2024-10-24T12:05:00Z') / 1000;
    expect(error.userMessage).toBe(
      `The panel only allows 2 backups per 10 minutes on this server. Try again <t:${unix}:R>.`,
    );
  });

  it.each([
    ['90', 'per 90 seconds'],
    ['60', 'per minute'],
    ['3600', 'per hour'],
    ['7200', 'per 2 hours'],
  ])('says a throttle period of %s seconds as %s', (period, spoken) => {
    const error = classify(
      429,
      envelope(
        'TooManyRequestsHttpException',
        429,
        `Only 3 backups may be generated within a ${period} second span of time.`,
      ),
      context(),
      '30',
    );
    expect(error.userMessage).toContain(`The panel only allows 3 backups ${spoken} on this server.`);
  });

  it('tells apart the API rate limit from the backup throttle', () => {
    const error = classify(
      429,
      envelope('ThrottleRequestsException', 429, 'Too Many Attempts.'),
      context(),
      '7',
    );
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(7);
  });

  it('names the permission of the call on a subuser 403', () => {
    const error = classify(
      403,
      envelope('AccessDeniedHttpException', 403, 'This action is unauthorized.'),
      context({ permission: 'backup.restore' }),
    );
    expect(error.kind).toBe('forbidden');
    expect(error.permission).toBe('backup.restore');
    expect(error.userMessage).toBe(
      'Your panel account lacks the `backup.restore` permission on server `abc12345`. Ask the server owner to grant it.',
    );
  });

  it('recognises the application-key and IP-restriction 403s', () => {
    expect(
      classify(
        403,
        envelope(
          'AccessDeniedHttpException',
          403,
          'You are attempting to use an application API key on an endpoint that requires a client API key.',
        ),
      ).kind,
    ).toBe('application_key');
    const ip = classify(
      403,
      envelope(
        'AccessDeniedHttpException',
        403,
        'This IP address (10.0.0.5) does not have permission to access the API using these credentials.',
      ),
    );
    expect(ip.kind).toBe('ip_restricted');
    expect(ip.userMessage).not.toContain('10.0.0.5');
  });

  it('passes on each 409 reason in plain words', () => {
    const cases: Array<[string, string]> = [
      ['This server is currently suspended and the functionality requested is unavailable.', 'is suspended'],
      [
        'The node of this server is currently under maintenance and the functionality requested is unavailable.',
        'under maintenance',
      ],
      [
        'This server has not yet completed its installation process, please try again later.',
        'not finished installing',
      ],
      ['This server is currently restoring from a backup, please try again later.', 'restoring a backup'],
      [
        'This server is currently being transferred to a new machine, please try again later.',
        'being moved to another machine',
      ],
      ['This server is currently in an unsupported state, please try again later.', 'unsupported state'],
    ];
    for (const [detail, phrase] of cases) {
      const error = classify(409, envelope('ServerStateConflictException', 409, detail));
      expect(error.kind).toBe('server_conflict');
      expect(error.userMessage).toContain(phrase);
    }
  });

  it('keeps every validation failure with its field and rule', () => {
    const error = classify(422, {
      errors: [
        {
          code: 'ValidationException',
          status: '422',
          detail: 'The truncate field is required.',
          meta: { source_field: 'truncate', rule: 'required' },
        },
        {
          code: 'ValidationException',
          status: '422',
          detail: 'The name must be a string.',
          meta: { source_field: 'name', rule: 'string' },
        },
      ],
    });
    expect(error.kind).toBe('validation');
    expect(error.validation).toEqual([
      { field: 'truncate', rule: 'required', detail: 'The truncate field is required.' },
      { field: 'name', rule: 'string', detail: 'The name must be a string.' },
    ]);
    expect(error.userMessage).toBe(
      'The panel rejected the request: The truncate field is required; The name must be a string.',
    );
  });

  it('says which thing is missing on a 404', () => {
    const unknown = envelope(
      'NotFoundHttpException',
      404,
      'The requested resource could not be found on the server.',
    );
    const noAccess = envelope(
      'NotFoundHttpException',
      404,
      'The requested resource does not exist on this server.',
    );
    expect(classify(404, unknown).missing).toBe('server');
    expect(classify(404, unknown, context({ about: 'backup', backup: 'b-1' })).missing).toBe('resource');
    const denied = classify(404, noAccess, context({ about: 'backup', backup: 'b-1' }));
    expect(denied.missing).toBe('server');
    expect(denied.userMessage).toContain('no server `abc12345` that your account can reach');
  });

  it('maps daemon failures by status', () => {
    const daemonDown = classify(
      504,
      envelope(
        'DaemonConnectionException',
        504,
        'Could not establish a connection to the machine running this server. Please try again.',
      ),
    );
    expect(daemonDown.kind).toBe('node_unreachable');
    expect(daemonDown.retryable).toBe(true);
    const daemon4xx = classify(
      400,
      envelope(
        'DaemonConnectionException',
        400,
        'An error occurred on the remote host: disk full. (request id: x)',
      ),
    );
    expect(daemon4xx.kind).toBe('daemon_error');
  });

  it('treats an answer without the envelope as not a panel, but a bare gateway error as a panel error', () => {
    expect(classify(404, undefined).kind).toBe('not_a_panel');
    expect(classify(401, { message: 'Unauthenticated.' }).kind).toBe('not_a_panel');
    const gateway = classify(502, undefined);
    expect(gateway.kind).toBe('panel_error');
    expect(gateway.userMessage).toContain('HTTP 502');
  });

  it('maps restore preconditions to specific bad_request messages', () => {
    const inProgress = classify(
      400,
      envelope(
        'BadRequestHttpException',
        400,
        'This backup cannot be restored at this time: not completed or failed.',
      ),
    );
    expect(inProgress.kind).toBe('bad_request');
    expect(inProgress.userMessage).toContain('has not finished yet');
  });

  it('redacts a key-shaped string that a panel might echo in its detail', () => {
    const error = classify(
      400,
      envelope('BadRequestHttpException', 400, 'Bad key ptlc_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH'),
    );
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('abcdefghijklmnop');
  });
});

describe('classifyTransportError', () => {
  const errorWithCode = (code: string, message = code) => Object.assign(new Error(message), { code });

  it('knows which failures prove that the request never reached the panel', () => {
    expect(classifyTransportError(errorWithCode('ECONNREFUSED'), context(), false)).toMatchObject({
      neverReachedPanel: true,
      error: { kind: 'unreachable' },
    });
    expect(classifyTransportError(errorWithCode('ENOTFOUND'), context(), false).neverReachedPanel).toBe(true);
    expect(classifyTransportError(errorWithCode('UND_ERR_CONNECT_TIMEOUT'), context(), false)).toMatchObject({
      neverReachedPanel: true,
      error: { kind: 'timeout' },
    });
    expect(classifyTransportError(errorWithCode('UND_ERR_SOCKET'), context(), false)).toMatchObject({
      neverReachedPanel: false,
      error: { kind: 'unreachable' },
    });
  });

  it('maps undici timeouts and our own abort to timeout', () => {
    for (const code of ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']) {
      expect(classifyTransportError(errorWithCode(code), context(), false).error.kind).toBe('timeout');
    }
    const ours = classifyTransportError(
      new Error('panel request timed out'),
      context({ timeoutMs: 2500 }),
      true,
    );
    expect(ours.error.kind).toBe('timeout');
    expect(ours.error.userMessage).toContain('within 2.5 seconds');
    const byDefault = classifyTransportError(new Error('panel request timed out'), context(), true);
    expect(byDefault.error.userMessage).toBe(
      'The panel did not answer within 15 seconds. It may be overloaded or down: try again later.',
    );
  });

  it('maps certificate failures to tls, which is never retryable', () => {
    for (const code of [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'CERT_HAS_EXPIRED',
      'ERR_TLS_CERT_ALTNAME_INVALID',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'ERR_SSL_WRONG_VERSION_NUMBER',
    ]) {
      expect(isTlsCode(code)).toBe(true);
      const failure = classifyTransportError(errorWithCode(code), context(), false);
      expect(failure.error.kind).toBe('tls');
      expect(failure.error.retryable).toBe(false);
    }
    expect(isTlsCode('ECONNRESET')).toBe(false);
  });

  it('keeps only name, code and a redacted message of the cause', () => {
    const raw = Object.assign(new Error('boom ptlc_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH'), {
      code: 'ECONNRESET',
      headers: { authorization: 'Bearer ptlc_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH' },
    });
    const cause = reduceCause(raw);
    expect(Object.keys(cause).sort()).toEqual(['code', 'message', 'name']);
    expect(JSON.stringify(cause)).not.toContain('abcdefghijklmnop');
  });
});
