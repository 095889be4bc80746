import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type LoopbackPanel, type LoopbackPanelOptions, startLoopbackPanel } from '#fakes/loopbackPanel.js';
import { PanelClient, type PanelClientOptions } from '#panel/client.js';
import { PanelConnections } from '#panel/connections.js';
import { PanelError, type PanelErrorKind } from '#panel/errors.js';
import { createLogger } from '#src/log.js';
import { Secret } from '#src/secret.js';

export const FLAVORS = ['pterodactyl', 'pelican'] as const;

export interface Harness {
  panel: LoopbackPanel;
  connections: PanelConnections;
  /** Every log line any client of this harness wrote. */
  logLines: string[];
  client(key: string, options?: Partial<Omit<PanelClientOptions, 'apiKey'>>): PanelClient;
  /** The requests the panel received since `mark` (a previous `panel.requests.length`). */
  since(mark: number): LoopbackPanel['requests'];
}

/** One loopback panel and one PanelConnections per describe block, faults cleared after each test. */
export function usePanel(options: LoopbackPanelOptions): Harness {
  const logLines: string[] = [];
  let panel: LoopbackPanel | undefined;
  let connections: PanelConnections | undefined;
  const harness: Harness = {
    get panel() {
      if (panel === undefined) throw new Error('the loopback panel starts in beforeAll');
      return panel;
    },
    get connections() {
      if (connections === undefined) throw new Error('connections are created in beforeAll');
      return connections;
    },
    logLines,
    client(key, overrides = {}) {
      return new PanelClient({
        panelUrl: harness.panel.url,
        apiKey: new Secret(key),
        connections: harness.connections,
        retry: { maxRetries: 2, maxDelayMs: 3_000 },
        logger: createLogger('debug', (line) => logLines.push(line)),
        ...overrides,
      });
    },
    since(mark) {
      return harness.panel.requests.slice(mark);
    },
  };
  beforeAll(async () => {
    panel = await startLoopbackPanel(options);
    connections = new PanelConnections({ allowPrivateAddresses: true });
  });
  afterEach(() => {
    harness.panel.faults.clear();
  });
  afterAll(async () => {
    await harness.panel.close();
    await harness.connections.close();
  });
  return harness;
}

/** Awaits a call that must fail with a PanelError of the given kind, and returns that error. */
export async function failure(promise: Promise<unknown>, kind: PanelErrorKind): Promise<PanelError> {
  const caught = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(PanelError);
  const error = caught as PanelError;
  expect(error.kind, `${error.kind}: ${error.message}`).toBe(kind);
  return error;
}
