/**
 * Test-only: what the fake Discord's own tests share. A real discord.js client logged in to the
 * fake, whose interaction handler each test swaps in, and the commands it registers.
 */
import {
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  Partials,
  SlashCommandBuilder,
} from 'discord.js';
import { afterAll, beforeAll } from 'vitest';
import {
  type FakeDiscord,
  type FakeGuild,
  type FakeUser,
  type InteractionHandle,
  MANAGE_GUILD,
  startFakeDiscord,
} from '#fakes/fakeDiscord.js';

export type Handler = (interaction: Interaction) => Promise<void>;

/** A handler for slash commands only: every other interaction is ignored. */
export function commandHandler(handle: (interaction: ChatInputCommandInteraction) => Promise<void>): Handler {
  return async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    await handle(interaction);
  };
}

/** The handler the client runs for every interaction, and what it threw (the bot's view of Discord errors). */
export interface BotState {
  handler: Handler;
  failures: unknown[];
}

export async function connect(fake: FakeDiscord): Promise<{ client: Client; state: BotState }> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
  });
  const state: BotState = { handler: async () => {}, failures: [] };
  client.on(Events.InteractionCreate, (interaction) => {
    state.handler(interaction).catch((error: unknown) => state.failures.push(error));
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.botToken);
  await ready;
  return { client, state };
}

/** Resolves with what a handler threw (the bot's view of a Discord error). */
export function failureOf(state: { failures: unknown[] }, fake: FakeDiscord): Promise<unknown> {
  return fake.waitFor(() => state.failures.shift(), { what: 'the bot handler to fail' });
}

export const commands = [
  new SlashCommandBuilder()
    .setName('demo')
    .setDescription('Demo command')
    .addSubcommand((sub) =>
      sub
        .setName('ping')
        .setDescription('Ping')
        .addStringOption((option) => option.setName('text').setDescription('Text').setRequired(true))
        .addIntegerOption((option) => option.setName('times').setDescription('Times'))
        .addBooleanOption((option) => option.setName('loud').setDescription('Loud')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('pick')
        .setDescription('Pick')
        .addStringOption((option) => option.setName('item').setDescription('Item').setAutocomplete(true)),
    ),
  new SlashCommandBuilder()
    .setName('admin')
    .setDescription('Admins only')
    .setDefaultMemberPermissions(MANAGE_GUILD),
].map((builder) => builder.toJSON());

/** `/demo ping text:<text>` run by `user` in the guild's first channel: the command most tests drive. */
export function ping(
  fake: FakeDiscord,
  user: FakeUser,
  guild: FakeGuild,
  text: string,
): Promise<InteractionHandle> {
  return fake.slash({ user, guild, command: 'demo', subcommand: 'ping', options: { text } });
}

/** A file's shared fake: member "alice" in guild "Home" (with a role "Admins"), the client logged in. */
export interface ConnectedFake {
  fake: FakeDiscord;
  client: Client;
  state: BotState;
  guild: FakeGuild;
  member: FakeUser;
  /** `/demo ping` as alice in Home. */
  ping(text: string): Promise<InteractionHandle>;
}

/**
 * Starts the shared fake before the file's tests and closes it after them. The fields are filled in
 * by `beforeAll`, so tests read them inside their bodies. Tests of one file share its state (messages,
 * requests), so their order within the file matters where they count what is there.
 */
export function useConnectedFake(): ConnectedFake {
  const world = {
    ping: (text: string) => ping(world.fake, world.member, world.guild, text),
  } as ConnectedFake;
  beforeAll(async () => {
    world.fake = await startFakeDiscord();
    world.member = world.fake.createUser({ username: 'alice' });
    world.guild = world.fake.createGuild({
      name: 'Home',
      roles: [{ name: 'Admins', permissions: MANAGE_GUILD }],
    });
    world.fake.addMember(world.guild, world.member);
    ({ client: world.client, state: world.state } = await connect(world.fake));
    await world.client.application?.commands.set(commands);
  });
  afterAll(async () => {
    await world.client?.destroy();
    await world.fake?.close();
  });
  return world;
}

/** Runs `body`, then destroys the client and closes the fake, whatever happened: for tests with a fake of their own. */
export async function closingAfter(
  client: Client,
  fake: FakeDiscord,
  body: () => Promise<void>,
): Promise<void> {
  try {
    await body();
  } finally {
    await client.destroy();
    await fake.close();
  }
}
