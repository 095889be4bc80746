/**
 * The JSON shapes the panel wraps everything in: Fractal items and paginated lists
 * (PterodactylSerializer) and the error envelope of `Handler::convertExceptionToArray`.
 */

export interface ErrorEntry {
  code: string;
  status: string;
  detail: string;
  meta?: { source_field: string; rule: string };
}

/** A failure the router turns into `{errors: [...]}` with the given HTTP status and headers. */
export class PanelHttpError extends Error {
  constructor(
    readonly status: number,
    readonly entries: ErrorEntry[],
    readonly headers: Record<string, string> = {},
  ) {
    super(entries[0]?.detail ?? `HTTP ${status}`);
  }

  static of(
    status: number,
    code: string,
    detail: string,
    headers: Record<string, string> = {},
  ): PanelHttpError {
    return new PanelHttpError(status, [{ code, status: String(status), detail }], headers);
  }
}

export function validationEntry(field: string, rule: string, detail: string): ErrorEntry {
  return { code: 'ValidationException', status: '422', detail, meta: { source_field: field, rule } };
}

export function item(object: string, attributes: unknown): { object: string; attributes: unknown } {
  return { object, attributes };
}

export interface PageRequest {
  page: number;
  perPage: number;
}

/** Laravel's PaginationState: anything that is not an integer >= 1 becomes page 1. */
export function parsePage(raw: string | undefined): number {
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return 1;
  const page = Number.parseInt(raw, 10);
  return Math.max(page, 1);
}

/**
 * A Fractal paginated list. `pageUrl` builds the `previous`/`next` links; `links` is `{}` when neither
 * applies and `total_pages` is never below 1, exactly as fractal 0.20 with Laravel's paginator does.
 */
export function paginatedList<T>(
  rows: readonly T[],
  request: PageRequest,
  toItem: (row: T) => unknown,
  pageUrl: (page: number) => string,
  extraMeta: Record<string, unknown> = {},
): Record<string, unknown> {
  const { page, perPage } = request;
  const total = rows.length;
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const slice = rows.slice((page - 1) * perPage, page * perPage);
  const links: Record<string, string> = {};
  if (page > 1) links.previous = pageUrl(page - 1);
  if (page < totalPages) links.next = pageUrl(page + 1);
  return {
    object: 'list',
    data: slice.map(toItem),
    meta: {
      ...extraMeta,
      pagination: {
        total,
        count: slice.length,
        per_page: perPage,
        current_page: page,
        total_pages: totalPages,
        links,
      },
    },
  };
}
