import { sleep } from '#backups/poll.js';
import type { BotContext } from '#discord/context.js';
import { PanelClient } from '#panel/client.js';
import { holdsGuild } from '#src/shards/guilds.js';
import { RequestBudget } from './budget.js';
import { type LookContext, lookAt } from './look.js';
import { type Assignment, makePlan, type WatchedMember } from './plan.js';
import { handleRefusal, updateKeyState } from './refusals.js';

/**
 * The panel watch: one worker per panel user (their keys share one rate limit), each looking at
 * the servers assigned to that user's keys in turn, no server more often than once per
 * `watchLookIntervalMs`, every request within the budget (budget.ts). The plan (plan.ts) is read
 * again from the store every `watchPlanMs`, so a channel unset or a member unlinked stops what
 * depended on it there.
 */

interface Worker {
  readonly budget: RequestBudget;
  readonly controller: AbortController;
  assignments: Assignment[];
  members: WatchedMember[];
  done: Promise<void>;
}

export class PanelWatch {
  readonly #ctx: BotContext;
  readonly #controller = new AbortController();
  readonly #workers = new Map<string, Worker>();
  readonly #clients = new Map<string, { linkedAt: string; panelUrl: string; client: PanelClient }>();
  /** guild:server → the user whose key watches it. */
  #assigned = new Map<string, string>();
  readonly #lastLook = new Map<string, number>();
  readonly #inFlight = new Set<string>();
  /** guild:user → when its reach was last asked (a failed refresh waits its turn like a good one). */
  readonly #reachTried = new Map<string, number>();
  readonly #look: LookContext;
  #planLoop: Promise<void> = Promise.resolve();
  #replan: (() => void) | null = null;

