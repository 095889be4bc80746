import type { z } from 'zod';
import { notAPanelError, notFoundError, withMissing } from './classify.js';
import { PanelError } from './errors.js';
import type { PanelCall, PanelHttp } from './http.js';
import type { Pagination, PanelPermission } from './schemas.js';

/** Server identifiers (8-char short id or uuid) and backup uuids: letters, digits and dashes only. */
const IDENTIFIER = /^[A-Za-z0-9-]{1,64}$/;

/**
 * How the client's calls are built and their answers read: paths from checked ids, JSON checked
 * against a schema, 204s, pages that are what was asked, and which of server or backup a 404 means.
 */
export class PanelRequests {
  constructor(readonly http: PanelHttp) {}

  serverCall(
    method: PanelCall['method'],
    server: string,
    suffix: string,
    permission: PanelPermission | null,
  ): PanelCall {
    const call: PanelCall = {
      method,
      path: `/api/client/servers/${encodeURIComponent(server)}${suffix}`,
      about: 'server',
      server,
      permission,
    };
    if (!IDENTIFIER.test(server)) throw this.missing(call, 'server');
    return call;
  }

  backupCall(
    method: PanelCall['method'],
    server: string,
    uuid: string,
    suffix: string,
    permission: PanelPermission,
  ): PanelCall {
    const call: PanelCall = {
      ...this.serverCall(method, server, `/backups/${encodeURIComponent(uuid)}${suffix}`, permission),
      about: 'backup',
      backup: uuid,
    };
    if (!IDENTIFIER.test(uuid)) throw this.missing(call, 'backup');
    return call;
  }

  scheduleCall(
    method: PanelCall['method'],
    server: string,
    schedule: number,
    suffix: string,
    permission: PanelPermission,
  ): PanelCall {
    const call: PanelCall = {
      ...this.serverCall(method, server, `/schedules/${schedule}${suffix}`, permission),
      about: 'schedule',
      schedule,
    };
    if (!Number.isSafeInteger(schedule) || schedule < 0) throw this.missing(call, 'schedule');
    return call;
  }

  /** An identifier the panel could never resolve is refused here, as the panel would with 404. */
  missing(call: PanelCall, what: 'server' | 'backup' | 'schedule'): PanelError {
    const context = this.http.contextFor(call);
    return notFoundError(context, what, { logMessage: `${call.method} ${call.path}: malformed ${what} id` });
  }

  async json<S extends z.ZodType>(call: PanelCall, schema: S): Promise<z.infer<S>> {
    const answer = await this.http.send(call);
    const parsed = schema.safeParse(answer.json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unexpected shape';
      throw notAPanelError(
        this.http.contextFor(call),
        `HTTP ${answer.status} JSON fails schema at ${where}`,
        answer.status,
      );
    }
    return parsed.data;
  }

  /**
   * A panel answers the page it was asked for (past the end too, with no rows) and never more rows
   * than asked. Anything else would make the listing loops page on to MAX_PAGES or hold far more
   * than an account has, so it is not a panel's answer.
   */
  checkPage(call: PanelCall, page: number, perPage: number, pagination: Pagination, rows: number): void {
    const why =
      pagination.current_page !== page
        ? `asked for page ${page}, got page ${pagination.current_page}`
        : rows > perPage
          ? `asked for ${perPage} rows, got ${rows}`
          : null;
    if (why !== null) throw notAPanelError(this.http.contextFor(call), why, 200);
  }

  /** A listing that goes on past what any account holds is not a panel's answer. */
  tooLong(call: PanelCall, rows: number): PanelError {
    return notAPanelError(this.http.contextFor(call), `listing goes on past ${rows} rows`, 200);
  }

  async noContent(call: PanelCall): Promise<void> {
    const answer = await this.http.send(call);
    if (answer.status !== 204 && (answer.status < 200 || answer.status >= 300)) {
      throw notAPanelError(
        this.http.contextFor(call),
        `HTTP ${answer.status} where 204 was expected`,
        answer.status,
      );
    }
  }

  /** JSON of a call about a backup or schedule, whose 404 may mean either it or its server. */
  probedJson<S extends z.ZodType>(call: PanelCall, schema: S): Promise<z.infer<S>> {
    return this.withNotFoundProbe(call, () => this.json(call, schema));
  }

  /**
   * The panel gives the same 404 text for an unknown server and an unknown backup. To tell the
   * member which one, a 404 in a backup call asks once for the server itself.
   */
  async withNotFoundProbe<T>(call: PanelCall, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof PanelError) || error.kind !== 'not_found' || error.missing !== 'resource')
        throw error;
      const context = this.http.contextFor(call);
      const probe: PanelCall = {
        method: 'GET',
        path: `/api/client/servers/${encodeURIComponent(call.server ?? '')}`,
        about: 'server',
        server: call.server ?? '',
      };
      let serverExists: boolean | null;
      try {
        await this.http.send(probe);
        serverExists = true;
      } catch (probeError) {
        serverExists = probeError instanceof PanelError && probeError.kind === 'not_found' ? false : null;
      }
      // When the probe itself failed for another reason, the original (ambiguous) 404 stands.
      if (serverExists === null) throw error;
      const item = call.about === 'schedule' ? 'schedule' : 'backup';
      throw withMissing(error, context, serverExists ? item : 'server');
    }
  }
}
