import { z } from 'zod';

/**
 * Every shape the panel sends, in one place. Extra fields are tolerated and dropped (Pelican adds
 * `is_scheduled`, other account fields, server attributes): what is kept is what the bot reads, and
 * every string is bounded, so a hostile panel cannot make one answer hold more than a page of data.
 * The domain types below are inferred from these schemas, so a field the bot reads is a field checked.
 */

/** Text shown to people (names): panels cap them at 191 or 255; more is cut, never kept whole. */
const shownText = z.string().transform((s) => (s.length > 512 ? s.slice(0, 512) : s));
/** Ids, states, codes: short by nature; a longer one is not a panel's answer. */
const shortText = z.string().max(200);
/** A panel's own explanation (error detail): kept for the message, cut at a readable length. */
const detailText = z.string().transform((s) => (s.length > 2000 ? s.slice(0, 2000) : s));

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 date');

export const backupAttributes = z.object({
  uuid: shortText.min(1),
  is_successful: z.boolean(),
  is_locked: z.boolean(),
  is_scheduled: z.boolean().optional(),
  name: shownText,
  ignored_files: z.array(shownText).max(1000),
  checksum: shortText.nullable(),
  bytes: z.number().int().nonnegative(),
  created_at: isoDate,
  completed_at: isoDate.nullable(),
});
export type Backup = z.infer<typeof backupAttributes>;

export const backupItem = z.object({ object: z.literal('backup'), attributes: backupAttributes });

export const paginationSchema = z.object({
  total: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  per_page: z.number().int().nonnegative(),
  current_page: z.number().int().positive(),
  total_pages: z.number().int().nonnegative(),
  // `{}` when neither applies; fractal casts the empty array to an object.
  links: z.union([
    z.object({ next: z.string().optional(), previous: z.string().optional() }),
    z.array(z.never()),
  ]),
});
export type Pagination = z.infer<typeof paginationSchema>;

export const backupList = z.object({
  object: z.literal('list'),
  data: z.array(backupItem),
  meta: z.object({ backup_count: z.number().int().nonnegative(), pagination: paginationSchema }),
});

export const signedUrl = z.object({
  object: z.literal('signed_url'),
  attributes: z.object({ url: z.url().max(8192) }),
});

/** Pterodactyl sends id/first_name/last_name; Pelican sends uuid and no names. Both send username. */
export const accountItem = z.object({
  object: z.literal('user'),
  attributes: z.object({
    username: shownText,
    email: shownText.optional(),
    admin: z.boolean().optional(),
    id: z.number().int().optional(),
    uuid: shortText.optional(),
    first_name: shownText.nullable().optional(),
    last_name: shownText.nullable().optional(),
  }),
});
export type Account = z.infer<typeof accountItem>['attributes'];

export const serverStatus = z.enum([
  'installing',
  'install_failed',
  'reinstall_failed',
  'suspended',
  'restoring_backup',
]);
export type ServerStatus = z.infer<typeof serverStatus>;

export const serverAttributes = z.object({
  identifier: shortText.min(1),
  uuid: shortText.min(1),
  name: shownText,
  node: shownText.optional(),
  server_owner: z.boolean().optional(),
  is_node_under_maintenance: z.boolean().optional(),
  // Unknown future statuses are kept as strings rather than failing the whole response.
  status: z.union([serverStatus, shortText]).nullable(),
  is_suspended: z.boolean().optional(),
  is_installing: z.boolean().optional(),
  is_transferring: z.boolean().optional(),
  feature_limits: z.object({
    databases: z.number().int().nullable().optional(),
    allocations: z.number().int().nullable().optional(),
    backups: z.number().int().nullable(),
  }),
});
export type Server = z.infer<typeof serverAttributes>;

export const serverItem = z.object({ object: z.literal('server'), attributes: serverAttributes });

export const serverView = serverItem.extend({
  meta: z.object({ is_server_owner: z.boolean(), user_permissions: z.array(shortText).max(500) }).optional(),
});

export const serverList = z.object({
  object: z.literal('list'),
  data: z.array(serverItem),
  meta: z.object({ pagination: paginationSchema }),
});

