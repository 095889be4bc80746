import { benchInteractions } from './interactions.js';
import { benchPanel } from './panel.js';
import { benchSoak } from './soak.js';
import { benchStartup } from './startup.js';
import { benchStore } from './store.js';
import { printSummary } from './table.js';

/**
 * `npm run bench`: prints throughput and latency figures, then a summary of the real bot against
 * the minimal reference bot with the targets beside them. Everything runs on loopback; figures are
 * meant to be compared as ratios within one run, since the machine is shared. A target missed is
 * reported, never a failure: the exit code says only whether the bench itself ran.
 */
async function main(): Promise<void> {
  const started = performance.now();
  process.stdout.write(
    `ptero-backup-bot benchmarks · node ${process.version} · ${new Date().toISOString()}\n`,
  );
  await benchStore();
  await benchPanel();
  const interactions = await benchInteractions();
  const startup = await benchStartup();
  const soak = await benchSoak();
  printSummary(interactions, startup, soak);
  process.stdout.write(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
