/**
 * `BENCH_SCALE` (default 1) scales every count of the bench: CI runs it small (0.1) so the figures
 * cannot rot without taking minutes; the figures worth reading come from a full run.
 */
export const BENCH_SCALE = (() => {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  return Number.isFinite(scale) && scale > 0 ? Math.min(scale, 1) : 1;
})();

/** `n` scaled by BENCH_SCALE, at least `min`. */
export const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * BENCH_SCALE));

/** Runs `work` repeatedly for about `budgetMs` (at most `maxOps` times) and returns operations per second. */
export async function opsPerSecond(
  work: () => Promise<unknown>,
  budgetMs = 1_500,
  maxOps = 20_000,
): Promise<number> {
  // A short warm-up so JIT and connection set-up do not count.
  for (let i = 0; i < 20; i += 1) await work();
  const started = performance.now();
  let ops = 0;
  while (ops < maxOps && performance.now() - started < budgetMs) {
    await work();
    ops += 1;
  }
  return ops / ((performance.now() - started) / 1000);
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
}

/**
 * One run of the work being timed. `index` counts the runs of a batch from 0. A run that returns a
 * number has timed itself (ms), leaving out set-up it did first (a question asked before its
 * button is pressed); one that returns null failed and was counted elsewhere, so it has no sample;
 * otherwise the whole call is its latency.
 */
export type Timed = (index: number) => Promise<unknown>;

/** Latency percentiles of `count` runs with `concurrency` in flight. */
export async function latencies(work: Timed, count: number, concurrency: number): Promise<Latency> {
  return summarize([await sampled(work, count, concurrency)]);
}

/** One timed batch: every run's latency (ms) and the batch's wall time (s). */
export interface Batch {
  samples: number[];
  seconds: number;
}

/** Runs `work` `count` times with `concurrency` in flight and keeps each run's latency. */
export async function sampled(work: Timed, count: number, concurrency: number): Promise<Batch> {
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        const t = performance.now();
        const timed = await work(index);
        if (timed !== null) samples.push(typeof timed === 'number' ? timed : performance.now() - t);
      }
    }),
  );
  return { samples, seconds: (performance.now() - started) / 1000 };
}

/** Percentiles over every sample of the batches; throughput over their summed wall time. */
export function summarize(batches: ReadonlyArray<Batch>): Latency {
  const samples = batches.flatMap((b) => b.samples).sort((a, b) => a - b);
  const seconds = batches.reduce((sum, b) => sum + b.seconds, 0);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: at(1),
    perSecond: samples.length / seconds,
  };
}

export function row(label: string, value: string): void {
  process.stdout.write(`  ${label.padEnd(52)} ${value}\n`);
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
