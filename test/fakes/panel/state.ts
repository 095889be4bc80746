import type { PanelConfig } from './config.js';
import { PanelTimers } from './timers.js';
import type { PanelBackup, PanelSchedule, PanelServer, PanelUser, RecordedRequest } from './types.js';

export interface KeyRecord {
  user: PanelUser;
  kind: 'client' | 'application';
}

/** What the panel holds: its rows, as its database would, and the bookkeeping of its throttles and timers. */
export class PanelState {
  /** The panel's own address; set once the server listens, before any request can arrive. */
  url = '';
  readonly users: PanelUser[] = [];
  readonly keys = new Map<string, KeyRecord>();
  readonly servers: PanelServer[] = [];
  /** server uuid -> user id -> permissions */
  readonly subusers = new Map<string, Map<number, string[]>>();
  /** Insertion order; Pterodactyl soft-deletes (deletedAt), Pelican removes the row. */
  backups: PanelBackup[] = [];
  /** backup uuid -> the tar.gz served on download, built on first need. */
  readonly archives = new Map<string, Buffer>();
  /** `unique_id`s of download tokens already used: a link works once. */
  readonly usedDownloadIds = new Set<string>();
  /** user uuid -> the current minute of `throttle:api.client`. */
  readonly rateBuckets = new Map<string, { windowStart: number; count: number }>();
  /** Creation order; deleting a schedule removes its row and its tasks with it. */
  schedules: PanelSchedule[] = [];
  /** Pelican only: server uuid -> the current minute of the schedule-create limiter (§4.3). */
  readonly scheduleCreateBuckets = new Map<string, { windowStart: number; count: number }>();
  /** Pelican only: server uuid -> times of restore attempts. */
  readonly restoreAttempts = new Map<string, number[]>();
  readonly resourcesCache = new Map<string, { at: number; body: unknown }>();
  readonly powerTimers = new Map<string, NodeJS.Timeout>();
  readonly restoreTimers = new Map<string, NodeJS.Timeout>();
  readonly timers = new PanelTimers();
  readonly requests: RecordedRequest[] = [];
  nextUserId = 1;
  nextServerId = 1;
  nextScheduleId = 1;
  /** Task ids are one sequence across all schedules, as the table's auto-increment is. */
  nextTaskId = 1;

  constructor(readonly config: PanelConfig) {}

  get flavor(): PanelConfig['flavor'] {
    return this.config.flavor;
  }

  permissionsOf(server: PanelServer, user: PanelUser): string[] | undefined {
    return this.subusers.get(server.uuid)?.get(user.id);
  }

  schedulesOf(server: PanelServer): PanelSchedule[] {
    return this.schedules.filter((s) => s.serverUuid === server.uuid);
  }

  liveBackupsOf(server: PanelServer): PanelBackup[] {
    return this.backups.filter((b) => b.serverUuid === server.uuid && b.deletedAt === null);
  }
}
