/**
 * The check every e2e file ends with: what the bot logged at error level (nothing, unless the file
 * names the messages it provokes on purpose), and that no panel key, nothing shaped like one and no
 * stack trace got out. It reads what the code writes: src/log.ts logs JSON lines `{ level, msg, … }`.
 */

/** What one run of the bot left behind, as the end-of-file check reads it. */
export interface RunTrace {
  /** Every line the bot's logger wrote, JSON as src/log.ts writes it. */
  readonly logs: ReadonlyArray<string>;
  /** The body of every request the bot made to Discord. */
  readonly sentToDiscord: ReadonlyArray<string>;
  /** Secrets that must appear in neither, typically every panel key issued during the run. */
  readonly secrets: ReadonlyArray<string>;
}

/**
 * Error-level messages a file provokes on purpose, each with the behaviour that provokes it. Every
 * one must have been logged (an allowance that no longer happens is stale), and no other.
 */
export type AllowedErrors = Readonly<Record<string, string>>;

/** A panel client or application key (Pterodactyl ptlc_/ptla_, Pelican pacc_/papp_), whoever's it is. */
const KEY_SHAPE = /\b(?:ptlc|ptla|pacc|papp)_[A-Za-z0-9]{10,}/;
/** A stack frame or a source position, as JSON carries them (newlines escaped). */
const STACK_SHAPE = /(?:\\n|\n)\s+at \S+ \(|node:internal|\.[cm]?[jt]s:\d+:\d+/;

/** Every way `trace` breaks the rules, one readable line each; empty when the run was clean. */
export function hygieneProblems(trace: RunTrace, allowed: AllowedErrors = {}): string[] {
  const problems: string[] = [];
  // A run always logs (start-up at least): an empty log means the check was fed nothing.
  if (trace.logs.length === 0) problems.push('no log lines at all: the check was given nothing to read');
  const errorsLogged = new Set<string>();
  for (const line of trace.logs) {
    const record = parseLogLine(line);
    if (record === undefined) problems.push(`a log line that is not a JSON log record: ${line}`);
    else if (record.level === 'error') {
      errorsLogged.add(record.msg);
      if (!Object.hasOwn(allowed, record.msg)) problems.push(`an error was logged: ${line}`);
    }
  }
  for (const message of Object.keys(allowed))
    if (!errorsLogged.has(message)) problems.push(`an allowed error was never logged: ${message}`);

  const places = [
    ...trace.logs.map((text) => ({ where: 'the log', text })),
    ...trace.sentToDiscord.map((text) => ({ where: 'a request to Discord', text })),
  ];
  for (const { where, text: raw } of places) {
    // A key inside a Discord message may be markdown-escaped (`ptlc\_…`) or split by a zero-width
    // space, and JSON doubles the backslash: look at the text with those undone as well.
    const seen = `${raw}\n${unescaped(raw)}`;
    if (trace.secrets.some((secret) => seen.includes(secret)))
      problems.push(`a panel key reached ${where}: ${raw}`);
    else if (KEY_SHAPE.test(seen))
      problems.push(`something shaped like a panel key reached ${where}: ${raw}`);
  }
  for (const body of trace.sentToDiscord)
    if (STACK_SHAPE.test(body)) problems.push(`a stack trace reached a request to Discord: ${body}`);
  return problems;
}

/** The text without markdown escapes (raw or JSON-doubled backslashes) and zero-width spaces. */
function unescaped(text: string): string {
  return text.replace(/\\u200b|\u200b/g, '').replace(/\\+(?=\S)/g, '');
}

function parseLogLine(line: string): { level: string; msg: string } | undefined {
  try {
    const record: unknown = JSON.parse(line);
    if (typeof record !== 'object' || record === null) return undefined;
    const { level, msg } = record as { level?: unknown; msg?: unknown };
    return typeof level === 'string' && typeof msg === 'string' ? { level, msg } : undefined;
  } catch {
    return undefined;
  }
}
