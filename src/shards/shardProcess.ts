import type { Logger } from '#src/log.js';

/** What a shard process tells its manager over IPC (besides discord.js's own `_ready` and the like). */
export const STOPPING_MESSAGE = { pteroShard: 'stopping' } as const;

export function isStoppingMessage(message: unknown): boolean {
  return (message as { pteroShard?: unknown } | null)?.pteroShard === 'stopping';
}

/**
 * In a shard process the ShardingManager started: tells the manager when a stop signal arrived (so it
 * does not send a second one, which would cut the shutdown short), and stops this process the usual
 * way (SIGTERM to itself) when the manager is gone, so no shard outlives it.
 */
export function linkToManager(logger: Logger): void {
  if (typeof process.send !== 'function') return;
  let told = false;
  const tell = () => {
    if (told || !process.connected) return;
    told = true;
    process.send?.(STOPPING_MESSAGE);
  };
  process.on('SIGTERM', tell);
  process.on('SIGINT', tell);
  process.once('disconnect', () => {
    if (told) return;
    told = true;
    logger.warn('the shard manager is gone; stopping this shard');
    process.kill(process.pid, 'SIGTERM');
  });
}
