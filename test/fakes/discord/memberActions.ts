/** What a test does as a member: run a slash command, type into autocomplete, click a button, pick from a menu. */
import { buildOptions, type OptionValues } from './commandOptions.js';
import { DEFAULT_WAIT_MS, type InteractionHandle } from './interaction.js';
import { createInteraction, optionResolver, resolveSelectValues } from './interactionFactory.js';
import {
  interactionContext,
  liveMessage,
  messageContext,
  registeredCommand,
  waitForGateway,
} from './invocation.js';
import { findComponent } from './messages.js';
import type { FakeDiscordServer } from './server.js';
import type { ApiComponent, FakeChannel, FakeGuild, FakeMessage, FakeUser } from './types.js';
import { waitUntil } from './wait.js';

export interface SlashOptions {
  user: FakeUser;
  /** Omit to run the command in the member's DM with the bot. */
  guild?: FakeGuild;
  /** Defaults to the guild's first text channel. */
  channel?: FakeChannel;
  command: string;
  /** "list", or "group sub" for a subcommand inside a group. */
  subcommand?: string;
  options?: OptionValues;
  /** Skip the checks a Discord client makes before it lets a member run a command (permissions, contexts). */
  bypassCommandChecks?: boolean;
  /** Deliver it on this shard's session instead of the guild's (what another shard does with it). */
  shard?: number;
}

export interface AutocompleteOptions extends Omit<SlashOptions, 'channel'> {
  channel?: FakeChannel;
  focused: string;
  timeoutMs?: number;
}

export interface ComponentOptions {
  user: FakeUser;
  message: FakeMessage;
  customId: string;
  guild?: FakeGuild;
  /** Deliver it on this shard's session instead of the guild's (a press replayed on another shard). */
  shard?: number;
}

/** What a slash command and its autocomplete share: the bot on the gateway, a member allowed to run it. */
async function invokeCommand(fake: FakeDiscordServer, options: SlashOptions, focused?: string) {
  await waitForGateway(fake, options.guild?.id, options.shard);
  const context = interactionContext(fake, options.user, options.guild, options.channel);
  const command = registeredCommand(fake, options, context);
  const built = buildOptions(
    command,
    options.subcommand,
    options.options ?? {},
    optionResolver(fake, options.guild),
    focused,
  );
  // How labels and timeouts name it: "/backup list".
  const invocation = `/${command.name}${options.subcommand === undefined ? '' : ` ${options.subcommand}`}`;
  return { context, command, built, invocation };
}

/** A member runs a slash command; resolves once INTERACTION_CREATE is sent (the bot answers later). */
export async function slash(fake: FakeDiscordServer, options: SlashOptions): Promise<InteractionHandle> {
  const { context, command, built, invocation } = await invokeCommand(fake, options);
  const data = {
    id: command.id,
    name: command.name,
    type: 1,
    ...(built.options.length > 0 ? { options: built.options } : {}),
    ...(built.resolved !== undefined ? { resolved: built.resolved } : {}),
    ...(command.guild_id !== undefined ? { guild_id: command.guild_id } : {}),
  };
  return createInteraction(fake, 2, invocation, context, data, undefined, options.shard);
}

/** A member types into an autocomplete option; resolves with the choices the bot answered. */
export async function autocomplete(
  fake: FakeDiscordServer,
  options: AutocompleteOptions,
): Promise<{ choices: Array<{ name: string; value: string | number }> }> {
  const { context, command, built, invocation } = await invokeCommand(fake, options, options.focused);
  const data = {
    id: command.id,
    name: command.name,
    type: 1,
    options: built.options,
    ...(command.guild_id !== undefined ? { guild_id: command.guild_id } : {}),
  };
  const label = `autocomplete of "${options.focused}" in ${invocation}`;
  const record = createInteraction(fake, 4, label, context, data, undefined, options.shard);
  return waitUntil(
    fake.signal,
    () => {
      const answer = record.responses.find((response) => response.kind === 'callback');
      if (answer !== undefined)
        return { choices: (answer.data.choices ?? []).map(({ name, value }) => ({ name, value })) };
      const error = record.errors[0];
      if (error !== undefined)
        throw new Error(`The bot's answer to the ${label} was refused: ${error.code} ${error.message}`);
      return undefined;
    },
    {
      timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_MS,
      what: `choices for the ${label}`,
      got: () => record.describe(),
    },
  );
}

