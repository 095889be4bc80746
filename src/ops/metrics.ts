import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The bot's Prometheus metrics, one object per running bot (`BotContext.metrics`), each on its own
 * Registry: two bots in one process (the tests) never share or clash. Process metrics (CPU, memory,
 * event loop, GC) are one process's facts, so they are collected once per process and merged into
 * every bot's registry.
 *
 * Labels are bounded: commands and custom-id prefixes only when the router knows them, panel paths as
 * route templates (`panelRoute`) with a cap on how many distinct ones are kept, statuses as numbers.
 */

export const METRIC_PREFIX = 'ptero_backup_bot_';

/** How an interaction ended: answered, refused with a member-facing reason, or failed (a bug, or Discord gone). */
export type InteractionOutcome = 'ok' | 'refused' | 'error';
/** What kind of interaction: a slash command, its autocomplete, a button or select, a modal. */
export type InteractionKind = 'command' | 'autocomplete' | 'component' | 'modal';
/** A panel request's status label: the HTTP status, or `error` when no whole answer came back. */
export type PanelStatus = number | 'error';

/** One attempt of a panel request, as the panel client reports it (src/panel/http.ts). */
export interface PanelAttempt {
  method: string;
  path: string;
  status: PanelStatus;
  ms: number;
}

/** The label of a command, component or form the router does not know (never the raw name or id). */
export const UNKNOWN = 'unknown';
/** The route label once MAX_ROUTES distinct ones are in use, and of paths no template fits. */
export const OTHER_ROUTE = '{other}';
export const MAX_ROUTES = 64;

/** What the gauges read when scraped. */
export interface MetricSources {
  pendingConfirmations(): number;
  /** The watch's requests in the last rate window (all panel users), and the highest share of one user's budget spent. */
  watchBudget(): { requests: number; highestShare: number };
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];

