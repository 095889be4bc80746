import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BotTimings } from '#discord/context.js';
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  type FakeGuild,
  type FakeUser,
  startFakeDiscord,
} from '#fakes/fakeDiscord.js';
import {
  type LoopbackPanel,
  type LoopbackPanelOptions,
  type PanelServer,
  type PanelUser,
  startLoopbackPanel,
} from '#fakes/loopbackPanel.js';
import { type RunningBot, startBot } from '#src/bot.js';
import { parseConfig } from '#src/config.js';
import { createLogger, type LogLevel } from '#src/log.js';
import { Secret } from '#src/secret.js';
import { type GuildSettings, generateEncryptionKey } from '#store/index.js';

/** Manage Server, as Discord spells it in permission bitfields. */
export const MANAGE_GUILD = 1n << 5n;

/** The message flag of a reply only its member sees. */
export const EPHEMERAL = 64;

/** Short timings so flows that wait (confirmations, polling) finish in test time; the logic is the product's. */
export const testTimings: Partial<BotTimings> = {
  confirmationTtlMs: 60_000,
  pollInitialMs: 50,
  pollMaxMs: 200,
  stopTimeoutMs: 10_000,
  panelTimeoutMs: 2_000,
  autocompletePanelBudgetMs: 1_500,
};

export interface E2E {
  readonly panel: LoopbackPanel;
  readonly discord: FakeDiscord;
  readonly bot: RunningBot;
  /** Every log line the bot wrote (JSON), for checks that secrets never reach the log. */
  readonly logs: string[];
  /** Every key the run's panels issued (client and application), for checks that none got out. */
  readonly issuedKeys: ReadonlyArray<string>;
  readonly storeDir: string;
  readonly encryptionKey: string;
  /** Another loopback panel (a second guild's, say), its keys recorded too; it closes with the run. */
  startPanel(options?: LoopbackPanelOptions): Promise<LoopbackPanel>;
  close(): Promise<void>;
}

export type E2EOptions = {
  panel?: LoopbackPanelOptions;
  discord?: FakeDiscordOptions;
  timings?: Partial<BotTimings>;
  env?: Record<string, string>;
  beforeLogin?: (discord: FakeDiscord) => void;
  /** The bot's log level (default debug, so tests can check every line for secrets). */
  logLevel?: LogLevel;
};

/**
 * The real bot, started through `startBot` exactly as `npm start` starts it, against a fake Discord
 * and a loopback panel on 127.0.0.1, with a real SQLite store in a temp folder.
 */
