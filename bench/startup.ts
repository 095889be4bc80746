import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeDiscord } from '#fakes/fakeDiscord.js';
import { generateEncryptionKey } from '#store/index.js';
import { BENCH_SCALE, row } from './measure.js';

export const root = join(import.meta.dirname, '..');
/** Starts per way (a median of 3; one in a scaled-down run, which only keeps the bench from rotting). */
export const STARTUP_ROUNDS = BENCH_SCALE < 1 ? 1 : 3;
const ROUNDS = STARTUP_ROUNDS;
/** After ready, memory settles (commands registered, the watch's first plan) before it is read. */
const SETTLE_MS = 1_500;

interface Way {
  name: string;
  /** Arguments to the node binary. */
  args: string[];
}

export interface StartupFigures {
  /** Compiled JavaScript (what `npm start` runs): spawn → "logged in", ms, and RSS once settled. */
  compiled: { ms: number; rss: number };
}

/** The node arguments that run the compiled bot (`npm start` without its build), from `root`. */
export const COMPILED_BOT = ['--conditions=compiled', 'dist/src/bin/start.js'];

let built = false;

/** Builds src/ and commands/ into dist/ (`npm run build`), as `npm start` does; once per run. */
export function buildCompiled(): void {
  if (built) return;
  // The package's own build script (esbuild), as `npm start` runs it.
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);
  built = true;
}

/**
 * What starting the bot costs, run three ways against the fake Discord: through the tsx CLI (a
 * parent process that spawns node with its loader), through tsx as a loader in one process, and
 * compiled JavaScript (`npm run build`, the `compiled` import condition). Time from spawn to the
 * "logged in" log line, and the resident memory of the whole process tree once settled; medians.
 */
export async function benchStartup(): Promise<StartupFigures> {
  process.stdout.write(
    `\nstart-up (spawn → logged in; RSS of the process tree after settling; median of ${ROUNDS})\n`,
  );
  const ways: Way[] = [
    {
      name: 'tsx CLI (tsx src/bin/start.ts)',
      args: [join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/bin/start.ts'],
    },
    { name: 'tsx loader (node --import tsx)', args: ['--import', 'tsx', 'src/bin/start.ts'] },
    { name: 'compiled (node dist/…/start.js)', args: COMPILED_BOT },
  ];
  buildCompiled();
  const discord = await startFakeDiscord();
  const scratch = mkdtempSync(join(tmpdir(), 'ptero-bench-start-'));
  try {
    const results: Array<{ way: Way; ms: number; rss: number }> = [];
    for (const way of ways) {
      const times: number[] = [];
      const sizes: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const { ms, rss } = await startOnce(way, {
          DISCORD_TOKEN: discord.botToken,
          DISCORD_API_URL: discord.apiUrl,
          ENCRYPTION_KEY: generateEncryptionKey(),
          STORE_URL: `sqlite://${join(scratch, `${results.length}-${round}.sqlite`)}`,
        });
        times.push(ms);
        sizes.push(rss);
      }
      const result = { way, ms: median(times), rss: median(sizes) };
      results.push(result);
      row(way.name, `${result.ms.toFixed(0)} ms to ready · ${(result.rss / 1024 / 1024).toFixed(0)} MiB RSS`);
    }
    const [cli, , compiled] = results;
    if (cli && compiled) {
      row(
        'compiled / tsx CLI',
        `${(compiled.ms / cli.ms).toFixed(2)}× time to ready · ${(compiled.rss / cli.rss).toFixed(2)}× RSS`,
      );
    }
    if (compiled === undefined) throw new Error('no start-up figures');
    return { compiled: { ms: compiled.ms, rss: compiled.rss } };
  } finally {
    await discord.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function startOnce(way: Way, env: Record<string, string>): Promise<{ ms: number; rss: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, way.args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  try {
    const ms = await new Promise<number>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('logged in')) resolve(performance.now() - started);
      });
      child.on('exit', (code) => reject(new Error(`${way.name} exited (${code}) before ready:\n${output}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return { ms, rss: treeRss(child) };
  } finally {
    await stop(child);
  }
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
export function treeRss(child: ChildProcess): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended while being read.
    }
  }
  const tree = new Set([child.pid ?? -1]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // Gone.
    }
  }
  return total;
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
