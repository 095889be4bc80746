import type { BotContext } from '#discord/context.js';
import { withLocale } from '#i18n/i18n.js';
import { type Locale, resolveLocale } from '#i18n/locales.js';
import { PanelError, type PanelErrorKind } from '#panel/errors.js';
import type { Logger } from '#src/log.js';
import type { KeyState } from '#store/index.js';
import { KeyedMutex } from '#store/keyedMutex.js';
import type { RequestBudget } from './budget.js';
import { directMessage } from './deliver.js';
import { keyStateOf, type WatchedMember } from './plan.js';
import { keyProblemWords, lostPermissionWords, unknownGuildName } from './words.js';

/** A member's refusals are handled one at a time in this process (each guild is watched by one shard). */
const perMember = new KeyedMutex();

/** Refusals of the key as a whole: said once to its member, and the key is not used again until re-linked. */
const KEY_PROBLEMS: ReadonlySet<PanelErrorKind> = new Set([
  'unauthenticated',
  'application_key',
  'ip_restricted',
  'two_factor_required',
]);

/** What a refusal means for the key: told once and set aside, or a slower pace for a fault. */
export async function handleRefusal(
  ctx: BotContext,
  log: Logger,
  error: unknown,
  member: WatchedMember,
  budget: RequestBudget,
  server: string | null,
): Promise<'set aside' | 'slowed down'> {
  if (!(error instanceof PanelError)) {
    log.error('watch: a look failed unexpectedly', { error, guildId: member.guildId });
    budget.slowDown(null);
    return 'slowed down';
  }
  const guildName = () => ctx.client.guilds.cache.get(member.guildId)?.name ?? unknownGuildName();
  const refusal = error;
  if (KEY_PROBLEMS.has(refusal.kind)) {
    // One member's refusals one at a time: two looks (or a look and the reach refresh) refused at
    // once tell the member once, the second finding the first's note.
    await perMember.run(`${member.guildId}:${member.userId}`, async () => {
      const known = await keyStateOf(ctx.store, member.guildId, member.userId, member.link);
      if (known.problem !== null) {
        member.keyState = known;
        return;
      }
      const locale = await memberLocale(ctx, member);
      const words = withLocale(locale, () => keyProblemWords(guildName(), refusal.userMessage));
      const told = await directMessage(ctx.client, member.userId, [words], log);
      log.info('watch: a key was refused; it is no longer used', {
        guildId: member.guildId,
        userId: member.userId,
        kind: refusal.kind,
      });
      await updateKeyState(ctx, member, (state) => ({ ...state, problem: { kind: refusal.kind, told } }));
    });
    return 'set aside';
  }
  if (server !== null && (refusal.kind === 'forbidden' || refusal.kind === 'not_found')) {
    const forbidden = refusal.kind === 'forbidden';
    await perMember.run(`${member.guildId}:${member.userId}`, async () => {
      const known = await keyStateOf(ctx.store, member.guildId, member.userId, member.link);
      if (known.lost.some((l) => l.server === server)) {
        member.keyState = known;
        return;
      }
      const locale = forbidden ? await memberLocale(ctx, member) : null;
      const told =
        locale !== null
          ? await directMessage(
              ctx.client,
              member.userId,
              [
                withLocale(locale, () =>
                  lostPermissionWords(guildName(), { identifier: server, name: serverName(member, server) }),
                ),
              ],
              log,
            )
          : false;
      await updateKeyState(ctx, member, (state) => ({
        ...state,
        lost: [
          ...state.lost.filter((l) => l.server !== server),
          { server, why: forbidden ? 'forbidden' : 'gone', told },
        ],
      }));
    });
    return 'set aside';
  }
  budget.slowDown(error.kind === 'rate_limited' ? error.retryAfterSeconds : null);
  log.info('watch: the panel did not answer well; slowing down', {
    guildId: member.guildId,
    kind: error.kind,
    status: error.status,
    backoff: budget.backoff,
  });
  return 'slowed down';
}

/**
 * The language of a DM about the member's key: theirs as kept when they last ran `/backup notify`,
 * else the guild's (the watch runs outside any interaction, so their client's is not known).
 */
async function memberLocale(ctx: BotContext, member: WatchedMember): Promise<Locale> {
  const kept = await ctx.store.watch
    .subscriber(member.guildId, member.userId)
    .then((s) => s.locale)
    .catch(() => null);
  return kept ?? resolveLocale(ctx.client.guilds.cache.get(member.guildId)?.preferredLocale);
}

function serverName(member: WatchedMember, server: string): string {
  return member.link.servers.find((s) => s.identifier === server)?.name ?? server;
}

export async function updateKeyState(
  ctx: BotContext,
  member: WatchedMember,
  change: (state: KeyState) => KeyState,
): Promise<void> {
  const current = await keyStateOf(ctx.store, member.guildId, member.userId, member.link);
  const next = change(current);
  member.keyState = next;
  await ctx.store.watch.setKeyState(member.guildId, member.userId, next);
}
