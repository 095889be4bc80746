import { Events, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { useConnectedFake } from './harness.js';

const world = useConnectedFake();

describe('fake Discord: the gateway session', () => {
  it('resumes after the gateway drops the connection, and keeps delivering interactions', async () => {
    const { fake, client, state, ping } = world;
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    fake.gateway.disconnect(4000);
    await resumed;
    expect(fake.gateway.identifyCount).toBe(1);
    expect(fake.gateway.resumeCount).toBe(1);
    state.handler = async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply({ content: 'still here', flags: MessageFlags.Ephemeral });
    };
    const handle = await ping('r');
    await handle.waitForResponse();
    expect(handle.original?.content).toBe('still here');
  });

  it('removes the guild from the client on GUILD_DELETE', async () => {
    const { fake, client } = world;
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
