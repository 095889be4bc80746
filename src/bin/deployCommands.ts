import { REST, type RESTGetCurrentApplicationResult, Routes } from 'discord.js';
import { registerCommands } from '#discord/registerCommands.js';
import { commandDefinitions } from '#src/bot.js';
import { ConfigError, loadDotEnv, parseConfig } from '#src/config.js';
import { createLogger } from '#src/log.js';

/** `npm run deploy-commands`: the same registration as start-up, on demand, without connecting to the gateway. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = parseConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const application = (await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult;
  const result = await registerCommands({
    rest,
    applicationId: application.id,
    definitions: commandDefinitions(),
    guildId: config.DEV_GUILD_ID,
    logger,
  });
  process.stdout.write(
    `Commands ${result === 'updated' ? 'registered' : 'already up to date'} ${config.DEV_GUILD_ID ? `in guild ${config.DEV_GUILD_ID}` : 'globally'} for application ${application.id}.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `deploy-commands failed: ${error instanceof Error ? error.message : String(error)}`}\n`,
  );
  process.exit(1);
});
