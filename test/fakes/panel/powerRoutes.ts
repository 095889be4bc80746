/** `GET /resources` and `POST /power` (§8 of the API doc), and the power steps wings walks a server through. */
import { requirePermission } from './access.js';
import { item, validationEntry } from './envelopes.js';
import { normalizeInput, validate } from './input.js';
import { daemonDown } from './responses.js';
import type { Reply, RouteContext } from './routeTable.js';
import type { PanelState } from './state.js';
import type { PanelPowerState, PanelServer } from './types.js';

/** Moves the server to `steps[0]` now and through the rest one `stopDurationMs` apart, replacing any walk under way. */
export function setPower(
  state: PanelState,
  server: PanelServer,
  steps: ReadonlyArray<PanelPowerState>,
): void {
  state.timers.cancel(state.powerTimers.get(server.uuid));
  state.powerTimers.delete(server.uuid);
  const [first, ...rest] = steps;
  if (first === undefined) return;
  server.powerState = first;
  if (rest.length > 0) {
    state.powerTimers.set(
      server.uuid,
      state.timers.schedule(state.config.stopDurationMs, () => setPower(state, server, rest)),
    );
  }
}

export function resources(state: PanelState, server: PanelServer): Reply {
  const cacheMs = state.config.resourcesCacheMs;
  const cached = state.resourcesCache.get(server.uuid);
  if (cacheMs > 0 && cached !== undefined && Date.now() - cached.at < cacheMs) {
    return { status: 200, body: cached.body };
  }
  if (server.wingsDown) throw daemonDown();
  const up = server.powerState !== 'offline';
  const body = item('stats', {
    current_state: server.powerState,
    is_suspended: server.status === 'suspended',
    resources: {
      memory_bytes: up ? 536_870_912 : 0,
      cpu_absolute: up ? 12.5 : 0,
      disk_bytes: 104_857_600,
      network_rx_bytes: up ? 2048 : 0,
      network_tx_bytes: up ? 1024 : 0,
      uptime: up ? 60_000 : 0,
    },
  });
  state.resourcesCache.set(server.uuid, { at: Date.now(), body });
  return { status: 200, body };
}

export function power(state: PanelState, ctx: RouteContext, server: PanelServer): Reply {
  const signal = normalizeInput(ctx.body.signal);
  const permission =
    signal === 'start'
      ? 'control.start'
      : signal === 'stop' || signal === 'kill'
        ? 'control.stop'
        : signal === 'restart'
          ? 'control.restart'
          : '__invalid';
  // SendPowerRequest authorizes before it validates: an invalid signal is a 403 for a subuser.
  requirePermission(state, ctx.user, server, permission);
  if (signal === null || signal === undefined) {
    validate([validationEntry('signal', 'required', 'The signal field is required.')]);
  }
  if (permission === '__invalid') {
    validate([validationEntry('signal', 'in', 'The selected signal is invalid.')]);
  }
  if (server.wingsDown) throw daemonDown();
  const current = server.powerState;
  if (signal === 'start') {
    if (current === 'offline' || current === 'stopping') setPower(state, server, ['starting', 'running']);
  } else if (signal === 'stop') {
    if (current === 'running' || current === 'starting') setPower(state, server, ['stopping', 'offline']);
  } else if (signal === 'restart') {
    setPower(
      state,
      server,
      current === 'offline' ? ['starting', 'running'] : ['stopping', 'starting', 'running'],
    );
  } else {
    setPower(state, server, ['offline']);
  }
  // The panel does not drop its /resources cache on a power action: a poller sees the old state until it expires.
  return { status: 204 };
}