export const powerState = z.enum(['offline', 'starting', 'running', 'stopping', 'stopped']);
export type PowerState = z.infer<typeof powerState>;

export const statsItem = z.object({
  object: z.literal('stats'),
  attributes: z.object({
    // Wings may grow states; an unknown one is kept as a string.
    current_state: z.union([powerState, shortText]),
    is_suspended: z.boolean(),
    resources: z.object({
      memory_bytes: z.number(),
      cpu_absolute: z.number(),
      disk_bytes: z.number(),
      network_rx_bytes: z.number(),
      network_tx_bytes: z.number(),
      uptime: z.number().optional(),
    }),
  }),
});
export type Resources = z.infer<typeof statsItem>['attributes'];

export const errorEnvelope = z.object({
  errors: z
    .array(
      z.object({
        code: shortText,
        status: shortText,
        detail: detailText,
        meta: z.object({ source_field: shortText.optional(), rule: shortText.optional() }).optional(),
      }),
    )
    .min(1)
    // A validation error may list every field; the first hundred say enough.
    .transform((entries) => entries.slice(0, 100)),
});
export type PanelErrorEntry = z.infer<typeof errorEnvelope>['errors'][number];

export type PowerSignal = 'start' | 'stop' | 'restart' | 'kill';

/** A cron field as the panel stores it: a short string (the panel validates it when it is saved). */
const cronField = z.string().max(100);

export const cronFields = z.object({
  minute: cronField,
  hour: cronField,
  day_of_month: cronField,
  month: cronField,
  day_of_week: cronField,
});
export type CronFields = z.infer<typeof cronFields>;

export const scheduleTaskAttributes = z.object({
  id: z.number().int().nonnegative(),
  sequence_id: z.number().int(),
  action: shortText,
  // A backup task's payload is its ignore list, one pattern per line.
  payload: z.string().transform((s) => (s.length > 10_000 ? s.slice(0, 10_000) : s)),
  time_offset: z.number().int(),
  is_queued: z.boolean(),
  continue_on_failure: z.boolean(),
});
export type ScheduleTask = z.infer<typeof scheduleTaskAttributes>;

const scheduleTaskItem = z.object({ object: z.literal('schedule_task'), attributes: scheduleTaskAttributes });
export const scheduleTaskResponse = scheduleTaskItem;

/** The panel nests the tasks (a default include) inside the attributes, in no particular order. */
const scheduleAttributes = z
  .object({
    id: z.number().int().nonnegative(),
    name: shownText,
    cron: cronFields,
    is_active: z.boolean(),
    is_processing: z.boolean(),
    only_when_online: z.boolean(),
    last_run_at: isoDate.nullable(),
    next_run_at: isoDate.nullable(),
    relationships: z.object({
      tasks: z.object({ object: z.literal('list'), data: z.array(scheduleTaskItem).max(100) }),
    }),
  })
  .transform(({ relationships, ...schedule }) => ({
    ...schedule,
    /** Sorted by `sequence_id`: the order the panel runs them in. */
    tasks: relationships.tasks.data
      .map((item) => item.attributes)
      .sort((a, b) => a.sequence_id - b.sequence_id),
  }));
export type Schedule = z.output<typeof scheduleAttributes>;

export const scheduleItem = z.object({
  object: z.literal('server_schedule'),
  attributes: scheduleAttributes,
});
export const scheduleList = z.object({
  object: z.literal('list'),
  // Not paginated: every schedule of the server, which no real server has hundreds of.
  data: z.array(scheduleItem).max(500),
});

/** The panel permission each call needs; named in the member's message on a 403. */
export type PanelPermission =
  | 'backup.read'
  | 'backup.create'
  | 'backup.delete'
  | 'backup.download'
  | 'backup.restore'
  | 'control.start'
  | 'control.stop'
  | 'control.restart'
  | 'schedule.read'
  | 'schedule.create'
  | 'schedule.update'
  | 'schedule.delete';

/** Derived backup state, as the API doc defines it. */
export type BackupState = 'in_progress' | 'failed' | 'completed';
export function backupState(backup: Pick<Backup, 'is_successful' | 'completed_at'>): BackupState {
  if (backup.is_successful) return 'completed';
  return backup.completed_at === null ? 'in_progress' : 'failed';
}
