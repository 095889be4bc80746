import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { z } from 'zod';
import { type Sharding, shardingSchema, sqliteProblem } from '#src/shards/sharding.js';
import { DEFAULT_STORE_URL, parseStoreUrl } from '#store/backend.js';

/** A boolean environment flag: only `true`/`1`/`yes` turn it on, so a typo never enables it by surprise. */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** A host name as a listen address may be: letters, digits, dots and dashes. */
const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/** A whole number from the environment within `min`..`max`; unset or empty gives `fallback`. */
const wholeNumber = (fallback: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : String(fallback)))
    .pipe(z.string().regex(/^\d+$/, `must be a whole number from ${min} to ${max}`))
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const envSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'is required: the bot token from the Discord developer portal' })
    .trim()
    .min(1, 'is required: the bot token from the Discord developer portal'),
  ENCRYPTION_KEY: z
    .string({ error: 'is required: 32 random bytes in base64 (run `npm run keygen`)' })
    .trim()
    .min(1, 'is required: 32 random bytes in base64 (run `npm run keygen`)'),
  ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  STORE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : DEFAULT_STORE_URL))
    .superRefine((v, check) => {
      // The store's own reading of the URL: its scheme rules exist once, and so do its messages.
      try {
        parseStoreUrl(v);
      } catch (error) {
        check.addIssue({ code: 'custom', message: storeUrlProblem(error) });
      }
    }),
  /**
   * The prefix of every key in the store (default `ptero`): several bots, or test runs, can share one
   * Redis or PostgreSQL, each under its own.
   */
  STORE_NAMESPACE: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : 'ptero'))
    .pipe(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1 to 40 letters, digits, "_" or "-"')),
  DISCORD_API_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/\/+$/, '') : 'https://discord.com/api'))
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }))
    .refine((v) => !/\/v\d+$/.test(v), {
      message: 'must not end with the API version (use …/api, not …/api/v10)',
    }),
  DEV_GUILD_ID: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(snowflake.optional()),
  ALLOW_INSECURE_PANEL_URL: flag,
  LOG_LEVEL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toLowerCase() : 'info'))
    .pipe(z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' })),
  /** `json` (one object a line, for a log collector) or `pretty` (readable lines); unset: pretty on a terminal. */
  LOG_FORMAT: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toLowerCase() : 'auto'))
    .pipe(
      z.enum(['auto', 'json', 'pretty'], {
        error: 'must be json or pretty (unset: pretty on a terminal, json otherwise)',
      }),
    ),
  /**
   * The panel's backup creation throttle, which it does not expose: set these to the panel's own
   * BACKUP_THROTTLE_LIMIT and BACKUP_THROTTLE_PERIOD (seconds; 0 turns it off). Pterodactyl and
   * Pelican default to 2 per 600 s. The bot checks it before deleting a backup to make room.
   */
  BACKUP_THROTTLE_LIMIT: wholeNumber(2, 1, 1000),
  BACKUP_THROTTLE_PERIOD: wholeNumber(600, 0, 7 * 24 * 3600),
  /**
   * The health and metrics endpoints (src/ops/health.ts): /healthz, /readyz, /metrics. Unset: no
   * server. 0 lets the system choose a free port (the tests use that).
   */
  HEALTH_PORT: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, 'must be a port number from 0 to 65535')
        .transform(Number)
        .pipe(z.number().int().max(65535, 'must be a port number from 0 to 65535'))
        .optional(),
    ),
  /** Where the health server listens: loopback unless the operator says otherwise (e.g. 0.0.0.0 in a container). */
  HEALTH_HOST: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : '127.0.0.1'))
    .refine((v) => isIP(v) !== 0 || HOSTNAME.test(v), {
      message: 'must be an IP address (127.0.0.1, 0.0.0.0, ::1) or a host name',
    }),
});

/** The environment as the bot reads it, with the sharding variables (SHARDS, SHARD_IDS, SHARD_COUNT) read together. */
export type Config = z.output<typeof envSchema> & { readonly sharding: Sharding };

/** What the store needs: `npm run rotate-key` reads only these, through the same rules as the bot. */
const storeEnvSchema = envSchema.pick({
  ENCRYPTION_KEY: true,
  ENCRYPTION_KEY_PREVIOUS: true,
  STORE_URL: true,
  STORE_NAMESPACE: true,
});
export type StoreConfig = z.output<typeof storeEnvSchema>;

/** parseStoreUrl's messages start with the variable's name; an issue is listed under that name already. */
function storeUrlProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^STORE_URL:?\s*/, '');
}

/** Thrown when the environment is incomplete or malformed; its message lists every problem by variable name. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const base = envSchema.safeParse(env);
  const shards = shardingSchema.safeParse(env);
  const problems = [...issuesOf(base), ...issuesOf(shards)];
  // A SQLite file serves one process: a configuration that runs several on it is refused here.
  const sqlite =
    base.success && shards.success && parseStoreUrl(base.data.STORE_URL).kind === 'sqlite'
      ? sqliteProblem(shards.data)
      : undefined;
  if (sqlite) problems.push(sqlite);
  if (!base.success || !shards.success || problems.length > 0) throw new ConfigError(problems);
  return { ...base.data, sharding: shards.data };
}

function issuesOf(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
}

export function parseStoreConfig(env: Record<string, string | undefined>): StoreConfig {
  return parsed(storeEnvSchema, env);
}

function parsed<Schema extends z.ZodType>(
  schema: Schema,
  env: Record<string, string | undefined>,
): z.output<Schema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(issuesOf(result));
}

/** Reads `.env` from the working directory into process.env (values already set win), when the file exists. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
