import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Pool } from 'undici';
import type { PanelAttemptObserver } from './http.js';
import { classifyAddress } from './url.js';

export interface PanelConnectionOptions {
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  connectionsPerOrigin?: number;
  keepAliveTimeoutMs?: number;
  /**
   * Whether panels on private or loopback addresses may be reached (ALLOW_INSECURE_PANEL_URL).
   * Link-local and metadata addresses are refused whatever this says. Checked on every connection,
   * after DNS, so a name that changes its address after /setup checked it is still refused.
   */
  allowPrivateAddresses?: boolean;
  /** Told of every request attempt of every client on these connections (the bot's metrics). */
  onAttempt?: PanelAttemptObserver | undefined;
}

/** The code of the error a refused address produces; the client reports it as an unreachable panel. */
export const ADDRESS_REFUSED = 'ERR_PANEL_ADDRESS_REFUSED';

function refusal(address: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(
    `connection to ${address} refused by the panel address policy`,
  );
  error.code = ADDRESS_REFUSED;
  return error;
}

function acceptable(address: string, allowPrivate: boolean): boolean {
  const verdict = classifyAddress(address);
  return verdict === 'ok' || (verdict === 'private' && allowPrivate);
}

/** A DNS lookup for sockets that refuses addresses outside the policy. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      const refused = addresses.find((a) => !acceptable(a.address, allowPrivate));
      if (refused) {
        callback(refusal(refused.address), '', 0);
        return;
      }
      if (options.all) {
        (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        return;
      }
      const first = addresses[0];
      if (!first) callback(refusal(hostname), '', 0);
      else callback(null, first.address, first.family);
    });
  };
}

const DEFAULTS = {
  connectTimeoutMs: 5_000,
  // The whole-request timeout of the client (15 s) is the real budget; these only stop a socket
  // that stalls longer than any request may take.
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  connectionsPerOrigin: 8,
  keepAliveTimeoutMs: 10_000,
  // Closed unless the operator opened it (ALLOW_INSECURE_PANEL_URL): loopback panels are the exception.
  allowPrivateAddresses: false,
  onAttempt: undefined,
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

  get onAttempt(): PanelAttemptObserver | undefined {
    return this.#options.onAttempt;
  }

  /** The pool for an origin (`scheme://host:port`; any path or query of the URL is ignored). */
  poolFor(origin: string): Pool {
    if (this.#closed) throw new Error('PanelConnections is closed');
    const key = new URL(origin).origin;
    let pool = this.#pools.get(key);
    if (pool === undefined) {
      const host = new URL(key).hostname.replace(/^\[|\]$/g, '');
      // An address literal never goes through DNS, so it is judged here.
      if (isIP(host) && !acceptable(host, this.#options.allowPrivateAddresses)) throw refusal(host);
      pool = new Pool(key, {
        connections: this.#options.connectionsPerOrigin,
        connect: {
          timeout: this.#options.connectTimeoutMs,
          lookup: guardedLookup(this.#options.allowPrivateAddresses),
        },
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
