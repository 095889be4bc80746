/** An error the fake answers in Discord's shape: `{ message, code, errors? }`. */
export class DiscordApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: unknown,
  ) {
    super(message);
    this.name = 'DiscordApiFailure';
  }

  toBody(): Record<string, unknown> {
    return this.errors === undefined
      ? { message: this.message, code: this.code }
      : { message: this.message, code: this.code, errors: this.errors };
  }
}

/** Discord's "Unknown …" 404s: one JSON error code per kind of object that does not exist. */
const unknown = (code: number, what: string) => () => new DiscordApiFailure(404, code, `Unknown ${what}`);

export const unknownInteraction = unknown(10062, 'interaction');
export const unknownWebhook = unknown(10015, 'Webhook');
export const unknownMessage = unknown(10008, 'Message');
export const unknownChannel = unknown(10003, 'Channel');
export const unknownGuild = unknown(10004, 'Guild');
export const unknownMember = unknown(10007, 'Member');
export const unknownUser = unknown(10013, 'User');
export const unknownCommand = unknown(10063, 'application command');

export const unauthorized = () => new DiscordApiFailure(401, 0, '401: Unauthorized');
export const alreadyAcknowledged = () =>
  new DiscordApiFailure(400, 40060, 'Interaction has already been acknowledged.');
export const missingAccess = () => new DiscordApiFailure(403, 50001, 'Missing Access');
export const emptyMessage = () => new DiscordApiFailure(400, 50006, 'Cannot send an empty message');
export const cannotMessageUser = () => new DiscordApiFailure(403, 50007, 'Cannot send messages to this user');
export const invalidJson = () => new DiscordApiFailure(400, 50109, 'The request body contains invalid JSON.');
export const invalidFormBody = (errors: unknown) =>
  new DiscordApiFailure(400, 50035, 'Invalid Form Body', errors);
/** Code 0 as Discord's own router answers; the message names what the fake does not serve. */
export const notFoundRoute = (method: string, path: string) =>
  new DiscordApiFailure(404, 0, `404: Not Found (the fake serves no ${method} ${path})`);
export const methodNotAllowed = (method: string, path: string) =>
  new DiscordApiFailure(405, 0, `405: Method Not Allowed (${method} ${path})`);

/** One field error at `path`, nested the way Discord nests them: `{ a: { 0: { b: { _errors: [...] } } } }`. */
export interface FieldError {
  path: ReadonlyArray<string | number>;
  code: string;
  message: string;
}

export function nestFieldErrors(fieldErrors: ReadonlyArray<FieldError>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const error of fieldErrors) {
    let node = root;
    for (const key of error.path) {
      const name = String(key);
      if (node[name] === undefined) node[name] = {};
      node = node[name] as Record<string, unknown>;
    }
    if (node._errors === undefined) node._errors = [];
    (node._errors as Array<{ code: string; message: string }>).push({
      code: error.code,
      message: error.message,
    });
  }
  return root;
}

export function formBodyFailure(fieldErrors: ReadonlyArray<FieldError>): DiscordApiFailure {
  return invalidFormBody(nestFieldErrors(fieldErrors));
}
