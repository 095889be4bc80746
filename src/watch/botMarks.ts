import type { BotStore } from '#store/index.js';

/**
 * What the bot did itself, told to the watch so that it does not announce the bot's own work as
 * "made without the bot": the commands call these right after the panel accepted. They never throw
 * (a mark that could not be written only means the watch may also announce that backup).
 */

/** The watch keys servers by their 8-character identifier, which a full UUID starts with. */
const shortId = (server: string) => server.slice(0, 8);

export async function noteStartedByBot(
  store: BotStore,
  guildId: string,
  serverIdentifier: string,
  backupUuid: string,
): Promise<void> {
  const at = new Date().toISOString();
  await store.watch
    .mark(guildId, shortId(serverIdentifier), (marks) => ({
      ...marks,
      backups: [...marks.backups, { uuid: backupUuid, at }],
    }))
    .catch(() => {});
}

export async function noteRestoreByBot(
  store: BotStore,
  guildId: string,
  serverIdentifier: string,
): Promise<void> {
  const at = new Date().toISOString();
  await store.watch
    .mark(guildId, shortId(serverIdentifier), (marks) => ({ ...marks, restoreAt: at }))
    .catch(() => {});
}

export async function noteDeletedByBot(
  store: BotStore,
  guildId: string,
  serverIdentifier: string,
  backupUuid: string,
): Promise<void> {
  const at = new Date().toISOString();
  await store.watch
    .mark(guildId, shortId(serverIdentifier), (marks) => ({
      ...marks,
      deleted: [...marks.deleted, { uuid: backupUuid, at }],
    }))
    .catch(() => {});
}