export async function clickButton(
  fake: FakeDiscordServer,
  options: ComponentOptions,
): Promise<InteractionHandle> {
  await waitForGateway(fake, options.message.guildId ?? undefined, options.shard);
  const message = liveMessage(fake, options.message);
  const button = findComponent(message.components, options.customId);
  if (button === undefined || button.type !== 2)
    throw new Error(
      `Message ${message.id} has no button "${options.customId}"; its buttons: ${describeComponents(message.components, 2)}`,
    );
  if (button.disabled === true)
    throw new Error(`Button "${options.customId}" on message ${message.id} is disabled`);
  const context = messageContext(fake, options.user, message, options.guild);
  const data = {
    custom_id: options.customId,
    component_type: 2,
    ...(button.id !== undefined ? { id: button.id } : {}),
  };
  return createInteraction(fake, 3, `button "${options.customId}"`, context, data, message, options.shard);
}

export async function selectMenu(
  fake: FakeDiscordServer,
  options: ComponentOptions & { values: string[] },
): Promise<InteractionHandle> {
  await waitForGateway(fake, options.message.guildId ?? undefined, options.shard);
  const message = liveMessage(fake, options.message);
  const menu = findComponent(message.components, options.customId);
  if (menu === undefined || ![3, 5, 6, 7, 8].includes(menu.type))
    throw new Error(
      `Message ${message.id} has no select menu "${options.customId}"; its menus: ${describeComponents(message.components, 3)}`,
    );
  if (menu.disabled === true)
    throw new Error(`Select menu "${options.customId}" on message ${message.id} is disabled`);
  const min = menu.min_values ?? 1;
  const max = menu.max_values ?? 1;
  if (options.values.length < min || options.values.length > max)
    throw new Error(
      `Select menu "${options.customId}" takes ${min}–${max} values, not ${options.values.length}`,
    );
  if (menu.type === 3) {
    const allowed = (menu.options ?? []).map((option) => option.value);
    const unknown = options.values.filter((value) => !allowed.includes(value));
    if (unknown.length > 0)
      throw new Error(
        `Select menu "${options.customId}" offers ${JSON.stringify(allowed)}, not ${JSON.stringify(unknown)}`,
      );
  }
  const context = messageContext(fake, options.user, message, options.guild);
  const resolved =
    menu.type === 3 ? undefined : resolveSelectValues(fake, menu.type, options.values, context.guild);
  const data = {
    custom_id: options.customId,
    component_type: menu.type,
    values: [...options.values],
    ...(resolved !== undefined ? { resolved } : {}),
    ...(menu.id !== undefined ? { id: menu.id } : {}),
  };
  return createInteraction(
    fake,
    3,
    `select menu "${options.customId}"`,
    context,
    data,
    message,
    options.shard,
  );
}

function describeComponents(components: ReadonlyArray<ApiComponent>, type: number): string {
  const found: string[] = [];
  const walk = (list: ReadonlyArray<ApiComponent>) => {
    for (const component of list) {
      const isMatch = type === 2 ? component.type === 2 : [3, 5, 6, 7, 8].includes(component.type);
      if (isMatch)
        found.push(
          `${JSON.stringify(component.custom_id ?? component.url ?? '?')}${component.disabled === true ? ' (disabled)' : ''}`,
        );
      walk([
        ...(component.components ?? []),
        ...(component.component !== undefined ? [component.component] : []),
        ...(component.accessory !== undefined ? [component.accessory] : []),
      ]);
    }
  };
  walk(components);
  return found.length === 0 ? 'none' : found.join(', ');
}
