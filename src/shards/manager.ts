import { setTimeout as sleep } from 'node:timers/promises';
import { type Shard, ShardingManager } from 'discord.js';
import type { Config } from '#src/config.js';
import { ConfigError } from '#src/config.js';
import type { Logger } from '#src/log.js';
import { parseStoreUrl } from '#store/backend.js';
import { shardProcesses, sqliteRefusal } from './sharding.js';
import { isStoppingMessage } from './shardProcess.js';

/**
 * `SHARDS=auto|N`: discord.js's own ShardingManager, one process per shard, each running the same
 * start-up as `npm start` (the same script and Node flags as this process: tsx's loader or the
 * compiled build). This process opens no store and no gateway connection: it starts the shard
 * processes, starts again one that exits (after a growing pause), and stops them all on SIGTERM/SIGINT.
 */

export interface ManagerOptions {
  logger: Logger;
  /** The script each shard process runs; default: the one this process runs (`process.argv[1]`). */
  entry?: string;
  /** Node flags of each shard process; default: this process's own (such as `--conditions=compiled`). */
  execArgv?: string[];
  /** Ends the manager (stops every shard) when aborted; default: SIGTERM and SIGINT do. */
  signal?: AbortSignal;
}

export interface RunningManager {
  readonly manager: ShardingManager;
  readonly shardIds: readonly number[];
  readonly count: number;
  /** Stops every shard process (SIGTERM, then SIGKILL after `limitMs`) and resolves once all exited. */
  stop(limitMs?: number): Promise<void>;
  /** Resolves when the manager has stopped. */
  readonly stopped: Promise<void>;
}

/** Discord lets `max_concurrency` shards identify per 5 s: spawn in groups that size, this far apart. */
const IDENTIFY_WINDOW_MS = 5_500;
/** A shard process has this long to become ready before the next group starts anyway. */
const READY_TIMEOUT_MS = 90_000;
/** A shard that exits is started again after 1 s, doubling up to a minute while it keeps failing. */
const RESPAWN_FIRST_MS = 1_000;
const RESPAWN_MAX_MS = 60_000;
/** A shard up this long counts as healthy again: its next exit restarts it after the first pause. */
const HEALTHY_AFTER_MS = 60_000;
/** At shutdown, how long shards get to stop by themselves before they are killed. */
const STOP_LIMIT_MS = 40_000;

interface GatewayInfo {
  shards: number;
  maxConcurrency: number;
}

/** GET /gateway/bot: Discord's recommended shard count and how many may identify at once. */
async function gatewayInfo(config: Config, signal: AbortSignal | undefined): Promise<GatewayInfo> {
  const response = await fetch(`${config.DISCORD_API_URL}/v10/gateway/bot`, {
    headers: { Authorization: `Bot ${config.DISCORD_TOKEN.replace(/^Bot\s+/i, '')}` },
    ...(signal ? { signal } : {}),
  });
  if (response.status === 401)
    throw new ConfigError([
      'DISCORD_TOKEN was rejected by Discord: copy the bot token again from the developer portal (Bot → Reset Token).',
    ]);
  if (!response.ok) throw new Error(`GET /gateway/bot answered ${response.status}`);
  const body = (await response.json()) as {
    shards?: unknown;
    session_start_limit?: { max_concurrency?: unknown };
  };
  const shards = Number(body.shards);
  const concurrency = Number(body.session_start_limit?.max_concurrency);
  return {
    shards: Number.isInteger(shards) && shards >= 1 ? shards : 1,
    maxConcurrency: Number.isInteger(concurrency) && concurrency >= 1 ? concurrency : 1,
  };
}

/** Asks until Discord answers (a network not up yet); a refused token or an abort ends the wait. */
async function gatewayInfoWhenReachable(
  config: Config,
  logger: Logger,
  signal: AbortSignal | undefined,
  required: boolean,
): Promise<GatewayInfo> {
  let delay = 1_000;
  for (;;) {
    try {
      return await gatewayInfo(config, signal);
    } catch (error) {
      if (error instanceof ConfigError || signal?.aborted) throw error;
      if (!required) {
        logger.warn('could not ask Discord how many shards may start at once; starting them one by one', {
          error,
        });
        return { shards: 1, maxConcurrency: 1 };
      }
      logger.warn(`cannot reach Discord to ask for the shard count — check the network or DISCORD_API_URL`, {
        error,
        retryInMs: delay,
      });
      await sleep(delay, undefined, signal ? { signal } : {});
      delay = Math.min(delay * 2, 30_000);
    }
  }
}

