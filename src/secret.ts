import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * The values of the secrets this process holds, so that log lines and panel texts can be cleaned of
 * them whatever their shape (a legacy key has no `ptlc_` prefix to recognise it by). A value leaves
 * when its last Secret is collected.
 */
const held = new Map<string, number>();
const release = new FinalizationRegistry<string>((value) => {
  const count = (held.get(value) ?? 1) - 1;
  if (count <= 0) held.delete(value);
  else held.set(value, count);
});
/** Shorter values would match ordinary text; real keys are far longer. */
const MIN_TRACKED = 12;

/** Replaces every held secret value in `text` with `[redacted]`. */
export function redactHeldSecrets(text: string): string {
  let out = text;
  for (const value of held.keys()) if (out.includes(value)) out = out.replaceAll(value, REDACTED);
  return out;
}

/** Whether `text` contains a held secret value. */
export function containsHeldSecret(text: string): boolean {
  for (const value of held.keys()) if (text.includes(value)) return true;
  return false;
}

/**
 * Holds a secret (an API key) so that it cannot leak by accident: string conversion, JSON,
 * util.inspect and console all print `[redacted]`. Only `reveal()` hands out the value,
 * and only the panel client's Authorization header and the store's encryption call it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
    if (value.length >= MIN_TRACKED) {
      held.set(value, (held.get(value) ?? 0) + 1);
      release.register(this, value);
    }
  }

  /** Whether `text` contains this secret's value. */
  isIn(text: string): boolean {
    return this.#value.length > 0 && text.includes(this.#value);
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
