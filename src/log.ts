import { pino } from 'pino';
import { UserFacingError } from './errors.js';
import { redactHeldSecrets, Secret } from './secret.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/** `json`: one JSON object a line (production); `pretty`: one readable line (a terminal); `auto`: pretty on a TTY. */
export type LogFormat = 'auto' | 'json' | 'pretty';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

/** Receives each finished line, without its newline; tests collect lines with one. */
export type LogSink = (line: string) => void;

export interface LoggerOptions {
  /** Default `auto`: pretty when writing to stdout and stdout is a terminal, JSON otherwise. */
  format?: LogFormat;
}

const REDACTED = '[redacted]';

/** Keys whose values never reach a log line, whatever they hold, at any depth. */
const SECRET_KEYS =
  /^(?:key|api[_-]?key|x-api-key|authorization|proxy-authorization|cookie|set-cookie|password|passwd|secret|client[_-]?secret|encryption[_-]?key(?:[_-]previous)?|.*token)$/i;

/**
 * pino's own path redaction, for the same names at the top level, one level down and in headers:
 * a second layer under the value-based cleaning below, should anything reach pino uncleaned.
 */
const REDACT_NAMES = ['authorization', 'token', 'key', 'apiKey', 'api_key', 'password', 'secret', 'cookie'];
const REDACT_PATHS = REDACT_NAMES.flatMap((name) => [
  name,
  `*.${name}`,
  `headers.${name}`,
  `*.headers.${name}`,
]);

/** Panel keys (client ptlc_/pacc_, application ptla_/papp_), bearer credentials, JWTs and URL tokens. */
const STRING_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/\b(ptlc|ptla|pacc|papp)_[A-Za-z0-9]{8,}/g, `$1_${REDACTED}`],
  [/\b(Bearer|Bot|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, REDACTED],
  [/([?&](?:token|signature|key|api_key)=)[^&#\s"']+/gi, `$1${REDACTED}`],
];

/** Cleans a string of keys: any key this process holds (a Secret of any shape), and anything shaped like one. */
export function redactString(text: string): string {
  let out = redactHeldSecrets(text);
  for (const [pattern, replacement] of STRING_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const MAX_DEPTH = 5;
const STACK_LINES = 15;

/**
 * A field value as it may be written: secrets and secret-named keys redacted, strings cleaned,
 * errors as name/message/code/cause (a stack only for `withStack`: an unexpected error logged at
 * error level), and nothing deeper than MAX_DEPTH.
 */
function clean(value: unknown, depth: number, withStack: boolean): unknown {
  if (value instanceof Secret) return REDACTED;
  if (typeof value === 'string') return redactString(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return cleanError(value, depth, withStack);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof URL) return redactString(value.href);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return '[binary]';
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[array]' : '[object]';
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => clean(item, depth + 1, false));
  if (value instanceof Map) return clean(Object.fromEntries(value), depth, false);
  if (value instanceof Set) return clean([...value], depth, false);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEYS.test(key) ? REDACTED : clean(inner, depth + 1, false);
  }
  return out;
}

function cleanError(error: Error, depth: number, withStack: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { name: error.name, message: redactString(error.message) };
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  // Node's "connect ECONNREFUSED ::1, 127.0.0.1" arrives as an AggregateError with an empty message.
  if (error instanceof AggregateError && depth < MAX_DEPTH)
    out.errors = error.errors.slice(0, 5).map((inner: unknown) => clean(inner, depth + 1, false));
  if (error.cause !== undefined && depth < MAX_DEPTH) out.cause = clean(error.cause, depth + 1, false);
  if (withStack && !(error instanceof UserFacingError) && error.stack)
    out.stack = redactString(error.stack.split('\n').slice(0, STACK_LINES).join('\n'));
  return out;
}

function cleanFields(fields: LogFields | undefined, withStack: boolean): LogFields {
  if (fields === undefined) return {};
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = SECRET_KEYS.test(key) ? REDACTED : clean(value, 1, withStack);
  }
  return out;
}

/** Set once stdout's reader went away (a closed pipe): log lines are dropped, not retried. */
let stdoutClosed = false;
let watchingStdout = false;

/**
 * A closed pipe makes every write fail with EPIPE; unhandled, each failure is an uncaught exception
 * whose log line fails again, and the process spins. The first EPIPE ends logging to stdout instead.
 */
function stopWritingWhenStdoutCloses(): void {
  if (watchingStdout) return;
  watchingStdout = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') stdoutClosed = true;
    else throw error;
  });
}

