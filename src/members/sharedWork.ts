/**
 * Work that several interactions may ask for at once (autocomplete asks on every keystroke): while
 * one is in flight for a key, the others wait for it instead of starting their own.
 */
export class SharedWork {
  readonly #inFlight = new Map<string, Promise<unknown>>();

  run<T>(key: string, start: () => Promise<T>): Promise<T> {
    const running = this.#inFlight.get(key);
    if (running) return running as Promise<T>;
    const work = start().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, work);
    return work;
  }

  get size(): number {
    return this.#inFlight.size;
  }
}
