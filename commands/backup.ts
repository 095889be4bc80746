import { InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { type Command, subcommandOptions } from '#discord/command.js';
import { autocomplete } from './backup/autocomplete.js';
import { create, createdBackup } from './backup/create.js';
import { deleteBackup, remove } from './backup/delete.js';
import { download } from './backup/download.js';
import { info } from './backup/info.js';
import { list, listPage } from './backup/list.js';
import { lock } from './backup/lock.js';
import { notify } from './backup/notify.js';
import { prune, pruneBackups } from './backup/prune.js';
import { rename } from './backup/rename.js';
import { followedRestore, restore, restoreAfterStop, restoreBackup } from './backup/restore.js';
import { rotateBackup } from './backup/rotate.js';
import { scheduleCreate } from './backup/schedule/create.js';
import { deleteSchedule, scheduleDelete } from './backup/schedule/delete.js';
import { scheduleList } from './backup/schedule/list.js';
import { schedulePause, scheduleResume } from './backup/schedule/pause.js';
import { scheduleRun } from './backup/schedule/run.js';

/**
 * /backup: one file per subcommand under `commands/backup/`, each with its definition (name,
 * description, options: the product contract), the access it needs, and its handler.
 */
const subcommands = [
  list,
  create,
  info,
  download,
  restore,
  lock,
  remove,
  prune,
  rename,
  notify,
  scheduleCreate,
  scheduleList,
  scheduleRun,
  schedulePause,
  scheduleResume,
  scheduleDelete,
];

/** Subcommand groups: `/backup schedule …`. */
const groups = { schedule: 'Back up a server on a schedule' } as const;

const definition = {
  name: 'backup',
  description: 'Manage the backups of your game servers',
  contexts: [InteractionContextType.Guild],
  options: subcommandOptions(subcommands, groups),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const backupCommand: Command = {
  definition,
  route: { subcommands },
  autocomplete,
  components: [listPage],
  confirmables: [restoreBackup, deleteBackup, deleteSchedule, rotateBackup, pruneBackups],
  longWork: [createdBackup, followedRestore, restoreAfterStop],
};