export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const issuedKeys: string[] = [];
  const panels: LoopbackPanel[] = [];
  const startPanel = async (panelOptions?: LoopbackPanelOptions) => {
    const panel = recordingKeys(await startLoopbackPanel(panelOptions), issuedKeys);
    panels.push(panel);
    return panel;
  };
  const panel = await startPanel(options.panel);
  const discord = await startFakeDiscord(options.discord);
  options.beforeLogin?.(discord);
  const storeDir = mkdtempSync(join(tmpdir(), 'ptero-e2e-'));
  const encryptionKey = generateEncryptionKey();
  const logs: string[] = [];
  const config = parseConfig({
    DISCORD_TOKEN: discord.botToken,
    ENCRYPTION_KEY: encryptionKey,
    STORE_URL: `sqlite://${join(storeDir, 'bot.sqlite')}`,
    DISCORD_API_URL: discord.apiUrl,
    ALLOW_INSECURE_PANEL_URL: 'true',
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const bot = await startBot(config, {
    logger: createLogger(options.logLevel ?? 'debug', (line) => logs.push(line)),
    timings: { ...testTimings, ...options.timings },
  });
  return {
    panel,
    discord,
    bot,
    logs,
    issuedKeys,
    storeDir,
    encryptionKey,
    startPanel,
    async close() {
      await bot.stop();
      await discord.close();
      for (const started of panels) await started.close();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

/** The panel as it is, except that every key it issues is also written down in `issued`. */
function recordingKeys(panel: LoopbackPanel, issued: string[]): LoopbackPanel {
  const noted = (key: string) => {
    issued.push(key);
    return key;
  };
  const recording: Partial<LoopbackPanel> = {
    addUser: (options) => {
      const user = panel.addUser(options);
      noted(user.key);
      return user;
    },
    addClientKey: (user) => noted(panel.addClientKey(user)),
    addApplicationKey: (user) => noted(panel.addApplicationKey(user)),
  };
  return new Proxy(panel, {
    get: (target, property) =>
      Object.hasOwn(recording, property)
        ? recording[property as keyof LoopbackPanel]
        : Reflect.get(target, property),
  });
}

/**
 * A guild with an admin (Manage Server) and a member, both with panel accounts, and two servers of the
 * member's; set up against the loopback panel (through the store) unless `setUp` is false.
 */
export interface World {
  guild: FakeGuild;
  admin: FakeUser;
  member: FakeUser;
  adminAccount: PanelUser;
  memberAccount: PanelUser;
  server: PanelServer;
  other: PanelServer;
}

export async function createWorld(
  e2e: E2E,
  options: { guildName?: string; setUp?: boolean } = {},
): Promise<World> {
  const admin = e2e.discord.createUser({ username: 'admin' });
  const member = e2e.discord.createUser({ username: 'member' });
  const guild = await joinedGuild(e2e, {
    name: options.guildName ?? 'Game Night',
    owner: admin,
    roles: [{ name: 'Moderators' }, { name: 'Players' }],
    textChannels: ['general', 'backup-log'],
  });
  e2e.discord.addMember(guild, admin, { permissions: MANAGE_GUILD | (1n << 10n) | (1n << 11n) });
  e2e.discord.addMember(guild, member);
  const adminAccount = e2e.panel.addUser({ username: 'admin' });
  const memberAccount = e2e.panel.addUser({ username: 'steve' });
  const server = e2e.panel.addServer({
    owner: memberAccount,
    name: 'Survival',
    backupLimit: 3,
    powerState: 'offline',
  });
  const other = e2e.panel.addServer({
    owner: memberAccount,
    name: 'Creative',
    backupLimit: 2,
    powerState: 'running',
  });
  if (options.setUp !== false) await configureGuild(e2e, guild);
  return { guild, admin, member, adminAccount, memberAccount, server, other };
}

/** A new guild in the fake Discord, once the bot has received its GUILD_CREATE. */
export async function joinedGuild(
  e2e: E2E,
  options: Parameters<FakeDiscord['createGuild']>[0] = {},
): Promise<FakeGuild> {
  const guild = e2e.discord.createGuild(options);
  await waitUntil(() => e2e.bot.client.guilds.cache.has(guild.id), 'the bot to receive GUILD_CREATE');
  return guild;
}

/** Polls a condition (no fixed sleeps); fails with what it waited for. */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Guild settings written straight through the real store, for tests about something other than /setup. */
export async function configureGuild(
  e2e: E2E,
  guild: FakeGuild,
  change: Partial<GuildSettings> = {},
): Promise<void> {
  await e2e.bot.context.store.setGuildSettings(guild.id, {
    panelUrl: e2e.panel.url,
    managerRoleIds: [],
    auditChannelId: null,
    setupBy: guild.ownerId,
    updatedAt: new Date().toISOString(),
    ...change,
  });
}

/** Runs `/link` as a member would: the command, then the modal with the key (and default server). */
export async function linkThroughModal(
  e2e: E2E,
  guild: FakeGuild,
  user: FakeUser,
  key: string,
  defaultServer = '',
) {
  const opened = await e2e.discord.slash({ user, guild, command: 'link' });
  await opened.waitForResponse((r) => r.kind === 'callback');
  const submitted = await e2e.discord.submitModal({
    user,
    guild,
    from: opened,
    values: { key, server: defaultServer },
  });
  await submitted.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
  return submitted;
}

/** The text a member sees in a message: content, embed titles, descriptions and fields. */
export function visibleText(
  message: { content?: string; embeds?: Array<Record<string, unknown>> } | undefined,
): string {
  if (!message) return '';
  const parts = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    const e = embed as {
      title?: string;
      description?: string;
      fields?: Array<{ name: string; value: string }>;
      footer?: { text: string };
    };
    parts.push(
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    );
  }
  return parts.join('\n');
}

/** Every custom id of the buttons and selects on a message. */
export function customIds(
  message: { components?: Array<{ components?: Array<{ custom_id?: string }> }> } | undefined,
): string[] {
  return (message?.components ?? [])
    .flatMap((row) => (row.components ?? []).map((c) => c.custom_id ?? ''))
    .filter(Boolean);
}

/**
 * A member link written straight through the real store (the key sealed as `/link` seals it), for
 * tests about something other than `/link`. The servers are the ones the panel account reaches.
 */
export async function linkDirectly(
  e2e: E2E,
  guild: FakeGuild,
  user: FakeUser,
  account: PanelUser,
  servers: ReadonlyArray<PanelServer>,
  defaultServer: PanelServer | null = servers[0] ?? null,
): Promise<void> {
  await e2e.bot.context.store.setMemberLink(guild.id, user.id, {
    apiKey: new Secret(account.key),
    accountName: account.username,
    servers: servers.map((s) => ({ identifier: s.identifier, name: s.name })),
    defaultServer: defaultServer?.identifier ?? null,
    linkedAt: new Date().toISOString(),
  });
}
