import { Client, Events, GatewayIntentBits, Options, Partials } from 'discord.js';
import { resumeFollows } from '#backups/followToEnd.js';
import { ServerBackupWork } from '#backups/serverWork.js';
import { commands } from '#commands/index.js';
import { BackgroundTasks, type BotContext, type BotTimings, defaultTimings } from '#discord/context.js';
import { InteractionGate } from '#discord/interactionGate.js';
import { exemptInteractionWebhooks } from '#discord/interactionRest.js';
import { markExpired, PendingConfirmations } from '#discord/pendingConfirmations.js';
import { registerCommands } from '#discord/registerCommands.js';
import { createRouter } from '#discord/router.js';
import { commandTables } from '#i18n/catalogues.js';
import { localizeDefinitions } from '#i18n/commandTexts.js';
import { withLocale } from '#i18n/i18n.js';
import { resolveLocale } from '#i18n/locales.js';
import { SharedWork } from '#members/sharedWork.js';
import { PanelConnections } from '#panel/connections.js';
import { gatewayProblem, type HealthServer, startHealthServer } from '#src/ops/health.js';
import { BotMetrics } from '#src/ops/metrics.js';
import { clientShardOptions, heldShards, holdsGuild, holdsShardZero } from '#src/shards/guilds.js';
import { linkToManager } from '#src/shards/shardProcess.js';
import { holdSqliteStore } from '#src/shards/sqliteLock.js';
import { BotStore } from '#store/index.js';
import { type PanelWatch, startWatch } from '#watch/watch.js';
import type { Config } from './config.js';
import type { Logger } from './log.js';
import {
  discordUnreachable,
  orCancelled,
  type RetryPolicy,
  storeUnreachable,
  untilReachable,
} from './startupRetry.js';

export interface RunningBot {
  readonly client: Client<true>;
  readonly context: BotContext;
  /** The health server (HEALTH_PORT); its url has the port the system chose when HEALTH_PORT is 0. */
  readonly health: HealthServer | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  /** Tests shorten the product's timings; production uses the defaults. */
  timings?: Partial<BotTimings>;
  /** Stops a start-up that is waiting for Discord or the store (StartCancelledError). */
  signal?: AbortSignal;
  /** Attempts to reach Discord, and the store, before giving up (default: no limit). */
  startAttempts?: number;
}

/**
 * What registration sends: the one list of commands (`commands/index.ts`), read here and nowhere else
 * in src/, with its descriptions and choice names in every shipped language.
 */
export function commandDefinitions() {
  return localizeDefinitions(
    commands.map((c) => c.definition),
    commandTables,
  );
}

/** After followed work is cancelled at shutdown, how long interactions waiting on it get to say so. */
const LAST_WORDS_MS = 2_000;

/** Thrown when Discord refuses the token; its message names the variable to fix. */
export class LoginError extends Error {}

/**
 * Start-up in one place: store → panel connections → Discord client → router → command
 * registration. `npm start` and the end-to-end tests both come through here. A store or a Discord
 * that cannot be reached is tried again with a growing delay (src/startupRetry.ts).
 */
