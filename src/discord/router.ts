import type { Interaction } from 'discord.js';
import type { Command, ComponentInteraction } from './command.js';
import type { BotContext } from './context.js';
import { answer, describe, isInteractionGone, replyWithError } from './replies.js';

/**
 * Routes every interaction: slash commands by name, autocomplete to its command, components and
 * modals by the first segment of their custom id. Errors become replies here and only here.
 */
export function createRouter(
  commands: readonly Command[],
  ctx: BotContext,
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.definition.name, command]));
  const components = new Map<string, (i: ComponentInteraction, c: BotContext) => Promise<void>>();
  const modals = new Map<string, NonNullable<Command['modals']>[string]>();
  for (const command of commands) {
    for (const [prefix, handler] of Object.entries(command.components ?? {})) components.set(prefix, handler);
    for (const [prefix, handler] of Object.entries(command.modals ?? {})) modals.set(prefix, handler);
  }

  return async (interaction) => {
    const started = Date.now();
    try {
      if (interaction.isChatInputCommand()) {
        const command = byName.get(interaction.commandName);
        if (!command) {
          await answer(interaction, { content: '⚠️ This command is no longer available.' });
          return;
        }
        await command.execute(interaction, ctx);
      } else if (interaction.isAutocomplete()) {
        await byName.get(interaction.commandName)?.autocomplete?.(interaction, ctx);
      } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
        const handler = components.get(prefixOf(interaction.customId));
        if (!handler) {
          await answer(interaction, {
            content: '⚠️ This button belongs to an older version of the bot. Run the command again.',
          });
          return;
        }
        await handler(interaction, ctx);
      } else if (interaction.isModalSubmit()) {
        const handler = modals.get(prefixOf(interaction.customId));
        if (!handler) {
          await answer(interaction, { content: '⚠️ This form is no longer valid. Run the command again.' });
          return;
        }
        await handler(interaction, ctx);
      }
    } catch (error) {
      if (interaction.isAutocomplete()) {
        // Autocomplete is best effort: an empty list, never an error.
        ctx.logger.warn('autocomplete failed', { ...describe(interaction), error });
        if (!interaction.responded) await interaction.respond([]).catch(() => {});
      } else if (isInteractionGone(error)) {
        ctx.logger.warn('interaction expired before the answer', { ...describe(interaction), error });
      } else {
        await replyWithError(interaction, error, ctx.logger);
      }
    } finally {
      ctx.logger.debug('interaction handled', { ...describe(interaction), ms: Date.now() - started });
    }
  };
}

function prefixOf(customId: string): string {
  return customId.split(':', 1)[0] ?? '';
}