export class BotMetrics {
  /** The registry /metrics serves: this bot's metrics and the process metrics. */
  readonly registry: Registry;
  readonly #interactions: Counter<'kind' | 'command' | 'outcome'>;
  readonly #interactionSeconds: Histogram<'kind' | 'command'>;
  readonly #panelRequests: Counter<'route' | 'status'>;
  readonly #panelSeconds: Histogram<'route'>;
  readonly #followsStarted: Counter<'kind'>;
  readonly #followsFinished: Counter<'kind'>;
  readonly #followsInFlight: Gauge<'kind'>;
  readonly #watchLooks: Counter<'outcome'>;
  readonly #storeErrors: Counter<'operation'>;
  readonly #routes = new Set<string>();
  #sources: MetricSources = {
    pendingConfirmations: () => 0,
    watchBudget: () => ({ requests: 0, highestShare: 0 }),
  };

  constructor() {
    const own = new Registry();
    const registers = [own];
    const sources = () => this.#sources;
    this.#interactions = new Counter({
      name: `${METRIC_PREFIX}interactions_total`,
      help: 'Interactions handled, by kind, command (slash commands as "backup schedule run"; components and modals by custom-id prefix) and outcome (ok, refused, error).',
      labelNames: ['kind', 'command', 'outcome'] as const,
      registers,
    });
    this.#interactionSeconds = new Histogram({
      name: `${METRIC_PREFIX}interaction_duration_seconds`,
      help: 'Time from the router receiving an interaction to its handler ending.',
      labelNames: ['kind', 'command'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.#panelRequests = new Counter({
      name: `${METRIC_PREFIX}panel_requests_total`,
      help: 'HTTP requests to panels (each attempt, retries included), by route template and status (error: no answer).',
      labelNames: ['route', 'status'] as const,
      registers,
    });
    this.#panelSeconds = new Histogram({
      name: `${METRIC_PREFIX}panel_request_duration_seconds`,
      help: 'Time a panel request took, until its whole answer was read or it failed.',
      labelNames: ['route'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    });
    new Gauge({
      name: `${METRIC_PREFIX}pending_confirmations`,
      help: 'Destructive actions waiting for their confirmation button.',
      registers,
      collect() {
        this.set(sources().pendingConfirmations());
      },
    });
    this.#followsStarted = new Counter({
      name: `${METRIC_PREFIX}long_work_started_total`,
      help: 'Long work (a backup, a restore) this process began following, resumed ones included, by kind.',
      labelNames: ['kind'] as const,
      registers,
    });
    this.#followsFinished = new Counter({
      name: `${METRIC_PREFIX}long_work_finished_total`,
      help: 'Long work this process stopped following (delivered, failed, past its deadline, or handed over at shutdown), by kind.',
      labelNames: ['kind'] as const,
      registers,
    });
    this.#followsInFlight = new Gauge({
      name: `${METRIC_PREFIX}long_work_in_flight`,
      help: 'Long work being followed now, by kind.',
      labelNames: ['kind'] as const,
      registers,
    });
    this.#watchLooks = new Counter({
      name: `${METRIC_PREFIX}watch_looks_total`,
      help: 'Looks the panel watch took at a server (one view and a page of backups), by outcome (ok, failed).',
      labelNames: ['outcome'] as const,
      registers,
    });
    new Gauge({
      name: `${METRIC_PREFIX}watch_budget_requests`,
      help: 'Requests the panel watch made in the last rate window, all panel users together.',
      registers,
      collect() {
        this.set(sources().watchBudget().requests);
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}watch_budget_used_ratio`,
      help: "The highest share of one panel user's watch budget spent in the last rate window (1 = all of it).",
      registers,
      collect() {
        this.set(sources().watchBudget().highestShare);
      },
    });
    this.#storeErrors = new Counter({
      name: `${METRIC_PREFIX}store_errors_total`,
      help: 'Store operations that failed, by operation (get, set, delete, …).',
      labelNames: ['operation'] as const,
      registers,
    });
    this.registry = Registry.merge([own, processRegistry()]);
  }

  /** The gauges that read state held elsewhere (bot.ts wires them once the parts exist). */
  readFrom(sources: Partial<MetricSources>): void {
    this.#sources = { ...this.#sources, ...sources };
  }

  interactionHandled(kind: InteractionKind, command: string, outcome: InteractionOutcome, ms: number): void {
    this.#interactions.inc({ kind, command, outcome });
    this.#interactionSeconds.observe({ kind, command }, ms / 1000);
  }

  /** One attempt of a panel request: `path` as sent (no query); only its route template is kept. */
  panelAnswered({ method, path, status, ms }: PanelAttempt): void {
    const route = this.#boundedRoute(panelRoute(method, path));
    this.#panelRequests.inc({ route, status: statusLabel(status) });
    this.#panelSeconds.observe({ route }, ms / 1000);
  }

  followStarted(kind: string): void {
    this.#followsStarted.inc({ kind });
    this.#followsInFlight.inc({ kind });
  }

  followFinished(kind: string): void {
    this.#followsFinished.inc({ kind });
    this.#followsInFlight.dec({ kind });
  }

  watchLooked(outcome: 'ok' | 'failed'): void {
    this.#watchLooks.inc({ outcome });
  }

  storeFailed(operation: string): void {
    this.#storeErrors.inc({ operation });
  }

  /** The text format Prometheus scrapes, and its content type. */
  async scrape(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  #boundedRoute(route: string): string {
    if (this.#routes.has(route)) return route;
    if (this.#routes.size >= MAX_ROUTES) return OTHER_ROUTE;
    this.#routes.add(route);
    return route;
  }
}

let processMetrics: Registry | undefined;

/** prom-client's default process metrics, collected once per process (their observers are process-wide). */
function processRegistry(): Registry {
  if (processMetrics === undefined) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics });
  }
  return processMetrics;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Path words of the client API; anything else in a path is an identifier and becomes a placeholder. */
const WORDS = new Set([
  'account',
  'servers',
  'backups',
  'schedules',
  'tasks',
  'download',
  'restore',
  'lock',
  'rename',
  'execute',
  'resources',
  'power',
]);
/** The placeholder for the segment after a collection word. */
const ID_AFTER: Readonly<Record<string, string>> = {
  servers: '{server}',
  backups: '{backup}',
  schedules: '{schedule}',
  tasks: '{task}',
};
const CLIENT_API = '/api/client';
const MAX_SEGMENTS = 6;

/**
 * A panel request as a route template, relative to the client API: `GET /servers/{server}/backups`.
 * Never an id, a key or a query: the segment after `servers`, `backups`, `schedules` and `tasks` is its
 * placeholder, any other segment that is not a known word is `{id}`, and a path outside `/api/client`
 * or longer than any route the bot calls is `{other}`. The labels are few and known in advance.
 */
export function panelRoute(method: string, path: string): string {
  const verb = METHODS.has(method.toUpperCase()) ? method.toUpperCase() : 'OTHER';
  const bare = path.split(/[?#]/, 1)[0] ?? '';
  if (bare !== CLIENT_API && !bare.startsWith(`${CLIENT_API}/`)) return `${verb} ${OTHER_ROUTE}`;
  const segments = bare.slice(CLIENT_API.length).split('/').filter(Boolean);
  if (segments.length > MAX_SEGMENTS) return `${verb} ${OTHER_ROUTE}`;
  const out: string[] = [];
  let placeholder: string | undefined;
  for (const segment of segments) {
    if (placeholder !== undefined) {
      out.push(placeholder);
      placeholder = undefined;
    } else if (WORDS.has(segment)) {
      out.push(segment);
      placeholder = ID_AFTER[segment];
    } else out.push('{id}');
  }
  return `${verb} /${out.join('/')}`;
}

function statusLabel(status: PanelStatus): string {
  if (status === 'error') return 'error';
  return Number.isInteger(status) && status >= 100 && status <= 599 ? String(status) : 'other';
}
