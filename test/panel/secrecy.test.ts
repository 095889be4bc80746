import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { PanelError, PanelErrorKind } from '#panel/errors.js';
import { FLAVORS, failure, usePanel } from './harness.js';

/** Every value reachable from an error: own properties (hidden ones too) and the cause chain. */
function everythingIn(error: PanelError): string {
  const parts = [
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
    String(error),
    error.message,
    error.userMessage,
    error.stack ?? '',
  ];
  let cause: unknown = error.cause;
  for (let depth = 0; cause !== undefined && depth < 10; depth += 1) {
    parts.push(JSON.stringify(cause), inspect(cause, { depth: 10, showHidden: true }));
    cause =
      cause instanceof Error || (typeof cause === 'object' && cause !== null)
        ? (cause as { cause?: unknown }).cause
        : undefined;
  }
  for (const name of Object.getOwnPropertyNames(error)) {
    parts.push(inspect((error as unknown as Record<string, unknown>)[name], { depth: 10, showHidden: true }));
  }
  return parts.join('\n');
}

/** The key and its secret part alone (a prefix-stripped copy would leak just as much). */
function expectNoKey(text: string, key: string): void {
  expect(text).not.toContain(key);
  expect(text).not.toContain(key.slice(5));
}

describe.each(FLAVORS)('the API key never leaks (%s)', (flavor) => {
  const h = usePanel({ flavor });

  it('is absent from every error kind, its cause chain and the log lines', async () => {
    const user = h.panel.addUser();
    const sub = h.panel.addUser();
    const ipUser = h.panel.addUser({ ipRestricted: true });
    const twoFactorUser = h.panel.addUser({ twoFactorMissing: true });
    const revoked = h.panel.addUser();
    h.panel.revokeKey(revoked.key);
    const applicationKey = h.panel.addApplicationKey(user);
    const server = h.panel.addServer({ owner: user, backupLimit: 1 });
    const full = h.panel.addServer({ owner: user, backupLimit: 0 });
    const busy = h.panel.addServer({ owner: user, status: 'suspended' });
    const down = h.panel.addServer({ owner: user, wingsDown: true });
    const locked = h.panel.addBackup(server, { locked: true, createdAt: new Date(Date.now() - 3_600_000) });
    const running = h.panel.addBackup(h.panel.addServer({ owner: user }), { state: 'in_progress' });
    h.panel.addSubuser(server, sub, []);
    const client = h.client(user.key);
    const id = server.identifier;

    const closedPort = await new Promise<number>((resolve) => {
      const probe = http.createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });

    const cases: Array<[PanelErrorKind, string, () => Promise<unknown>]> = [
      ['unauthenticated', revoked.key, () => h.client(revoked.key).account()],
      ['application_key', applicationKey, () => h.client(applicationKey).listServers()],
      ['ip_restricted', ipUser.key, () => h.client(ipUser.key).account()],
      ['two_factor_required', twoFactorUser.key, () => h.client(twoFactorUser.key).listServers()],
      ['forbidden', sub.key, () => h.client(sub.key).listBackups(id)],
      ['not_found', user.key, () => client.backup(id, '0f6c8a0e-2d1b-4c55-9a43-1f2e3d4c5b6a')],
      ['server_conflict', user.key, () => client.createBackup(busy.identifier)],
      ['validation', user.key, () => client.createBackup(id, { name: 'n'.repeat(300) })],
      ['too_many_backups', user.key, () => client.createBackup(full.identifier)],
      ['backup_locked', user.key, () => client.deleteBackup(id, locked.uuid)],
      [
        'bad_request',
        user.key,
        () => client.restoreBackup(running.serverUuid, running.uuid, { truncate: true }),
      ],
      ['node_unreachable', user.key, () => client.resources(down.identifier)],
      [
        'rate_limited',
        user.key,
        () => {
          h.panel.faults.rateLimitNext(1, 60);
          return client.account();
        },
      ],
      [
        'panel_error',
        user.key,
        () => {
          h.panel.faults.failNext(500);
          return client.account();
        },
      ],
      [
        'not_a_panel',
        user.key,
        () => {
          h.panel.faults.htmlNext();
          return client.account();
        },
      ],
      [
        'unreachable',
        user.key,
        () => {
          h.panel.faults.resetNext();
          return client.sendPower(id, 'start');
        },
      ],
      [
        'timeout',
        user.key,
        () => {
          h.panel.faults.hangNext();
          return h.client(user.key, { timeoutMs: 200 }).account();
        },
      ],
      [
        'unreachable',
        user.key,
        () => h.client(user.key, { panelUrl: `http://127.0.0.1:${closedPort}` }).account(),
      ],
      [
        'tls',
        user.key,
        () => h.client(user.key, { panelUrl: h.panel.url.replace('http:', 'https:') }).account(),
      ],
    ];

    for (const [kind, key, call] of cases) {
      const error = await failure(call(), kind);
      expectNoKey(everythingIn(error), key);
      expectNoKey(everythingIn(error), user.key);
    }

    // The backup throttle: two creations within the period on a server with room for them.
    const roomy = h.panel.addServer({ owner: user, backupLimit: 10 });
    await client.createBackup(roomy.identifier);
    await client.createBackup(roomy.identifier);
    const throttled = await failure(client.createBackup(roomy.identifier), 'backup_throttled');
    expectNoKey(everythingIn(throttled), user.key);

    const logs = h.logLines.join('\n');
    expect(h.logLines.length).toBeGreaterThan(0);
    for (const key of [user.key, sub.key, ipUser.key, twoFactorUser.key, revoked.key, applicationKey]) {
      expectNoKey(logs, key);
    }
  });

  it('keeps the Secret redacted inside the client object itself', () => {
    const user = h.panel.addUser();
    const client = h.client(user.key);
    expectNoKey(inspect(client, { depth: 10, showHidden: true }), user.key);
    expectNoKey(JSON.stringify(client), user.key);
  });
});
