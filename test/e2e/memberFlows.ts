/**
 * Shared steps of the confirmation, restore and error end-to-end tests: a linked member with a
 * server of their own, running a /backup subcommand and reading what came back, and the checks
 * every file makes at its end (no unexpected failures logged, no key anywhere it must not be).
 */
import { expect } from 'vitest';
import type {
  ApiComponent,
  FakeGuild,
  FakeMessage,
  FakeUser,
  InteractionHandle,
} from '#fakes/fakeDiscord.js';
import type { AddServerOptions, PanelServer, PanelUser, RecordedRequest } from '#fakes/loopbackPanel.js';
import { type E2E, linkThroughModal, visibleText } from './harness.js';

export const EPHEMERAL = 64;

/** Discord button styles as the API numbers them. */
export const BUTTON_STYLE = { secondary: 2, danger: 4 } as const;

export interface LinkedMember {
  user: FakeUser;
  account: PanelUser;
  server: PanelServer;
}

/**
 * A new guild member with their own panel account and one server (their default), linked through
 * `/link` the way a member links. Fresh per test, so that state never leaks between tests.
 */
export async function linkedMember(
  e2e: E2E,
  guild: FakeGuild,
  options: {
    username?: string;
    roleIds?: string[];
    server?: Omit<AddServerOptions, 'owner'>;
  } = {},
): Promise<LinkedMember> {
  const username = options.username ?? 'player';
  const user = e2e.discord.createUser({ username });
  e2e.discord.addMember(guild, user, options.roleIds === undefined ? {} : { roleIds: options.roleIds });
  const account = e2e.panel.addUser({ username });
  const server = e2e.panel.addServer({ name: 'Survival', backupLimit: 5, ...options.server, owner: account });
  const linked = await linkThroughModal(e2e, guild, user, account.key, server.identifier);
  expect(visibleText(linked.original)).toContain(username);
  return { user, account, server };
}

/** Links an existing panel account (a subuser, say) for a new guild member, with `server` as default. */
export async function linkAccount(
  e2e: E2E,
  guild: FakeGuild,
  account: PanelUser,
  server: PanelServer,
): Promise<FakeUser> {
  const user = e2e.discord.createUser({ username: account.username });
  e2e.discord.addMember(guild, user);
  const linked = await linkThroughModal(e2e, guild, user, account.key, server.identifier);
  expect(visibleText(linked.original)).toContain(account.username);
  return user;
}

/**
 * Runs `/backup <subcommand>` and waits until the deferred reply has been replaced by an answer
 * (the first edit of @original), which is what the member sees.
 */
export async function backupCommand(
  e2e: E2E,
  guild: FakeGuild,
  user: FakeUser,
  subcommand: string,
  options: Record<string, string | boolean> = {},
  timeoutMs = 10_000,
): Promise<InteractionHandle> {
  const handle = await e2e.discord.slash({ user, guild, command: 'backup', subcommand, options });
  await handle.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), timeoutMs);
  return handle;
}

/** The buttons on a message, flattened out of their action rows. */
export function buttonsOf(message: FakeMessage | undefined): ApiComponent[] {
  return (message?.components ?? []).flatMap((row) => row.components ?? []).filter((c) => c.type === 2);
}

export function confirmButton(message: FakeMessage | undefined): ApiComponent {
  const button = buttonsOf(message).find((b) => b.custom_id?.endsWith(':yes'));
  if (button?.custom_id === undefined) throw new Error(`no confirm button on ${JSON.stringify(message)}`);
  return button;
}

export function cancelButton(message: FakeMessage | undefined): ApiComponent {
  const button = buttonsOf(message).find((b) => b.custom_id?.endsWith(':no'));
  if (button?.custom_id === undefined) throw new Error(`no cancel button on ${JSON.stringify(message)}`);
  return button;
}

/** Every text a handle's message showed over time (callbacks and edits, in order). */
export function shownTexts(handle: InteractionHandle): string[] {
  return handle.responses
    .filter((r) => r.kind === 'callback' || r.kind === 'edit')
    .map((r) => visibleText(r.data as Parameters<typeof visibleText>[0]))
    .filter((text) => text.trim().length > 0);
}

/** The panel requests about one server (its own routes), in the order the panel received them. */
export function requestsFor(e2e: E2E, server: PanelServer): RecordedRequest[] {
  return e2e.panel.requests.filter((r) => r.path.includes(`/servers/${server.identifier}`));
}

/** Requests that change something on the panel: restore, delete, create, lock, power. */
export function changesFor(e2e: E2E, server: PanelServer): RecordedRequest[] {
  return requestsFor(e2e, server).filter((r) => r.method !== 'GET');
}

/**
 * What a stale or modified Discord client would still show: buttons the bot has since removed (or
 * never sent). The fake only lets a member press a button that is on the message, as Discord does.
 */
export function showButtonsAgain(e2e: E2E, message: FakeMessage, components: ApiComponent[]): void {
  const stored = e2e.discord.messages.get(message.id);
  if (stored === undefined) throw new Error(`message ${message.id} is gone`);
  stored.components = components;
}

/** A member-facing text never carries a stack trace or an API key. */
export function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\n\s+at \S+ \(|\bat .+\.(ts|js):\d+:\d+/);
  expect(text).not.toMatch(/\b(ptlc|ptla|pacc|papp)_[A-Za-z0-9]{10,}/);
  expect(text).not.toMatch(/Error:|TypeError|undefined|\[object Object\]/);
}

/** After a failure the bot still answers the same member normally. */
export async function expectStillWorks(e2e: E2E, guild: FakeGuild, user: FakeUser): Promise<void> {
  const list = await backupCommand(e2e, guild, user, 'list');
  expect(visibleText(list.original)).toMatch(/backups used|backups kept/);
}

/** The end-of-file checks: no unexpected failure in the bot's log, no key in logs or sent to Discord. */
export function expectCleanRun(e2e: E2E, keys: ReadonlyArray<string>): void {
  const failures = e2e.logs.filter((line) =>
    /interaction failed|router failed|unhandled|background task failed|confirmed action failed|following a restore failed/i.test(
      line,
    ),
  );
  expect(failures).toEqual([]);
  const sent = e2e.discord.requests.map((r) => r.rawBody);
  const leaked = keys.filter(
    (key) => e2e.logs.some((l) => l.includes(key)) || sent.some((b) => b.includes(key)),
  );
  expect(leaked).toEqual([]);
  // Nothing the bot sent Discord looks like a stack trace.
  expect(sent.filter((b) => /\\n\s+at \S+ \(|node:internal|\.ts:\d+:\d+/.test(b))).toEqual([]);
  // Anything shaped like a client key, whoever's it is.
  const keyShape = /\b(ptlc|pacc)_[A-Za-z0-9]{43}\b/;
  expect(e2e.logs.filter((l) => keyShape.test(l))).toEqual([]);
  expect(sent.filter((b) => keyShape.test(b))).toEqual([]);
}
