import { ApplicationCommandOptionType, type ChatInputCommandInteraction } from 'discord.js';
import { type SubcommandRoute, subcommand } from '#discord/command.js';
import type { BotContext } from '#discord/context.js';
import type { MemberSession } from '#members/memberSession.js';
import { type ChosenBackup, chooseBackup } from './checks.js';

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

/** Patterns of files to leave out, as a member types them: comma- or line-separated. */
export function parseIgnored(value: string | null): string[] | undefined {
  if (!value) return undefined;
  const patterns = value
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return patterns.length > 0 ? patterns : undefined;
}

/** A subcommand about one backup: exactly the `backup` and `server` options (read and checked), after a defer. */
export function backupSubcommand<const A extends 'linked' | 'destructive'>(route: {
  name: string;
  description: string;
  access: A;
  run(
    interaction: ChatInputCommandInteraction,
    ctx: BotContext,
    s: MemberSession,
    chosen: ChosenBackup,
  ): Promise<void>;
}): SubcommandRoute {
  return subcommand({
    name: route.name,
    description: route.description,
    access: route.access as 'linked',
    defer: 'reply',
    options: [backupOption, serverOption],
    run: (interaction, ctx, s, options) => route.run(interaction, ctx, s, chooseBackup(s, options)),
  });
}
