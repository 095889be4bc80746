import { DiscordAPIError, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandHandler, failureOf, useConnectedFake } from './harness.js';

const world = useConnectedFake();

describe('fake Discord: answering interactions', () => {
  it('turns a deferred reply into the edited message, and keeps follow-ups apart', async () => {
    const { state, ping } = world;
    state.handler = commandHandler(async (interaction) => {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'done' });
      await interaction.followUp({ content: 'and one more', flags: MessageFlags.Ephemeral });
    });
    const handle = await ping('a');
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
    const { fake, state, guild, member } = world;
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

  it('refuses an edit whose embeds pass 6,000 characters in all with 50035, as Discord does', async () => {
    const { state, ping, fake } = world;
    const embed = (n: number) => ({ title: `part ${n}`, description: 'x'.repeat(3_500) });
    state.handler = commandHandler(async (interaction) => {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ embeds: [embed(1)] });
      await interaction.editReply({ embeds: [embed(1), embed(2)] });
    });
    const handle = await ping('b');
    const failure = await failureOf(state, fake);
    expect((failure as DiscordAPIError).code).toBe(50035);
    expect(JSON.stringify((failure as DiscordAPIError).rawError)).toContain(
      'Embed size exceeds maximum size of 6000',
    );
    expect(handle.original?.embeds).toHaveLength(1);
  });

  it('answers 40060 to a second acknowledgement', async () => {
    const { fake, state, ping } = world;
    state.handler = commandHandler(async (interaction) => {
      await interaction.reply({ content: 'first', flags: MessageFlags.Ephemeral });
      // Bypass discord.js's own "already replied" guard to reach Discord's answer.
      await interaction.client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 4, data: { content: 'second' } },
        auth: false,
      });
    });
    const handle = await ping('d');
    expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(40060);
    expect(handle.errors.map((error) => error.code)).toEqual([40060]);
    expect(handle.original?.content).toBe('first');
  });

  it('answers 10015 to a follow-up before any acknowledgement', async () => {
    const { fake, state, ping } = world;
    state.handler = commandHandler(async (interaction) => {
      await interaction.webhook.send({ content: 'too early' });
    });
    await ping('e');
    expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(10015);
  });

  it('fails a wait with a message saying what it waited for and what it got', async () => {
    const { state, ping } = world;
    state.handler = async () => {};
    const handle = await ping('q');
    await expect(handle.waitForResponse(undefined, 100)).rejects.toThrow(
      /Timed out after 100 ms waiting for a matching response to \/demo ping .*responses \[none\]/,
    );
  });
});
