import { Client, Events, GatewayIntentBits, type Interaction, MessageFlags, Routes } from 'discord.js';
import { Pool } from 'undici';
import { commands } from '#commands/index.js';
import { waitUntil } from '#e2e/harness.js';
import { type FakeDiscord, type FakeGuild, type FakeUser, startFakeDiscord } from '#fakes/fakeDiscord.js';

/** The one panel account and server the minimal bot acts for: no store, no link, no settings. */
export interface MinimalTarget {
  /** The loopback panel's origin, http://127.0.0.1:<port>. */
  panelUrl: string;
  apiKey: string;
  server: string;
}

export interface MinimalBot {
  readonly discord: FakeDiscord;
  readonly member: { user: FakeUser; guild: FakeGuild };
  close(): Promise<void>;
}

interface PanelList {
  data: Array<{ attributes: { uuid?: string; identifier?: string; name: string } }>;
}

/**
 * The baseline: a plain discord.js client (Guilds intent only) on its own fake Discord, answering
 * the same interactions the real bot answers with the least a bot must do. A chat command: defer,
 * one GET to the panel's backup list (the route `/backup list` reads), edit with a fixed text.
 * Autocomplete: one GET to the list the focused option offers (backups, or servers for `server`),
 * then up to 25 choices. The panel is the real bot's loopback panel, reached through one undici Pool
 * of 8 connections, as the bot reaches it (src/panel/connections.ts).
 *
 * discord.js queues deferred-reply edits behind its global 50 requests/s; the real bot sends
 * interaction webhooks outside that queue (src/discord/interactionRest.ts), as Discord does not count
 * them. This client lifts the cap instead: it sends nothing but interaction responses, so that is the
 * same thing, and the comparison measures the work per interaction, not a queue only one bot has.
 */
export async function startMinimalBot(target: MinimalTarget): Promise<MinimalBot> {
  const discord = await startFakeDiscord();
  const panel = new Pool(target.panelUrl, { connections: 8 });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: discord.apiUrl, globalRequestsPerSecond: Number.MAX_SAFE_INTEGER },
  });
  const get = async (path: string): Promise<PanelList> => {
    const { statusCode, body } = await panel.request({
      method: 'GET',
      path,
      headers: { authorization: `Bearer ${target.apiKey}`, accept: 'application/json' },
    });
    const json = (await body.json()) as PanelList;
    if (statusCode !== 200) throw new Error(`the panel answered ${statusCode} to GET ${path}`);
    return json;
  };
  const backups = (perPage: number) =>
    get(`/api/client/servers/${encodeURIComponent(target.server)}/backups?page=1&per_page=${perPage}`);

  const handle = async (interaction: Interaction): Promise<void> => {
    if (interaction.isChatInputCommand()) {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await backups(10);
      await interaction.editReply({ content: 'Here are your backups.' });
    } else if (interaction.isAutocomplete()) {
      const focused = interaction.options.getFocused(true).name;
      const list = focused === 'server' ? await get('/api/client?page=1&per_page=100') : await backups(50);
      await interaction.respond(
        list.data.slice(0, 25).map(({ attributes: a }) => ({
          name: a.name,
          value: (focused === 'server' ? a.identifier : a.uuid) ?? a.name,
        })),
      );
    }
  };
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).catch((error: unknown) => {
      process.stderr.write(`minimal bot: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });

  const close = async () => {
    await client.destroy();
    await panel.close();
    await discord.close();
  };
  try {
    const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(discord.botToken);
    const readyClient = await ready;
    // The same command definitions, so the fake accepts exactly the interactions it sends the real bot.
    await readyClient.rest.put(Routes.applicationCommands(readyClient.application.id), {
      body: commands.map((command) => command.definition),
    });
    const user = discord.createUser({ username: 'member' });
    const guild = discord.createGuild({ owner: user });
    await waitUntil(() => client.guilds.cache.has(guild.id), 'the minimal bot to receive GUILD_CREATE');
    return { discord, member: { user, guild }, close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}
