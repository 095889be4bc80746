import { type Logger, silentLogger } from '#src/log.js';
import type { Secret } from '#src/secret.js';
import type { PanelConnections } from './connections.js';
import { PanelError } from './errors.js';
import { type PanelCall, PanelHttp } from './http.js';
import { messages } from './messages.js';
import { PanelRequests } from './requests.js';
import {
  type Account,
  accountItem,
  type Backup,
  backupItem,
  backupList,
  type CronFields,
  type Pagination,
  type PanelPermission,
  type PowerSignal,
  type Resources,
  type Schedule,
  type ScheduleTask,
  type Server,
  scheduleItem,
  scheduleList,
  scheduleTaskResponse,
  serverList,
  serverView,
  signedUrl,
  statsItem,
} from './schemas.js';

/** A schedule as create and update send it: every field, since an update replaces them all. */
export interface ScheduleInput {
  name: string;
  cron: CronFields;
  isActive: boolean;
  onlyWhenOnline: boolean;
}

export interface PanelClientOptions {
  /** e.g. https://panel.example.com; only the origin is used, so a trailing slash or a pasted page path is harmless. */
  panelUrl: string;
  apiKey: Secret;
  connections: PanelConnections;
  /** Whole request budget per attempt; product.md gives a panel 15 s to answer. */
  timeoutMs?: number;
  retry?: { maxRetries?: number; maxDelayMs?: number };
  logger?: Logger;
  /** Told the panel's `X-RateLimit-Limit` whenever an answer carries it (the watch sizes its budget with it). */
  onRateLimit?: (limit: number) => void;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRY = { maxRetries: 2, maxDelayMs: 4_000 };
const SERVERS_PER_PAGE = 100;
const BACKUPS_PER_PAGE = 50;
/** A guard against a panel whose pagination never ends: 100 pages of 100 is far past any account. */
const MAX_PAGES = 100;
/** A listing as a whole holds at most this many rows (each bounded by the schemas): memory stays bounded. */
const MAX_LISTED_ROWS = 2_000;

const POWER_PERMISSION: Record<PowerSignal, PanelPermission> = {
  start: 'control.start',
  stop: 'control.stop',
  kill: 'control.stop',
  restart: 'control.restart',
};

/**
 * The panel's client API for one API key on one panel. Holds no state beyond its options; the
 * sockets come from the shared PanelConnections. Every answer is checked against the schemas in
 * schemas.ts; every failure is a PanelError with a message for the member.
 */
export class PanelClient {
  readonly #requests: PanelRequests;

