import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  DiscordAPIError,
  MessageFlags,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandHandler, failureOf, useConnectedFake } from './harness.js';

const world = useConnectedFake();

describe('fake Discord: components, modals and the DMs that carry them', () => {
  it('delivers a button click on an ephemeral reply and applies the update to that message', async () => {
    const { fake, state, member, ping } = world;
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
    const command = await ping('x');
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
    const { fake, state, ping } = world;
    state.handler = commandHandler(async (interaction) => {
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
    });
    await ping('long-id');
    const tooLong = (await failureOf(state, fake)) as DiscordAPIError;
    expect(tooLong.code).toBe(50035);
    expect(JSON.stringify(tooLong.rawError)).toContain('custom_id');
    await ping('empty');
    expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(50006);
  });

  it('shows a modal and delivers its submission in both the row and the label forms', async () => {
    const { fake, state, member, ping } = world;
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
    const command = await ping('m');
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

  it('answers 50035 to a callback type the interaction does not allow, and 10008 to editing a reply that never was', async () => {
    const { fake, state, ping } = world;
    state.handler = commandHandler(async (interaction) => {
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
    });
    const update = await ping('update');
    const invalid = (await failureOf(state, fake)) as DiscordAPIError;
    expect(invalid.code).toBe(50035);
    expect(JSON.stringify(invalid.rawError)).toContain('INTERACTION_CALLBACK_TYPE_INVALID');
    expect(update.responses).toEqual([]);
    await ping('modal');
    expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(10008);
  });

  it('sends DMs, edits them, delivers their select menus, and refuses closed DMs with 50007', async () => {
    const { fake, client, state, guild } = world;
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
});
