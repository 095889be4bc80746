import { startLoopbackPanel } from '#fakes/loopbackPanel.js';
import { PanelClient } from '#panel/client.js';
import { PanelConnections } from '#panel/connections.js';
import { Secret } from '#src/secret.js';
import { fmt, latencies, opsPerSecond, row } from './measure.js';

/** Panel client throughput against the loopback panel: pooled keep-alive versus a new connection per call. */
export async function benchPanel(): Promise<void> {
  process.stdout.write('\npanel client (loopback panel, GET one page of 20 backups)\n');
  const panel = await startLoopbackPanel({ rateLimitPerMinute: 1_000_000_000 });
  const user = panel.addUser();
  const server = panel.addServer({ owner: user, backupLimit: 100 });
  for (let i = 0; i < 20; i += 1)
    panel.addBackup(server, { name: `backup ${i}`, state: 'completed', bytes: 1_000_000 * i });
  const key = new Secret(user.key);

  const shared = new PanelConnections({ allowPrivateAddresses: true });
  const pooled = new PanelClient({ panelUrl: panel.url, apiKey: key, connections: shared });
  const keepAlive = await opsPerSecond(() => pooled.listBackupsPage(server.identifier));

  const fresh = await opsPerSecond(async () => {
    const connections = new PanelConnections({ allowPrivateAddresses: true });
    await new PanelClient({ panelUrl: panel.url, apiKey: key, connections }).listBackupsPage(
      server.identifier,
    );
    await connections.close();
  });
  row('sequential, shared keep-alive pool', `${fmt(keepAlive)} req/s`);
  row('sequential, new connection per request', `${fmt(fresh)} req/s`);
  row('keep-alive speed-up (ratio)', `${fmt(keepAlive / fresh, 2)}x`);

  const concurrent = await latencies(() => pooled.listBackupsPage(server.identifier), 2_000, 16);
  row('16 in flight: throughput', `${fmt(concurrent.perSecond)} req/s`);
  row('16 in flight: latency p50 / p95', `${fmt(concurrent.p50, 2)} / ${fmt(concurrent.p95, 2)} ms`);

  await shared.close();
  await panel.close();
}
