import { randomBytes } from 'node:crypto';
import type { Flavor } from './transformers.js';
import type { LoopbackPanelOptions } from './types.js';

/** The options with their defaults filled in, plus what follows from the flavor. */
export interface PanelConfig {
  flavor: Flavor;
  /** Backups a server may create within `periodSeconds`; a period of 0 turns the throttle off. */
  backupThrottle: { limit: number; periodSeconds: number };
  rateLimitPerMinute: number;
  backupDurationMs: number;
  restoreDurationMs: number;
  stopDurationMs: number;
  resourcesCacheMs: number;
  downloadTtlSeconds: number;
  taskLimit: number;
  taskOffsetMs: number;
  clientKeyPrefix: string;
  applicationKeyPrefix: string;
  /** The create route's `max:` rule for a backup name: 191 on Pterodactyl, 255 on Pelican. */
  backupNameMax: number;
  /** A schedule name's `max:` rule: 191 on Pterodactyl, 255 on Pelican (§2.1). */
  scheduleNameMax: number;
  /** The secret the panel shares with its node: it signs the download links the node checks. */
  daemonSecret: Buffer;
}

export function resolveConfig(options: LoopbackPanelOptions): PanelConfig {
  const flavor: Flavor = options.flavor ?? 'pterodactyl';
  const pelican = flavor === 'pelican';
  return {
    flavor,
    backupThrottle: options.backupThrottle ?? { limit: 2, periodSeconds: 600 },
    rateLimitPerMinute: options.rateLimitPerMinute ?? (pelican ? 256 : 720),
    backupDurationMs: options.backupDurationMs ?? 150,
    restoreDurationMs: options.restoreDurationMs ?? 150,
    stopDurationMs: options.stopDurationMs ?? 150,
    resourcesCacheMs: options.resourcesCacheMs ?? 0,
    downloadTtlSeconds: options.downloadTtlSeconds ?? 900,
    taskLimit: options.taskLimit ?? 10,
    taskOffsetMs: options.taskOffsetMs ?? 10,
    clientKeyPrefix: pelican ? 'pacc_' : 'ptlc_',
    applicationKeyPrefix: pelican ? 'papp_' : 'ptla_',
    backupNameMax: pelican ? 255 : 191,
    scheduleNameMax: pelican ? 255 : 191,
    daemonSecret: randomBytes(32),
  };
}