  constructor(options: PanelClientOptions) {
    const url = URL.canParse(options.panelUrl) ? new URL(options.panelUrl) : null;
    if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      // Stored URLs were checked at /setup; this only guards against a corrupted record.
      throw new PanelError({
        kind: 'not_a_panel',
        userMessage: () => messages.notAPanel(),
        logMessage: 'the stored panel URL is not an http(s) URL',
      });
    }
    let pool: ReturnType<PanelConnections['poolFor']>;
    try {
      pool = options.connections.poolFor(url.origin);
    } catch (error) {
      throw new PanelError({
        kind: 'unreachable',
        userMessage: () => messages.addressRefused(url.host),
        logMessage: `no connection to ${url.host}: ${error instanceof Error ? error.message : String(error)}`,
        retryable: false,
      });
    }
    this.#requests = new PanelRequests(
      new PanelHttp({
        pool,
        host: url.host,
        apiKey: options.apiKey,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        retry: { ...DEFAULT_RETRY, ...options.retry },
        logger: options.logger ?? silentLogger,
        onRateLimit: options.onRateLimit,
        onAttempt: options.connections.onAttempt,
      }),
    );
  }

  /** GET /api/client/account: the cheapest proof that a key works. */
  async account(options: { signal?: AbortSignal } = {}): Promise<Account> {
    const call: PanelCall = { method: 'GET', path: '/api/client/account', about: 'account', ...options };
    return (await this.#requests.json(call, accountItem)).attributes;
  }

  /** GET /api/client, every page: the servers the key's user owns or is a subuser of. `signal` stops it between or within pages. */
  async listServers(options: { signal?: AbortSignal } = {}): Promise<Server[]> {
    const servers: Server[] = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const call: PanelCall = {
        method: 'GET',
        path: '/api/client',
        query: { page, per_page: SERVERS_PER_PAGE },
        about: 'servers',
        ...options,
      };
      const list = await this.#requests.json(call, serverList);
      this.#requests.checkPage(call, page, SERVERS_PER_PAGE, list.meta.pagination, list.data.length);
      servers.push(...list.data.map((item) => item.attributes));
      if (isLastPage(list.meta.pagination, list.data.length)) break;
      if (servers.length >= MAX_LISTED_ROWS) throw this.#requests.tooLong(call, servers.length);
    }
    return uniqueBy(servers, (server) => server.uuid);
  }

  /** GET /api/client/servers/{server}; reachable even while the server is suspended or restoring. */
  async server(
    server: string,
  ): Promise<{ server: Server; permissions: string[] | null; isOwner: boolean | null }> {
    const call = this.#requests.serverCall('GET', server, '', null);
    const view = await this.#requests.json(call, serverView);
    return {
      server: view.attributes,
      permissions: view.meta?.user_permissions ?? null,
      isOwner: view.meta?.is_server_owner ?? null,
    };
  }

  async resources(server: string): Promise<Resources> {
    const call = this.#requests.serverCall('GET', server, '/resources', null);
    return (await this.#requests.json(call, statsItem)).attributes;
  }

  /** Returns once the node accepted the signal, not when the server reached the new state. */
  async sendPower(server: string, signal: PowerSignal): Promise<void> {
    const call = {
      ...this.#requests.serverCall('POST', server, '/power', POWER_PERMISSION[signal]),
      body: { signal },
    };
    await this.#requests.noContent(call);
  }

  async listBackupsPage(
    server: string,
    options: { page?: number; perPage?: number } = {},
  ): Promise<{ backups: Backup[]; backupCount: number; pagination: Pagination }> {
    const page = options.page ?? 1;
    const perPage = options.perPage ?? BACKUPS_PER_PAGE;
    const call: PanelCall = {
      ...this.#requests.serverCall('GET', server, '/backups', 'backup.read'),
      query: { page, per_page: perPage },
    };
    const list = await this.#requests.json(call, backupList);
    this.#requests.checkPage(call, page, perPage, list.meta.pagination, list.data.length);
    return {
      backups: list.data.map((item) => item.attributes),
      backupCount: list.meta.backup_count,
      pagination: list.meta.pagination,
    };
  }

  /** Every backup of the server, oldest first (the panel's natural order). */
  async listBackups(server: string): Promise<{ backups: Backup[]; backupCount: number }> {
    const backups: Backup[] = [];
    let backupCount = 0;
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const result = await this.listBackupsPage(server, { page, perPage: BACKUPS_PER_PAGE });
      backups.push(...result.backups);
      backupCount = result.backupCount;
      if (isLastPage(result.pagination, result.backups.length)) break;
      if (backups.length >= MAX_LISTED_ROWS) {
        throw this.#requests.tooLong(
          this.#requests.serverCall('GET', server, '/backups', 'backup.read'),
          backups.length,
        );
      }
    }
    // A backup deleted while paging shifts the rows; never list one twice.
    return { backups: uniqueBy(backups, (backup) => backup.uuid), backupCount };
  }

  /** The panel answers 200 with the backup still in progress; completion comes later. */
  async createBackup(
    server: string,
    options: { name?: string | undefined; ignored?: string[] | undefined; locked?: boolean | undefined } = {},
  ): Promise<Backup> {
    const body: Record<string, unknown> = {};
    if (options.name !== undefined) body.name = options.name;
    if (options.ignored !== undefined && options.ignored.length > 0)
      body.ignored = options.ignored.join('\n');
    if (options.locked !== undefined) body.is_locked = options.locked;
    const call = { ...this.#requests.serverCall('POST', server, '/backups', 'backup.create'), body };
    return (await this.#requests.json(call, backupItem)).attributes;
  }

  async backup(server: string, uuid: string): Promise<Backup> {
    const call = this.#requests.backupCall('GET', server, uuid, '', 'backup.read');
    return (await this.#requests.probedJson(call, backupItem)).attributes;
  }

  /** A signed, single-use link (wings: 15 min, S3: 5 min). Never post it publicly. */
  async downloadUrl(server: string, uuid: string): Promise<string> {
    const call = this.#requests.backupCall('GET', server, uuid, '/download', 'backup.download');
    return (await this.#requests.probedJson(call, signedUrl)).attributes.url;
  }

  /** `truncate` is always sent: the panel requires it, and "delete everything first" must be explicit. */
  async restoreBackup(server: string, uuid: string, options: { truncate: boolean }): Promise<void> {
    const call = {
      ...this.#requests.backupCall('POST', server, uuid, '/restore', 'backup.restore'),
      body: { truncate: options.truncate },
    };
    await this.#requests.withNotFoundProbe(call, () => this.#requests.noContent(call));
  }

  /** Lock and unlock share one endpoint and need `backup.delete`. */
  async toggleLock(server: string, uuid: string): Promise<Backup> {
    const call = this.#requests.backupCall('POST', server, uuid, '/lock', 'backup.delete');
    return (await this.#requests.probedJson(call, backupItem)).attributes;
  }

  async deleteBackup(server: string, uuid: string): Promise<void> {
    const call = this.#requests.backupCall('DELETE', server, uuid, '', 'backup.delete');
    await this.#requests.withNotFoundProbe(call, () => this.#requests.noContent(call));
  }

  /** Pelican only (`PUT …/rename`, behind `backup.delete`); Pterodactyl answers 404 "The route …" (kind `unsupported`). */
  async renameBackup(server: string, uuid: string, name: string): Promise<Backup> {
    const call = {
      ...this.#requests.backupCall('PUT', server, uuid, '/rename', 'backup.delete'),
      body: { name },
    };
    return (await this.#requests.probedJson(call, backupItem)).attributes;
  }

  /** Every schedule of the server (the list is not paginated), each with its tasks in running order. */
  async listSchedules(server: string): Promise<Schedule[]> {
    const call = this.#requests.serverCall('GET', server, '/schedules', 'schedule.read');
    return (await this.#requests.json(call, scheduleList)).data.map((item) => item.attributes);
  }

  async schedule(server: string, id: number): Promise<Schedule> {
    const call = this.#requests.scheduleCall('GET', server, id, '', 'schedule.read');
    return (await this.#requests.probedJson(call, scheduleItem)).attributes;
  }

  /** Created with no tasks: add them with `addBackupTask`. */
  async createSchedule(server: string, input: ScheduleInput): Promise<Schedule> {
    const call = {
      ...this.#requests.serverCall('POST', server, '/schedules', 'schedule.create'),
      body: scheduleBody(input),
    };
    return (await this.#requests.json(call, scheduleItem)).attributes;
  }

  /** A full replace: the panel resets whatever is left out, so every field is sent. */
  async updateSchedule(server: string, id: number, input: ScheduleInput): Promise<Schedule> {
    const call = {
      ...this.#requests.scheduleCall('POST', server, id, '', 'schedule.update'),
      body: scheduleBody(input),
    };
    return (await this.#requests.probedJson(call, scheduleItem)).attributes;
  }

  async deleteSchedule(server: string, id: number): Promise<void> {
    const call = this.#requests.scheduleCall('DELETE', server, id, '', 'schedule.delete');
    await this.#requests.withNotFoundProbe(call, () => this.#requests.noContent(call));
  }

  /**
   * A backup task: the payload is the ignore list, one pattern per line — never a name, which the
   * panel would read as a pattern and silently leave files out.
   */
  async addBackupTask(server: string, id: number, ignored: readonly string[] = []): Promise<ScheduleTask> {
    const call = {
      ...this.#requests.scheduleCall('POST', server, id, '/tasks', 'schedule.update'),
      body: { action: 'backup', payload: ignored.join('\n'), time_offset: 0, continue_on_failure: false },
    };
    return (await this.#requests.probedJson(call, scheduleTaskResponse)).attributes;
  }

  /**
   * Run now: the panel runs the first task before it answers, so its refusal (limit, throttle) comes
   * back here. 202 with no backup id, also when `only_when_online` made it skip the run.
   */
  async runSchedule(server: string, id: number): Promise<void> {
    const call = this.#requests.scheduleCall('POST', server, id, '/execute', 'schedule.update');
    await this.#requests.withNotFoundProbe(call, () => this.#requests.noContent(call));
  }
}

function scheduleBody(input: ScheduleInput): Record<string, unknown> {
  return {
    name: input.name,
    // All five as strings: Pterodactyl has no rule for `month` and fails with a 500 without it.
    minute: input.cron.minute,
    hour: input.cron.hour,
    day_of_month: input.cron.day_of_month,
    month: input.cron.month,
    day_of_week: input.cron.day_of_week,
    // Omitted means false on the panel, so both are always explicit.
    is_active: input.isActive,
    only_when_online: input.onlyWhenOnline,
  };
}

function isLastPage(pagination: Pagination, rowsOnPage: number): boolean {
  return rowsOnPage === 0 || pagination.current_page >= pagination.total_pages;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
