import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { BotContext } from './context.js';

export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction;

/**
 * One slash command: its definition (plain API JSON, the same data registration sends) beside its
 * handlers. Components and modals are routed by the first segment of their custom id (`prefix:…`).
 */
export interface Command {
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /** Custom-id prefixes this command owns, with their handlers. */
  readonly components?: Readonly<
    Record<string, (interaction: ComponentInteraction, ctx: BotContext) => Promise<void>>
  >;
  readonly modals?: Readonly<
    Record<string, (interaction: ModalSubmitInteraction, ctx: BotContext) => Promise<void>>
  >;
}
