import { Client, Events, GatewayIntentBits, type Interaction, MessageFlags, Partials } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, type FakeGuild, type FakeUser, startFakeDiscord } from '#fakes/fakeDiscord.js';
import { shardOfGuild } from './gateway.js';

/** A client running `shards` of `count`, answering every slash command with its shard ids. */
async function shardClient(fake: FakeDiscord, shards: number[], count: number) {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
    shards,
    shardCount: count,
  });
  const seen: Interaction[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    seen.push(interaction);
    if (interaction.isChatInputCommand())
      void interaction.reply({ content: `shards ${shards.join(',')}`, flags: MessageFlags.Ephemeral });
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.botToken);
  await ready;
  return { client, seen };
}

describe('fake Discord: sharding', () => {
  let fake: FakeDiscord;
  let onZero: FakeGuild;
  let onOne: FakeGuild;
  let member: FakeUser;
  const clients: Client[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: 2, maxConcurrency: 16 });
    member = fake.createUser({ username: 'member' });
    onZero = fake.createGuild({ name: 'Zero', owner: member, shard: { id: 0, count: 2 } });
    onOne = fake.createGuild({ name: 'One', owner: member, shard: { id: 1, count: 2 } });
  });
  afterAll(async () => {
    for (const client of clients) await client.destroy();
    await fake.close();
  });

  it('recommends its shard count and identify concurrency on GET /gateway/bot', async () => {
    const response = await fetch(`${fake.apiUrl}/v10/gateway/bot`, {
      headers: { Authorization: `Bot ${fake.botToken}` },
    });
    const body = (await response.json()) as {
      shards: number;
      session_start_limit: { max_concurrency: number };
    };
    expect(body.shards).toBe(2);
    expect(body.session_start_limit.max_concurrency).toBe(16);
  });

  it('makes guild ids on the shard asked for', () => {
    expect(shardOfGuild(onZero.id, 2)).toBe(0);
    expect(shardOfGuild(onOne.id, 2)).toBe(1);
  });

  it('gives each shard its own guilds in READY and routes each guild’s interactions to its shard', async () => {
    const zero = await shardClient(fake, [0], 2);
    const one = await shardClient(fake, [1], 2);
    clients.push(zero.client, one.client);
    expect([...zero.client.guilds.cache.keys()]).toEqual([onZero.id]);
    expect([...one.client.guilds.cache.keys()]).toEqual([onOne.id]);
    expect(fake.gateway.identifiedShards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.gateway.connectedShards()).toEqual([0, 1]);

    await zero.client.application?.commands.set([{ name: 'which', description: 'which shard' }]);
    const inOne = await fake.slash({ user: member, guild: onOne, command: 'which' });
    await inOne.waitForResponse();
    expect(inOne.original?.content).toBe('shards 1');
    const inZero = await fake.slash({ user: member, guild: onZero, command: 'which' });
    await inZero.waitForResponse();
    expect(inZero.original?.content).toBe('shards 0');
    // A DM goes to shard 0, as on Discord.
    const inDm = await fake.slash({ user: member, command: 'which' });
    await inDm.waitForResponse();
    expect(inDm.original?.content).toBe('shards 0');
    // Delivered on the other shard on purpose: that shard's client gets it.
    const replayed = await fake.slash({ user: member, guild: onOne, command: 'which', shard: 0 });
    await replayed.waitForResponse();
    expect(replayed.original?.content).toBe('shards 0');

    // A guild created later reaches only the client of its shard.
    const later = fake.createGuild({ name: 'Later', owner: member, shard: { id: 1, count: 2 } });
    await fake.waitFor(() => one.client.guilds.cache.has(later.id), { what: 'GUILD_CREATE on shard 1' });
    expect(zero.client.guilds.cache.has(later.id)).toBe(false);
  });

  it('closes with 4010 an IDENTIFY whose shard id is not below its count', async () => {
    const { WebSocket } = await import('ws');
    const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('message', (data) => {
      if ((JSON.parse(String(data)) as { op: number }).op === 10)
        socket.send(JSON.stringify({ op: 2, d: { token: fake.botToken, shard: [2, 2], intents: 1 } }));
    });
    expect(await closed).toBe(4010);
  });
});
