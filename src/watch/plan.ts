import type { Logger } from '#src/log.js';
import type { BotStore, KeyState, MemberLink } from '#store/index.js';

/**
 * Who watches what: for every guild with a panel and a notifications channel, each server some
 * linked member's key reaches is watched once, with one member's key (the same one as before while
 * it still works). A key the panel refused, or that lost a server, is not used for it.
 */

export interface WatchedMember {
  guildId: string;
  userId: string;
  panelUrl: string;
  link: MemberLink;
  /** What the watch knows of the key (fresh for a link it has not seen yet). */
  keyState: KeyState;
  /** The panel user's bucket: all keys of one panel account share one rate limit. */
  bucket: string;
}

export interface Assignment {
  guildId: string;
  channelId: string;
  server: string;
  member: WatchedMember;
}

export interface Plan {
  members: WatchedMember[];
  assignments: Assignment[];
}

export function freshKeyState(link: MemberLink): KeyState {
  return { linkedAt: link.linkedAt, problem: null, lost: [], reach: null, reachAt: null };
}

/** The servers a member's key reaches as far as the watch knows, minus those it lost. */
export function reachOf(member: Pick<WatchedMember, 'link' | 'keyState'>): string[] {
  const { keyState, link } = member;
  if (keyState.problem !== null) return [];
  const reach = keyState.reach ?? link.servers.map((s) => s.identifier);
  const lost = new Set(keyState.lost.map((l) => l.server));
  return reach.filter((server) => !lost.has(server));
}

export function bucketOf(panelUrl: string, link: MemberLink): string {
  const origin = URL.canParse(panelUrl) ? new URL(panelUrl).origin : panelUrl;
  return `${origin} ${link.accountName}`;
}

/** The key state of a link: the stored one while it is about the same link, else a fresh one. */
export async function keyStateOf(
  store: BotStore,
  guildId: string,
  userId: string,
  link: MemberLink,
): Promise<KeyState> {
  const stored = await store.watch.keyState(guildId, userId);
  return stored?.linkedAt === link.linkedAt ? stored : freshKeyState(link);
}

/**
 * Reads the store and plans; `previous` (guild:server → user) keeps a working assignment stable.
 * Only guilds `holds` says are this process's (those on its shards) are planned, so each guild is
 * watched by one process however many share the store.
 */
export async function makePlan(
  store: BotStore,
  previous: ReadonlyMap<string, string>,
  logger: Logger,
  holds: (guildId: string) => boolean = () => true,
): Promise<Plan> {
  const members: WatchedMember[] = [];
  const assignments: Assignment[] = [];
  for (const guildId of await store.guildIds()) {
    if (!holds(guildId)) continue;
    try {
      const settings = await store.getGuildSettings(guildId);
      const channelId = settings?.notificationsChannelId;
      if (!settings?.panelUrl || !channelId) continue;
      const panelUrl = settings.panelUrl;
      const inGuild: WatchedMember[] = [];
      for (const userId of [...(await store.memberIds(guildId))].sort()) {
        const link = await store.getMemberLink(guildId, userId, panelUrl).catch((error: unknown) => {
          logger.warn('watch: could not read a member link', { guildId, userId, error });
          return undefined;
        });
        if (!link) continue;
        const keyState = await keyStateOf(store, guildId, userId, link);
        inGuild.push({ guildId, userId, panelUrl, link, keyState, bucket: bucketOf(panelUrl, link) });
      }
      members.push(...inGuild.filter((m) => m.keyState.problem === null));
      const candidates = new Map<string, WatchedMember[]>();
      for (const member of inGuild) {
        for (const server of reachOf(member)) {
          candidates.set(server, [...(candidates.get(server) ?? []), member]);
        }
      }
      for (const [server, options] of [...candidates].sort(([a], [b]) => a.localeCompare(b))) {
        const before = previous.get(`${guildId}:${server}`);
        const member = options.find((m) => m.userId === before) ?? (options[0] as WatchedMember);
        assignments.push({ guildId, channelId, server, member });
      }
    } catch (error) {
      logger.warn('watch: could not plan a guild', { guildId, error });
    }
  }
  return { members, assignments };
}
