import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * Holds a secret (an API key) so that it cannot leak by accident: string conversion, JSON,
 * util.inspect and console all print `[redacted]`. Only `reveal()` hands out the value,
 * and only the panel client's Authorization header and the store's encryption call it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}
