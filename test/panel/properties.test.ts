import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PanelClient } from '#panel/client.js';
import { PanelConnections } from '#panel/connections.js';
import { PanelError } from '#panel/errors.js';
import { Secret } from '#src/secret.js';

/**
 * Property tests of the panel client's parsing: whatever a panel (or something posing as one)
 * answers — wrong types, missing fields, huge strings, deep nesting, any status, any content type —
 * every call ends in a value its schema accepted or in a typed PanelError with words for the member,
 * never another exception, and never with the key in those words.
 */

const KEY = 'ptlc_propertytestkey0000000000000000000000';
const RUNS = 300;

interface Answer {
  status: number;
  contentType: string | null;
  body: string;
  retryAfter?: string | undefined;
}

const validBackup = {
  object: 'backup',
  attributes: {
    uuid: '00000000-0000-4000-8000-000000000001',
    is_successful: true,
    is_locked: false,
    name: 'nightly',
    ignored_files: [],
    checksum: 'sha1:abc',
    bytes: 1024,
    created_at: '2026-01-01T03:00:00+00:00',
    completed_at: '2026-01-01T03:01:00+00:00',
  },
};
const validList = {
  object: 'list',
  data: [validBackup],
  meta: {
    backup_count: 1,
    pagination: { total: 1, count: 1, per_page: 50, current_page: 1, total_pages: 1, links: {} },
  },
};

/** A JSON document with one value somewhere replaced (or removed): shapes that are almost right. */
function mutated(base: unknown): fc.Arbitrary<unknown> {
  const paths: Array<Array<string | number>> = [];
  const walk = (value: unknown, path: Array<string | number>) => {
    paths.push(path);
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i]);
    } else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(base, []);
  return fc
    .tuple(fc.constantFrom(...paths), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }))
    .map(([path, replacement]) => {
      const copy = structuredClone(base) as Record<string | number, unknown>;
      if (path.length === 0) return replacement;
      let node = copy as Record<string | number, unknown>;
      for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
      const last = path[path.length - 1] as string | number;
      if (replacement === undefined) delete node[last];
      else node[last] = replacement;
      return copy;
    });
}

const deepNesting = fc
  .integer({ min: 10, max: 20_000 })
  .map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);
const hugeName = fc.integer({ min: 1_000, max: 300_000 }).map((n) =>
  JSON.stringify({
    ...validList,
    data: [{ ...validBackup, attributes: { ...validBackup.attributes, name: 'x'.repeat(n) } }],
  }),
);
const errorBody = fc
  .oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.array(
      fc.record(
        {
          code: fc.string(),
          status: fc.string(),
          detail: fc.oneof(fc.string({ maxLength: 5_000 }), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 300 },
    ),
  )
  .map((errors) => JSON.stringify({ errors }));

const answers: fc.Arbitrary<Answer> = fc.record({
  status: fc.constantFrom(
    200,
    201,
    202,
    204,
    301,
    400,
    401,
    403,
    404,
    405,
    409,
    419,
    422,
    429,
    500,
    502,
    503,
    504,
    520,
  ),
  contentType: fc.constantFrom('application/json', 'text/html; charset=UTF-8', 'text/plain', null),
  body: fc.oneof(
    mutated(validList).map((v) => JSON.stringify(v) ?? ''),
    mutated(validBackup).map((v) => JSON.stringify(v) ?? ''),
    fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
    errorBody,
    deepNesting,
    hugeName,
    fc.string({ maxLength: 2_000 }),
    fc.constant(`{"echo":"${KEY}"}`),
    fc.constant(JSON.stringify({ errors: [{ code: 'X', status: '400', detail: `bad key ${KEY}` }] })),
  ),
  retryAfter: fc.option(fc.oneof(fc.nat().map(String), fc.string({ maxLength: 20 })), { nil: undefined }),
});

describe('the panel client against arbitrary answers (fast-check)', () => {
  let server: http.Server;
  let url: string;
  let connections: PanelConnections;
  let current: Answer = { status: 200, contentType: 'application/json', body: '{}' };

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      request.resume();
      const headers: Record<string, string> = {};
      if (current.contentType) headers['content-type'] = current.contentType;
      if (current.retryAfter !== undefined) headers['retry-after'] = current.retryAfter;
      response.writeHead(current.status, headers);
      response.end(current.status === 204 ? undefined : current.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    connections = new PanelConnections({ allowPrivateAddresses: true });
  });
  afterAll(async () => {
    await connections.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = () =>
    new PanelClient({
      panelUrl: url,
      apiKey: new Secret(KEY),
      connections,
      timeoutMs: 5_000,
      retry: { maxRetries: 0, maxDelayMs: 0 },
    });

  const calls: Record<string, (c: PanelClient) => Promise<unknown>> = {
    listBackups: (c) => c.listBackups('abcd1234'),
    backup: (c) => c.backup('abcd1234', '00000000-0000-4000-8000-000000000001'),
    server: (c) => c.server('abcd1234'),
    listServers: (c) => c.listServers(),
    createBackup: (c) => c.createBackup('abcd1234', { name: 'x' }),
    deleteBackup: (c) => c.deleteBackup('abcd1234', '00000000-0000-4000-8000-000000000001'),
    listSchedules: (c) => c.listSchedules('abcd1234'),
    runSchedule: (c) => c.runSchedule('abcd1234', 1),
    account: (c) => c.account(),
  };

  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: a parsed value or a typed PanelError with the member's words, never the key`, async () => {
      await fc.assert(
        fc.asyncProperty(answers, async (answer) => {
          current = answer;
          try {
            await call(client());
          } catch (error) {
            if (!(error instanceof PanelError)) throw error;
            expect(error.userMessage.length).toBeGreaterThan(0);
            expect(error.userMessage).not.toContain(KEY);
            expect(error.userMessage).not.toContain(KEY.slice(5));
            expect(error.userMessage).not.toMatch(/NaN|undefined|\[object Object\]/);
          }
        }),
        { numRuns: RUNS },
      );
    }, 60_000);
  }
});
