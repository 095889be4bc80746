import { existsSync } from 'node:fs';
import { LoginError, startBot } from '#src/bot.js';
import { ConfigError, loadDotEnv, parseConfig } from '#src/config.js';
import { createLogger } from '#src/log.js';
import { StoreConfigError } from '#store/index.js';

/** `npm start`: configuration from the environment (and .env), then the bot until a signal stops it. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = parseConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);

  // The bot stays up: a stray rejection is a bug to log, not a reason to drop every member's session.
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
  process.on('uncaughtException', (error) => logger.error('uncaught exception', { error }));

  const bot = await startBot(config, { logger });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // Start-up failures name what to fix; only unexpected ones show a stack.
  if (error instanceof ConfigError || error instanceof StoreConfigError || error instanceof LoginError) {
    process.stderr.write(`${error.message}\n`);
    if (error instanceof ConfigError && !existsSync('.env')) {
      process.stderr.write(
        '(No .env file here: copy .env.example to .env and fill in the required values.)\n',
      );
    }
  } else {
    process.stderr.write(
      `The bot could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