/** Starts the ShardingManager for `config.sharding` (mode `manager`) and returns once every shard was started. */
export async function runShardManager(config: Config, options: ManagerOptions): Promise<RunningManager> {
  const { sharding } = config;
  if (sharding.mode !== 'manager') throw new Error('runShardManager needs SHARDS to be set');
  const logger = options.logger.child({ component: 'shards' });
  const controller = new AbortController();
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true });

  const info = await gatewayInfoWhenReachable(config, logger, controller.signal, sharding.count === 'auto');
  const count = sharding.count === 'auto' ? info.shards : sharding.count;
  const ids = sharding.ids === 'all' ? Array.from({ length: count }, (_, i) => i) : [...sharding.ids];
  const several = shardProcesses(count, ids);
  if (several && parseStoreUrl(config.STORE_URL).kind === 'sqlite')
    throw new ConfigError([sqliteRefusal(several)]);

  const entry = options.entry ?? process.argv[1];
  if (!entry) throw new Error('no script to run in the shard processes');
  const manager = new ShardingManager(entry, {
    totalShards: count,
    shardList: ids,
    mode: 'process',
    // Started again here, with a pause that grows while a shard keeps exiting (a store that is down).
    respawn: false,
    execArgv: options.execArgv ?? process.execArgv.filter((flag) => !/^--inspect/.test(flag)),
    token: config.DISCORD_TOKEN,
  });

  let stopping = false;
  const stoppingShards = new Set<number>();
  let resolveStopped: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    resolveStopped = resolve;
  });

  const respawnDelay = new Map<number, number>();
  const startedAt = new Map<number, number>();
  const watchShard = (shard: Shard) => {
    shard.on('spawn', (child) => {
      startedAt.set(shard.id, Date.now());
      logger.info('shard process started', {
        shard: shard.id,
        processId: 'pid' in child ? child.pid : undefined,
      });
    });
    shard.on('ready', () => logger.info('shard ready', { shard: shard.id }));
    shard.on('error', (error: unknown) => logger.error('shard process error', { shard: shard.id, error }));
    shard.on('message', (message: unknown) => {
      if (isStoppingMessage(message)) stoppingShards.add(shard.id);
    });
    shard.on('death', (child) => {
      if (stopping) return;
      stoppingShards.delete(shard.id);
      const upFor = Date.now() - (startedAt.get(shard.id) ?? 0);
      const delay =
        upFor >= HEALTHY_AFTER_MS ? RESPAWN_FIRST_MS : (respawnDelay.get(shard.id) ?? RESPAWN_FIRST_MS);
      respawnDelay.set(shard.id, Math.min(delay * 2, RESPAWN_MAX_MS));
      logger.warn('shard process exited; starting it again', {
        shard: shard.id,
        exitCode: 'exitCode' in child ? child.exitCode : null,
        signal: 'signalCode' in child ? child.signalCode : null,
        retryInMs: delay,
      });
      setTimeout(() => {
        if (stopping || shard.process) return;
        shard.spawn(READY_TIMEOUT_MS).catch((error: unknown) => {
          if (!stopping) logger.warn('a restarted shard did not become ready', { shard: shard.id, error });
        });
      }, delay).unref();
    });
  };

  // Each shard's own health port (HEALTH_PORT + its id), so the processes of one machine do not collide.
  const healthPort = config.HEALTH_PORT;
  const spawnOne = (id: number) => {
    const shard = manager.createShard(id);
    if (healthPort !== undefined && healthPort !== 0)
      (shard.env as Record<string, unknown>).HEALTH_PORT = String(healthPort + id);
    watchShard(shard);
    return shard.spawn(READY_TIMEOUT_MS).catch((error: unknown) => {
      if (!stopping) logger.warn('a shard did not become ready in time', { shard: id, error });
    });
  };

  const stopAll = async (limitMs = STOP_LIMIT_MS) => {
    if (stopping) return stopped;
    stopping = true;
    controller.abort();
    const running = [...manager.shards.values()].filter((shard) => shard.process);
    logger.info('stopping the shard processes', { count: running.length });
    // A signal from the terminal or the service manager reached them too: give them a moment to say so.
    await sleep(300);
    const signalled: number[] = [];
    const exits = running.map(async (shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      if (!stoppingShards.has(shard.id)) {
        signalled.push(shard.id);
        child.kill('SIGTERM');
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
      await exited;
      clearTimeout(timer);
    });
    logger.info('waiting for the shard processes to stop', {
      signalled,
      stoppingAlready: [...stoppingShards].sort((a, b) => a - b),
    });
    await Promise.all(exits);
    logger.info('every shard process stopped');
    resolveStopped();
    return stopped;
  };

  if (!options.signal) {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info('shutting down', { signal });
      stopAll().then(() => process.exit(0));
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  } else {
    options.signal.addEventListener('abort', () => void stopAll(), { once: true });
  }

  logger.info('starting shard processes', { shards: ids, count, maxConcurrency: info.maxConcurrency });
  // As Discord allows: `max_concurrency` shards identify per 5 s window (their ids fall in different buckets).
  for (let i = 0; i < ids.length && !stopping; i += info.maxConcurrency) {
    const group = ids.slice(i, i + info.maxConcurrency);
    const last = i + info.maxConcurrency >= ids.length;
    await Promise.all([...group.map(spawnOne), last ? Promise.resolve() : sleep(IDENTIFY_WINDOW_MS)]);
  }
  return { manager, shardIds: ids, count, stop: stopAll, stopped };
}
