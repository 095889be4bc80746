import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import { t } from '#i18n/i18n.js';
import { InvalidInputError, UserFacingError, type Words } from '#src/errors.js';
import { type InteractionKind, type InteractionOutcome, UNKNOWN } from '#src/ops/metrics.js';
import { grant, guildIdOf } from './access.js';
import type { Command, ComponentInteraction, IdRoute, SlashRoute } from './command.js';
import { confirmationPress } from './confirmable.js';
import type { BotContext } from './context.js';
import { prefixOf } from './customId.js';
import { answer, describe, isInteractionGone, replyWithError } from './replies.js';

/**
 * Routes every interaction: slash commands by name (and subcommand), autocomplete to its command,
 * components and modals by the prefix of their custom id. For each it runs what the route declares —
 * acknowledge, check access (`grant`), parse options or the custom id — then the handler. A handler's
 * error becomes the member's reply here (`replyWithError`); work that outlives its interaction (long
 * work, confirmed actions) words its failures through the same `explain`.
 */
export function createRouter(
  commands: readonly Command[],
  ctx: BotContext,
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.definition.name, command]));
  const confirmables = commands.flatMap((command) => command.confirmables ?? []);
  const components = routesByPrefix([
    ...commands.flatMap((command) => command.components ?? []),
    ...(confirmables.length > 0 ? [confirmationPress(confirmables)] : []),
  ]);
  const modals = routesByPrefix(commands.flatMap((command) => command.modals ?? []));

  return async (interaction) => {
    const started = Date.now();
    // What the metrics count: the command (or custom-id prefix) only once a route is known, and how it ended.
    const counted: { kind: InteractionKind | null; command: string; outcome: InteractionOutcome } = {
      kind: kindOf(interaction),
      command: UNKNOWN,
      outcome: 'ok',
    };
    try {
      if (interaction.isChatInputCommand()) {
        const command = byName.get(interaction.commandName);
        const route =
          command &&
          slashRouteOf(
            command,
            interaction.options.getSubcommandGroup(false),
            interaction.options.getSubcommand(false),
          );
        if (!route) {
          counted.outcome = 'refused';
          await answer(interaction, { content: t('errors.stale.command') });
          return;
        }
        counted.command = commandLabel(interaction);
        const what = { command: interaction.commandName };
        // Every command is used in a guild: say so before acknowledging, so the refusal is the reply.
        guildIdOf(interaction, what);
        // Acknowledge before anything that waits (store, panel): Discord allows 3 s.
        if (route.defer) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        await route.handle(interaction, ctx, await grant(interaction, ctx, route.access, what));
      } else if (interaction.isAutocomplete()) {
        const command = byName.get(interaction.commandName);
        const route = command?.autocomplete;
        if (!route) return;
        const known = slashRouteOf(
          command,
          interaction.options.getSubcommandGroup(false),
          interaction.options.getSubcommand(false),
        );
        counted.command = known ? commandLabel(interaction) : command.definition.name;
        let granted: unknown;
        try {
          granted = await grant(interaction, ctx, route.access, 'autocomplete');
        } catch (error) {
          // Not set up, not linked: nothing to suggest, and nothing to report.
          if (error instanceof UserFacingError) {
            counted.outcome = 'refused';
            return await interaction.respond([]);
          }
          throw error;
        }
        await route.handle(interaction, ctx, granted);
      } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
        counted.command = knownPrefix(components, interaction.customId);
        if (counted.command === UNKNOWN) counted.outcome = 'refused';
        await runIdRoute<ComponentInteraction>(
          components,
          interaction,
          ctx,
          () => t('errors.stale.button'),
          () => t('errors.stale.invalidButton'),
        );
      } else if (interaction.isModalSubmit()) {
        counted.command = knownPrefix(modals, interaction.customId);
        if (counted.command === UNKNOWN) counted.outcome = 'refused';
        await runIdRoute<ModalSubmitInteraction>(
          modals,
          interaction,
          ctx,
          () => t('errors.stale.form'),
          () => t('errors.stale.invalidForm'),
        );
      }
    } catch (error) {
      counted.outcome = error instanceof UserFacingError ? 'refused' : 'error';
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
      if (counted.kind !== null)
        ctx.metrics.interactionHandled(counted.kind, counted.command, counted.outcome, Date.now() - started);
    }
  };
}

/** The kind the metrics count an interaction under; null for kinds the bot has no routes for. */
function kindOf(interaction: Interaction): InteractionKind | null {
  if (interaction.isChatInputCommand()) return 'command';
  if (interaction.isAutocomplete()) return 'autocomplete';
  if (interaction.isButton() || interaction.isStringSelectMenu()) return 'component';
  if (interaction.isModalSubmit()) return 'modal';
  return null;
}

/** A known command as members type it, group and subcommand included: `backup schedule run`. */
function commandLabel(interaction: ChatInputCommandInteraction | AutocompleteInteraction): string {
  const { commandName, options } = interaction;
  return [commandName, options.getSubcommandGroup(false), options.getSubcommand(false)]
    .filter((part) => part !== null && part !== '')
    .join(' ');
}

/** A custom id's prefix when a route claims it; never the rest of the id (it holds nonces and ids). */
function knownPrefix(routes: Map<string, unknown>, customId: string): string {
  const prefix = prefixOf(customId);
  return routes.has(prefix) ? prefix : UNKNOWN;
}

function slashRouteOf(
  command: Command,
  group: string | null,
  subcommand: string | null,
): SlashRoute | undefined {
  const { route } = command;
  if (!('subcommands' in route)) return route;
  return route.subcommands.find(
    (candidate) => candidate.name === subcommand && (candidate.group ?? null) === group,
  );
}

/** One route per prefix: two commands claiming the same prefix is a bug caught at start-up. */
function routesByPrefix<I>(routes: readonly IdRoute<I>[]): Map<string, IdRoute<I>> {
  const byPrefix = new Map<string, IdRoute<I>>();
  for (const route of routes) {
    if (byPrefix.has(route.codec.prefix)) {
      throw new Error(`two routes claim the custom id prefix "${route.codec.prefix}"`);
    }
    byPrefix.set(route.codec.prefix, route);
  }
  return byPrefix;
}

async function runIdRoute<I extends ComponentInteraction | ModalSubmitInteraction>(
  routes: Map<string, IdRoute<I>>,
  interaction: I,
  ctx: BotContext,
  unknownPrefix: Words,
  invalid: Words,
): Promise<void> {
  const route = routes.get(prefixOf(interaction.customId));
  if (!route) {
    await answer(interaction, { content: unknownPrefix() });
    return;
  }
  const data = route.codec.parse(interaction.customId);
  if (data === null) throw new InvalidInputError(invalid);
  if (route.defer) {
    if (interaction.isMessageComponent() || interaction.isFromMessage()) await interaction.deferUpdate();
    else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  }
  const guildId = (data as { guildId?: unknown }).guildId;
  const granted = route.access
    ? await grant(interaction, ctx, route.access, 'button', typeof guildId === 'string' ? guildId : undefined)
    : undefined;
  await route.handle(interaction, ctx, data, granted);
}
