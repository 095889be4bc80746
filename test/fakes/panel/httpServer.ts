/** The panel's one HTTP server: records each request, plays a queued fault, or routes it (wings, login, client API). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleClientApi } from './clientApi.js';
import type { FaultQueue } from './faults.js';
import { sendFault } from './faults.js';
import { parseBody, readBody, recordOf } from './incoming.js';
import { send, sendLoginPage, UNEXPECTED_ERROR } from './responses.js';
import type { PanelState } from './state.js';
import { serveWingsDownload, WINGS_DOWNLOAD_PATH } from './wingsDownload.js';

async function handle(state: PanelState, faults: FaultQueue, req: IncomingMessage, res: ServerResponse) {
  const requestUrl = new URL(req.url ?? '/', state.url);
  const body = parseBody(await readBody(req));
  state.requests.push(recordOf(req, requestUrl, body));
  // Taken on arrival, so a fault queued while this request waits out the latency is for the next one.
  const fault = faults.take({ method: req.method ?? 'GET', path: requestUrl.pathname });
  if (faults.knobs.latencyMs > 0) await state.timers.delay(faults.knobs.latencyMs);
  if (state.timers.closed) return;
  if (fault !== undefined) {
    sendFault(req, res, fault, { url: state.url, rateLimitPerMinute: state.config.rateLimitPerMinute });
    return;
  }
  const path = requestUrl.pathname;
  if (req.method === 'GET' && path === WINGS_DOWNLOAD_PATH) {
    serveWingsDownload(state, res, requestUrl);
    return;
  }
  if (req.method === 'GET' && path === '/auth/login') {
    sendLoginPage(res);
    return;
  }
  handleClientApi(state, req, res, requestUrl, body);
}

/** Listens on 127.0.0.1 with a free port and sets `state.url`. */
export async function listenPanel(state: PanelState, faults: FaultQueue): Promise<Server> {
  const httpServer = createServer((req, res) => {
    handle(state, faults, req, res).catch((error: unknown) => {
      // A bug in this fake must be loud in the test output, but still answer like the panel would.
      console.error('loopback panel failed to handle a request', error);
      send(res, 500, { errors: [UNEXPECTED_ERROR] });
    });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  return httpServer;
}

/** Stops every timer first, so nothing runs against a closed panel, then drops open (hanging) sockets. */
export async function closePanel(state: PanelState, httpServer: Server): Promise<void> {
  if (state.timers.closed) return;
  state.timers.close();
  await new Promise<void>((resolve) => {
    httpServer.close(() => resolve());
    httpServer.closeAllConnections();
  });
}
