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

export const unauthorized = () => new DiscordApiFailure(401, 0, '401: Unauthorized');
export const unknownInteraction = () => new DiscordApiFailure(404, 10062, 'Unknown interaction');
export const alreadyAcknowledged = () =>
  new DiscordApiFailure(400, 40060, 'Interaction has already been acknowledged.');
export const unknownWebhook = () => new DiscordApiFailure(404, 10015, 'Unknown Webhook');
export const unknownMessage = () => new DiscordApiFailure(404, 10008, 'Unknown Message');
export const unknownChannel = () => new DiscordApiFailure(404, 10003, 'Unknown Channel');
export const unknownGuild = () => new DiscordApiFailure(404, 10004, 'Unknown Guild');
export const unknownMember = () => new DiscordApiFailure(404, 10007, 'Unknown Member');
export const unknownUser = () => new DiscordApiFailure(404, 10013, 'Unknown User');
export const unknownApplication = () => new DiscordApiFailure(404, 10002, 'Unknown Application');
export const unknownCommand = () => new DiscordApiFailure(404, 10063, 'Unknown application command');
export const missingAccess = () => new DiscordApiFailure(403, 50001, 'Missing Access');
export const emptyMessage = () => new DiscordApiFailure(400, 50006, 'Cannot send an empty message');
export const cannotMessageUser = () => new DiscordApiFailure(403, 50007, 'Cannot send messages to this user');
export const invalidJson = () => new DiscordApiFailure(400, 50109, 'The request body contains invalid JSON.');
export const invalidFormBody = (errors: unknown) =>
  new DiscordApiFailure(400, 50035, 'Invalid Form Body', errors);
export const notFoundRoute = (method: string, path: string) =>
  new DiscordApiFailure(404, 0, `404: Not Found (the fake serves no ${method} ${path})`);

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
