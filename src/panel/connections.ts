import { Pool } from 'undici';

export interface PanelConnectionOptions {
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  connectionsPerOrigin?: number;
  keepAliveTimeoutMs?: number;
}

const DEFAULTS = {
  connectTimeoutMs: 5_000,
  // The whole-request timeout of the client (15 s) is the real budget; these only stop a socket
  // that stalls longer than any request may take.
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  connectionsPerOrigin: 8,
  keepAliveTimeoutMs: 10_000,
} satisfies Required<PanelConnectionOptions>;

/**
 * One undici Pool per panel origin, kept alive between requests. Owned by the app and shared by
 * every PanelClient: many members of one guild use the same panel, and their requests reuse the
 * same few sockets. Pools hold no credentials; each request carries its own Authorization header.
 */
export class PanelConnections {
  readonly #options: Required<PanelConnectionOptions>;
  readonly #pools = new Map<string, Pool>();
  #closed = false;

  constructor(options: PanelConnectionOptions = {}) {
    this.#options = { ...DEFAULTS, ...options };
  }

  /** The pool for an origin (`scheme://host:port`; any path or query of the URL is ignored). */
  poolFor(origin: string): Pool {
    if (this.#closed) throw new Error('PanelConnections is closed');
    const key = new URL(origin).origin;
    let pool = this.#pools.get(key);
    if (pool === undefined) {
      pool = new Pool(key, {
        connections: this.#options.connectionsPerOrigin,
        connectTimeout: this.#options.connectTimeoutMs,
        headersTimeout: this.#options.headersTimeoutMs,
        bodyTimeout: this.#options.bodyTimeoutMs,
        keepAliveTimeout: this.#options.keepAliveTimeoutMs,
        keepAliveMaxTimeout: Math.max(this.#options.keepAliveTimeoutMs, 60_000),
      });
      this.#pools.set(key, pool);
    }
    return pool;
  }

  /** Closes every pool: in-flight requests finish, then the sockets close. */
  async close(): Promise<void> {
    this.#closed = true;
    const pools = [...this.#pools.values()];
    this.#pools.clear();
    await Promise.all(pools.map((pool) => pool.close()));
  }
}
