/** One interaction the fake created: its token, what the bot answered, and waits on both. */
import { LOADING, type MessageStore } from './messages.js';
import type {
  AnsweredError,
  FakeChannel,
  FakeGuild,
  FakeMessage,
  FakeUser,
  InteractionResponse,
  ResponseData,
} from './types.js';
import { type ChangeSignal, waitUntil } from './wait.js';

export const DEFAULT_WAIT_MS = 5_000;

export interface InteractionHandle {
  readonly id: string;
  readonly token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  readonly type: number;
  /** Every response to this interaction, in order: callbacks, edits of @original, follow-ups, deletes. */
  readonly responses: ReadonlyArray<InteractionResponse>;
  /** Discord errors the fake answered to requests about this interaction (10062, 40060, 50035...). */
  readonly errors: ReadonlyArray<AnsweredError>;
  /** The message as the member would see it now (@original after callbacks/edits), or undefined. */
  readonly original: FakeMessage | undefined;
  readonly followUps: ReadonlyArray<FakeMessage>;
  /** The modal the bot showed in answer to this interaction (callback type 9), if any. */
  readonly modal: ResponseData | undefined;
  /** Resolves with the first matching response, after its HTTP answer has been written. */
  waitForResponse(
    predicate?: (response: InteractionResponse) => boolean,
    timeoutMs?: number,
  ): Promise<InteractionResponse>;
  /** Resolves once `predicate` holds for this handle's state. */
  waitFor(predicate: (handle: InteractionHandle) => boolean, timeoutMs?: number): Promise<void>;
}

export interface InteractionContext {
  user: FakeUser;
  guild?: FakeGuild;
  channel: FakeChannel;
}

export class InteractionRecord implements InteractionHandle {
  readonly responses: InteractionResponse[] = [];
  readonly errors: AnsweredError[] = [];
  readonly followUpIds: string[] = [];
  readonly createdAt = Date.now();
  acknowledgedWith: number | undefined;
  /** @original: the response message, or the component's message after an update (6/7). */
  originalId: string | undefined;
  modal: ResponseData | undefined;

  constructor(
    readonly id: string,
    readonly token: string,
    readonly type: number,
    /** How tests and timeout messages name it, e.g. "/backup list" or "button backup:confirm:1". */
    readonly label: string,
    readonly context: InteractionContext,
    /** The message a component (or a modal opened from one) belongs to. */
    readonly sourceMessageId: string | undefined,
    private readonly store: MessageStore,
    private readonly signal: ChangeSignal,
  ) {}

  get acknowledged(): boolean {
    return this.acknowledgedWith !== undefined;
  }

  get original(): FakeMessage | undefined {
    if (this.originalId === undefined) return undefined;
    const message = this.store.get(this.originalId);
    return message === undefined ? undefined : this.store.snapshot(message);
  }

  /** True while @original is the "thinking…" message of a deferred reply. */
  get originalIsLoading(): boolean {
    if (this.originalId === undefined) return false;
    const message = this.store.get(this.originalId);
    return message !== undefined && (message.flags & LOADING) !== 0;
  }

  get followUps(): FakeMessage[] {
    return this.followUpIds.flatMap((id) => {
      const message = this.store.get(id);
      return message === undefined ? [] : [this.store.snapshot(message)];
    });
  }

  record(response: Omit<InteractionResponse, 'at'>): void {
    this.responses.push({ ...response, at: Date.now() });
  }

  describe(): string {
    const responses = this.responses.map((response) =>
      [response.kind, response.type ?? '', JSON.stringify(response.data).slice(0, 200)]
        .filter(Boolean)
        .join(' '),
    );
    const errors = this.errors.map((error) => `${error.code} ${error.message} (${error.path})`);
    return `responses [${responses.join('; ') || 'none'}], errors [${errors.join('; ') || 'none'}]`;
  }

  waitForResponse(
    predicate: (response: InteractionResponse) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<InteractionResponse> {
    return waitUntil(this.signal, () => this.responses.find(predicate), {
      timeoutMs,
      what: `a matching response to ${this.label} (interaction ${this.id})`,
      got: () => this.describe(),
    });
  }

  waitFor(predicate: (handle: InteractionHandle) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return waitUntil(this.signal, () => (predicate(this) ? true : undefined), {
      timeoutMs,
      what: `a state of ${this.label} (interaction ${this.id}) that matches the predicate`,
      got: () => `${this.describe()}, original ${JSON.stringify(this.original?.raw ?? null).slice(0, 400)}`,
    }).then(() => undefined);
  }
}
