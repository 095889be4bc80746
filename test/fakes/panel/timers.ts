/**
 * Every timer of the panel (backups finishing, power steps, restores, latency) goes through one
 * `PanelTimers`, so that closing the panel stops them all and no callback runs after close.
 */
export class PanelTimers {
  readonly #pending = new Set<NodeJS.Timeout>();
  #closed = false;

  get closed(): boolean {
    return this.#closed;
  }

  schedule(ms: number, fn: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.#pending.delete(timer);
      if (!this.#closed) fn();
    }, ms);
    // The listening server keeps the process alive while the panel is open; timers alone must not.
    timer.unref();
    this.#pending.add(timer);
    return timer;
  }

  cancel(timer: NodeJS.Timeout | undefined): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    this.#pending.delete(timer);
  }

  /** Never resolves once the panel is closed: a request waiting on it is simply never answered. */
  delay(ms: number): Promise<void> {
    return new Promise((resolve) => this.schedule(ms, resolve));
  }

  close(): void {
    this.#closed = true;
    for (const timer of this.#pending) clearTimeout(timer);
    this.#pending.clear();
  }
}
