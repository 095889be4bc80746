import { PanelClient } from '#panel/client.js';
import { GuildNotSetUpError, InvalidInputError, NotLinkedError } from '#src/errors.js';
import type { GuildSettings, LinkedServer, MemberLink } from '#store/index.js';
import type { BotContext } from './context.js';

/** What a backup command needs: the guild's settings, the member's link, and a client for their key. */
export interface MemberSession {
  readonly guildId: string;
  readonly userId: string;
  readonly settings: GuildSettings & { panelUrl: string };
  readonly link: MemberLink;
  readonly panel: PanelClient;
}

export async function guildSettingsOrThrow(
  ctx: BotContext,
  guildId: string,
): Promise<GuildSettings & { panelUrl: string }> {
  const settings = await ctx.store.getGuildSettings(guildId);
  if (!settings?.panelUrl) throw new GuildNotSetUpError();
  return { ...settings, panelUrl: settings.panelUrl };
}

export function panelClientFor(ctx: BotContext, panelUrl: string, apiKey: MemberLink['apiKey']): PanelClient {
  return new PanelClient({
    panelUrl,
    apiKey,
    connections: ctx.connections,
    timeoutMs: ctx.timings.panelTimeoutMs,
    logger: ctx.logger,
  });
}

export async function memberSession(
  ctx: BotContext,
  guildId: string,
  userId: string,
): Promise<MemberSession> {
  const settings = await guildSettingsOrThrow(ctx, guildId);
  const link = await ctx.store.getMemberLink(guildId, userId);
  if (!link) throw new NotLinkedError();
  return { guildId, userId, settings, link, panel: panelClientFor(ctx, settings.panelUrl, link.apiKey) };
}

/**
 * The server a command acts on: the `server` option, else the member's default, else their only
 * server. A value the member typed that is not in their list still goes to the panel, which decides.
 */
/** A server of the member's list by its 8-character identifier or its full UUID (which starts with it). */
export function findLinkedServer(servers: readonly LinkedServer[], value: string): LinkedServer | undefined {
  return servers.find((s) => s.identifier === value || value.startsWith(s.identifier));
}

export function resolveServer(link: MemberLink, option: string | null): LinkedServer {
  const wanted = option?.trim();
  if (wanted) {
    if (!/^[A-Za-z0-9-]{8,36}$/.test(wanted)) {
      throw new InvalidInputError(
        `\`${wanted.slice(0, 40).replace(/`/g, "'")}\` is not a server identifier. Pick a server from the list the \`server\` option suggests.`,
      );
    }
    return findLinkedServer(link.servers, wanted) ?? { identifier: wanted, name: wanted };
  }
  if (link.defaultServer) {
    return (
      link.servers.find((s) => s.identifier === link.defaultServer) ?? {
        identifier: link.defaultServer,
        name: link.defaultServer,
      }
    );
  }
  const [only, ...others] = link.servers;
  if (only && others.length === 0) return only;
  if (!only)
    throw new InvalidInputError(
      'Your panel key reaches no server. Ask the server owner to add you as a subuser, then run `/link` again.',
    );
  throw new InvalidInputError(
    `Your key reaches ${link.servers.length} servers: choose one with the \`server\` option, or set a default server with \`/link\`.`,
  );
}
