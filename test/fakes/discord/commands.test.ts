import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { MANAGE_GUILD } from '#fakes/fakeDiscord.js';
import { commandHandler, useConnectedFake } from './harness.js';

// One fake for the whole file, in file order: the channel asserted empty early on stays so only
// because the guild-command reply, the first post there, comes later.
const world = useConnectedFake();

describe('fake Discord: registering and running commands', () => {
  it('logs in and sees the guild from GUILD_CREATE, with its roles and channels', () => {
    const { fake, client, guild } = world;
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
    const { fake, client } = world;
    expect(fake.commands.global.map((command) => command.name)).toEqual(['demo', 'admin']);
    expect(fake.commands.global[0]?.id).toMatch(/^\d{17,19}$/);
    const fetched = await client.application?.commands.fetch();
    expect(fetched?.map((command) => command.name).sort()).toEqual(['admin', 'demo']);
  });

  it('delivers a slash command with typed options and records an ephemeral reply', async () => {
    const { fake, state, guild, member } = world;
    let seen:
      | { text: string; times: number | null; loud: boolean | null; channelId: string | null }
      | undefined;
    state.handler = commandHandler(async (interaction) => {
      seen = {
        text: interaction.options.getString('text', true),
        times: interaction.options.getInteger('times'),
        loud: interaction.options.getBoolean('loud'),
        channelId: interaction.channelId,
      };
      await interaction.reply({ content: `pong ${seen.text}`, flags: MessageFlags.Ephemeral });
    });
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
    const { fake, guild, member } = world;
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
    const { fake, state, guild, member } = world;
    const admin = fake.createUser({ username: 'root' });
    fake.addMember(guild, admin, { roleIds: [guild.roles[1]?.id ?? ''] });
    await expect(fake.slash({ user: member, guild, command: 'admin' })).rejects.toThrow(
      /lacks the permissions/,
    );
    let permissions: bigint | undefined;
    state.handler = commandHandler(async (interaction) => {
      permissions = interaction.memberPermissions?.bitfield;
      await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
    });
    const handle = await fake.slash({ user: admin, guild, command: 'admin' });
    await handle.waitForResponse();
    expect((permissions ?? 0n) & MANAGE_GUILD).toBe(MANAGE_GUILD);
  });

  it('registers guild commands, tells the bot which guild a command belongs to, and serves /applications/@me', async () => {
    const { fake, client, state, guild, member } = world;
    const application = await client.application?.fetch();
    expect(application?.id).toBe(fake.applicationId);
    await client.application?.commands.set(
      [new SlashCommandBuilder().setName('local').setDescription('Guild only').toJSON()],
      guild.id,
    );
    expect(fake.commands.guild.get(guild.id)?.[0]).toMatchObject({ name: 'local', guild_id: guild.id });
    let commandGuildId: string | null | undefined;
    state.handler = commandHandler(async (interaction) => {
      commandGuildId = interaction.commandGuildId;
      const response = await interaction.reply({ content: 'local!', withResponse: true });
      expect(response.resource?.message?.content).toBe('local!');
    });
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
    const { fake, state, member } = world;
    state.handler = commandHandler(async (interaction) => {
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
    });
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
});
