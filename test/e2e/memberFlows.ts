/**
 * Shared steps of the member-facing end-to-end tests: a member linked to a panel account (in a shared
 * guild through `/link`, or in a guild of their own through the store), running a /backup subcommand,
 * answering its confirmation, and reading what came back.
 */
import { expect } from 'vitest';
import type {
  ApiComponent,
  FakeChannel,
  FakeGuild,
  FakeMessage,
  FakeUser,
  InteractionHandle,
} from '#fakes/fakeDiscord.js';
import type {
  AddServerOptions,
  PanelBackup,
  PanelServer,
  PanelUser,
  RecordedRequest,
} from '#fakes/loopbackPanel.js';
import {
  configureGuild,
  type E2E,
  joinedGuild,
  linkDirectly,
  linkThroughModal,
  visibleText,
} from './harness.js';
import { channelId } from './setupSteps.js';

/** Discord button styles as the API numbers them. */
export const BUTTON_STYLE = { secondary: 2, danger: 4 } as const;

/** Who runs a command: a user, in a guild (and a channel of it, else its first text channel). */
export interface Member {
  guild: FakeGuild;
  user: FakeUser;
  channel?: FakeChannel;
}

export interface LinkedMember extends Member {
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
  return { guild, user, account, server };
}

/**
 * A new guild member whose own panel account is a subuser of `owner`'s server with `permissions`,
 * linked through `/link` with that server as default.
 */
export async function linkedSubuser(
  e2e: E2E,
  owner: LinkedMember,
  username: string,
  permissions: string[],
): Promise<LinkedMember> {
  const account = e2e.panel.addUser({ username });
  e2e.panel.addSubuser(owner.server, account, permissions);
  const user = e2e.discord.createUser({ username });
  e2e.discord.addMember(owner.guild, user);
  const linked = await linkThroughModal(e2e, owner.guild, user, account.key, owner.server.identifier);
  expect(visibleText(linked.original)).toContain(username);
  return { guild: owner.guild, user, account, server: owner.server };
}

export interface SoloMember extends LinkedMember {
  /** Every server the member's account reaches; `server` (the default) is the first. */
  servers: PanelServer[];
}

/**
 * One member in a set-up guild of their own (channels #general and #backup-log), linked through the
 * store to a panel account that owns the named servers, or that is a subuser of `subuserOf.server`.
 */
export async function soloMember(
  e2e: E2E,
  options: {
    username?: string;
    account?: string;
    servers?: string[];
    backupLimit?: number | null;
    subuserOf?: { server: PanelServer; permissions: string[] };
    /** The guild channel the audit lines go to (none by default). */
    auditChannel?: string;
    link?: boolean;
    /** The member's Discord client language, and the guild's (both en-US by default). */
    locale?: string;
    guildLocale?: string;
  } = {},
): Promise<SoloMember> {
  const user = e2e.discord.createUser({
    username: options.username ?? 'member',
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  const guild = await joinedGuild(e2e, {
    owner: user,
    textChannels: ['general', 'backup-log'],
    ...(options.guildLocale === undefined ? {} : { locale: options.guildLocale }),
  });
  const account = e2e.panel.addUser({ username: options.account ?? 'steve' });
  const { subuserOf } = options;
  if (subuserOf !== undefined) e2e.panel.addSubuser(subuserOf.server, account, subuserOf.permissions);
  const servers =
    subuserOf !== undefined
      ? [subuserOf.server]
      : (options.servers ?? ['Survival']).map((name) =>
          e2e.panel.addServer({
            owner: account,
            name,
            backupLimit: options.backupLimit === undefined ? 3 : options.backupLimit,
          }),
        );
  const auditChannelId = options.auditChannel === undefined ? null : channelId(guild, options.auditChannel);
  await configureGuild(e2e, guild, { auditChannelId });
  if (options.link !== false) await linkDirectly(e2e, guild, user, account, servers);
  return { guild, user, account, server: servers[0] as PanelServer, servers };
}

/**
 * Runs `/backup <subcommand>` and waits until the deferred reply has been replaced by an answer
 * (the first edit of @original), which is what the member sees.
 */
export async function backupCommand(
  e2e: E2E,
  who: Member,
  subcommand: string,
  options: Record<string, string | boolean | number> = {},
  timeoutMs = 10_000,
): Promise<InteractionHandle> {
  const { guild, user, channel } = who;
  const handle = await e2e.discord.slash({
    user,
    guild,
    ...(channel === undefined ? {} : { channel }),
    command: 'backup',
    subcommand,
    options,
  });
  await handle.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), timeoutMs);
  return handle;
}

/**
 * `who` presses the confirm (or cancel) button of a question (the reply `/backup restore` or `delete`
 * showed); resolves once the message shows `until`, or, without it, once the press is acknowledged.
 */
export async function answer(
  e2e: E2E,
  who: Member,
  question: FakeMessage | undefined,
  choice: 'confirm' | 'cancel',
  until?: RegExp,
  timeoutMs = 10_000,
): Promise<InteractionHandle> {
  if (question === undefined) throw new Error('there is no question to answer');
  const button = choice === 'confirm' ? confirmButton(question) : cancelButton(question);
  const press = await e2e.discord.clickButton({
    user: who.user,
    guild: who.guild,
    message: question,
    customId: button.custom_id as string,
  });
  if (until === undefined) await press.waitForResponse((r) => r.kind === 'callback', timeoutMs);
  else await press.waitFor((h) => until.test(visibleText(h.original)), timeoutMs);
  return press;
}

/**
 * Asks `/backup <subcommand>` about `backup`, lets `meanwhile` change things between the question
 * and the answer, confirms, and resolves with the press once its ⚠️ outcome shows.
 */
export async function confirmAfterChange(
  e2e: E2E,
  who: Member,
  subcommand: 'restore' | 'delete',
  backup: PanelBackup,
  meanwhile: (ask: InteractionHandle) => void,
): Promise<InteractionHandle> {
  const ask = await backupCommand(e2e, who, subcommand, { backup: backup.uuid });
  meanwhile(ask);
  return answer(e2e, who, ask.original, 'confirm', /⚠️/);
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
export async function expectStillWorks(e2e: E2E, who: Member): Promise<void> {
  const list = await backupCommand(e2e, who, 'list');
  expect(visibleText(list.original)).toMatch(/backups used|backups kept/);
}
