import { ApplicationCommandOptionType } from 'discord.js';

/** Options several /backup subcommands share: product contract data (product.md). */

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
