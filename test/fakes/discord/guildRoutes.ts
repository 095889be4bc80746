/** A guild as REST serves it: the guild itself, a member, its roles and its channels. */
import { unknownGuild, unknownMember } from './apiErrors.js';
import { ok, type RestReply, type RestRequest, type Route, route } from './http.js';
import { guildChannelObject, guildCreatePayload, memberObject, roleObject } from './objects.js';
import type { FakeDiscordServer } from './server.js';
import type { GuildState } from './world.js';

/** The guild the bot is in, or Discord's 10004 for one it is not (or never was) in. */
export function guildStateOf(fake: FakeDiscordServer, guildId: string): GuildState {
  const state = fake.guildStates.get(guildId);
  if (state === undefined) throw unknownGuild();
  return state;
}

export function guildRoutes(fake: FakeDiscordServer): Route[] {
  const guildMember = (request: RestRequest): RestReply => {
    const state = guildStateOf(fake, request.params.guild ?? '');
    const userId = request.params.user ?? '';
    if (userId === fake.botUser.id) return ok(memberObject(state.botMember, state.joinedAt, true));
    const member = state.guild.members.get(userId);
    if (member === undefined) throw unknownMember();
    return ok(memberObject(member, state.joinedAt));
  };

  return [
    route('GET', '/guilds/:guild', true, (request) => {
      const state = guildStateOf(fake, request.params.guild ?? '');
      const {
        members: _m,
        channels: _c,
        voice_states: _v,
        presences: _p,
        threads: _t,
        ...guild
      } = guildCreatePayload(state.guild, state);
      return ok(guild);
    }),
    route('GET', '/guilds/:guild/members/:user', true, guildMember),
    route('GET', '/guilds/:guild/roles', true, (request) => {
      const state = guildStateOf(fake, request.params.guild ?? '');
      return ok([
        ...state.guild.roles.map((role, index) => roleObject(role, index)),
        roleObject(state.botRole, state.guild.roles.length, true),
      ]);
    }),
    route('GET', '/guilds/:guild/channels', true, (request) => {
      const state = guildStateOf(fake, request.params.guild ?? '');
      return ok(state.guild.channels.map((channel, index) => guildChannelObject(channel, index, true)));
    }),
  ];
}
