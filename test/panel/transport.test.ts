import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PanelClient } from '#panel/client.js';
import { PanelConnections } from '#panel/connections.js';
import { PanelError } from '#panel/errors.js';
import { createLogger } from '#src/log.js';
import { Secret } from '#src/secret.js';

/**
 * Transport failures that the loopback panel cannot produce: nothing listening, a server that
 * does not speak TLS, and a certificate nobody trusts. Plain node:http servers on 127.0.0.1.
 */

const KEY = 'ptlc_TransportTestKeyTransportTestKeyTransport12';

async function listen(server: http.Server | https.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function closedPort(): Promise<number> {
  const server = http.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function failureOf(promise: Promise<unknown>): Promise<PanelError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PanelError);
  return error as PanelError;
}

function retryLines(lines: string[]): number {
  return lines.filter((line) => line.includes('retrying')).length;
}

describe('transport failures', () => {
  const connections = new PanelConnections({ connectTimeoutMs: 2_000, allowPrivateAddresses: true });
  const plain = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{}');
  });
  let plainPort = 0;

  beforeAll(async () => {
    plainPort = await listen(plain);
  });
  afterAll(async () => {
    await connections.close();
    plain.closeAllConnections();
    await new Promise<void>((resolve) => plain.close(() => resolve()));
  });

  it('reports a refused connection as unreachable and resends even a POST, since it never arrived', async () => {
    const lines: string[] = [];
    const port = await closedPort();
    const client = new PanelClient({
      panelUrl: `http://127.0.0.1:${port}/`,
      apiKey: new Secret(KEY),
      connections,
      retry: { maxRetries: 2, maxDelayMs: 5_000 },
      logger: createLogger('debug', (line) => lines.push(line)),
    });
    const error = await failureOf(client.createBackup('abc12345', { name: 'x' }));
    expect(error.kind).toBe('unreachable');
    expect(error.status).toBeNull();
    expect(error.userMessage).toBe(
      `The panel at 127.0.0.1:${port} could not be reached. It may be down, or the panel URL is wrong (an admin can check it with \`/setup\`).`,
    );
    expect(retryLines(lines)).toBe(2);
    expect(lines.join('\n')).not.toContain(KEY);
  });

  it('reports an https URL that reaches a plain-HTTP server as a TLS failure, without retrying', async () => {
    const lines: string[] = [];
    const client = new PanelClient({
      panelUrl: `https://127.0.0.1:${plainPort}`,
      apiKey: new Secret(KEY),
      connections,
      logger: createLogger('debug', (line) => lines.push(line)),
    });
    const error = await failureOf(client.account());
    expect(error.kind).toBe('tls');
    expect(error.retryable).toBe(false);
    expect(retryLines(lines)).toBe(0);
  });

  const hasOpenssl = (() => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasOpenssl)('reports a self-signed certificate as a TLS failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'panel-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
        ],
        { stdio: 'ignore' },
      );
      const secure = https.createServer(
        { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
        (_request, response) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end('{}');
        },
      );
      const port = await listen(secure);
      try {
        const client = new PanelClient({
          panelUrl: `https://127.0.0.1:${port}`,
          apiKey: new Secret(KEY),
          connections,
        });
        const error = await failureOf(client.account());
        expect(error.kind).toBe('tls');
        expect((error.cause as { code: string }).code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
        expect(error.userMessage).toContain('certificate could not be verified');
      } finally {
        secure.closeAllConnections();
        await new Promise<void>((resolve) => secure.close(() => resolve()));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a malformed server identifier without sending anything', async () => {
    let requests = 0;
    const counting = http.createServer((_request, response) => {
      requests += 1;
      response.end();
    });
    const port = await listen(counting);
    try {
      const client = new PanelClient({
        panelUrl: `http://127.0.0.1:${port}`,
        apiKey: new Secret(KEY),
        connections,
      });
      const error = await failureOf(client.resources('../account'));
      expect(error.kind).toBe('not_found');
      expect(error.missing).toBe('server');
      const backupError = await failureOf(client.backup('abc12345', 'a/b'));
      expect(backupError.missing).toBe('backup');
      expect(requests).toBe(0);
    } finally {
      counting.closeAllConnections();
      await new Promise<void>((resolve) => counting.close(() => resolve()));
    }
  });

  it('sends the JSON content type only with a body, and the key only as a bearer token', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const recording = http.createServer((request, response) => {
      seen.push(request.headers);
      response.writeHead(204);
      response.end();
    });
    const port = await listen(recording);
    try {
      const client = new PanelClient({
        panelUrl: `http://127.0.0.1:${port}`,
        apiKey: new Secret(KEY),
        connections,
      });
      await client.sendPower('abc12345', 'start');
      await client.deleteBackup('abc12345', '0f6c8a0e-2d1b-4c55-9a43-1f2e3d4c5b6a');
      const [post, del] = seen;
      expect(post).toMatchObject({
        accept: 'application/json',
        authorization: `Bearer ${KEY}`,
        'content-type': 'application/json',
        'user-agent': 'ptero-backup-bot/0.1.0 (+discord bot)',
      });
      expect(del?.accept).toBe('application/json');
      expect(del?.['content-type']).toBeUndefined();
    } finally {
      recording.closeAllConnections();
      await new Promise<void>((resolve) => recording.close(() => resolve()));
    }
  });

  it('refuses a panel URL that is not http(s) with a not-a-panel error', () => {
    for (const panelUrl of ['not a url', 'ftp://127.0.0.1/']) {
      let caught: unknown;
      try {
        new PanelClient({ panelUrl, apiKey: new Secret(KEY), connections });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PanelError);
      expect((caught as PanelError).kind).toBe('not_a_panel');
    }
  });

  it('refuses pools once the connections are closed', async () => {
    const own = new PanelConnections({ allowPrivateAddresses: true });
    own.poolFor(`http://127.0.0.1:${plainPort}`);
    await own.close();
    expect(() => own.poolFor(`http://127.0.0.1:${plainPort}`)).toThrow(/closed/);
  });

  it('shares one pool per origin whatever the path of the URL', () => {
    const own = new PanelConnections({ allowPrivateAddresses: true });
    const a = own.poolFor(`http://127.0.0.1:${plainPort}/`);
    const b = own.poolFor(`http://127.0.0.1:${plainPort}/server/abc12345`);
    expect(a).toBe(b);
    return own.close();
  });
});
