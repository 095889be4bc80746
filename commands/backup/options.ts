import { ApplicationCommandOptionType } from 'discord.js';

/** The options of each /backup subcommand: product contract data (product.md), read by the definition and the handlers. */

export const serverOption = {
  name: 'server',
  description: 'The server (defaults to your default server)',
  type: ApplicationCommandOptionType.String,
  autocomplete: true,
  max_length: 36,
} as const;
export const backupOption = {
  name: 'backup',
  description: 'The backup',
  type: ApplicationCommandOptionType.String,
  required: true,
  autocomplete: true,
  max_length: 36,
} as const;

export const subcommands = {
  list: [serverOption],
  create: [
    {
      name: 'name',
      description: 'A name for the backup (the panel picks one when empty)',
      type: ApplicationCommandOptionType.String,
      max_length: 191,
    },
    {
      name: 'locked',
      description: 'Lock it so it cannot be deleted (needs the backup.delete permission)',
      type: ApplicationCommandOptionType.Boolean,
    },
    {
      name: 'ignored',
      description: 'Files to leave out: comma-separated patterns, e.g. logs/*, *.tmp',
      type: ApplicationCommandOptionType.String,
      max_length: 1000,
    },
    serverOption,
  ],
  info: [backupOption, serverOption],
  download: [backupOption, serverOption],
  restore: [
    backupOption,
    {
      name: 'truncate',
      description: 'Delete every current file before restoring (default: no)',
      type: ApplicationCommandOptionType.Boolean,
    },
    serverOption,
  ],
  lock: [backupOption, serverOption],
  delete: [backupOption, serverOption],
} as const;

export const descriptions: Record<keyof typeof subcommands, string> = {
  list: "List a server's backups",
  create: 'Start a new backup',
  info: 'Show every detail of one backup',
  download: 'Get a one-time download link (only you see it)',
  restore: 'Restore a backup over the server files (asks for confirmation)',
  lock: 'Lock or unlock a backup',
  delete: 'Delete a backup (asks for confirmation)',
};

export type Subcommand = keyof typeof subcommands;
