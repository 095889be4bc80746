import {
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { autocomplete } from '#commands/backup/autocomplete.js';
import { create } from '#commands/backup/create.js';
import { remove } from '#commands/backup/delete.js';
import { download } from '#commands/backup/download.js';
import { info } from '#commands/backup/info.js';
import { LIST_PREFIX, list, listPage } from '#commands/backup/list.js';
import { lock } from '#commands/backup/lock.js';
import { descriptions, type Subcommand, subcommands } from '#commands/backup/options.js';
import { confirmPress } from '#commands/backup/press.js';
import { restore } from '#commands/backup/restore.js';
import type { Command } from '#discord/command.js';
import { CONFIRM_PREFIX } from '#discord/confirmations.js';
import type { BotContext } from '#discord/context.js';
import { InvalidInputError } from '#src/errors.js';

/**
 * /backup: the definition (names and options are the product contract) and the dispatch to one
 * handler per subcommand, each in `commands/backup/<subcommand>.ts`.
 */

const definition = {
  name: 'backup',
  description: 'Manage the backups of your game servers',
  contexts: [InteractionContextType.Guild],
  options: (Object.keys(subcommands) as Array<Subcommand>).map((name) => ({
    name,
    description: descriptions[name],
    type: ApplicationCommandOptionType.Subcommand,
    options: [...subcommands[name]],
  })),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const handlers: Record<Subcommand, (i: ChatInputCommandInteraction, ctx: BotContext) => Promise<void>> = {
  list,
  create,
  info,
  download,
  restore,
  lock,
  delete: remove,
};

export const backupCommand: Command = {
  definition,
  async execute(interaction, ctx) {
    const sub = interaction.options.getSubcommand(true) as Subcommand;
    const handler = handlers[sub];
    if (!handler) throw new InvalidInputError('Unknown subcommand.');
    // Every subcommand asks the panel: acknowledge now (Discord allows 3 s), answer when the panel has.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await handler(interaction, ctx);
  },
  autocomplete,
  components: {
    [LIST_PREFIX]: listPage,
    [CONFIRM_PREFIX]: confirmPress,
  },
};
