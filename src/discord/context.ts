import { setMaxListeners } from 'node:events';
import type { Client } from 'discord.js';
import type { ServerBackupWork } from '#backups/serverWork.js';
import type { SharedWork } from '#members/sharedWork.js';
import type { PanelConnections } from '#panel/connections.js';
import type { Config } from '#src/config.js';
import type { Logger } from '#src/log.js';
import type { BotMetrics } from '#src/ops/metrics.js';
import type { BotStore } from '#store/index.js';
import type { PendingConfirmations } from './pendingConfirmations.js';

/** Timings the product fixes; tests shorten them, nothing else changes them. */
export interface BotTimings {
  /** A restore/delete confirmation lives this long (product: 60 s). */
  confirmationTtlMs: number;
  /** Following a backup or restore: first poll delay, and the cap the backoff grows to. */
  pollInitialMs: number;
  pollMaxMs: number;
  /** How long "Stop and restore" waits for the server to be offline. */
  stopTimeoutMs: number;
  /**
   * How long a backup or a restore is followed before the bot stops asking and says so. The panel
   * marks a backup still running after 6 hours as failed; a restore wings never reports stays
   * "restoring" forever, so following must end somewhere.
   */
  followDeadlineMs: number;
  /** An interaction token lives 15 minutes; past this margin a follow-up goes to the member's DMs. */
  interactionTokenLifetimeMs: number;
  /** A panel request's budget (product: 15 s). */
  panelTimeoutMs: number;
  /** Autocomplete answers within Discord's 3 s: the panel gets this long, then stored data is used. */
  autocompletePanelBudgetMs: number;
  /** `/link` checks the key and lists its servers within this, well inside the 15-minute token. */
  linkDeadlineMs: number;
  /**
   * The panel's rate-limit period (one minute on both panels). The watch spends at most 10 % of a
   * panel user's limit per period: 25 requests with the assumed 256, 72 when the panel says 720.
   */
  watchWindowMs: number;
  /**
   * The most often the watch looks at one server (a look is 2 requests: the server view and one page
   * of backups). A key reaching more servers than its budget covers at this pace is looked at slower:
   * with 25 requests a minute, 12 servers at once a minute, 50 servers every 4 minutes.
   */
  watchLookIntervalMs: number;
  /** How often the watch reads the guilds' settings and links again (a channel unset stops it here). */
  watchPlanMs: number;
  /** How often the watch asks the panel which servers a key reaches (one request per key). */
  watchReachRefreshMs: number;
  /** The stuck rule's floor: in progress longer than max(3 × the longest of the last 5 successful, this). */
  watchStuckFloorMs: number;
  /** At SIGTERM/SIGINT, interactions already running get this long to finish (product: 10 s). */
  shutdownGraceMs: number;
  /** Start-up against an unreachable Discord or store: the first wait before trying again, doubling to the max. */
  startRetryFirstMs: number;
  startRetryMaxMs: number;
}

export const defaultTimings: BotTimings = {
  confirmationTtlMs: 60_000,
  pollInitialMs: 1_000,
  pollMaxMs: 15_000,
  stopTimeoutMs: 120_000,
  followDeadlineMs: 6 * 60 * 60_000 + 10 * 60_000,
  interactionTokenLifetimeMs: 14 * 60_000,
  panelTimeoutMs: 15_000,
  autocompletePanelBudgetMs: 2_000,
  linkDeadlineMs: 60_000,
  watchWindowMs: 60_000,
  watchLookIntervalMs: 60_000,
  watchPlanMs: 60_000,
  watchReachRefreshMs: 15 * 60_000,
  watchStuckFloorMs: 30 * 60_000,
  shutdownGraceMs: 10_000,
  startRetryFirstMs: 1_000,
  startRetryMaxMs: 30_000,
};

/** Everything a handler may use; built once at start-up. */
export interface BotContext {
  readonly config: Config;
  readonly client: Client;
  readonly store: BotStore;
  readonly connections: PanelConnections;
  readonly confirmations: PendingConfirmations;
  readonly logger: Logger;
  readonly timings: BotTimings;
  /** Panel listings in flight, shared by the interactions that ask for the same one at once. */
  readonly sharedWork: SharedWork;
  /** One rotation or prune at a time per panel server, and the backups the bot deleted lately. */
  readonly backupWork: ServerBackupWork;
  /** Background work (following a backup) registers here so shutdown can wait for or cancel it. */
  readonly background: BackgroundTasks;
  /** The Prometheus metrics /metrics serves (src/ops/metrics.ts): the router, panel, watch and follows count here. */
  readonly metrics: BotMetrics;
}

/** Tracks fire-and-forget work so that it never rejects unhandled and shutdown can stop it. */
export class BackgroundTasks {
  readonly #tasks = new Set<Promise<void>>();
  readonly #controller = new AbortController();

  constructor(private readonly logger: Logger) {
    // Every followed backup waits on this one signal (a listener each, removed when its wait ends):
    // more than ten at once is normal, not a leak, so Node's warning at ten is lifted.
    setMaxListeners(0, this.#controller.signal);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  run(name: string, work: (signal: AbortSignal) => Promise<void>): void {
    const task = work(this.#controller.signal)
      .catch((error: unknown) => {
        if (!this.#controller.signal.aborted)
          this.logger.error('background task failed', { task: name, error });
      })
      .finally(() => this.#tasks.delete(task));
    this.#tasks.add(task);
  }

  get size(): number {
    return this.#tasks.size;
  }

  /**
   * Whether `error` is shutdown cancelling a wait on this signal (a wait that records itself first,
   * as the stop before a restore does, is taken up again by the next start).
   */
  isCancellation(error: unknown): boolean {
    return this.#controller.signal.aborted && error === this.#controller.signal.reason;
  }

  /** Cancels every task and waits (bounded) for them to settle. */
  async stop(timeoutMs = 5_000): Promise<void> {
    this.#controller.abort();
    await Promise.race([
      Promise.allSettled([...this.#tasks]),
      new Promise((r) => setTimeout(r, timeoutMs).unref()),
    ]);
  }
}
