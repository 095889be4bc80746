/**
 * The few Laravel validation rules the schedule and task requests use, run the way the Validator runs
 * them: field by field in rule order, one error entry per failed rule, stopping at a failed implicit
 * rule (required, filled, required_unless). A rule that is not implicit skips an absent field, and a
 * `nullable` field's null. Messages are the panel's `lang/en/validation.php`, with the attribute's
 * underscores read as spaces ("The day of month field is required.").
 */
import { type ErrorEntry, validationEntry } from './envelopes.js';
import { isLaravelBoolean } from './input.js';

export interface Rule {
  rule: string;
  implicit?: boolean;
  /** True when the value fails; `present` says whether the field was sent at all. */
  fails(value: unknown, present: boolean): boolean;
  message(label: string): string;
}

export interface FieldRules {
  field: string;
  /** `sometimes`: no rule runs unless the field was sent. */
  sometimes?: boolean;
  nullable?: boolean;
  rules: Rule[];
}

/** `validateRequired`: null, an empty string and an empty array or object are all missing. */
function isMissing(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** PHP's `is_numeric`: numbers and numeric strings (surrounding whitespace allowed), never booleans. */
export function isNumeric(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value);
}

/** `getSize`: the number itself under a numeric rule, a count for arrays, else the string length. */
function sizeOf(value: unknown, numeric: boolean): number {
  if (numeric && isNumeric(value)) return Number(value);
  if (typeof value === 'object' && value !== null) return Object.keys(value).length;
  if (typeof value === 'string') return [...value].length;
  return value === true ? 1 : typeof value === 'number' ? String(value).length : 0;
}

/** PHP's string cast, as `in` compares with it. */
function phpString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '';
  return undefined;
}

export const required: Rule = {
  rule: 'required',
  implicit: true,
  fails: isMissing,
  message: (label) => `The ${label} field is required.`,
};

/** `filled`: may be left out, but not sent empty; the panel's message is the `required` one. */
export const filled: Rule = {
  ...required,
  rule: 'filled',
  fails: (value, present) => present && isMissing(value),
};

export function requiredUnless(other: string, otherValue: unknown, values: string[]): Rule {
  const exempt = typeof otherValue === 'string' && values.includes(otherValue);
  return {
    rule: 'required_unless',
    implicit: true,
    fails: (value) => !exempt && isMissing(value),
    message: (label) =>
      `The ${label} field is required unless ${other.replaceAll('_', ' ')} is in ${values.join(', ')}.`,
  };
}

export const string: Rule = {
  rule: 'string',
  fails: (value) => typeof value !== 'string',
  message: (label) => `The ${label} must be a string.`,
};

export const boolean: Rule = {
  rule: 'boolean',
  fails: (value) => !isLaravelBoolean(value),
  message: (label) => `The ${label} field must be true or false.`,
};

export const numeric: Rule = {
  rule: 'numeric',
  fails: (value) => !isNumeric(value),
  message: (label) => `The ${label} must be a number.`,
};

export function inList(values: readonly string[]): Rule {
  return {
    rule: 'in',
    fails: (value) => {
      const text = phpString(value);
      return text === undefined || !values.includes(text);
    },
    message: (label) => `The selected ${label} is invalid.`,
  };
}

/** `max:n`; `numericField` says whether the field also has the `numeric` rule (a value, not a length). */
export function max(n: number, numericField: boolean): Rule {
  return {
    rule: 'max',
    fails: (value) => sizeOf(value, numericField) > n,
    message: (label) =>
      numericField
        ? `The ${label} may not be greater than ${n}.`
        : `The ${label} may not be greater than ${n} characters.`,
  };
}

export function min(n: number, numericField: boolean): Rule {
  return {
    rule: 'min',
    fails: (value) => sizeOf(value, numericField) < n,
    message: (label) =>
      numericField ? `The ${label} must be at least ${n}.` : `The ${label} must be at least ${n} characters.`,
  };
}

/** Every failed rule of every field, in order; `body` holds the normalised input. */
export function runRules(body: Record<string, unknown>, fields: FieldRules[]): ErrorEntry[] {
  const entries: ErrorEntry[] = [];
  for (const { field, sometimes, nullable, rules } of fields) {
    const present = Object.hasOwn(body, field);
    if (sometimes === true && !present) continue;
    const value = body[field];
    const label = field.replaceAll('_', ' ');
    for (const rule of rules) {
      if (rule.implicit !== true && (!present || (nullable === true && value === null))) continue;
      if (!rule.fails(value, present)) continue;
      entries.push(validationEntry(field, rule.rule, rule.message(label)));
      if (rule.implicit === true) break;
    }
  }
  return entries;
}
