import type { BotContext } from '#discord/context.js';
import { PanelClient } from '#panel/client.js';
import { GuildNotSetUpError, NotLinkedError } from '#src/errors.js';
import type { GuildSettings, MemberLink } from '#store/index.js';

/** A guild's settings once an admin has set its panel URL. */
export type SetUpSettings = GuildSettings & { panelUrl: string };

/** What a member's panel work needs: the guild's settings, the member's link, and a client for their key. */
export interface MemberSession {
  readonly guildId: string;
  readonly userId: string;
  readonly settings: SetUpSettings;
  readonly link: MemberLink;
  readonly panel: PanelClient;
}

export async function setUpSettings(ctx: Pick<BotContext, 'store'>, guildId: string): Promise<SetUpSettings> {
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

/** Reads the guild's settings and the member's link once, and opens a panel client for the member's key. */
export async function memberSession(
  ctx: BotContext,
  guildId: string,
  userId: string,
): Promise<MemberSession> {
  const settings = await setUpSettings(ctx, guildId);
  // A link checked against another panel (the URL changed as it was saved) is no link for this one.
  const link = await ctx.store.getMemberLink(guildId, userId, settings.panelUrl);
  if (!link) throw new NotLinkedError();
  return { guildId, userId, settings, link, panel: panelClientFor(ctx, settings.panelUrl, link.apiKey) };
}
