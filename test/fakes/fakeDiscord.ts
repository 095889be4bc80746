/**
 * A fake Discord on loopback for end-to-end tests: the real discord.js Client logs in against it
 * (`rest: { api: fake.apiUrl }`, `client.login(fake.botToken)`), and tests act as members through
 * it (slash commands, autocomplete, buttons, select menus, modals) and inspect what the bot did.
 * See docs/discord-loopback.md for the protocol facts it follows.
 */
import { type FakeDiscordOptions, FakeDiscordServer } from '#fakes/discord/server.js';

export type { ApiCommand, ApiCommandOption } from '#fakes/discord/commandOptions.js';
export type { InteractionHandle } from '#fakes/discord/interaction.js';
export type { AutocompleteOptions, ComponentOptions, SlashOptions } from '#fakes/discord/memberActions.js';
export { ADMINISTRATOR } from '#fakes/discord/objects.js';
export type { FakeDiscordOptions } from '#fakes/discord/server.js';
export type {
  AnsweredError,
  ApiComponent,
  ApiEmbed,
  FakeChannel,
  FakeGuild,
  FakeMember,
  FakeMessage,
  FakeRole,
  FakeUser,
  InteractionResponse,
  RecordedRequest,
  ResponseData,
} from '#fakes/discord/types.js';

export type FakeDiscord = FakeDiscordServer;

/** Starts the fake on 127.0.0.1 with a free port. Call `close()` when done. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscordServer(options);
  await fake.listen();
  return fake;
}

/** Manage Server: what `/setup` requires by default. */
export const MANAGE_GUILD = 1n << 5n;
