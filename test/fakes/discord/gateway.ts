/**
 * The gateway side: HELLO → IDENTIFY → READY + one GUILD_CREATE per guild, HEARTBEAT_ACK for each
 * heartbeat, RESUME → missed dispatches + RESUMED. Frames are plain JSON text; zlib-stream
 * compression is refused with a close that says why, rather than a silent hang.
 *
 * Sharding as Discord does it: IDENTIFY's `shard: [id, count]` (default [0, 1]) opens that shard's
 * session, whose READY lists only the guilds with `(guild_id >> 22) % count === id`; each dispatch
 * about a guild goes to the session of its shard, the rest (DMs) to shard 0. A shard id not below the
 * count closes with 4010, as on Discord.
 */

import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';

export interface GatewayHooks {
  botToken: string;
  heartbeatIntervalMs: number;
  /** READY's `d`, given the new session id, the guild ids it lists and the session's shard. */
  readyPayload(sessionId: string, guildIds: string[], shard: [number, number]): Record<string, unknown>;
  /** The guilds the bot is in now, as GUILD_CREATE payloads. */
  guildCreatePayloads(): Array<Record<string, unknown>>;
  changed(): void;
}

/** The shard Discord routes a guild to. */
export function shardOfGuild(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

interface Session {
  id: string;
  /** [shard id, shard count], as IDENTIFY asked. */
  shard: [number, number];
  seq: number;
  socket: WebSocket | undefined;
  /** Every dispatch of this session, so a RESUME can replay what the client missed. */
  sent: Array<{ s: number; frame: string }>;
}

export interface ReceivedFrame {
  op: number;
  d: unknown;
  at: number;
}

export class Gateway {
  readonly #server = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  readonly #sessions = new Map<string, Session>();
  readonly #sockets = new Set<WebSocket>();
  /** The latest session of each shard id. */
  readonly #byShard = new Map<number, Session>();
  /** The session identified or resumed last (what `disconnect()` and `requestReconnect()` act on by default). */
  #current: Session | undefined;
  /** Every frame the client sent, for tests that check IDENTIFY or RESUME. */
  readonly received: ReceivedFrame[] = [];
  identifyCount = 0;
  resumeCount = 0;

  constructor(private readonly hooks: GatewayHooks) {}

  /** Every IDENTIFY's shard, in order (`[id, count]`). */
  readonly identifiedShards: Array<[number, number]> = [];

  /** True once some session is identified and its socket is open: dispatches reach the client. */
  get connected(): boolean {
    return [...this.#byShard.values()].some((session) => session.socket?.readyState === 1);
  }

  /** Whether shard `id`'s session is identified and open. */
  shardConnected(id: number): boolean {
    return this.#byShard.get(id)?.socket?.readyState === 1;
  }

  /** The shard ids with an open session. */
  connectedShards(): number[] {
    return [...this.#byShard.entries()]
      .filter(([, session]) => session.socket?.readyState === 1)
      .map(([id]) => id)
      .sort((a, b) => a - b);
  }

  /** The shard a dispatch about `guildId` goes to (shard 0 without a guild), by the sessions' shard count. */
  shardFor(guildId: string | undefined): number {
    const count = this.#current?.shard[1] ?? 1;
    return guildId === undefined ? 0 : shardOfGuild(guildId, count);
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/gateway') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.#server.handleUpgrade(request, socket, head, (ws) => this.#accept(ws, url));
  }

  #send(ws: WebSocket, payload: Record<string, unknown>): void {
    if (ws.readyState === 1) ws.send(JSON.stringify(payload));
  }

  #accept(ws: WebSocket, url: URL): void {
    this.#sockets.add(ws);
    ws.on('close', () => {
      this.#sockets.delete(ws);
      this.hooks.changed();
    });
    ws.on('error', () => ws.terminate());
    if (url.searchParams.get('compress') !== null) {
      ws.close(4012, 'The fake Discord gateway sends plain JSON only; uninstall zlib-sync');
      return;
    }
    if (url.searchParams.get('v') !== '10' || (url.searchParams.get('encoding') ?? 'json') !== 'json') {
      ws.close(4012, 'The fake Discord gateway speaks v=10&encoding=json only');
      return;
    }
    let session: Session | undefined;
    ws.on('message', (data) => {
      let frame: { op?: unknown; d?: unknown };
      try {
        frame = JSON.parse(String(data)) as { op?: unknown; d?: unknown };
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      this.received.push({ op: Number(frame.op), d: frame.d, at: Date.now() });
      switch (frame.op) {
        case 1:
          this.#send(ws, { op: 11 });
          break;
        case 2:
          if (session !== undefined) ws.close(4005, 'Already authenticated.');
          else session = this.#identify(ws, frame.d);
          break;
        case 6:
          session = this.#resume(ws, frame.d);
          break;
        case 3:
        case 4:
        case 8:
          // Presence, voice state and member requests: accepted, nothing to answer for this bot.
          break;
        default:
          ws.close(4001, 'Unknown opcode.');
      }
      this.hooks.changed();
    });
    this.#send(ws, { op: 10, d: { heartbeat_interval: this.hooks.heartbeatIntervalMs } });
  }

  #identify(ws: WebSocket, d: unknown): Session | undefined {
    const identify = (d ?? {}) as { token?: unknown; shard?: unknown };
    if (identify.token !== this.hooks.botToken) {
      ws.close(4004, 'Authentication failed.');
      return undefined;
    }
    const asked = identify.shard ?? [0, 1];
    if (
      !Array.isArray(asked) ||
      asked.length !== 2 ||
      !asked.every((n) => Number.isInteger(n)) ||
      asked[1] < 1 ||
      asked[0] < 0 ||
      asked[0] >= asked[1]
    ) {
      ws.close(4010, 'Invalid shard.');
      return undefined;
    }
    const shard: [number, number] = [asked[0], asked[1]];
    this.identifyCount += 1;
    this.identifiedShards.push(shard);
    const session: Session = { id: randomBytes(16).toString('hex'), shard, seq: 0, socket: ws, sent: [] };
    this.#sessions.set(session.id, session);
    // A shard identifying again (its process restarted) replaces its old session.
    const previous = this.#byShard.get(shard[0]);
    if (previous?.socket && previous.socket !== ws) previous.socket.terminate();
    this.#byShard.set(shard[0], session);
    this.#current = session;
    const guilds = this.hooks
      .guildCreatePayloads()
      .filter((guild) => shardOfGuild(String(guild.id), shard[1]) === shard[0]);
    this.#dispatchTo(
      session,
      'READY',
      this.hooks.readyPayload(
        session.id,
        guilds.map((guild) => String(guild.id)),
        shard,
      ),
    );
    for (const guild of guilds) this.#dispatchTo(session, 'GUILD_CREATE', guild);
    return session;
  }

  #resume(ws: WebSocket, d: unknown): Session | undefined {
    const resume = (d ?? {}) as { token?: unknown; session_id?: unknown; seq?: unknown };
    const session = typeof resume.session_id === 'string' ? this.#sessions.get(resume.session_id) : undefined;
    if (session === undefined || resume.token !== this.hooks.botToken) {
      this.#send(ws, { op: 9, d: false });
      return undefined;
    }
    this.resumeCount += 1;
    if (session.socket !== undefined && session.socket !== ws) session.socket.terminate();
    session.socket = ws;
    this.#current = session;
    if (this.#byShard.get(session.shard[0]) === undefined) this.#byShard.set(session.shard[0], session);
    const after = typeof resume.seq === 'number' ? resume.seq : 0;
    for (const entry of session.sent) if (entry.s > after && ws.readyState === 1) ws.send(entry.frame);
    this.#dispatchTo(session, 'RESUMED', {});
    return session;
  }

  #dispatchTo(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const frame = JSON.stringify({ op: 0, t, s: session.seq, d });
    session.sent.push({ s: session.seq, frame });
    if (session.socket?.readyState === 1) session.socket.send(frame);
  }

  /**
   * Sends a dispatch to the session of the shard it belongs to (its guild's, or shard 0's); kept for
   * a RESUME if the socket is down. False when that shard never identified.
   */
  dispatch(t: string, d: unknown): boolean {
    return this.dispatchToShard(this.shardFor(guildOf(t, d)), t, d);
  }

  /** Sends a dispatch to shard `id`'s session whatever it is about (a test of what another shard does with it). */
  dispatchToShard(id: number, t: string, d: unknown): boolean {
    const session = this.#byShard.get(id);
    if (session === undefined) return false;
    this.#dispatchTo(session, t, d);
    return true;
  }

  /** Closes a client's socket with `code` (4000 lets discord.js RESUME; 4004 forbids it): shard `shard`'s, or the last identified. */
  disconnect(code = 4000, reason = 'Disconnected by the test', shard?: number): void {
    const session = shard === undefined ? this.#current : this.#byShard.get(shard);
    session?.socket?.close(code, reason);
  }

  /** Asks the client to reconnect and resume (op 7), as Discord does before maintenance. */
  requestReconnect(shard?: number): void {
    const session = shard === undefined ? this.#current : this.#byShard.get(shard);
    const socket = session?.socket;
    if (socket !== undefined) this.#send(socket, { op: 7, d: null });
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    this.#sockets.clear();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/** The guild a dispatch is about: `guild_id`, or the guild itself for GUILD_CREATE/UPDATE/DELETE. */
function guildOf(t: string, d: unknown): string | undefined {
  const data = (d ?? {}) as { guild_id?: unknown; id?: unknown };
  if (typeof data.guild_id === 'string') return data.guild_id;
  if ((t === 'GUILD_CREATE' || t === 'GUILD_UPDATE' || t === 'GUILD_DELETE') && typeof data.id === 'string')
    return data.id;
  return undefined;
}
