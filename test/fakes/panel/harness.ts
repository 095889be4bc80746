/**
 * Test-only: what the loopback panel's own tests share. Panels started here are closed by
 * `closePanels` (each test file runs it after every test); `call` is a raw HTTP client that keeps
 * the status, headers and body of every answer, redirects included.
 */
import { type LoopbackPanel, type LoopbackPanelOptions, startLoopbackPanel } from '#fakes/loopbackPanel.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON paths
  json: any;
}

const panels: LoopbackPanel[] = [];

export async function closePanels(): Promise<void> {
  await Promise.all(panels.splice(0).map((p) => p.close()));
}

export async function start(options: LoopbackPanelOptions = {}): Promise<LoopbackPanel> {
  const panel = await startLoopbackPanel(options);
  panels.push(panel);
  return panel;
}

/** One request as a client would send it: Accept JSON, the key as a bearer token, a JSON body. */
export async function call(
  panel: LoopbackPanel,
  key: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (key !== undefined) headers.authorization = `Bearer ${key}`;
  const init: RequestInit = { method, headers, redirect: 'manual' };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const response = await fetch(`${panel.url}${path}`, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export async function waitFor(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function firstError(answer: Answer): { code: string; status: string; detail: string; meta?: unknown } {
  return answer.json.errors[0];
}

/** The error entry of one failed validation rule, as the panel sends it in a 422. */
export function validationError(field: string, rule: string, detail: string) {
  return { code: 'ValidationException', status: '422', detail, meta: { source_field: field, rule } };
}

/** `current_state` as `GET /resources` reports it now (the panel may serve it from its cache). */
export async function reportedPowerState(panel: LoopbackPanel, key: string, base: string): Promise<string> {
  return (await call(panel, key, 'GET', `${base}/resources`)).json.attributes.current_state;
}

/** A panel with user "owner" and their server "Survival" (backup limit 3); `base` is the server's route. */
export async function setup(options: LoopbackPanelOptions = {}) {
  const panel = await start(options);
  const owner = panel.addUser({ username: 'owner' });
  const server = panel.addServer({ owner, name: 'Survival', backupLimit: 3 });
  const base = `/api/client/servers/${server.identifier}`;
  return { panel, owner, server, base };
}

/** `setup()` plus one completed backup on the server. */
export async function setupWithBackup(options: LoopbackPanelOptions = {}) {
  const world = await setup(options);
  return { ...world, backup: world.panel.addBackup(world.server) };
}
