/** Where and what a member action runs: its context (guild channel or DM) and the command it invokes. */
import type { ApiCommand } from './commandOptions.js';
import type { InteractionContext } from './interaction.js';
import type { SlashOptions } from './memberActions.js';
import type { StoredMessage } from './messages.js';
import { memberPermissions } from './objects.js';
import { describeRecentRequests } from './restServer.js';
import type { FakeDiscordServer } from './server.js';
import type { FakeChannel, FakeGuild, FakeMember, FakeMessage, FakeUser } from './types.js';
import { waitUntil } from './wait.js';

const IDENTIFY_WAIT_MS = 5_000;

/**
 * Member actions need a bot on the gateway: nothing could reach it otherwise. With shards, the one
 * the action goes to: `shard` if given, else the guild's (shard 0 for a DM).
 */
export async function waitForGateway(
  fake: FakeDiscordServer,
  guildId?: string,
  shard?: number,
): Promise<void> {
  const target = () => shard ?? fake.gateway.shardFor(guildId);
  await waitUntil(fake.signal, () => fake.gateway.shardConnected(target()), {
    timeoutMs: IDENTIFY_WAIT_MS,
    what: `the bot to identify on the gateway as shard ${target()} (did client.login() run against fake.apiUrl?)`,
    got: () =>
      `identifies: ${fake.gateway.identifyCount} (shards ${JSON.stringify(fake.gateway.identifiedShards)}, connected ${JSON.stringify(fake.gateway.connectedShards())}), requests: ${describeRecentRequests(fake.requests)}`,
  });
}

/** Where an action happens: the member's DM with the bot, or a text channel of a guild both are in. */
export function interactionContext(
  fake: FakeDiscordServer,
  user: FakeUser,
  guild: FakeGuild | undefined,
  channel: FakeChannel | undefined,
): InteractionContext {
  if (guild === undefined) {
    if (channel !== undefined && channel.type !== 1) throw new Error('A guild channel needs its guild');
    return { user, channel: fake.dmChannelFor(user) };
  }
  if (!fake.guildStates.has(guild.id)) throw new Error(`The bot is not in guild ${guild.name}`);
  if (!guild.members.has(user.id)) throw new Error(`${user.username} is not a member of guild ${guild.name}`);
  const target = channel ?? guild.channels.find((candidate) => candidate.type === 0);
  if (target === undefined || target.guildId !== guild.id)
    throw new Error(`Guild ${guild.name} has no such text channel to run the command in`);
  return { user, guild, channel: target };
}

/** The context of a component on `message`: only its DM's recipient, or a member of its guild, can use it. */
export function messageContext(
  fake: FakeDiscordServer,
  user: FakeUser,
  message: StoredMessage,
  guild: FakeGuild | undefined,
): InteractionContext {
  if (message.guildId === undefined) {
    const recipient = fake.dmRecipientByChannel.get(message.channelId);
    if (guild !== undefined) throw new Error(`Message ${message.id} is in a DM, not in guild ${guild.name}`);
    if (recipient === undefined || recipient.id !== user.id)
      throw new Error(
        `Message ${message.id} is in ${recipient?.username ?? 'someone else'}'s DM, not ${user.username}'s`,
      );
    return { user, channel: fake.dmChannelFor(user) };
  }
  const state = fake.guildStates.get(message.guildId);
  if (state === undefined) throw new Error(`Message ${message.id} is in a guild the bot has left`);
  if (guild !== undefined && guild.id !== state.guild.id)
    throw new Error(`Message ${message.id} is in guild ${state.guild.name}, not ${guild.name}`);
  const channel = state.guild.channels.find((candidate) => candidate.id === message.channelId);
  if (channel === undefined) throw new Error(`Message ${message.id} is in a channel that no longer exists`);
  return interactionContext(fake, user, state.guild, channel);
}

/** The message as stored now: a test may hold a snapshot of one the bot has since deleted. */
export function liveMessage(fake: FakeDiscordServer, message: FakeMessage): StoredMessage {
  const live = fake.messages.get(message.id);
  if (live === undefined) throw new Error(`Message ${message.id} does not exist (any more)`);
  return live;
}

/**
 * The registered command a Discord client would run (a guild command before a global one of the same
 * name), refused where the client would not offer it: wrong context, or permissions the member lacks.
 */
export function registeredCommand(
  fake: FakeDiscordServer,
  options: SlashOptions,
  context: InteractionContext,
): ApiCommand {
  const guildCommands = context.guild === undefined ? [] : (fake.commands.guild.get(context.guild.id) ?? []);
  const command =
    guildCommands.find((candidate) => candidate.name === options.command && candidate.type === 1) ??
    fake.commands.global.find((candidate) => candidate.name === options.command && candidate.type === 1);
  if (command === undefined) {
    const known = [...fake.commands.global, ...guildCommands].map((candidate) => `/${candidate.name}`);
    throw new Error(
      `/${options.command} is not registered ${context.guild === undefined ? 'globally' : `for guild ${context.guild.name}`}; registered: ${known.join(', ') || 'none'}`,
    );
  }
  if (options.bypassCommandChecks === true) return command;
  const contexts = command.contexts;
  const where = context.guild === undefined ? 1 : 0;
  if (context.guild === undefined && (command.guild_id !== undefined || command.dm_permission === false))
    throw new Error(`/${command.name} is not available in DMs`);
  if (contexts !== null && !contexts.includes(where))
    throw new Error(`/${command.name} is registered for contexts ${JSON.stringify(contexts)}, not ${where}`);
  if (context.guild !== undefined && command.default_member_permissions !== null) {
    const member = context.guild.members.get(context.user.id) as FakeMember;
    const required = BigInt(command.default_member_permissions);
    const has = memberPermissions(context.guild, member);
    if ((has & required) !== required)
      throw new Error(
        `${context.user.username} lacks the permissions /${command.name} requires (${required}); Discord would not offer it`,
      );
  }
  return command;
}
