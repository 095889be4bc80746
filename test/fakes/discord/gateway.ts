/**
 * The gateway side: HELLO → IDENTIFY → READY + one GUILD_CREATE per guild, HEARTBEAT_ACK for each
 * heartbeat, RESUME → missed dispatches + RESUMED. Frames are plain JSON text; zlib-stream
 * compression is refused with a close that says why, rather than a silent hang.
 */

import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';

export interface GatewayHooks {
  botToken: string;
  heartbeatIntervalMs: number;
  /** READY's `d`, given the new session id and the guild ids it lists. */
  readyPayload(sessionId: string, guildIds: string[]): Record<string, unknown>;
  /** The guilds the bot is in now, as GUILD_CREATE payloads. */
  guildCreatePayloads(): Array<Record<string, unknown>>;
  changed(): void;
}

interface Session {
  id: string;
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
  #current: Session | undefined;
  /** Every frame the client sent, for tests that check IDENTIFY or RESUME. */
  readonly received: ReceivedFrame[] = [];
  identifyCount = 0;
  resumeCount = 0;

  constructor(private readonly hooks: GatewayHooks) {}

  /** True once a session is identified and its socket is open: dispatches reach the client. */
  get connected(): boolean {
    return this.#current?.socket?.readyState === 1;
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
    const token = (d as { token?: unknown } | null)?.token;
    if (token !== this.hooks.botToken) {
      ws.close(4004, 'Authentication failed.');
      return undefined;
    }
    this.identifyCount += 1;
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, socket: ws, sent: [] };
    this.#sessions.set(session.id, session);
    this.#current = session;
    const guilds = this.hooks.guildCreatePayloads();
    this.#dispatchTo(
      session,
      'READY',
      this.hooks.readyPayload(
        session.id,
        guilds.map((guild) => String(guild.id)),
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

  /** Sends a dispatch to the current session; kept for a RESUME if the socket is down. */
  dispatch(t: string, d: unknown): boolean {
    if (this.#current === undefined) return false;
    this.#dispatchTo(this.#current, t, d);
    return true;
  }

  /** Closes the client's socket with `code` (4000 lets discord.js RESUME; 4004 forbids it). */
  disconnect(code = 4000, reason = 'Disconnected by the test'): void {
    this.#current?.socket?.close(code, reason);
  }

  /** Asks the client to reconnect and resume (op 7), as Discord does before maintenance. */
  requestReconnect(): void {
    const socket = this.#current?.socket;
    if (socket !== undefined) this.#send(socket, { op: 7, d: null });
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    this.#sockets.clear();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
