import { existsSync } from 'node:fs';
import { defaultTimings } from '#discord/context.js';
import { LoginError, type RunningBot, startBot } from '#src/bot.js';
import { ConfigError, loadDotEnv, parseConfig } from '#src/config.js';
import { createLogger, type Logger, redactString } from '#src/log.js';
import { Secret } from '#src/secret.js';
import { runShardManager } from '#src/shards/manager.js';
import { StartCancelledError, UnreachableError } from '#src/startupRetry.js';
import { StoreConfigError, StoreUnavailableError } from '#store/index.js';

/** A shutdown still going after this long (a store that never closes) ends the process anyway, with 1. */
const SHUTDOWN_LIMIT_MS = defaultTimings.shutdownGraceMs + 20_000;

/** The process's own secrets, held as Secrets for its whole life: no log line can carry them. */
const held: Secret[] = [];

/**
 * `npm start`: configuration from the environment (and .env), then the bot until a signal stops it.
 * SIGTERM or SIGINT: no new interactions, the running ones finish (bounded), followed work is left in
 * the store for the next start, everything closes, exit 0. A second signal exits at once.
 */
async function main(): Promise<void> {
  loadDotEnv();
  const config = parseConfig(process.env);
  for (const value of [config.DISCORD_TOKEN, config.ENCRYPTION_KEY, config.ENCRYPTION_KEY_PREVIOUS])
    if (value) held.push(new Secret(value));
  const logger = createLogger(config.LOG_LEVEL, undefined, { format: config.LOG_FORMAT });

  // The bot stays up: a stray rejection is a bug to log, not a reason to drop every member's session.
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
  process.on('uncaughtException', (error) => logger.error('uncaught exception', { error }));

  // SHARDS set: this process runs discord.js's ShardingManager (one process per shard) and nothing else.
  if (config.sharding.mode === 'manager') {
    await runShardManager(config, { logger });
    return;
  }

  // A signal while start-up still waits for Discord or the store ends the wait.
  const starting = new AbortController();
  let bot: RunningBot | undefined;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal: exiting without finishing the shutdown', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting', { limitMs: SHUTDOWN_LIMIT_MS });
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    if (bot) stop(bot, logger);
    else starting.abort();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  try {
    bot = await startBot(config, { logger, signal: starting.signal });
  } catch (error) {
    if (!(error instanceof StartCancelledError)) throw error;
    logger.info('stopped before start-up finished');
    process.exit(0);
  }
  // A signal that came after the wait for Discord but before start-up finished.
  if (stopping) stop(bot, logger);
}

function stop(bot: RunningBot, logger: Logger): void {
  bot.stop().then(
    () => {
      logger.info('stopped');
      process.exit(0);
    },
    (error: unknown) => {
      logger.error('shutdown failed', { error });
      process.exit(1);
    },
  );
}

main().catch((error: unknown) => {
  // Start-up failures name what to fix; only unexpected ones show a stack.
  if (
    error instanceof ConfigError ||
    error instanceof StoreConfigError ||
    error instanceof StoreUnavailableError ||
    error instanceof LoginError ||
    error instanceof UnreachableError
  ) {
    process.stderr.write(`${redactString(error.message)}\n`);
    if (error instanceof ConfigError && !existsSync('.env')) {
      process.stderr.write(
        '(No .env file here: copy .env.example to .env and fill in the required values.)\n',
      );
    }
  } else {
    process.stderr.write(
      `The bot could not start: ${redactString(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
  }
  process.exit(1);
});