  constructor(ctx: BotContext) {
    this.#ctx = ctx;
    this.#look = {
      store: ctx.store,
      client: ctx.client,
      logger: ctx.logger.child({ component: 'watch' }),
      startedAt: Date.now(),
      compare: { stuckFloorMs: ctx.timings.watchStuckFloorMs, raceMs: 2 * ctx.timings.panelTimeoutMs },
    };
  }

  get #log() {
    return this.#look.logger;
  }

  start(): void {
    this.#planLoop = this.#plans(this.#controller.signal);
  }

  /** Ends every worker; a look in progress is finished or dropped whole, never half-posted. */
  async stop(timeoutMs = 5_000): Promise<void> {
    this.#controller.abort();
    for (const worker of this.#workers.values()) worker.controller.abort();
    const all = Promise.allSettled([this.#planLoop, ...[...this.#workers.values()].map((w) => w.done)]);
    await Promise.race([all, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  }

  /** The budget spent in the last window: requests of every worker, and the highest share one worker spent. */
  budgetUse(now = Date.now()): { requests: number; highestShare: number } {
    let requests = 0;
    let highestShare = 0;
    for (const { budget } of this.#workers.values()) {
      const used = budget.usedInWindow(now);
      requests += used;
      highestShare = Math.max(highestShare, used / budget.perWindow);
    }
    return { requests, highestShare };
  }

  async #plans(signal: AbortSignal): Promise<void> {
    signal.addEventListener('abort', () => this.#replan?.(), { once: true });
    while (!signal.aborted) {
      try {
        await this.#applyPlan();
      } catch (error) {
        if (!signal.aborted) this.#log.error('watch: planning failed', { error });
      }
      if (signal.aborted) break;
      // Until the next plan, or sooner when a key was refused or its reach changed.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.#ctx.timings.watchPlanMs);
        this.#replan = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#replan = null;
    }
  }

  async #applyPlan(): Promise<void> {
    // Only this process's guilds (its shards): adding shards never doubles the polling.
    const plan = await makePlan(this.#ctx.store, this.#assigned, this.#log, (guildId) =>
      holdsGuild(this.#ctx.client, guildId),
    );
    this.#assigned = new Map(plan.assignments.map((a) => [`${a.guildId}:${a.server}`, a.member.userId]));
    const byBucket = new Map<string, { assignments: Assignment[]; members: WatchedMember[] }>();
    const slot = (bucket: string) => {
      let entry = byBucket.get(bucket);
      if (!entry) {
        entry = { assignments: [], members: [] };
        byBucket.set(bucket, entry);
      }
      return entry;
    };
    for (const a of plan.assignments) slot(a.member.bucket).assignments.push(a);
    for (const m of plan.members) slot(m.bucket).members.push(m);
    for (const [bucket, worker] of this.#workers) {
      if (byBucket.has(bucket)) continue;
      worker.controller.abort();
      this.#workers.delete(bucket);
    }
    if (this.#controller.signal.aborted) return;
    for (const [bucket, work] of byBucket) {
      let worker = this.#workers.get(bucket);
      if (!worker) {
        const controller = new AbortController();
        worker = {
          budget: new RequestBudget(this.#ctx.timings.watchWindowMs),
          controller,
          ...work,
          done: Promise.resolve(),
        };
        this.#workers.set(bucket, worker);
        worker.done = this.#work(worker, controller.signal);
      } else {
        worker.assignments = work.assignments;
        worker.members = work.members;
      }
    }
  }

  #client(member: WatchedMember, budget: RequestBudget): PanelClient {
    const id = `${member.guildId}:${member.userId}`;
    const cached = this.#clients.get(id);
    if (cached && cached.linkedAt === member.link.linkedAt && cached.panelUrl === member.panelUrl)
      return cached.client;
    const client = new PanelClient({
      panelUrl: member.panelUrl,
      apiKey: member.link.apiKey,
      connections: this.#ctx.connections,
      timeoutMs: this.#ctx.timings.panelTimeoutMs,
      // The budget decides when to ask again: one answer, one request.
      retry: { maxRetries: 0 },
      logger: this.#log,
      onRateLimit: (limit) => budget.observeLimit(limit),
    });
    this.#clients.set(id, { linkedAt: member.link.linkedAt, panelUrl: member.panelUrl, client });
    return client;
  }

  async #work(worker: Worker, signal: AbortSignal): Promise<void> {
    const { watchLookIntervalMs, watchReachRefreshMs, watchPlanMs } = this.#ctx.timings;
    while (!signal.aborted) {
      const now = Date.now();
      const member = worker.members.find((m) => {
        const stored = m.keyState.reachAt === null ? 0 : Date.parse(m.keyState.reachAt);
        const tried = this.#reachTried.get(`${m.guildId}:${m.userId}`) ?? 0;
        return Math.max(stored, tried) + watchReachRefreshMs <= now;
      });
      let job: (() => Promise<void>) | null = null;
      let waitMs = watchPlanMs;
      if (member) job = () => this.#refreshReach(member, worker, signal);
      else {
        let best: Assignment | null = null;
        let bestDue = Number.POSITIVE_INFINITY;
        for (const a of worker.assignments) {
          const key = `${a.guildId}:${a.server}`;
          if (this.#inFlight.has(key)) continue;
          const due = (this.#lastLook.get(key) ?? 0) + watchLookIntervalMs;
          if (due < bestDue) {
            best = a;
            bestDue = due;
          }
        }
        if (best && bestDue <= now) {
          const chosen = best;
          job = () => this.#lookAt(chosen, worker, signal);
        } else if (best) waitMs = Math.min(waitMs, bestDue - now);
      }
      try {
        if (job) await job();
        else await sleep(Math.max(1, waitMs), signal);
      } catch (error) {
        if (signal.aborted) return;
        this.#log.error('watch: a worker step failed', { error });
        worker.budget.slowDown(null);
      }
    }
  }

  async #lookAt(a: Assignment, worker: Worker, signal: AbortSignal): Promise<void> {
    const key = `${a.guildId}:${a.server}`;
    this.#inFlight.add(key);
    this.#lastLook.set(key, Date.now());
    try {
      await lookAt(this.#look, a, this.#client(a.member, worker.budget), worker.budget, signal);
      if (!signal.aborted) this.#ctx.metrics.watchLooked('ok');
    } catch (error) {
      if (signal.aborted) return;
      this.#ctx.metrics.watchLooked('failed');
      await this.#failed(error, a.member, worker, a.server);
    } finally {
      this.#inFlight.delete(key);
      this.#lastLook.set(key, Date.now());
    }
  }

  async #refreshReach(member: WatchedMember, worker: Worker, signal: AbortSignal): Promise<void> {
    // Marked first, so a failing refresh is not retried before its time.
    this.#reachTried.set(`${member.guildId}:${member.userId}`, Date.now());
    try {
      await worker.budget.take(signal);
      const servers = await this.#client(member, worker.budget).listServers();
      worker.budget.recover();
      if (signal.aborted) return;
      const reach = servers.map((s) => s.identifier);
      await updateKeyState(this.#ctx, member, (state) => ({
        ...state,
        reach,
        reachAt: new Date().toISOString(),
        // A server reached again is watched again (a 403 stays until linked again: it was told).
        lost: state.lost.filter((l) => l.why === 'forbidden' || !reach.includes(l.server)),
      }));
      this.#replan?.();
    } catch (error) {
      if (signal.aborted) return;
      await this.#failed(error, member, worker, null);
    }
  }

  /** What a refusal means for the key: told once and set aside, or a slower pace for a fault. */
  async #failed(error: unknown, member: WatchedMember, worker: Worker, server: string | null): Promise<void> {
    const outcome = await handleRefusal(this.#ctx, this.#log, error, member, worker.budget, server);
    if (outcome === 'set aside') this.#replan?.();
  }
}

/** Starts the watch (bot.ts, after login); `stop()` ends it before the client and the store close. */
export function startWatch(ctx: BotContext): PanelWatch {
  const watch = new PanelWatch(ctx);
  watch.start();
  return watch;
}
