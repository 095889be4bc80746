/**
 * The fake Discord: one loopback HTTP server that serves REST under /api/v10 and the gateway at
 * /gateway, on top of the world both share (`DiscordWorld`: users, guilds, DM channels, messages),
 * plus the interactions and commands, and the actions a test takes as a member (slash,
 * autocomplete, click, select, submit a modal).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiCommand } from './commandOptions.js';
import { Gateway } from './gateway.js';
import { DEFAULT_WAIT_MS, type InteractionHandle, type InteractionRecord } from './interaction.js';
import type { AutocompleteOptions, ComponentOptions, SlashOptions } from './memberActions.js';
import * as memberActions from './memberActions.js';
import { type ModalSubmitOptions, submitModal } from './modalSubmit.js';
import { guildCreatePayload, readyPayload } from './objects.js';
import { describeRecentRequests, serveRest } from './restServer.js';
import { buildRoutes } from './routes.js';
import type { AnsweredError, FakeMessage, FakeUser, RecordedRequest } from './types.js';
import { waitUntil } from './wait.js';
import { DiscordWorld } from './world.js';

export interface FakeDiscordOptions {
  /** Discord's 3 s rule for the first answer to an interaction; 0 disables it. Default 3000. */
  ackTimeoutMs?: number;
  /** How long an interaction token lets the bot edit and follow up. Default 15 minutes. */
  tokenTtlMs?: number;
  /** HELLO's heartbeat interval. Default 41250 ms, as Discord sends. */
  heartbeatIntervalMs?: number;
  /** The shard count GET /gateway/bot recommends (`shards`). Default 1. */
  shards?: number;
  /** How many shards may identify at once (`session_start_limit.max_concurrency`). Default 1. */
  maxConcurrency?: number;
}

type MessagePredicate = (message: FakeMessage) => boolean;
const anyMessage: MessagePredicate = () => true;

export class FakeDiscordServer extends DiscordWorld {
  readonly botToken = `fake.${randomBytes(24).toString('base64url')}`;
  readonly requests: RecordedRequest[] = [];
  readonly errors: AnsweredError[] = [];
  /** Requests to routes the fake does not serve (answered 404/405); also emitted as 'unhandled'. */
  readonly unhandled: RecordedRequest[] = [];
  /** Exceptions inside the fake itself (answered 500): a bug in the fake, never the bot. */
  readonly faults: Error[] = [];
  readonly commands: { global: ApiCommand[]; guild: Map<string, ApiCommand[]> } = {
    global: [],
    guild: new Map(),
  };

  readonly ackTimeoutMs: number;
  readonly tokenTtlMs: number;
  readonly recommendedShards: number;
  readonly maxConcurrency: number;
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();

  readonly gateway: Gateway;
  readonly #http: Server;
  readonly #routes = buildRoutes(this);
  #port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    super();
    this.ackTimeoutMs = options.ackTimeoutMs ?? 3_000;
    this.tokenTtlMs = options.tokenTtlMs ?? 15 * 60_000;
    this.recommendedShards = options.shards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    this.gateway = new Gateway({
      botToken: this.botToken,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      readyPayload: (sessionId, guildIds, shard) =>
        readyPayload(
          this.botUser,
          this.applicationId,
          { id: sessionId, resumeGatewayUrl: this.gatewayUrl },
          guildIds,
          shard,
        ),
      guildCreatePayloads: () =>
        [...this.guildStates.values()].map((state) => guildCreatePayload(state.guild, state)),
      changed: () => this.signal.notify(),
    });
    this.#http = createServer((request, response) => {
      serveRest(this, this.#routes, request, response).catch((error: unknown) => {
        this.faults.push(error instanceof Error ? error : new Error(String(error)));
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    });
    this.#http.on('upgrade', (request, socket, head) => this.gateway.handleUpgrade(request, socket, head));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#http.once('error', reject);
      this.#http.listen(0, '127.0.0.1', () => resolve());
    });
    this.#port = (this.#http.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  interaction(id: string): InteractionHandle | undefined {
    return this.interactions.get(id);
  }

  dispatch(t: string, d: unknown): void {
    if (!this.gateway.dispatch(t, d))
      throw new Error(`Cannot dispatch ${t}: the bot never identified on the gateway`);
    this.signal.notify();
  }

  // ───────────────────────── waits ─────────────────────────

  /** Resolves with the first truthy result of `check`, re-checked whenever the fake answers or sends anything. */
  waitFor<T>(
    check: () => T | undefined | null | false,
    options: { timeoutMs?: number; what?: string; got?: () => string } = {},
  ): Promise<T> {
    return waitUntil(this.signal, check, {
      timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_MS,
      what: options.what ?? 'a condition on the fake Discord',
      got: options.got ?? (() => `the last requests: ${describeRecentRequests(this.requests)}`),
    });
  }

  waitForDm(user: FakeUser, predicate: MessagePredicate = anyMessage, timeoutMs = DEFAULT_WAIT_MS) {
    return this.#waitForMessage(() => this.dmMessages(user), predicate, {
      timeoutMs,
      what: `a matching DM to ${user.username}`,
      listName: 'DMs',
      summary: (m) => JSON.stringify(m.content),
    });
  }

  waitForChannelMessage(
    channelId: string,
    predicate: MessagePredicate = anyMessage,
    timeoutMs = DEFAULT_WAIT_MS,
  ) {
    return this.#waitForMessage(() => this.channelMessages(channelId), predicate, {
      timeoutMs,
      what: `a matching message in channel ${channelId}`,
      listName: 'messages',
      summary: (m) => JSON.stringify(m.content || m.embeds[0]?.title || ''),
    });
  }

  /** A timeout lists the messages there were instead, each as `summary` puts it. */
  #waitForMessage(
    list: () => FakeMessage[],
    predicate: MessagePredicate,
    options: { timeoutMs: number; what: string; listName: string; summary: (message: FakeMessage) => string },
  ): Promise<FakeMessage> {
    return this.waitFor(() => list().find(predicate), {
      timeoutMs: options.timeoutMs,
      what: options.what,
      got: () => `${options.listName} [${list().map(options.summary).join(', ')}]`,
    });
  }

  // ───────────────────────── member actions ─────────────────────────

  slash(options: SlashOptions): Promise<InteractionHandle> {
    return memberActions.slash(this, options);
  }

  autocomplete(
    options: AutocompleteOptions,
  ): Promise<{ choices: Array<{ name: string; value: string | number }> }> {
    return memberActions.autocomplete(this, options);
  }

  clickButton(options: ComponentOptions): Promise<InteractionHandle> {
    return memberActions.clickButton(this, options);
  }

  selectMenu(options: ComponentOptions & { values: string[] }): Promise<InteractionHandle> {
    return memberActions.selectMenu(this, options);
  }

  submitModal(options: ModalSubmitOptions): Promise<InteractionHandle> {
    return submitModal(this, options);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }
}