export async function startBot(config: Config, options: StartOptions): Promise<RunningBot> {
  const { logger, signal } = options;
  const timings: BotTimings = { ...defaultTimings, ...options.timings };
  const retry: RetryPolicy = {
    firstDelayMs: timings.startRetryFirstMs,
    maxDelayMs: timings.startRetryMaxMs,
    attempts: options.startAttempts ?? Number.POSITIVE_INFINITY,
  };
  // A SQLite file serves one bot process: a second one on it is refused here (src/shards/sqliteLock.ts).
  const sqliteLock = await holdSqliteStore(config.STORE_URL);
  const store = await untilReachable(
    () =>
      BotStore.open({
        storeUrl: config.STORE_URL,
        encryptionKey: config.ENCRYPTION_KEY,
        previousEncryptionKey: config.ENCRYPTION_KEY_PREVIOUS,
        namespace: config.STORE_NAMESPACE,
        logger,
      }),
    {
      unreachable: (error) => storeUnreachable(error, config.STORE_URL),
      policy: retry,
      logger,
      signal,
      dispose: (opened) => opened.close(),
    },
  ).catch(async (error: unknown) => {
    await sqliteLock?.release();
    throw error;
  });
  // One registry per bot (src/ops/metrics.ts): the store, the panel clients and the router count here.
  const metrics = new BotMetrics();
  store.onFailure((operation) => metrics.storeFailed(operation));
  const connections = new PanelConnections({
    headersTimeoutMs: timings.panelTimeoutMs,
    bodyTimeoutMs: timings.panelTimeoutMs,
    // The same policy as /setup's URL check, applied again to every connection after DNS.
    allowPrivateAddresses: config.ALLOW_INSECURE_PANEL_URL,
    onAttempt: (attempt) => metrics.panelAnswered(attempt),
  });

  // Only the Guilds intent: roles and channels for /setup, and GUILD_DELETE when the bot is removed.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    rest: { api: config.DISCORD_API_URL },
    allowedMentions: { parse: [] },
    // The bot never reads a message back from the cache (replies are edited by token), so none is
    // kept: every reply would otherwise stay in memory, up to 200 per channel.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    // Which shards this process runs (src/shards/): all of them, a SHARD_IDS slice, or the manager's one.
    ...clientShardOptions(config.sharding),
  });
  if (config.sharding.mode === 'managed') linkToManager(logger);
  const stopWebhookRest = exemptInteractionWebhooks(client.rest, { api: config.DISCORD_API_URL });
  const background = new BackgroundTasks(logger);
  const context: BotContext = {
    config,
    client,
    store,
    connections,
    // In the store, so another shard or this process restarted answers a press (claimed once).
    confirmations: new PendingConfirmations({
      ttlMs: timings.confirmationTtlMs,
      keepMs: timings.interactionTokenLifetimeMs,
      records: store.confirmations,
      onExpire: markExpired({ client, logger, timings }),
      logger,
    }),
    sharedWork: new SharedWork(),
    backupWork: new ServerBackupWork(config.BACKUP_THROTTLE_PERIOD * 1000),
    logger,
    timings,
    background,
    metrics,
  };
  const route = createRouter(commands, context);
  // Shutdown closes it: new interactions are told "restarting", running ones are waited for.
  const gate = new InteractionGate(logger);

  client.on(Events.InteractionCreate, (interaction) => {
    // Everything the interaction says, refusals and long work included, is in the member's language.
    withLocale(resolveLocale(interaction.locale), () => gate.admit(interaction, () => route(interaction)));
  });
  client.on(Events.GuildDelete, (guild) => {
    // The bot was removed from the guild: nothing of it is kept.
    store
      .forgetGuild(guild.id)
      .then(() => logger.info('left a guild; its settings and links are forgotten', { guildId: guild.id }))
      .catch((error: unknown) => logger.error('could not forget a guild', { guildId: guild.id, error }));
  });
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.ShardError, (error) => logger.warn('gateway connection error', { error }));

  let watch: PanelWatch | undefined;
  let health: HealthServer | undefined;
  metrics.readFrom({
    pendingConfirmations: () => context.confirmations.size,
    watchBudget: () => watch?.budgetUse() ?? { requests: 0, highestShare: 0 },
  });
  let stopping: Promise<void> | undefined;
  const stopOnce = async () => {
    // No new interactions; those running finish (bounded) while the watch ends its look in progress,
    // both before the client and the store close. Long work they start is recorded before its reply.
    const [unfinished] = await Promise.all([gate.close(timings.shutdownGraceMs), watch?.stop()]);
    if (unfinished > 0)
      logger.warn('shutting down with interactions still running', {
        count: unfinished,
        graceMs: timings.shutdownGraceMs,
      });
    // Followed work stops here; its records stay in the store and the next start resumes them.
    const followed = background.size;
    await background.stop();
    if (followed > 0)
      logger.info('handed followed work over to the store for the next start', { count: followed });
    // An interaction whose wait was just cut short says so before the client goes.
    await gate.close(LAST_WORDS_MS);
    // Pending confirmations stay in the store: the next start (or the shard's next process) honours them.
    const confirmations = context.confirmations.handOver();
    if (confirmations > 0)
      logger.info('handed pending confirmations over to the store for the next start', {
        count: confirmations,
      });
    await client.destroy();
    stopWebhookRest();
    await connections.close();
    await store.close();
    await sqliteLock?.release();
    // Last: /healthz answers while the bot stops, /readyz says it is not ready (the store is closed).
    await health?.close();
  };
  const stop = () => {
    stopping ??= stopOnce();
    return stopping;
  };

  try {
    // Before login: /healthz answers at once, /readyz says what start-up still waits for.
    if (config.HEALTH_PORT !== undefined)
      health = await startHealthServer({
        host: config.HEALTH_HOST,
        port: config.HEALTH_PORT,
        metrics,
        logger,
        checks: { gatewayProblem: () => gatewayProblem(client), pingStore: () => store.ping() },
      });
    const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
    await untilReachable(() => client.login(config.DISCORD_TOKEN), {
      unreachable: (error) => discordUnreachable(error, config.DISCORD_API_URL),
      policy: retry,
      logger,
      signal,
    });
    const readyClient = await orCancelled(ready, signal);
    logger.info('logged in', {
      user: readyClient.user.tag,
      guilds: readyClient.guilds.cache.size,
      ...(heldShards(readyClient) ?? {}),
    });
    // Confirmations pending from before a restart get their expiry again (those of this process's shards).
    await context.confirmations
      .resume((guildId) => holdsGuild(readyClient, guildId))
      .catch((error: unknown) => logger.error('could not take over pending confirmations', { error }));
    // Long work followed before a restart goes on (its records hold the reply tokens). A store that
    // cannot list them must not keep the bot from answering.
    await resumeFollows(
      context,
      commands.flatMap((c) => c.longWork ?? []),
    ).catch((error: unknown) => logger.error('could not resume followed work', { error }));
    // Once per bot, not once per shard: by the process that runs shard 0.
    if (holdsShardZero(readyClient))
      await registerCommands({
        rest: client.rest,
        applicationId: readyClient.application.id,
        definitions: commandDefinitions(),
        guildId: config.DEV_GUILD_ID,
        logger,
      });
    // Watches the panels of guilds with a notifications channel (src/watch/).
    watch = startWatch(context);
    return { client: readyClient, context, health, stop };
  } catch (error) {
    await stop().catch(() => {});
    if (
      error instanceof Error &&
      /TokenInvalid|invalid token/i.test(
        `${error.name} ${error.message} ${(error as { code?: string }).code ?? ''}`,
      )
    ) {
      throw new LoginError(
        'DISCORD_TOKEN was rejected by Discord: copy the bot token again from the developer portal (Bot → Reset Token).',
      );
    }
    throw error;
  }
}
