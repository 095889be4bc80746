import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { configureGuild, type E2E, linkDirectly, startE2E, visibleText, waitUntil } from '#e2e/harness.js';
import { benchAutocomplete } from './autocomplete.js';
import { compare, printCompared, printRatio, type RoundTrip, type Side } from './compare.js';
import { fmt, row } from './measure.js';
import { type MinimalBot, startMinimalBot } from './minimalBot.js';

const MEMBERS_TO_LINK = 1_000;
/** Linking stops here even if fewer members are linked, so the benchmark stays bounded in time. */
const LINK_BUDGET_MS = 15_000;
const BACKUPS = 12;
const MINIMAL_REPLY = 'Here are your backups.';

/**
 * Whole round trips through the real bot: the fake Discord sends `/backup list` over the gateway, the
 * bot defers, asks the loopback panel (server view + one page of backups), and edits its reply over
 * REST; a round trip ends when the fake has the edit. The same for autocomplete (bench/autocomplete.ts).
 * Each is measured beside a minimal discord.js bot (bench/minimalBot.ts) answering the same
 * interactions from the same panel, and the p50s are printed as ratios. Then the process's memory
 * before and after linking 1,000 members through the real (SQLite) store. Everything lives in this
 * one process, the fakes included, so memory figures are upper bounds for the bot alone.
 */
export async function benchInteractions(): Promise<void> {
  process.stdout.write(
    '\ninteractions (real bot, then a minimal discord.js bot; fake Discord, loopback panel; /backup list round trips)\n',
  );
  const e2e = await startE2E({ panel: { rateLimitPerMinute: 1_000_000_000 }, logLevel: 'info' });
  let minimal: MinimalBot | undefined;
  try {
    const { member, account, server } = await linkedMember(e2e);
    minimal = await startMinimalBot({
      panelUrl: e2e.panel.url,
      apiKey: account.key,
      server: server.identifier,
    });
    const bot: Side = { discord: e2e.discord, member };

    // Interaction webhooks (the edit of a deferred reply) skip discord.js's global 50 requests/s in
    // both bots (src/discord/interactionRest.ts; minimalBot.ts), so neither figure is that cap.
    const list = await compare(listTrip(bot, 'Backups of Survival'), listTrip(minimal, MINIMAL_REPLY));
    printCompared(list);
    const completions = await benchAutocomplete(bot, minimal, { backups: BACKUPS, servers: 1 });

    process.stdout.write('\nreal bot / minimal discord.js bot (same fake Discord, panel, counts, warm-up)\n');
    printRatio('autocomplete', completions.backup);
    printRatio('autocomplete (server focused)', completions.server);
    printRatio('/backup list', list);

    await minimal.close();
    minimal = undefined;
    process.stdout.write('\nmemory (real bot, SQLite store)\n');
    await memoryForLinks(e2e);
  } finally {
    await minimal?.close();
    await e2e.close();
  }
}

/** `/backup list`, ended by the edit of the deferred reply, which must show `expected`. */
function listTrip(side: Side, expected: string): RoundTrip {
  return async () => {
    const handle = await side.discord.slash({ ...side.member, command: 'backup', subcommand: 'list' });
    await handle.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 10_000);
    const shown = visibleText(handle.original);
    if (!shown.includes(expected))
      throw new Error(`/backup list showed ${JSON.stringify(shown.slice(0, 200))}`);
  };
}

async function linkedMember(e2e: E2E) {
  const user = e2e.discord.createUser({ username: 'member' });
  const guild = e2e.discord.createGuild({ owner: user });
  const account = e2e.panel.addUser({ username: 'steve' });
  const server = e2e.panel.addServer({ owner: account, name: 'Survival', backupLimit: 20 });
  for (let i = 0; i < BACKUPS; i += 1)
    e2e.panel.addBackup(server, { name: `nightly ${i}`, state: 'completed', bytes: 50_000_000 + i });
  await waitUntil(() => e2e.bot.client.guilds.cache.has(guild.id), 'the bot to receive GUILD_CREATE');
  await configureGuild(e2e, guild);
  await linkDirectly(e2e, guild, user, account, [server]);
  return { member: { user, guild }, account, server };
}

async function memoryForLinks(e2e: E2E): Promise<void> {
  const collect = garbageCollector();
  const snapshot = () => {
    collect?.();
    return process.memoryUsage();
  };
  const user = e2e.discord.createUser({ username: 'owner' });
  const guild = e2e.discord.createGuild({ owner: user });
  const account = e2e.panel.addUser({ username: 'crowd' });
  const server = e2e.panel.addServer({ owner: account, name: 'Crowded' });
  const before = snapshot();
  const started = performance.now();
  let linked = 0;
  while (linked < MEMBERS_TO_LINK && performance.now() - started < LINK_BUDGET_MS) {
    const member = e2e.discord.createUser({ username: `member${linked}` });
    await linkDirectly(e2e, guild, member, account, [server]);
    linked += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const after = snapshot();
  const mib = (bytes: number) => `${fmt(bytes / 1024 / 1024, 1)} MiB`;
  row(
    `linking ${fmt(linked)} members in one guild (SQLite store)`,
    `${fmt(linked / seconds)} links/s, ${fmt((seconds * 1000) / linked, 1)} ms each`,
  );
  row('process RSS before / after', `${mib(before.rss)} / ${mib(after.rss)}`);
  row(
    `heap used before / after${collect ? ' (after a full GC)' : ''}`,
    `${mib(before.heapUsed)} / ${mib(after.heapUsed)}`,
  );
}

/** A full collection before each reading makes heap figures comparable; null where V8 refuses it. */
function garbageCollector(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => (gc as () => void)() : null;
  } catch {
    return null;
  }
}
