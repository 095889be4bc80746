import { Client, type DiscordAPIError, GatewayIntentBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { startFakeDiscord } from '#fakes/fakeDiscord.js';
import { closingAfter, commandHandler, commands, connect, failureOf, ping } from './harness.js';

describe('fake Discord rules that need their own setup', () => {
  it('answers 10062 to a first acknowledgement after the ack timeout, and 10015 once the token expired', async () => {
    const fake = await startFakeDiscord({ ackTimeoutMs: 200, tokenTtlMs: 500 });
    const { client, state } = await connect(fake);
    await closingAfter(client, fake, async () => {
      await client.application?.commands.set(commands);
      const member = fake.createUser();
      const guild = fake.createGuild();
      fake.addMember(guild, member);
      state.handler = commandHandler(async (interaction) => {
        if (interaction.options.getString('text') === 'late') {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await interaction.reply({ content: 'late' });
        } else {
          await interaction.deferReply();
          await new Promise((resolve) => setTimeout(resolve, 600));
          await interaction.editReply({ content: 'too late to edit' });
        }
      });
      const late = await ping(fake, member, guild, 'late');
      expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(10062);
      expect(late.responses).toEqual([]);
      const slow = await ping(fake, member, guild, 'slow');
      expect(((await failureOf(state, fake)) as DiscordAPIError).code).toBe(10015);
      expect(slow.responses.map((response) => response.type)).toEqual([5]);
    });
  });

  it('acknowledges heartbeats, so the client never reconnects', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 100 });
    const { client } = await connect(fake);
    await closingAfter(client, fake, async () => {
      await fake.waitFor(() => fake.gateway.received.filter((frame) => frame.op === 1).length >= 3, {
        what: 'three heartbeats',
      });
      expect(fake.gateway.identifyCount).toBe(1);
      expect(fake.gateway.resumeCount).toBe(0);
    });
  });

  it('makes login reject for a wrong token', async () => {
    const fake = await startFakeDiscord();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    await closingAfter(client, fake, async () => {
      await expect(client.login('not-the-token')).rejects.toThrow();
      expect(fake.requests[0]).toMatchObject({ path: '/gateway/bot', status: 401 });
    });
  });
});
