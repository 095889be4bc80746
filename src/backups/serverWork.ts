import { KeyedMutex } from '#store/keyedMutex.js';

/**
 * Work on one panel server's backups that must not interleave — a rotation's check, delete and
 * create; a prune's deletes — and the backups the bot deleted there lately. Pterodactyl's creation
 * throttle still counts a soft-deleted backup, which no listing shows any more
 * (panel-schedules-api.md §6), so the bot remembers when the ones it deleted were created.
 *
 * Held in memory: the throttle's window is minutes long, and a restart forgets at worst a few.
 */
export class ServerBackupWork {
  readonly #locks = new KeyedMutex();
  /** Per server: when the backups the bot deleted there were created (ms), within `windowMs`. */
  readonly #deleted = new Map<string, number[]>();

  /** `windowMs`: how long a deleted backup may still count (the throttle's period). */
  constructor(private readonly windowMs: number) {}

  /** Runs `section` alone among the sections of the same server (in call order). */
  exclusive<T>(panelUrl: string, server: string, section: () => Promise<T>): Promise<T> {
    return this.#locks.run(keyOf(panelUrl, server), section);
  }

  /** The bot deleted a backup that was created at `createdAt` (ISO-8601). */
  noteDeleted(panelUrl: string, server: string, createdAt: string, now = Date.now()): void {
    const at = Date.parse(createdAt);
    if (Number.isNaN(at) || at < now - this.windowMs) return;
    this.#forgetOld(now);
    const key = keyOf(panelUrl, server);
    const times = this.#deleted.get(key) ?? [];
    times.push(at);
    // Bounded: more than this many in one window is past any throttle worth the name.
    this.#deleted.set(key, times.slice(-MAX_REMEMBERED));
  }

  /** When the backups the bot deleted on this server lately were created (ms). */
  deletedCreatedAt(panelUrl: string, server: string, now = Date.now()): number[] {
    this.#forgetOld(now);
    return [...(this.#deleted.get(keyOf(panelUrl, server)) ?? [])];
  }

  #forgetOld(now: number) {
    for (const [key, times] of this.#deleted) {
      const kept = times.filter((at) => at >= now - this.windowMs);
      if (kept.length === 0) this.#deleted.delete(key);
      else this.#deleted.set(key, kept);
    }
  }
}

const MAX_REMEMBERED = 1000;

/** One panel's server, by its 8-character identifier (which a full UUID starts with). */
const keyOf = (panelUrl: string, server: string) => `${panelUrl}|${server.slice(0, 8).toLowerCase()}`;
