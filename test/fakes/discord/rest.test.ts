import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { MANAGE_GUILD } from '#fakes/fakeDiscord.js';
import { useConnectedFake } from './harness.js';

// One fake for the whole file, in file order: the channel is asserted to hold exactly the one
// post made here, so no test before it may post there.
const world = useConnectedFake();

describe('fake Discord: channels, members and unknown routes', () => {
  it('posts to a guild text channel', async () => {
    const { fake, client, guild } = world;
    const channelId = guild.channels[0]?.id ?? '';
    const channel = await client.channels.fetch(channelId);
    if (channel === null || !channel.isSendable()) throw new Error('channel not sendable');
    await channel.send({ content: 'audit: backup created' });
    expect(fake.channelMessages(channelId).map((message) => message.content)).toEqual([
      'audit: backup created',
    ]);
  });

  it('fetches a member over REST, and answers 10007 for a stranger', async () => {
    const { fake, client, guild, member } = world;
    const cached = client.guilds.cache.get(guild.id);
    const fetched = await cached?.members.fetch(member.id);
    expect(fetched?.user.username).toBe('alice');
    const stranger = fake.createUser({ username: 'stranger' });
    const error = await cached?.members.fetch(stranger.id).catch((caught: unknown) => caught);
    expect((error as DiscordAPIError).code).toBe(10007);
  });

  it('gives explicit permissions a role, so a REST member fetch agrees with the interaction', async () => {
    const { fake, client, guild } = world;
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

  it('answers unknown routes with a 404 naming the route, and reports them', async () => {
    const { fake, client } = world;
    const reported: string[] = [];
    fake.on('unhandled', (request: { path: string }) => reported.push(request.path));
    const error = await client.rest.get('/nothing/here').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(404);
    expect((error as DiscordAPIError).message).toContain('GET /nothing/here');
    expect(reported).toEqual(['/nothing/here']);
  });
});
