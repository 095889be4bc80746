import type { Client } from 'discord.js';
import { postToChannel } from '#discord/audit.js';
import { escapeText } from '#discord/text.js';
import { withLocale } from '#i18n/i18n.js';
import { FALLBACK_LOCALE } from '#i18n/locales.js';
import type { PanelClient } from '#panel/client.js';
import { PanelError } from '#panel/errors.js';
import type { Backup } from '#panel/schemas.js';
import type { Logger } from '#src/log.js';
import type { BotStore, LinkedServer } from '#store/index.js';
import type { RequestBudget } from './budget.js';
import { type CompareOptions, compareLooks } from './compare.js';
import { directMessage } from './deliver.js';
import { type Assignment, keyStateOf, reachOf } from './plan.js';
import { describeEvent, subscriberWords, unknownGuildName } from './words.js';

/** One look at one server: the view, the listing, what changed, the words posted, the state saved. */

export interface LookContext {
  store: BotStore;
  client: Client;
  logger: Logger;
  /** When this process's watch began: a stored look older than it was made before a restart. */
  startedAt: number;
  compare: Omit<CompareOptions, 'late'>;
}

const PER_PAGE = 50;
/** A guard against a listing that never ends (50 pages of 50 is far past any backup limit). */
const MAX_PAGES = 50;

/** Every backup of the server, one budgeted request per page; rows come oldest first. */
async function listBackups(
  panel: PanelClient,
  server: string,
  budget: RequestBudget,
  signal: AbortSignal,
): Promise<Backup[]> {
  const rows = new Map<string, Backup>();
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    if (page > 1) await budget.take(signal);
    const result = await panel.listBackupsPage(server, { page, perPage: PER_PAGE });
    budget.recover();
    for (const backup of result.backups) rows.set(backup.uuid, backup);
    if (result.backups.length === 0 || result.pagination.current_page >= result.pagination.total_pages) break;
  }
  return [...rows.values()];
}

export async function lookAt(
  ctx: LookContext,
  assignment: Assignment,
  panel: PanelClient,
  budget: RequestBudget,
  signal: AbortSignal,
): Promise<void> {
  const { guildId, server } = assignment;
  const at = Date.now();
  await budget.take(signal);
  const view = await panel.server(server);
  budget.recover();
  const restoring = view.server.status === 'restoring_backup';
  let backups: Backup[] | null = null;
  if (!restoring) {
    await budget.take(signal);
    try {
      backups = await listBackups(panel, server, budget, signal);
    } catch (error) {
      // Suspended, installing, transferring, or a restore that began since the view: no listing now.
      if (!(error instanceof PanelError && error.kind === 'server_conflict')) throw error;
    }
  }
  // Stopping: this look is dropped whole (nothing posted, nothing saved), so the next run redoes it.
  if (signal.aborted) return;

  const previous = await ctx.store.watch.server(guildId, server);
  const marks = await ctx.store.watch.marks(guildId, server);
  const late = previous !== undefined && Date.parse(previous.lookedAt) < ctx.startedAt;
  const { next, events, restoreMarkSpent } = compareLooks(
    previous,
    { at, name: view.server.name, restoring, backups },
    marks,
    { ...ctx.compare, late },
  );
  if (events.length > 0) {
    const label: LinkedServer = { identifier: view.server.identifier, name: view.server.name };
    // Worded where they are read: the channel in the guild's language, each DM in its member's.
    const lines = events.map((event) => () => describeEvent(event, label));
    await postToChannel(ctx.client, { id: assignment.channelId, kind: 'notifications' }, lines, ctx.logger);
    await tellSubscribers(ctx, guildId, server, lines);
  }
  await ctx.store.watch.setServer(guildId, server, next);
  if (restoreMarkSpent) {
    await ctx.store.watch.mark(guildId, server, (now) =>
      now.restoreAt === marks.restoreAt ? { ...now, restoreAt: null } : now,
    );
  }
}

/** Members who ran `/backup notify` for this server, still linked, whose key still reaches it. */
async function tellSubscribers(
  ctx: LookContext,
  guildId: string,
  server: string,
  lines: ReadonlyArray<() => string>,
) {
  const guildName = ctx.client.guilds.cache.get(guildId)?.name;
  for (const userId of await ctx.store.memberIds(guildId)) {
    const subscriber = await ctx.store.watch.subscriber(guildId, userId);
    if (!subscriber.servers.includes(server)) continue;
    const link = await ctx.store.getMemberLink(guildId, userId).catch(() => undefined);
    if (!link) continue;
    const keyState = await keyStateOf(ctx.store, guildId, userId, link);
    if (!reachOf({ link, keyState }).includes(server)) continue;
    // In the language the member's client had when they ran `/backup notify` (English if none is kept).
    const dm = withLocale(subscriber.locale ?? FALLBACK_LOCALE, () => {
      const guild = escapeText(guildName ?? unknownGuildName());
      return lines.map((line) => subscriberWords(guild, line()));
    });
    await directMessage(ctx.client, userId, dm, ctx.logger);
  }
}
