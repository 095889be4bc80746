/** Submitting a modal: each input's value checked against what the bot asked for, in the row or the label form. */
import type { InteractionHandle } from './interaction.js';
import { createInteraction } from './interactionFactory.js';
import { waitForGateway } from './invocation.js';
import type { FakeDiscordServer } from './server.js';
import type { ApiComponent, FakeGuild, FakeUser, ResponseData } from './types.js';

export interface ModalSubmitOptions {
  user: FakeUser;
  /** The interaction the bot answered with the modal (callback type 9). */
  from: InteractionHandle;
  /** Input custom id -> value; a select inside a label takes comma-separated values. */
  values: Record<string, string>;
  guild?: FakeGuild;
}

function idOf(component: ApiComponent): { id?: number } {
  return component.id !== undefined ? { id: component.id } : {};
}

function submittedInput(
  input: ApiComponent,
  values: Record<string, string>,
  used: Set<string>,
  modal: ResponseData,
): Record<string, unknown> {
  const customId = input.custom_id ?? '';
  used.add(customId);
  const value = values[customId];
  const where = `modal "${modal.custom_id ?? ''}" input "${customId}"`;
  if (input.type === 4) {
    const text = value ?? '';
    if (text.length === 0 && input.required !== false) throw new Error(`${where} is required`);
    if (text.length > 0 && input.min_length !== undefined && text.length < input.min_length)
      throw new Error(`${where} needs at least ${input.min_length} characters`);
    if (input.max_length !== undefined && text.length > input.max_length)
      throw new Error(`${where} takes at most ${input.max_length} characters`);
    return { type: 4, ...idOf(input), custom_id: customId, value: text };
  }
  // A select menu inside a label: comma-separated values.
  const chosen = value === undefined || value === '' ? [] : value.split(',');
  if (chosen.length === 0 && input.required !== false) throw new Error(`${where} is required`);
  return { type: input.type, ...idOf(input), custom_id: customId, values: chosen };
}

/** A member submits the modal the bot showed in answer to `options.from`, with a value per input. */
export async function submitModal(
  fake: FakeDiscordServer,
  options: ModalSubmitOptions,
): Promise<InteractionHandle> {
  const opener = fake.interactions.get(options.from.id);
  if (opener === undefined) throw new Error(`Interaction ${options.from.id} was not created by this fake`);
  await waitForGateway(fake, opener.context.guild?.id);
  const modal = opener.modal;
  if (modal === undefined)
    throw new Error(`The bot showed no modal in answer to ${opener.label}; got ${opener.describe()}`);
  if (options.user.id !== opener.context.user.id)
    throw new Error(`Only ${opener.context.user.username} sees the modal of ${opener.label}`);
  if (options.guild !== undefined && options.guild.id !== opener.context.guild?.id)
    throw new Error(`The modal of ${opener.label} was not opened in guild ${options.guild.name}`);
  const used = new Set<string>();
  const components = (modal.components ?? []).flatMap((row): Array<Record<string, unknown>> => {
    if (row.type === 1) {
      const input = row.components?.[0];
      if (input === undefined) return [];
      return [{ type: 1, ...idOf(row), components: [submittedInput(input, options.values, used, modal)] }];
    }
    if (row.type === 18 && row.component !== undefined)
      return [
        { type: 18, ...idOf(row), component: submittedInput(row.component, options.values, used, modal) },
      ];
    return [];
  });
  const extra = Object.keys(options.values).filter((key) => !used.has(key));
  if (extra.length > 0)
    throw new Error(
      `Modal "${modal.custom_id ?? ''}" has no input(s) ${extra.join(', ')}; it has ${[...used].join(', ')}`,
    );
  const source = opener.sourceMessageId === undefined ? undefined : fake.messages.get(opener.sourceMessageId);
  const data = { custom_id: modal.custom_id, components };
  return createInteraction(fake, 5, `modal "${modal.custom_id ?? ''}"`, opener.context, data, source);
}
