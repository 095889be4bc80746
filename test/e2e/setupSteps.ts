/**
 * Steps of the `/setup` DM conversation and of `/link`, driven through the fake Discord as an admin
 * or member would, and what the tests of those read back (the rendered text, the store's bytes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { FakeGuild, FakeMessage, FakeUser, InteractionHandle } from '#fakes/fakeDiscord.js';
import { type E2E, EPHEMERAL, joinedGuild, MANAGE_GUILD, visibleText } from './harness.js';

/** Text as Discord renders it: markdown backslash escapes (`\\-`, `\\_`) show as the bare character. */
export function rendered(message: Parameters<typeof visibleText>[0]): string {
  return visibleText(message).replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** A guild whose admin holds Manage Server through a role (so it can be taken away), and is not the owner. */
export interface AdminGuild {
  guild: FakeGuild;
  owner: FakeUser;
  admin: FakeUser;
  adminRoleId: string;
}

export async function createAdminGuild(e2e: E2E, name = 'Game Night'): Promise<AdminGuild> {
  const owner = e2e.discord.createUser({ username: 'owner' });
  const admin = e2e.discord.createUser({ username: 'admin' });
  const guild = await joinedGuild(e2e, {
    name,
    owner,
    roles: [{ name: 'Admins', permissions: MANAGE_GUILD }, { name: 'Moderators' }, { name: 'Players' }],
    textChannels: ['general', 'backup-log'],
  });
  const adminRoleId = roleId(guild, 'Admins');
  e2e.discord.addMember(guild, admin, { roleIds: [adminRoleId] });
  return { guild, owner, admin, adminRoleId };
}

/** Takes every role from a member: an admin loses Admins, and with it Manage Server. */
export function takeRoles(guild: FakeGuild, user: FakeUser): void {
  const member = guild.members.get(user.id);
  if (member) member.roleIds = [];
}

export function roleId(guild: FakeGuild, name: string): string {
  const role = guild.roles.find((candidate) => candidate.name === name);
  if (!role) throw new Error(`guild ${guild.name} has no role ${name}`);
  return role.id;
}

export function channelId(guild: FakeGuild, name: string): string {
  const channel = guild.channels.find((candidate) => candidate.name === name);
  if (!channel) throw new Error(`guild ${guild.name} has no channel ${name}`);
  return channel.id;
}

/** An admin guild (see `createAdminGuild`) whose admin has run `/setup`: the guild reply and the DM too. */
export async function openSetup(
  e2e: E2E,
  name?: string,
): Promise<AdminGuild & { reply: InteractionHandle; dm: FakeMessage }> {
  const adminGuild = await createAdminGuild(e2e, name);
  return { ...adminGuild, ...(await runSetup(e2e, adminGuild.guild, adminGuild.admin)) };
}

/** Runs `/setup` in the guild and returns the guild reply and the DM it produced. */
export async function runSetup(
  e2e: E2E,
  guild: FakeGuild,
  user: FakeUser,
): Promise<{ reply: InteractionHandle; dm: FakeMessage }> {
  const reply = await runCommand(e2e, { guild, user }, 'setup');
  const dm = await e2e.discord.waitForDm(user, (m) => visibleText(m).includes(`setup for ${guild.name}`));
  return { reply, dm };
}

/**
 * A slash command as Discord delivers it, once answered (see `answered`); `bypassCommandChecks` plays
 * a client that ignored the command's default permission.
 */
export async function runCommand(
  e2e: E2E,
  who: { guild: FakeGuild; user: FakeUser },
  command: string,
  options: { subcommand?: string; bypassCommandChecks?: boolean } = {},
): Promise<InteractionHandle> {
  const reply = await e2e.discord.slash({ ...who, command, ...options });
  await settled(reply, 10_000);
  return reply;
}

/** The DM as the admin sees it now. */
export function current(e2e: E2E, dm: FakeMessage): FakeMessage {
  const now = e2e.discord.message(dm.id);
  if (!now) throw new Error(`the setup DM ${dm.id} is gone`);
  return now;
}

/** The interaction has an outcome the person sees: an edit, a follow-up, a reply or a modal. */
function answered(h: InteractionHandle): boolean {
  return h.responses.some(
    (r) =>
      r.kind === 'edit' || r.kind === 'followup' || (r.kind === 'callback' && (r.type === 4 || r.type === 9)),
  );
}

export async function settled(handle: InteractionHandle, timeoutMs = 15_000): Promise<void> {
  await handle.waitFor(answered, timeoutMs);
}

/** What the bot said on the side: ephemeral follow-ups, or a direct ephemeral reply. */
export function sideAnswer(handle: InteractionHandle): { text: string; ephemeral: boolean } {
  const messages = [...handle.followUps];
  if (handle.responses.some((r) => r.kind === 'callback' && r.type === 4) && handle.original)
    messages.unshift(handle.original);
  return {
    text: messages.map((m) => visibleText(m)).join('\n'),
    ephemeral: messages.length > 0 && messages.every((m) => (m.flags & EPHEMERAL) === EPHEMERAL),
  };
}

/** Presses "Set panel URL" in the DM; returns the press (its modal, or its refusal). */
export function pressSetUrl(e2e: E2E, admin: FakeUser, dm: FakeMessage, guild: FakeGuild) {
  return pressButton(e2e, admin, dm, `setup:url:${guild.id}:0:0`);
}

/** Presses "Set panel URL" and submits the modal with `url`; returns the submission once answered. */
export async function submitPanelUrl(
  e2e: E2E,
  admin: FakeUser,
  dm: FakeMessage,
  guild: FakeGuild,
  url: string,
): Promise<InteractionHandle> {
  const press = await pressSetUrl(e2e, admin, dm, guild);
  if (!press.modal) throw new Error(`no modal: ${sideAnswer(press).text}`);
  const submitted = await e2e.discord.submitModal({ user: admin, from: press, values: { url } });
  await settled(submitted);
  return submitted;
}

/** Presses a button of the DM as it is now; returns the press once answered. */
export async function pressButton(e2e: E2E, user: FakeUser, dm: FakeMessage, customId: string) {
  const press = await e2e.discord.clickButton({ user, message: current(e2e, dm), customId });
  await settled(press);
  return press;
}

/** Chooses `values` in a select menu of the DM as it is now; returns the choice once answered. */
export async function choose(e2e: E2E, user: FakeUser, dm: FakeMessage, customId: string, values: string[]) {
  const press = await e2e.discord.selectMenu({ user, message: current(e2e, dm), customId, values });
  await settled(press);
  return press;
}

/** A loopback URL where nothing listens: a port taken from the OS and released again. */
export async function deadLoopbackUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Every byte of the store's files (database, WAL, shared memory) in one buffer. */
export function storeBytes(e2e: E2E): Buffer {
  return Buffer.concat(readdirSync(e2e.storeDir).map((name) => readFileSync(join(e2e.storeDir, name))));
}
