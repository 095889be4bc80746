import { z } from 'zod';
import type { Secret } from '#src/secret.js';
import { envelopeSchema } from './envelope.js';

/**
 * What the store keeps, as the domain sees it, and as it is written (each record carries `v`, its
 * schema version, and is validated on every read).
 *
 * Layout (inside the store's namespace):
 *   guilds:<gid>                  guild index entry: one key per guild with data (lets key rotation find
 *                                 everything; one key each, so processes sharing the store never race on it)
 *   guilds                        the guild index as stores before shards kept it (one record; still read)
 *   guild:<gid>:settings          GuildSettings
 *   guild:<gid>:members           member index: user ids with a link in this guild (lets forgetGuild find them)
 *   guild:<gid>:member:<uid>      MemberLink, the API key sealed in an envelope
 *   store:key-check               a known plaintext sealed under the current key (detects a wrong key at start)
 *
 * The member index is a plain record (one writer per guild: the process whose shard holds it). The
 * guild index is one key per guild, listed by prefix (atomic.ts: one SQL SELECT, or a Redis SCAN), so
 * processes sharing the store never lose each other's entries. Writes keep every index a superset of
 * what exists (index first, record second; record deleted first, index second), so an interruption
 * leaves at most a harmless stale id, never an unreachable record.
 */

export interface GuildSettings {
  panelUrl: string | null;
  /** Roles allowed to restore/delete; [] = anyone whose key allows. */
  managerRoleIds: string[];
  auditChannelId: string | null;
  /** Where the panel watch posts (src/watch/); null = no watch for this guild. May equal the audit channel. */
  notificationsChannelId: string | null;
  /** User id of the admin who ran the setup. */
  setupBy: string;
  /** ISO-8601. */
  updatedAt: string;
}

export interface LinkedServer {
  identifier: string;
  name: string;
}

export interface MemberLink {
  apiKey: Secret;
  accountName: string;
  servers: LinkedServer[];
  defaultServer: string | null;
  /** ISO-8601. */
  linkedAt: string;
}

export const RECORD_VERSION = 1;
const version = z.literal(RECORD_VERSION);

export const guildSettingsRecord = z.object({
  v: version,
  panelUrl: z.string().nullable(),
  managerRoleIds: z.array(z.string()),
  auditChannelId: z.string().nullable(),
  // Added with the watch: records written before it have no such field and read as "no channel".
  notificationsChannelId: z.string().nullable().default(null),
  setupBy: z.string(),
  updatedAt: z.string(),
});
export type GuildSettingsRecord = z.infer<typeof guildSettingsRecord>;

/** What `setGuildSettings` takes: callers written before the watch may leave the channel out (= none). */
export type GuildSettingsInput = Omit<GuildSettings, 'notificationsChannelId'> & {
  notificationsChannelId?: string | null;
};

export const memberLinkRecord = z.object({
  v: version,
  apiKey: envelopeSchema,
  accountName: z.string(),
  servers: z.array(z.object({ identifier: z.string(), name: z.string() })),
  defaultServer: z.string().nullable(),
  linkedAt: z.string(),
  /**
   * The panel URL the key was checked against. A link read while the guild names another panel (an
   * admin changed it as the link was saved, perhaps on another process) is not used: the key belongs
   * to the old panel. Links written before this field have none and are used as they are.
   */
  panelUrl: z.string().optional(),
});
export type MemberLinkRecord = z.infer<typeof memberLinkRecord>;

export const memberIndexRecord = z.object({ v: version, userIds: z.array(z.string()) });
export const guildIndexRecord = z.object({ v: version, guildIds: z.array(z.string()) });
export const keyCheckRecord = z.object({ v: version, check: envelopeSchema });

/** Ids become parts of record keys, so they must not contain the separator or be empty. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function assertId(value: string, what: 'guild id' | 'user id'): void {
  if (!ID.test(value)) throw new TypeError(`invalid ${what}: expected 1-64 letters, digits, '_' or '-'`);
}

export const recordKeys = {
  guildIndex: 'guilds',
  guildEntryPrefix: 'guilds:',
  keyCheck: 'store:key-check',
  settings: (guildId: string) => `guild:${guildId}:settings`,
  memberIndex: (guildId: string) => `guild:${guildId}:members`,
  member: (guildId: string, userId: string) => `guild:${guildId}:member:${userId}`,
};
