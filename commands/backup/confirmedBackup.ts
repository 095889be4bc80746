import { z } from 'zod';

/** What a restore or delete confirmation holds: the server and the backup, by id and name. */
export const confirmedBackup = z.object({
  server: z.object({ identifier: z.string(), name: z.string() }),
  backup: z.object({ uuid: z.string(), name: z.string() }),
});
