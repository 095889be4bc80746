import { benchInteractions } from './interactions.js';
import { benchPanel } from './panel.js';
import { benchStartup } from './startup.js';
import { benchStore } from './store.js';

/**
 * `npm run bench`: prints throughput and latency figures. Everything runs on loopback; figures are
 * meant to be compared as ratios within one run, since the machine is shared.
 */
async function main(): Promise<void> {
  process.stdout.write(
    `ptero-backup-bot benchmarks · node ${process.version} · ${new Date().toISOString()}\n`,
  );
  await benchStore();
  await benchPanel();
  await benchInteractions();
  await benchStartup();
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
