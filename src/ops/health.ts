import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Client, Status } from 'discord.js';
import { ConfigError } from '#src/config.js';
import { type Logger, redactString } from '#src/log.js';
import type { BotMetrics } from './metrics.js';

/** How long the store gets to answer the readiness ping before /readyz says it does not answer. */
export const STORE_PING_TIMEOUT_MS = 2_000;

/** What readiness asks: is the gateway connected, does the store answer. */
export interface ReadinessChecks {
  /** Null when every shard of this process is connected and ready; otherwise why not. */
  gatewayProblem(): string | null;
  /** Resolves when the store answered a cheap write; rejects (or never settles) when it does not. */
  pingStore(): Promise<void>;
}

export interface HealthServerOptions {
  host: string;
  port: number;
  checks: ReadinessChecks;
  metrics: BotMetrics;
  logger: Logger;
  storeTimeoutMs?: number;
}

export interface HealthServer {
  /** e.g. http://127.0.0.1:9464 (the port the system chose when HEALTH_PORT is 0). */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The gateway as discord.js sees it: the client ready, and every shard of this process connected. */
export function gatewayProblem(client: Client): string | null {
  if (!client.isReady()) return 'the Discord client is not logged in yet';
  const shards = [...client.ws.shards.values()];
  if (shards.length === 0) return 'no gateway connection';
  const down = shards.filter((shard) => shard.status !== Status.Ready);
  if (down.length === 0) return null;
  return `gateway ${down.map((shard) => `shard ${shard.id} ${Status[shard.status]?.toLowerCase() ?? shard.status}`).join(', ')}`;
}

/**
 * The operator's endpoints on a small node:http server (HEALTH_PORT, bound to HEALTH_HOST):
 * - `GET /healthz`: 200 while the process is up.
 * - `GET /readyz`: 200 when the gateway is connected and the store answers within a short timeout,
 *   else 503; the body (JSON) says which check failed and why.
 * - `GET /metrics`: the bot's registry in Prometheus text format.
 * Anything else is 404 (405 for another method on these paths). One store ping at a time: probes
 * that arrive while one is under way wait for the same answer, so a stuck store is not asked again
 * and again.
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const { checks, metrics, logger } = options;
  const timeoutMs = options.storeTimeoutMs ?? STORE_PING_TIMEOUT_MS;
  let pinging: Promise<string | null> | null = null;
  let wasReady: boolean | undefined;

  const storeProblem = async (): Promise<string | null> => {
    if (pinging === null) {
      const ping = Promise.resolve()
        .then(() => checks.pingStore())
        .then(
          () => null,
          (error: unknown) => `the store failed: ${reasonOf(error)}`,
        );
      pinging = ping;
      void ping.then(() => {
        if (pinging === ping) pinging = null;
      });
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`the store did not answer within ${timeoutMs / 1000} s`), timeoutMs);
    });
    try {
      return await Promise.race([pinging, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  const readiness = async () => {
    const gateway = checks.gatewayProblem();
    const store = await storeProblem();
    const ready = gateway === null && store === null;
    const body = { status: ready ? 'ready' : 'not ready', gateway: gateway ?? 'ok', store: store ?? 'ok' };
    // Said when it changes, not at every probe.
    if (!ready && wasReady !== false) logger.warn('not ready', { gateway: body.gateway, store: body.store });
    else if (ready && wasReady === false) logger.info('ready again');
    wasReady = ready;
    return { ready, body };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?', 1)[0];
    const known = path === '/healthz' || path === '/readyz' || path === '/metrics';
    if (!known) return send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    if (path === '/healthz') return send(response, 200, 'text/plain; charset=utf-8', 'ok\n');
    if (path === '/readyz') {
      const { ready, body } = await readiness();
      return send(response, ready ? 200 : 503, 'application/json', `${JSON.stringify(body)}\n`);
    }
    const { contentType, text } = await metrics.scrape();
    return send(response, 200, contentType, text);
  };

  const server: Server = createServer((request, response) => {
    // The request body is never read: these endpoints take none.
    request.resume();
    handle(request, response).catch((error: unknown) => {
      logger.error('health endpoint failed', { path: request.url?.split('?', 1)[0], error });
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else response.destroy();
    });
  });
  // A probe is a few bytes: a client that takes longer is dropped.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;

  try {
    server.listen(options.port, options.host);
    await once(server, 'listening');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${options.host}:${options.port}`;
    if (code === 'EADDRINUSE')
      throw new ConfigError([
        `HEALTH_PORT ${where} is already in use: choose another port or stop what holds it`,
      ]);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN')
      throw new ConfigError([`HEALTH_HOST ${options.host} is not an address of this machine`]);
    if (code === 'EACCES')
      throw new ConfigError([`HEALTH_PORT ${where} needs privileges: use a port above 1023`]);
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}`;
  logger.info('health endpoints listening', { url, paths: ['/healthz', '/readyz', '/metrics'] });

  return {
    url,
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections of a scraper would hold close() open: they end now.
      server.closeAllConnections();
      await closed;
    },
  };
}

/** An error's message as /readyz may show it: no panel key, no password of a URL (user:password@). */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactString(message).replace(/\/\/[^/\s@]*:[^/\s@]*@/g, '//[redacted]@');
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
