import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionHandle } from '#fakes/fakeDiscord.js';
import { itEndsClean, useE2E } from './fixtures.js';
import { confirmButton, type SoloMember, soloMember } from './memberFlows.js';

/**
 * A seeded soak: 5,000 interactions across commands, members and guilds while the panel misbehaves
 * at random (latency, 5xx, 429, an HTML page, a reset connection, a hang, JSON of another shape).
 * The bot must acknowledge every one, never leave a rejection unhandled, never crash, and keep its
 * heap bounded. The same seed plays the same run.
 */

const INTERACTIONS = 5_000;
const IN_FLIGHT = 50;
const MEMBERS = 30;
const SEED = 0x5eed;

/** mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('soak: 5,000 interactions with panel faults drawn at random', () => {
  const e2e = useE2E({
    panel: {
      backupDurationMs: 30,
      rateLimitPerMinute: 1_000_000,
      backupThrottle: { limit: 2, periodSeconds: 0 },
    },
    timings: { panelTimeoutMs: 400, autocompletePanelBudgetMs: 500 },
    logLevel: 'info',
  });
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => {
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  it('acknowledges every interaction, with no unhandled rejection and a bounded heap', async () => {
    const next = random(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const members: SoloMember[] = [];
    for (let i = 0; i < MEMBERS; i += 1) {
      const member = await soloMember(e2e, {
        username: `soak${i}`,
        account: `soak${i}`,
        servers: ['Alpha', 'Beta'],
        backupLimit: 6,
      });
      for (const server of member.servers) {
        e2e.panel.addBackup(server, { name: 'kept', state: 'completed', locked: true });
        e2e.panel.addBackup(server, { name: 'spare', state: 'completed' });
      }
      members.push(member);
    }

    const faults = e2e.panel.faults;
    const injectFault = () => {
      if (next() > 0.3) return;
      const fault = pick(['5xx', '429', 'html', 'reset', 'hang', 'json', 'latency'] as const);
      if (fault === '5xx') faults.failNext(pick([500, 502, 503, 504] as const));
      else if (fault === '429') faults.rateLimitNext(1, 1);
      else if (fault === 'html') faults.htmlNext();
      else if (fault === 'reset') faults.resetNext();
      else if (fault === 'hang') faults.hangNext();
      else if (fault === 'json') faults.wrongJsonNext();
      else faults.latencyMs = next() < 0.5 ? 0 : Math.floor(next() * 40);
    };

    let acknowledged = 0;
    let sent = 0;
    let slashes = 0;
    const acknowledgedIn = async (handle: InteractionHandle) => {
      await handle.waitForResponse((r) => r.kind === 'callback', 3_000);
      acknowledged += 1;
    };

    const one = async (): Promise<void> => {
      injectFault();
      const member = pick(members);
      const server = pick(member.servers);
      const backups = e2e.panel.backupsOf(server).filter((b) => !b.deletedAt);
      const backup = backups.length > 0 ? pick(backups) : undefined;
      const who = { user: member.user, guild: member.guild };
      const kind = pick([
        'list',
        'info',
        'create',
        'lock',
        'delete',
        'download',
        'schedules',
        'complete',
      ] as const);
      if (kind === 'complete') {
        sent += 1;
        await e2e.discord.autocomplete({
          ...who,
          command: 'backup',
          subcommand: 'info',
          focused: pick(['server', 'backup'] as const),
          options: { server: server.identifier, backup: '' },
        });
        acknowledged += 1;
        return;
      }
      const options: Record<string, string> = { server: server.identifier };
      if (kind !== 'list' && kind !== 'create' && kind !== 'schedules') {
        if (!backup) return;
        options.backup = backup.uuid;
      }
      if (kind === 'create') options.name = `soak ${Math.floor(next() * 1e6)}`;
      slashes += 1;
      sent += 1;
      const handle = await e2e.discord.slash({
        ...who,
        command: 'backup',
        subcommand: kind === 'schedules' ? 'schedule list' : kind,
        options,
      });
      await acknowledgedIn(handle);
      await handle.waitFor((h) => h.responses.some((r) => r.kind === 'edit'), 5_000);
      if (kind === 'delete' && (handle.original?.components?.length ?? 0) > 0) {
        const press = await e2e.discord.clickButton({
          ...who,
          message: handle.original as NonNullable<InteractionHandle['original']>,
          customId: confirmButton(handle.original).custom_id as string,
        });
        sent += 1;
        await acknowledgedIn(press);
      }
    };

    const heapAt = () => process.memoryUsage().heapUsed;
    let started = 0;
    let warmHeap = 0;
    const worker = async () => {
      while (started < INTERACTIONS) {
        started += 1;
        if (started === 500) warmHeap = heapAt();
        await one();
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    faults.clear();

    expect(unhandled).toEqual([]);
    // Every slash command and press was acknowledged within 3 s, and every autocomplete answered.
    expect(acknowledged).toBe(sent);
    expect(slashes).toBeGreaterThan(INTERACTIONS * 0.5);
    expect(e2e.bot.client.isReady()).toBe(true);
    // A generous bound: growth past 150 MiB over 4,500 interactions is a leak, not noise.
    expect(heapAt() - warmHeap).toBeLessThan(150 * 1024 * 1024);
  }, 240_000);

  itEndsClean(e2e);
});
