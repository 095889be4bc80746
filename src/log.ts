import { redactHeldSecrets, Secret } from './secret.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export type LogSink = (line: string) => void;

/** Keys whose values never reach a log line, whatever they hold. */
const SECRET_KEYS = /^(api_?key|key|token|authorization|password|secret|encryption_?key)$/i;
/** Panel client keys (ptlc_/pacc_, application ptla_/papp_) redacted from any string. */
const KEY_PATTERN = /\b(ptlc|ptla|pacc|papp)_[A-Za-z0-9]{8,}/g;

/** Cleans a string of keys: any key this process holds, and anything shaped like a panel key. */
export function redactString(text: string): string {
  return redactHeldSecrets(text).replace(KEY_PATTERN, '$1_[redacted]');
}

function serialise(value: unknown, depth = 0): unknown {
  if (value instanceof Secret) return '[redacted]';
  if (typeof value === 'string') return redactString(value);
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redactString(value.message),
      ...(depth < 2 && value.cause !== undefined ? { cause: serialise(value.cause, depth + 1) } : {}),
    };
  }
  if (Array.isArray(value)) return depth > 4 ? '[array]' : value.map((item) => serialise(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    if (depth > 4) return '[object]';
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = SECRET_KEYS.test(key) ? '[redacted]' : serialise(inner, depth + 1);
    }
    return out;
  }
  return value;
}

/** JSON lines on stdout (or a given sink), filtered by level, with secrets redacted. */
export function createLogger(
  level: LogLevel = 'info',
  sink: LogSink = (line) => process.stdout.write(`${line}\n`),
  base: LogFields = {},
): Logger {
  const write = (at: LogLevel, message: string, fields?: LogFields) => {
    if (ORDER[at] < ORDER[level]) return;
    const record = serialise({ time: new Date().toISOString(), level: at, msg: message, ...base, ...fields });
    sink(JSON.stringify(record));
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (fields) => createLogger(level, sink, { ...base, ...fields }),
  };
}

/** A logger that drops everything; for tests that do not read logs. */
export const silentLogger: Logger = createLogger('error', () => {});
