import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  Routes,
} from 'discord.js';
import { Pool } from 'undici';
import { commands } from '#commands/index.js';
import { waitUntil } from '#e2e/harness.js';
import { type FakeDiscord, type FakeGuild, type FakeUser, startFakeDiscord } from '#fakes/fakeDiscord.js';

/** The one panel account and servers the minimal bot acts for: no store, no link, no settings. */
export interface MinimalTarget {
  /** The loopback panel's origin, http://127.0.0.1:<port>. */
  panelUrl: string;
  apiKey: string;
  /** The server `/backup list` and autocomplete read. */
  server: string;
  /** The server `/backup create` creates on and a confirmed delete deletes from. */
  createServer: string;
}

export interface MinimalMember {
  user: FakeUser;
  guild: FakeGuild;
}

export interface MinimalBot {
  readonly discord: FakeDiscord;
  /** The first member of the first guild. */
  readonly member: MinimalMember;
  /** `guilds` × `membersPerGuild` members, guild by guild. */
  readonly members: ReadonlyArray<MinimalMember>;
  /** Handler failures (a panel error, a refused Discord call), counted, with the first few messages. */
  readonly failures: { count: number; first: string[] };
  close(): Promise<void>;
}

export const MINIMAL_TEXT = {
  list: 'Here are your backups.',
  created: 'Backup started.',
  ask: 'Delete this backup?',
  deleted: 'Backup deleted.',
} as const;

interface PanelList {
  data: Array<{ attributes: { uuid?: string; identifier?: string; name: string } }>;
}

/**
 * The baseline: a plain discord.js client (Guilds intent only) on its own fake Discord, answering
 * the same interactions the real bot answers with the least a bot must do, one panel call each:
 * - `/backup list`: defer, GET one page of backups, edit with a fixed text;
 * - `/backup create`: defer, POST the backup, edit with a fixed text;
 * - `/backup delete`: reply at once with a Delete button whose custom id carries the backup's uuid
 *   (no panel call: nothing to check without validation);
 * - that button pressed: acknowledge by deferring the update, DELETE the backup, edit the message
 *   (text replaced, button removed);
 * - autocomplete: GET the list the focused option offers (backups, or servers for `server`), then up
 *   to 25 choices.
 * Chat commands and the press acknowledge before the panel call, as any bot must to survive a slow
 * panel; autocomplete cannot (its one answer is the choices), so the minimal bot has no defence
 * against a panel slower than Discord's 3 s. The panel is the real bot's loopback panel, reached
 * through one undici Pool of 8 connections, as the bot reaches it (src/panel/connections.ts).
 *
 * discord.js queues deferred-reply edits behind its global 50 requests/s; the real bot sends
 * interaction webhooks outside that queue (src/discord/interactionRest.ts), as Discord does not count
 * them. This client lifts the cap instead: it sends nothing but interaction responses, so that is the
 * same thing, and the comparison measures the work per interaction, not a queue only one bot has.
 */
export async function startMinimalBot(
  target: MinimalTarget,
  world: { guilds?: number; membersPerGuild?: number } = {},
): Promise<MinimalBot> {
  const discord = await startFakeDiscord();
  const panel = new Pool(target.panelUrl, { connections: 8 });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: discord.apiUrl, globalRequestsPerSecond: Number.MAX_SAFE_INTEGER },
  });
  const failures = { count: 0, first: [] as string[] };
  const call = async (method: 'GET' | 'POST' | 'DELETE', path: string): Promise<unknown> => {
    const { statusCode, body } = await panel.request({
      method,
      path,
      headers: {
        authorization: `Bearer ${target.apiKey}`,
        accept: 'application/json',
        ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      },
      ...(method === 'POST' ? { body: '{}' } : {}),
    });
    if (statusCode === 204) {
      await body.dump();
      return null;
    }
    const json: unknown = await body.json();
    if (statusCode !== 200) throw new Error(`the panel answered ${statusCode} to ${method} ${path}`);
    return json;
  };
  const backupsPath = (server: string) => `/api/client/servers/${encodeURIComponent(server)}/backups`;
  const backups = async (perPage: number) =>
    (await call('GET', `${backupsPath(target.server)}?page=1&per_page=${perPage}`)) as PanelList;

  const handle = async (interaction: Interaction): Promise<void> => {
    if (interaction.isChatInputCommand()) {
      const sub = interaction.options.getSubcommand(false);
      if (sub === 'delete') {
        const uuid = interaction.options.getString('backup', true);
        await interaction.reply({
          content: MINIMAL_TEXT.ask,
          flags: MessageFlags.Ephemeral,
          components: [
            new ActionRowBuilder<ButtonBuilder>().addComponents(
              new ButtonBuilder()
                .setCustomId(`delete:${uuid}`)
                .setLabel('Delete')
                .setStyle(ButtonStyle.Danger),
            ),
          ],
        });
        return;
      }
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      if (sub === 'create') {
        await call('POST', backupsPath(target.createServer));
        await interaction.editReply({ content: MINIMAL_TEXT.created });
      } else {
        await backups(10);
        await interaction.editReply({ content: MINIMAL_TEXT.list });
      }
    } else if (interaction.isButton() && interaction.customId.startsWith('delete:')) {
      await interaction.deferUpdate();
      const uuid = interaction.customId.slice('delete:'.length);
      await call('DELETE', `${backupsPath(target.createServer)}/${encodeURIComponent(uuid)}`);
      await interaction.editReply({ content: MINIMAL_TEXT.deleted, components: [] });
    } else if (interaction.isAutocomplete()) {
      const focused = interaction.options.getFocused(true).name;
      const list =
        focused === 'server'
          ? ((await call('GET', '/api/client?page=1&per_page=100')) as PanelList)
          : await backups(50);
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
      failures.count += 1;
      if (failures.first.length < 3)
        failures.first.push(error instanceof Error ? error.message : String(error));
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
    const members: MinimalMember[] = [];
    for (let g = 0; g < (world.guilds ?? 1); g += 1) {
      const owner = discord.createUser({ username: `member${g}` });
      const guild = discord.createGuild({ owner });
      members.push({ user: owner, guild });
      for (let m = 1; m < (world.membersPerGuild ?? 1); m += 1) {
        const user = discord.createUser({ username: `member${g}-${m}` });
        discord.addMember(guild, user);
        members.push({ user, guild });
      }
      await waitUntil(() => client.guilds.cache.has(guild.id), 'the minimal bot to receive GUILD_CREATE');
    }
    const [member] = members;
    if (member === undefined) throw new Error('the minimal bot needs at least one guild');
    return { discord, member, members, failures, close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}
