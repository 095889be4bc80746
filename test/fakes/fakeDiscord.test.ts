import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  ModalBuilder,
  Partials,
  SlashCommandBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeDiscord,
  type FakeGuild,
  type FakeUser,
  MANAGE_GUILD,
  startFakeDiscord,
} from './fakeDiscord.js';

type Handler = (interaction: Interaction) => Promise<void>;

/** A real discord.js client logged in to the fake, whose interaction handler each test swaps in. */
async function connect(fake: FakeDiscord) {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
  });
  const state: { handler: Handler; failures: unknown[] } = { handler: async () => {}, failures: [] };
  client.on(Events.InteractionCreate, (interaction) => {
    state.handler(interaction).catch((error: unknown) => state.failures.push(error));
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.botToken);
  await ready;
  return { client, state };
}

/** Resolves with what a handler threw (the bot's view of a Discord error). */
function failureOf(state: { failures: unknown[] }, fake: FakeDiscord): Promise<unknown> {
  return fake.waitFor(() => state.failures.shift(), { what: 'the bot handler to fail' });
}

const commands = [
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

describe('fake Discord with the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  let state: { handler: Handler; failures: unknown[] };
  let guild: FakeGuild;
  let member: FakeUser;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    member = fake.createUser({ username: 'alice' });
    guild = fake.createGuild({ name: 'Home', roles: [{ name: 'Admins', permissions: MANAGE_GUILD }] });
    fake.addMember(guild, member);
    ({ client, state } = await connect(fake));
    await client.application?.commands.set(commands);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('logs in and sees the guild from GUILD_CREATE, with its roles and channels', () => {
    expect(client.user?.id).toBe(fake.botUser.id);
    const cached = client.guilds.cache.get(guild.id);
    expect(cached?.name).toBe('Home');
    expect(cached?.roles.cache.map((role) => role.name)).toEqual(
      expect.arrayContaining(['@everyone', 'Admins']),
    );
    expect(cached?.channels.cache.map((channel) => channel.name)).toEqual(['general']);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 200 });
  });

  it('stores registered commands with ids and serves them back', async () => {
    expect(fake.commands.global.map((command) => command.name)).toEqual(['demo', 'admin']);
    expect(fake.commands.global[0]?.id).toMatch(/^\d{17,19}$/);
    const fetched = await client.application?.commands.fetch();
    expect(fetched?.map((command) => command.name).sort()).toEqual(['admin', 'demo']);
  });

  it('delivers a slash command with typed options and records an ephemeral reply', async () => {
    let seen:
      | { text: string; times: number | null; loud: boolean | null; channelId: string | null }
      | undefined;
    state.handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen = {
        text: interaction.options.getString('text', true),
        times: interaction.options.getInteger('times'),
        loud: interaction.options.getBoolean('loud'),
        channelId: interaction.channelId,
      };
      await interaction.reply({ content: `pong ${seen.text}`, flags: MessageFlags.Ephemeral });
    };
    const handle = await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'hi', times: 2, loud: true },
    });
    const response = await handle.waitForResponse();
    expect(response).toMatchObject({ kind: 'callback', type: 4 });
    expect(seen).toEqual({ text: 'hi', times: 2, loud: true, channelId: guild.channels[0]?.id });
    expect(handle.original?.content).toBe('pong hi');
    expect((handle.original?.flags ?? 0) & 64).toBe(64);
    expect(fake.channelMessages(guild.channels[0]?.id ?? '')).toEqual([]);
    const callback = fake.requests.at(-1);
    expect(callback?.path).toBe(`/interactions/${handle.id}/${handle.token}/callback`);
    expect(callback?.headers.authorization).toBeUndefined();
  });

  it('refuses to invoke an unregistered command or an unknown option, as a Discord client would', async () => {
    await expect(fake.slash({ user: member, guild, command: 'nope' })).rejects.toThrow(/not registered/);
    await expect(
      fake.slash({
        user: member,
        guild,
        command: 'demo',
        subcommand: 'ping',
        options: { text: 'x', bogus: 1 },
      }),
    ).rejects.toThrow(/no option "bogus"/);
    await expect(
      fake.slash({ user: member, guild, command: 'demo', subcommand: 'ping', options: { text: 3 } }),
    ).rejects.toThrow(/takes a string/);
  });

  it('computes member permissions from roles and hides commands the member may not use', async () => {
    const admin = fake.createUser({ username: 'root' });
    fake.addMember(guild, admin, { roleIds: [guild.roles[1]?.id ?? ''] });
    await expect(fake.slash({ user: member, guild, command: 'admin' })).rejects.toThrow(
      /lacks the permissions/,
    );
    let permissions: bigint | undefined;
    state.handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      permissions = interaction.memberPermissions?.bitfield;
      await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
    };
    const handle = await fake.slash({ user: admin, guild, command: 'admin' });
    await handle.waitForResponse();
    expect((permissions ?? 0n) & MANAGE_GUILD).toBe(MANAGE_GUILD);
  });

  it('turns a deferred reply into the edited message, and keeps follow-ups apart', async () => {
    state.handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'done' });
      await interaction.followUp({ content: 'and one more', flags: MessageFlags.Ephemeral });
    };
    const handle = await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'a' },
    });
    await handle.waitFor((h) => h.followUps.length === 1);
    expect(handle.responses.map((response) => [response.kind, response.type])).toEqual([
      ['callback', 5],
      ['edit', undefined],
      ['followup', undefined],
    ]);
    expect(handle.original?.content).toBe('done');
    expect((handle.original?.flags ?? 0) & 64).toBe(64);
    expect(handle.followUps[0]?.content).toBe('and one more');
  });

  it('answers autocomplete with the choices, and refuses more than 25 with 50035', async () => {
    state.handler = async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = String(interaction.options.getFocused());
      const count = typed === 'many' ? 26 : 3;
      await interaction.respond(
        Array.from({ length: count }, (_, i) => ({ name: `${typed} ${i}`, value: `v${i}` })),
      );
    };
    const answer = await fake.autocomplete({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'pick',
      focused: 'item',
      options: { item: 'ba' },
    });
    expect(answer.choices).toEqual([
      { name: 'ba 0', value: 'v0' },
      { name: 'ba 1', value: 'v1' },
      { name: 'ba 2', value: 'v2' },
    ]);
    await expect(
      fake.autocomplete({
        user: member,
        guild,
        command: 'demo',
        subcommand: 'pick',
        focused: 'item',
        options: { item: 'many' },
      }),
    ).rejects.toThrow(/50035/);
    const failure = await failureOf(state, fake);
    expect(failure).toBeInstanceOf(DiscordAPIError);
    expect((failure as DiscordAPIError).code).toBe(50035);
    expect(JSON.stringify((failure as DiscordAPIError).rawError)).toContain('BASE_TYPE_MAX_LENGTH');
  });

  it('delivers a button click on an ephemeral reply and applies the update to that message', async () => {
    state.handler = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          content: 'Confirm?',
          flags: MessageFlags.Ephemeral,
          components: [
            new ActionRowBuilder<ButtonBuilder>().addComponents(
              new ButtonBuilder().setCustomId('confirm:1').setLabel('Confirm').setStyle(ButtonStyle.Danger),
              new ButtonBuilder()
                .setLabel('Docs')
                .setStyle(ButtonStyle.Link)
                .setURL('https://example.com/docs'),
            ),
          ],
        });
      } else if (interaction.isButton()) {
        expect(interaction.message.content).toBe('Confirm?');
        await interaction.update({ content: `Confirmed by ${interaction.user.username}`, components: [] });
      }
    };
    const command = await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'x' },
    });
    await command.waitForResponse();
    const message = command.original;
    if (message === undefined) throw new Error('no reply');
    await expect(fake.clickButton({ user: member, message, customId: 'nope' })).rejects.toThrow(
      /no button "nope"/,
    );
    const click = await fake.clickButton({ user: member, message, customId: 'confirm:1' });
    await click.waitForResponse();
    expect(click.responses[0]).toMatchObject({ kind: 'callback', type: 7 });
    expect(command.original?.content).toBe('Confirmed by alice');
    expect(command.original?.components).toEqual([]);
    await expect(fake.clickButton({ user: member, message, customId: 'confirm:1' })).rejects.toThrow(
      /no button/,
    );
    expect(state.failures).toEqual([]);
  });

  it('refuses invalid components with 50035 and an empty message with 50006', async () => {
    state.handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const text = interaction.options.getString('text', true);
      if (text === 'long-id')
        await interaction.reply({
          // Raw JSON: discord.js's builders would refuse the 101-character id before Discord could.
          components: [
            {
              toJSON: () => ({
                type: 1,
                components: [{ type: 2, style: ButtonStyle.Primary, label: 'L', custom_id: 'x'.repeat(101) }],
              }),
            },
          ] as never,
        });
      else await interaction.reply({ content: '' });
    };
    await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'long-id' },
    });
    const tooLong = (await failureOf(state, fake)) as DiscordAPIError;
    expect(tooLong.code).toBe(50035);
    expect(JSON.stringify(tooLong.rawError)).toContain('custom_id');
    await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'empty' },
    });
    expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(50006);
  });

  it('shows a modal and delivers its submission in both the row and the label forms', async () => {
    const submitted: Record<string, string> = {};
    state.handler = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const modal = new ModalBuilder().setCustomId('feedback').setTitle('Feedback');
        modal.addComponents(
          new ActionRowBuilder<TextInputBuilder>().addComponents(
            new TextInputBuilder().setCustomId('row_text').setLabel('Row').setStyle(TextInputStyle.Short),
          ),
        );
        modal.addLabelComponents((label) =>
          label
            .setLabel('Labelled')
            .setTextInputComponent((input) =>
              input.setCustomId('label_text').setStyle(TextInputStyle.Paragraph),
            ),
        );
        await interaction.showModal(modal);
      } else if (interaction.isModalSubmit()) {
        submitted.row = interaction.fields.getTextInputValue('row_text');
        submitted.label = interaction.fields.getTextInputValue('label_text');
        await interaction.reply({ content: 'thanks', flags: MessageFlags.Ephemeral });
      }
    };
    const command = await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'm' },
    });
    await command.waitForResponse();
    expect(command.modal?.title).toBe('Feedback');
    await expect(
      fake.submitModal({ user: member, from: command, values: { row_text: 'only one' } }),
    ).rejects.toThrow(/label_text" is required/);
    const submit = await fake.submitModal({
      user: member,
      from: command,
      values: { row_text: 'nice', label_text: 'very nice' },
    });
    await submit.waitForResponse();
    expect(submitted).toEqual({ row: 'nice', label: 'very nice' });
    expect(submit.original?.content).toBe('thanks');
  });

  it('sends DMs, edits them, delivers their select menus, and refuses closed DMs with 50007', async () => {
    const dmUser = fake.createUser({ username: 'bob' });
    fake.addMember(guild, dmUser);
    const user = await client.users.fetch(dmUser.id);
    const sent = await user.send({
      content: 'Pick a role',
      components: [
        new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
          new StringSelectMenuBuilder()
            .setCustomId('setup:roles')
            .setMinValues(0)
            .setMaxValues(2)
            .addOptions({ label: 'Admins', value: 'a' }, { label: 'Mods', value: 'm' }),
        ),
      ],
    });
    await sent.edit({ content: 'Pick roles' });
    const [dm] = fake.dmMessages(dmUser);
    expect(dm?.content).toBe('Pick roles');
    expect(
      fake.requests.some((request) => request.method === 'PATCH' && request.path.startsWith('/channels/')),
    ).toBe(true);

    let chosen: string[] = [];
    state.handler = async (interaction) => {
      if (!interaction.isStringSelectMenu()) return;
      expect(interaction.inGuild()).toBe(false);
      chosen = interaction.values;
      await interaction.deferUpdate();
      await interaction.editReply({ content: `Roles: ${chosen.join(',')}` });
    };
    if (dm === undefined) throw new Error('no DM');
    const select = await fake.selectMenu({
      user: dmUser,
      message: dm,
      customId: 'setup:roles',
      values: ['a', 'm'],
    });
    await select.waitFor((h) => h.responses.some((response) => response.kind === 'edit'));
    expect(chosen).toEqual(['a', 'm']);
    expect(fake.dmMessages(dmUser)[0]?.content).toBe('Roles: a,m');

    fake.setDmsClosed(dmUser, true);
    const refused = await user.send('hello?').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DiscordAPIError);
    expect((refused as DiscordAPIError).code).toBe(50007);
    expect(fake.errors.at(-1)).toMatchObject({ code: 50007 });
  });

  it('posts to a guild text channel', async () => {
    const channelId = guild.channels[0]?.id ?? '';
    const channel = await client.channels.fetch(channelId);
    if (channel === null || !channel.isSendable()) throw new Error('channel not sendable');
    await channel.send({ content: 'audit: backup created' });
    expect(fake.channelMessages(channelId).map((message) => message.content)).toEqual([
      'audit: backup created',
    ]);
  });

  it('fetches a member over REST, and answers 10007 for a stranger', async () => {
    const cached = client.guilds.cache.get(guild.id);
    const fetched = await cached?.members.fetch(member.id);
    expect(fetched?.user.username).toBe('alice');
    const stranger = fake.createUser({ username: 'stranger' });
    const error = await cached?.members.fetch(stranger.id).catch((caught: unknown) => caught);
    expect((error as DiscordAPIError).code).toBe(10007);
  });

  it('answers 40060 to a second acknowledgement', async () => {
    state.handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ content: 'first', flags: MessageFlags.Ephemeral });
      // Bypass discord.js's own "already replied" guard to reach Discord's answer.
      await interaction.client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 4, data: { content: 'second' } },
        auth: false,
      });
    };
    const handle = await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'd' },
    });
    expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(40060);
    expect(handle.errors.map((error) => error.code)).toEqual([40060]);
    expect(handle.original?.content).toBe('first');
  });

  it('answers 50035 to a callback type the interaction does not allow, and 10008 to editing a reply that never was', async () => {
    state.handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.options.getString('text') === 'update') {
        // An update (7) is only for component interactions; discord.js offers no method, so post it raw.
        await interaction.client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
          body: { type: 7, data: { content: 'nope' } },
          auth: false,
        });
      } else {
        await interaction.showModal(
          new ModalBuilder()
            .setCustomId('m')
            .setTitle('M')
            .addComponents(
              new ActionRowBuilder<TextInputBuilder>().addComponents(
                new TextInputBuilder().setCustomId('t').setLabel('T').setStyle(TextInputStyle.Short),
              ),
            ),
        );
        await interaction.editReply({ content: 'there is no reply to edit' });
      }
    };
    const update = await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'update' },
    });
    const invalid = (await failureOf(state, fake)) as DiscordAPIError;
    expect(invalid.code).toBe(50035);
    expect(JSON.stringify(invalid.rawError)).toContain('INTERACTION_CALLBACK_TYPE_INVALID');
    expect(update.responses).toEqual([]);
    await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'modal' },
    });
    expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(10008);
  });

  it('answers 10015 to a follow-up before any acknowledgement', async () => {
    state.handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.webhook.send({ content: 'too early' });
    };
    await fake.slash({ user: member, guild, command: 'demo', subcommand: 'ping', options: { text: 'e' } });
    expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(10015);
  });

  it('registers guild commands, tells the bot which guild a command belongs to, and serves /applications/@me', async () => {
    const application = await client.application?.fetch();
    expect(application?.id).toBe(fake.applicationId);
    await client.application?.commands.set(
      [new SlashCommandBuilder().setName('local').setDescription('Guild only').toJSON()],
      guild.id,
    );
    expect(fake.commands.guild.get(guild.id)?.[0]).toMatchObject({ name: 'local', guild_id: guild.id });
    let commandGuildId: string | null | undefined;
    state.handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      commandGuildId = interaction.commandGuildId;
      const response = await interaction.reply({ content: 'local!', withResponse: true });
      expect(response.resource?.message?.content).toBe('local!');
    };
    const handle = await fake.slash({ user: member, guild, command: 'local' });
    await handle.waitForResponse();
    await fake.waitFor(() => commandGuildId !== undefined, { what: 'the handler to run' });
    expect(commandGuildId).toBe(guild.id);
    expect(fake.channelMessages(guild.channels[0]?.id ?? '').map((message) => message.content)).toContain(
      'local!',
    );
    await expect(fake.slash({ user: member, command: 'local' })).rejects.toThrow(/not registered globally/);
    expect(state.failures).toEqual([]);
  });

  it('runs a command in a DM and keeps the reply in that DM', async () => {
    state.handler = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      expect(interaction.inGuild()).toBe(false);
      expect(interaction.channel?.isDMBased()).toBe(true);
      await interaction.reply({
        content: 'in your DMs',
        components: [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId('dm:ok').setLabel('OK').setStyle(ButtonStyle.Primary),
          ),
        ],
      });
    };
    const handle = await fake.slash({
      user: member,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'dm' },
    });
    await handle.waitForResponse();
    expect(fake.dmMessages(member).map((message) => message.content)).toContain('in your DMs');
    const someoneElse = fake.createUser({ username: 'eve' });
    const message = handle.original;
    if (message === undefined) throw new Error('no reply');
    await expect(fake.clickButton({ user: someoneElse, message, customId: 'dm:ok' })).rejects.toThrow(/DM/);
    expect(state.failures).toEqual([]);
  });

  it('gives explicit permissions a role, so a REST member fetch agrees with the interaction', async () => {
    const manager = fake.createUser({ username: 'manager' });
    fake.addMember(guild, manager, { permissions: MANAGE_GUILD });
    const cached = client.guilds.cache.get(guild.id);
    await fake.waitFor(() => cached?.roles.cache.some((role) => role.name === 'perms-manager'), {
      what: 'GUILD_ROLE_CREATE to reach the client',
    });
    const before = await cached?.members.fetch({ user: manager.id, force: true });
    expect(before?.permissions.has(MANAGE_GUILD)).toBe(true);
    fake.updateMember(guild, manager, { permissions: null });
    const after = await cached?.members.fetch({ user: manager.id, force: true });
    expect(after?.permissions.has(MANAGE_GUILD)).toBe(false);
  });

  it('resumes after the gateway drops the connection, and keeps delivering interactions', async () => {
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    fake.gateway.disconnect(4000);
    await resumed;
    expect(fake.gateway.identifyCount).toBe(1);
    expect(fake.gateway.resumeCount).toBe(1);
    state.handler = async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply({ content: 'still here', flags: MessageFlags.Ephemeral });
    };
    const handle = await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'r' },
    });
    await handle.waitForResponse();
    expect(handle.original?.content).toBe('still here');
  });

  it('answers unknown routes with a 404 naming the route, and reports them', async () => {
    const reported: string[] = [];
    fake.on('unhandled', (request: { path: string }) => reported.push(request.path));
    const error = await client.rest.get('/nothing/here').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(404);
    expect((error as DiscordAPIError).message).toContain('GET /nothing/here');
    expect(reported).toEqual(['/nothing/here']);
  });

  it('fails a wait with a message saying what it waited for and what it got', async () => {
    state.handler = async () => {};
    const handle = await fake.slash({
      user: member,
      guild,
      command: 'demo',
      subcommand: 'ping',
      options: { text: 'q' },
    });
    await expect(handle.waitForResponse(undefined, 100)).rejects.toThrow(
      /Timed out after 100 ms waiting for a matching response to \/demo ping .*responses \[none\]/,
    );
  });

  it('removes the guild from the client on GUILD_DELETE', async () => {
    const other = fake.createGuild({ name: 'Other' });
    await fake.waitFor(() => client.guilds.cache.has(other.id), { what: 'GUILD_CREATE to reach the client' });
    const deleted = new Promise<string>((resolve) =>
      client.once(Events.GuildDelete, (gone) => resolve(gone.id)),
    );
    fake.removeGuild(other);
    expect(await deleted).toBe(other.id);
    expect(client.guilds.cache.has(other.id)).toBe(false);
  });
});

