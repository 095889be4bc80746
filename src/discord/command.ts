import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  type APIApplicationCommandSubcommandGroupOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { AnyLongWork } from '#backups/followToEnd.js';
import type { Access, Granted } from './access.js';
import type { AnyConfirmableAction } from './confirmable.js';
import type { BotContext } from './context.js';
import type { CustomIdCodec } from './customId.js';
import { type OptionsOf, readOptions } from './readOptions.js';

export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction;

/**
 * What the router does with a slash command or subcommand: acknowledge it (`defer`) when the work
 * may take longer than Discord's 3 s, check its `access`, read its options, then `run` it.
 */
export interface SlashRoute {
  readonly access: Access;
  readonly defer?: 'reply';
  /** The options' definitions: registered as they are, and read with the types they declare. */
  readonly options: readonly APIApplicationCommandBasicOption[];
  handle(interaction: ChatInputCommandInteraction, ctx: BotContext, granted: unknown): Promise<void>;
}

/** A subcommand: its name and description (registered), and its route; `group` nests it (`/backup schedule list`). */
export interface SubcommandRoute extends SlashRoute {
  readonly name: string;
  readonly description: string;
  readonly group?: string;
}

export function slashRoute<
  const A extends Access,
  const Defs extends readonly APIApplicationCommandBasicOption[],
>(route: {
  access: A;
  defer?: 'reply';
  options: Defs;
  run(
    interaction: ChatInputCommandInteraction,
    ctx: BotContext,
    granted: Granted[A],
    options: OptionsOf<Defs>,
  ): Promise<void>;
}): SlashRoute {
  return {
    access: route.access,
    ...(route.defer ? { defer: route.defer } : {}),
    options: route.options,
    handle: (interaction, ctx, granted) =>
      route.run(interaction, ctx, granted as Granted[A], readOptions(interaction, route.options)),
  };
}

export function subcommand<
  const A extends Access,
  const Defs extends readonly APIApplicationCommandBasicOption[],
>(
  route: Parameters<typeof slashRoute<A, Defs>>[0] & { name: string; description: string; group?: string },
): SubcommandRoute {
  return {
    ...slashRoute(route),
    name: route.name,
    description: route.description,
    ...(route.group ? { group: route.group } : {}),
  };
}

/**
 * The `options` of a command definition built from its subcommands: ungrouped ones first, in order,
 * then each group (described by `groups`) holding its own, so the registered shape cannot drift from
 * the routes.
 */
export function subcommandOptions(
  subcommands: readonly SubcommandRoute[],
  groups: Readonly<Record<string, string>> = {},
): APIApplicationCommandOption[] {
  const leaf = (sub: SubcommandRoute): APIApplicationCommandSubcommandOption => ({
    name: sub.name,
    description: sub.description,
    type: ApplicationCommandOptionType.Subcommand,
    options: [...sub.options],
  });
  const grouped = Object.entries(groups).map(
    ([name, description]): APIApplicationCommandSubcommandGroupOption => ({
      name,
      description,
      type: ApplicationCommandOptionType.SubcommandGroup,
      options: subcommands.filter((sub) => sub.group === name).map(leaf),
    }),
  );
  const unknown = subcommands.find((sub) => sub.group !== undefined && !(sub.group in groups));
  if (unknown) throw new Error(`subcommand "${unknown.name}" names an undescribed group "${unknown.group}"`);
  return [...subcommands.filter((sub) => sub.group === undefined).map(leaf), ...grouped];
}

/** A button or select menu (or a modal) routed by its custom id's prefix, parsed by its codec. */
export interface IdRoute<I> {
  readonly codec: CustomIdCodec<unknown>;
  /** Checked before `run`; a DM component about a guild names it in a `guildId` field. */
  readonly access?: Access;
  /**
   * Acknowledge before anything that waits: a component (or a modal opened from one) updates its
   * message later; a modal opened by a slash command gets a "thinking" ephemeral reply.
   */
  readonly defer?: boolean;
  handle(interaction: I, ctx: BotContext, data: unknown, granted: unknown): Promise<void>;
}

export function idRoute<I, Data, const A extends Access | undefined = undefined>(route: {
  codec: CustomIdCodec<Data>;
  access?: A;
  defer?: boolean;
  run(
    interaction: I,
    ctx: BotContext,
    data: Data,
    granted: A extends Access ? Granted[A] : undefined,
  ): Promise<void>;
}): IdRoute<I> {
  return {
    codec: route.codec as CustomIdCodec<unknown>,
    ...(route.access ? { access: route.access } : {}),
    ...(route.defer ? { defer: route.defer } : {}),
    handle: (interaction, ctx, data, granted) =>
      route.run(interaction, ctx, data as Data, granted as A extends Access ? Granted[A] : undefined),
  };
}

/** Autocomplete of a command's options: best effort, so a refused access is an empty list. */
export interface AutocompleteRoute {
  readonly access: Access;
  handle(interaction: AutocompleteInteraction, ctx: BotContext, granted: unknown): Promise<void>;
}

export function autocompleteRoute<const A extends Access>(route: {
  access: A;
  run(interaction: AutocompleteInteraction, ctx: BotContext, granted: Granted[A]): Promise<void>;
}): AutocompleteRoute {
  return { access: route.access, handle: (i, ctx, granted) => route.run(i, ctx, granted as Granted[A]) };
}

/**
 * One slash command: its definition (plain API JSON, the same data registration sends) beside what
 * runs it: one route, or one per subcommand (whose names and options the definition is built from).
 */
export interface Command {
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly route: SlashRoute | { readonly subcommands: readonly SubcommandRoute[] };
  /** Best effort: what it throws becomes an empty list of choices. */
  readonly autocomplete?: AutocompleteRoute;
  readonly components?: readonly IdRoute<ComponentInteraction>[];
  readonly modals?: readonly IdRoute<ModalSubmitInteraction>[];
  /** Long work this command starts and follows; a restarted bot resumes recorded follows of these kinds. */
  readonly longWork?: readonly AnyLongWork[];
  /** Actions this command asks to confirm; the router answers their buttons. */
  readonly confirmables?: readonly AnyConfirmableAction[];
}