/**
 * The bot's logger on pino: `info(message, fields)` as every call site writes it, each line one
 * JSON object `{ level, time, pid, …fields, msg }` (level as its name), or one readable line in a
 * terminal. Secrets are cleaned by value (Secret instances, every key the process holds, anything
 * shaped like a key) and by name (authorization, token, key, password… at any depth) before pino
 * sees them, and pino's `redact` paths stand behind that.
 */
export function createLogger(level: LogLevel = 'info', sink?: LogSink, options: LoggerOptions = {}): Logger {
  const format = options.format ?? 'auto';
  const pretty = format === 'pretty' || (format === 'auto' && sink === undefined && process.stdout.isTTY);
  const color = pretty && sink === undefined && process.stdout.isTTY && !process.env.NO_COLOR;
  if (sink === undefined) stopWritingWhenStdoutCloses();
  const write: LogSink =
    sink ??
    ((line) => {
      if (!stdoutClosed) process.stdout.write(`${line}\n`);
    });
  const destination = {
    write(chunk: string) {
      const line = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
      write(pretty ? prettyLine(line, color) : line);
    },
  };
  const root = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    destination,
  );
  return wrap(root);
}

function wrap(instance: pino.Logger): Logger {
  const at =
    (level: LogLevel) =>
    (message: string, fields?: LogFields): void => {
      if (!instance.isLevelEnabled(level)) return;
      instance[level](cleanFields(fields, level === 'error'), redactString(message));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (fields) => wrap(instance.child(cleanFields(fields, false))),
  };
}

const noop = () => {};
/** A logger that drops everything; for tests that do not read logs. */
export const silentLogger: Logger = {
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  child: () => silentLogger,
};

const LEVEL_STYLE: Record<string, { label: string; color: string }> = {
  debug: { label: 'DEBUG', color: '90' },
  info: { label: 'INFO ', color: '36' },
  warn: { label: 'WARN ', color: '33' },
  error: { label: 'ERROR', color: '31' },
};
/** Written by pino or the logger itself: not repeated as fields. */
const RECORD_KEYS = new Set(['level', 'time', 'pid', 'msg']);

/**
 * One JSON line as a person reads it: `12:04:05.123 WARN  cannot reach discord.com — … code=ENOTFOUND`.
 * Errors read `Name: message ← Cause: message`; an unexpected error's stack follows on its own lines.
 */
export function prettyLine(json: string, color = false): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const style = LEVEL_STYLE[String(record.level)] ?? {
    label: String(record.level).toUpperCase(),
    color: '0',
  };
  const time = typeof record.time === 'string' ? record.time.slice(11, 23) : '';
  const parts = [paint('90', time), paint(style.color, style.label), String(record.msg ?? '')];
  const stacks: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (RECORD_KEYS.has(key) || value === undefined) continue;
    parts.push(`${paint('2', `${key}=`)}${prettyValue(value, stacks)}`);
  }
  return [parts.join(' '), ...stacks.map((stack) => paint('90', indent(stack)))].join('\n');
}

function prettyValue(value: unknown, stacks: string[]): string {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  if (isErrorRecord(value)) {
    if (typeof value.stack === 'string') stacks.push(value.stack);
    const chain: string[] = [];
    for (let at: unknown = value; isErrorRecord(at) && chain.length < MAX_DEPTH; at = at.cause) {
      const code = at.code === undefined ? '' : ` [${String(at.code)}]`;
      chain.push(`${at.name}: ${at.message}${code}`);
    }
    return JSON.stringify(chain.join(' ← '));
  }
  return JSON.stringify(value);
}

function isErrorRecord(
  value: unknown,
): value is { name: string; message: string; code?: unknown; cause?: unknown; stack?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line.trim()}`)
    .join('\n');
}
