/** How Laravel reads request input: its middleware's normalisation, its `boolean` rule, its 422. */
import { type ErrorEntry, PanelHttpError } from './envelopes.js';

/** Laravel's `boolean` rule. */
export function isLaravelBoolean(value: unknown): boolean {
  return value === true || value === false || value === 0 || value === 1 || value === '0' || value === '1';
}

export function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** TrimStrings + ConvertEmptyStringsToNull, applied to one input value. */
export function normalizeInput(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A FormRequest that failed: one 422 with every failed rule, or nothing when all passed. */
export function validate(entries: ErrorEntry[]): void {
  if (entries.length > 0) throw new PanelHttpError(422, entries);
}
