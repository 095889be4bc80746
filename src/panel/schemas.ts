import { z } from 'zod';

/**
 * Every shape the panel sends, in one place. Objects are loose (extra fields tolerated: Pelican adds
 * `is_scheduled`, other account fields, server attributes) and the domain types below are inferred
 * from these schemas, so a field the bot reads is a field the schema checked.
 */

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 date');

export const backupAttributes = z.looseObject({
  uuid: z.string().min(1),
  is_successful: z.boolean(),
  is_locked: z.boolean(),
  is_scheduled: z.boolean().optional(),
  name: z.string(),
  ignored_files: z.array(z.string()),
  checksum: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
  created_at: isoDate,
  completed_at: isoDate.nullable(),
});
export type Backup = z.infer<typeof backupAttributes>;

export const backupItem = z.looseObject({ object: z.literal('backup'), attributes: backupAttributes });

export const paginationSchema = z.looseObject({
  total: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  per_page: z.number().int().nonnegative(),
  current_page: z.number().int().positive(),
  total_pages: z.number().int().nonnegative(),
  // `{}` when neither applies; fractal casts the empty array to an object.
  links: z.union([
    z.looseObject({ next: z.string().optional(), previous: z.string().optional() }),
    z.array(z.never()),
  ]),
});
export type Pagination = z.infer<typeof paginationSchema>;

export const backupList = z.looseObject({
  object: z.literal('list'),
  data: z.array(backupItem),
  meta: z.looseObject({ backup_count: z.number().int().nonnegative(), pagination: paginationSchema }),
});

export const signedUrl = z.looseObject({
  object: z.literal('signed_url'),
  attributes: z.looseObject({ url: z.url() }),
});

/** Pterodactyl sends id/first_name/last_name; Pelican sends uuid and no names. Both send username. */
export const accountItem = z.looseObject({
  object: z.literal('user'),
  attributes: z.looseObject({
    username: z.string(),
    email: z.string().optional(),
    admin: z.boolean().optional(),
    id: z.number().int().optional(),
    uuid: z.string().optional(),
    first_name: z.string().nullable().optional(),
    last_name: z.string().nullable().optional(),
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

export const serverAttributes = z.looseObject({
  identifier: z.string().min(1),
  uuid: z.string().min(1),
  name: z.string(),
  description: z.string().nullable().optional(),
  node: z.string().optional(),
  server_owner: z.boolean().optional(),
  is_node_under_maintenance: z.boolean().optional(),
  // Unknown future statuses are kept as strings rather than failing the whole response.
  status: z.union([serverStatus, z.string()]).nullable(),
  is_suspended: z.boolean().optional(),
  is_installing: z.boolean().optional(),
  is_transferring: z.boolean().optional(),
  feature_limits: z.looseObject({
    databases: z.number().int().nullable().optional(),
    allocations: z.number().int().nullable().optional(),
    backups: z.number().int().nullable(),
  }),
});
export type Server = z.infer<typeof serverAttributes>;

export const serverItem = z.looseObject({ object: z.literal('server'), attributes: serverAttributes });

export const serverView = serverItem.extend({
  meta: z.looseObject({ is_server_owner: z.boolean(), user_permissions: z.array(z.string()) }).optional(),
});

export const serverList = z.looseObject({
  object: z.literal('list'),
  data: z.array(serverItem),
  meta: z.looseObject({ pagination: paginationSchema }),
});

export const powerState = z.enum(['offline', 'starting', 'running', 'stopping', 'stopped']);
export type PowerState = z.infer<typeof powerState>;

export const statsItem = z.looseObject({
  object: z.literal('stats'),
  attributes: z.looseObject({
    // Wings may grow states; an unknown one is kept as a string.
    current_state: z.union([powerState, z.string()]),
    is_suspended: z.boolean(),
    resources: z.looseObject({
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

export const errorEnvelope = z.looseObject({
  errors: z
    .array(
      z.looseObject({
        code: z.string(),
        status: z.string(),
        detail: z.string(),
        meta: z.looseObject({ source_field: z.string().optional(), rule: z.string().optional() }).optional(),
      }),
    )
    .min(1),
});
export type PanelErrorEntry = z.infer<typeof errorEnvelope>['errors'][number];

export type PowerSignal = 'start' | 'stop' | 'restart' | 'kill';

/** The panel permission each call needs; named in the member's message on a 403. */
export type PanelPermission =
  | 'backup.read'
  | 'backup.create'
  | 'backup.delete'
  | 'backup.download'
  | 'backup.restore'
  | 'control.start'
  | 'control.stop'
  | 'control.restart';

/** Derived backup state, as the API doc defines it. */
export type BackupState = 'in_progress' | 'failed' | 'completed';
export function backupState(backup: Pick<Backup, 'is_successful' | 'completed_at'>): BackupState {
  if (backup.is_successful) return 'completed';
  return backup.completed_at === null ? 'in_progress' : 'failed';
}
