import type { BotMarks, BotStore } from '#store/index.js';

/**
 * What the bot did itself, told to the watch so that it does not announce the bot's own work as
 * "made without the bot": the commands call these right after the panel accepted. They never throw
 * (a mark that could not be written only means the watch may also announce that backup).
 */

/** The watch keys servers by their 8-character identifier, which a full UUID starts with. */
const shortId = (server: string) => server.slice(0, 8);

function note(
  store: BotStore,
  guildId: string,
  serverIdentifier: string,
  change: (marks: BotMarks, at: string) => BotMarks,
) {
  const at = new Date().toISOString();
  return store.watch.mark(guildId, shortId(serverIdentifier), (marks) => change(marks, at)).catch(() => {});
}

/** Adds a backup to one of the lists of the bot's own work on a server. */
function noteListed(
  store: BotStore,
  guildId: string,
  serverIdentifier: string,
  list: 'backups' | 'deleted',
  backupUuid: string,
) {
  return note(store, guildId, serverIdentifier, (marks, at) => ({
    ...marks,
    [list]: [...marks[list], { uuid: backupUuid, at }],
  }));
}

export function noteStartedByBot(
  store: BotStore,
  guildId: string,
  serverIdentifier: string,
  backupUuid: string,
) {
  return noteListed(store, guildId, serverIdentifier, 'backups', backupUuid);
}

export function noteRestoreByBot(store: BotStore, guildId: string, serverIdentifier: string) {
  return note(store, guildId, serverIdentifier, (marks, at) => ({ ...marks, restoreAt: at }));
}

export function noteDeletedByBot(
  store: BotStore,
  guildId: string,
  serverIdentifier: string,
  backupUuid: string,
) {
  return noteListed(store, guildId, serverIdentifier, 'deleted', backupUuid);
}