describe('fake Discord rules that need their own setup', () => {
  it('answers 10062 to a first acknowledgement after the ack timeout, and 10015 once the token expired', async () => {
    const fake = await startFakeDiscord({ ackTimeoutMs: 200, tokenTtlMs: 500 });
    const { client, state } = await connect(fake);
    try {
      await client.application?.commands.set(commands);
      const member = fake.createUser();
      const guild = fake.createGuild();
      fake.addMember(guild, member);
      state.handler = async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        if (interaction.options.getString('text') === 'late') {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await interaction.reply({ content: 'late' });
        } else {
          await interaction.deferReply();
          await new Promise((resolve) => setTimeout(resolve, 600));
          await interaction.editReply({ content: 'too late to edit' });
        }
      };
      const late = await fake.slash({
        user: member,
        guild,
        command: 'demo',
        subcommand: 'ping',
        options: { text: 'late' },
      });
      expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(10062);
      expect(late.responses).toEqual([]);
      const slow = await fake.slash({
        user: member,
        guild,
        command: 'demo',
        subcommand: 'ping',
        options: { text: 'slow' },
      });
      expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(10015);
      expect(slow.responses.map((response) => response.type)).toEqual([5]);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('acknowledges heartbeats, so the client never reconnects', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 100 });
    const { client } = await connect(fake);
    try {
      await fake.waitFor(() => fake.gateway.received.filter((frame) => frame.op === 1).length >= 3, {
        what: 'three heartbeats',
      });
      expect(fake.gateway.identifyCount).toBe(1);
      expect(fake.gateway.resumeCount).toBe(0);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('makes login reject for a wrong token', async () => {
    const fake = await startFakeDiscord();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    try {
      await expect(client.login('not-the-token')).rejects.toThrow();
      expect(fake.requests[0]).toMatchObject({ path: '/gateway/bot', status: 401 });
    } finally {
      await client.destroy();
      await fake.close();
    }
  });
});
