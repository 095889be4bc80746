/**
 * The limits Discord enforces on what a bot sends, as zod schemas. A payload that breaks one is
 * answered with 50035 Invalid Form Body and Discord's nested `errors`, so the bot sees exactly the
 * DiscordAPIError it would get in production.
 */
import { z } from 'zod';
import { type FieldError, formBodyFailure } from './apiErrors.js';

const IS_COMPONENTS_V2 = 1 << 15;

const customId = z.string().min(1).max(100);

const button = z
  .looseObject({
    type: z.literal(2),
    style: z.number().int().min(1).max(6),
    label: z.string().max(80).optional(),
    custom_id: customId.optional(),
    url: z.string().max(512).optional(),
    sku_id: z.string().optional(),
    disabled: z.boolean().optional(),
    emoji: z.unknown().optional(),
  })
  .superRefine((value, ctx) => {
    const fail = (path: string, code: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { discordCode: code } });
    if (value.style === 5) {
      if (value.url === undefined)
        fail('url', 'BUTTON_COMPONENT_URL_REQUIRED', 'A link button requires a url.');
      if (value.custom_id !== undefined)
        fail('custom_id', 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED', 'A link button cannot have a custom id.');
    } else if (value.style === 6) {
      if (value.sku_id === undefined) fail('sku_id', 'BASE_TYPE_REQUIRED', 'This field is required');
    } else {
      if (value.custom_id === undefined)
        fail('custom_id', 'BUTTON_COMPONENT_CUSTOM_ID_REQUIRED', 'A custom id is required');
      if (value.url !== undefined)
        fail('url', 'BUTTON_COMPONENT_URL_NOT_ALLOWED', 'Only link buttons have a url.');
    }
    if (value.style !== 6 && !value.label && value.emoji === undefined)
      fail('label', 'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED', 'A button needs a label or an emoji.');
  });

const selectOption = z.looseObject({
  label: z.string().min(1).max(100),
  value: z.string().min(1).max(100),
  description: z.string().max(100).optional(),
  default: z.boolean().optional(),
  emoji: z.unknown().optional(),
});

const selectCommon = {
  custom_id: customId,
  placeholder: z.string().max(150).optional(),
  min_values: z.number().int().min(0).max(25).optional(),
  max_values: z.number().int().min(1).max(25).optional(),
  disabled: z.boolean().optional(),
  required: z.boolean().optional(),
};

const stringSelect = z.looseObject({
  type: z.literal(3),
  ...selectCommon,
  options: z.array(selectOption).min(1).max(25),
});

const entitySelect = z.looseObject({
  type: z.union([z.literal(5), z.literal(6), z.literal(7), z.literal(8)]),
  ...selectCommon,
  default_values: z
    .array(z.looseObject({ id: z.string(), type: z.string() }))
    .max(25)
    .optional(),
});

const textInput = z.looseObject({
  type: z.literal(4),
  custom_id: customId,
  style: z.union([z.literal(1), z.literal(2)]),
  label: z.string().min(1).max(45).optional(),
  min_length: z.number().int().min(0).max(4000).optional(),
  max_length: z.number().int().min(1).max(4000).optional(),
  required: z.boolean().optional(),
  value: z.string().max(4000).optional(),
  placeholder: z.string().max(100).optional(),
});

const messageRow = z
  .looseObject({
    type: z.literal(1),
    components: z
      .array(z.union([button, stringSelect, entitySelect]))
      .min(1)
      .max(5),
  })
  .superRefine((row, ctx) => {
    const hasSelect = row.components.some((component) => component.type !== 2);
    if (hasSelect && row.components.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['components'],
        message: 'A select menu must be alone in its action row.',
        params: { discordCode: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED' },
      });
  });

/** Components v2 layouts (containers, sections...) are checked loosely: types and custom ids only. */
const anyComponent = z.looseObject({ type: z.number().int() });

const embed = z.looseObject({
  title: z.string().max(256).optional(),
  description: z.string().max(4096).optional(),
  url: z.string().optional(),
  fields: z
    .array(
      z.looseObject({
        name: z.string().min(1).max(256),
        value: z.string().min(1).max(1024),
        inline: z.boolean().optional(),
      }),
    )
    .max(25)
    .optional(),
  footer: z.looseObject({ text: z.string().max(2048) }).optional(),
  author: z.looseObject({ name: z.string().max(256) }).optional(),
});

type CheckedEmbed = z.output<typeof embed>;

/** Discord counts title, description, field names and values, footer and author of every embed. */
function embedCharacters(e: CheckedEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

const messageBase = z
  .looseObject({
    content: z.string().max(2000).nullish(),
    embeds: z.array(embed).max(10).nullish(),
    flags: z.number().int().nullish(),
    components: z.array(z.unknown()).nullish(),
  })
  .superRefine((message, ctx) => {
    const total = (message.embeds ?? []).reduce((sum, e) => sum + embedCharacters(e), 0);
    if (total > 6000)
      ctx.addIssue({
        code: 'custom',
        path: ['embeds'],
        message: `Embed size exceeds maximum size of 6000 (${total})`,
        params: { discordCode: 'BASE_TYPE_MAX_LENGTH' },
      });
  });

const messageComponentsV1 = z.array(messageRow).max(5);
const messageComponentsV2 = z.array(anyComponent).max(40);

const modalLabel = z.looseObject({
  type: z.literal(18),
  label: z.string().min(1).max(45),
  description: z.string().max(100).optional(),
  component: z.union([textInput, stringSelect, entitySelect]),
});

const modalRow = z.looseObject({ type: z.literal(1), components: z.array(textInput).length(1) });
const modalText = z.looseObject({ type: z.literal(10), content: z.string().min(1).max(4000) });

const modal = z.looseObject({
  custom_id: customId,
  title: z.string().min(1).max(45),
  components: z
    .array(z.union([modalRow, modalLabel, modalText]))
    .min(1)
    .max(5),
});

/** The locales Discord accepts as keys of `name_localizations` / `description_localizations`. */
export const DISCORD_LOCALES = [
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
] as const;

/** A language → text map, each text within the limit of the field it translates. */
const localizations = (max: number) =>
  z
    .record(z.string(), z.string().min(1).max(max))
    .superRefine((map, ctx) => {
      for (const locale of Object.keys(map))
        if (!(DISCORD_LOCALES as readonly string[]).includes(locale))
          ctx.addIssue({
            code: 'custom',
            path: [locale],
            message: `Invalid Form Body: "${locale}" is not a valid locale`,
            params: { discordCode: 'BASE_TYPE_CHOICES' },
          });
    })
    .nullish();

const choice = z.looseObject({
  name: z.string().min(1).max(100),
  name_localizations: localizations(100),
  value: z.union([z.string().max(100), z.number()]),
});

const choices = z.looseObject({ choices: z.array(choice).max(25) });

const commandName = z
  .string()
  .regex(
    /^[-_'\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u,
    'Command names are 1-32 lowercase characters.',
  );

const commandOption: z.ZodType = z.lazy(() =>
  z
    .looseObject({
      type: z.number().int().min(1).max(11),
      name: commandName,
      name_localizations: localizations(32),
      description: z.string().min(1).max(100),
      description_localizations: localizations(100),
      required: z.boolean().optional(),
      autocomplete: z.boolean().optional(),
      choices: z.array(choice).max(25).optional(),
      options: z.array(commandOption).max(25).optional(),
      min_length: z.number().int().min(0).max(6000).optional(),
      max_length: z.number().int().min(1).max(6000).optional(),
    })
    .superRefine((option, ctx) => {
      if (option.autocomplete === true && option.choices !== undefined && option.choices.length > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['autocomplete'],
          message: 'Autocomplete cannot be enabled for options with choices.',
          params: { discordCode: 'APPLICATION_COMMAND_OPTIONS_AUTOCOMPLETE_CHOICES' },
        });
    }),
);

const command = z
  .looseObject({
    name: commandName,
    name_localizations: localizations(32),
    type: z.number().int().min(1).max(4).optional(),
    description: z.string().max(100).optional(),
    description_localizations: localizations(100),
    options: z.array(commandOption).max(25).optional(),
    default_member_permissions: z.string().regex(/^\d+$/).nullish(),
    contexts: z.array(z.number().int().min(0).max(2)).nullish(),
    integration_types: z.array(z.number().int().min(0).max(1)).optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.type ?? 1) === 1 && (value.description === undefined || value.description.length === 0))
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        message: 'This field is required',
        params: { discordCode: 'BASE_TYPE_REQUIRED' },
      });
    const options = (value.options ?? []) as Array<{ required?: boolean; type: number }>;
    let sawOptional = false;
    options.forEach((option, index) => {
      if (option.type === 1 || option.type === 2) return;
      if (option.required === true && sawOptional)
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'required'],
          message: 'Required options must be placed before non-required options',
          params: { discordCode: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID' },
        });
      if (option.required !== true) sawOptional = true;
    });
  });

const commands = z.array(command).max(110);

function toFieldErrors(error: z.ZodError, prefix: ReadonlyArray<string | number>): FieldError[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    switch (issue.code) {
      case 'too_big':
        return {
          path,
          code: 'BASE_TYPE_MAX_LENGTH',
          message: `Must be ${String(issue.maximum)} or fewer in length.`,
        };
      case 'too_small':
        return {
          path,
          code: 'BASE_TYPE_MIN_LENGTH',
          message: `Must be ${String(issue.minimum)} or more in length.`,
        };
      case 'invalid_type':
        return issue.message.includes('received undefined')
          ? { path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }
          : { path, code: 'BASE_TYPE_BAD_TYPE', message: issue.message };
      case 'custom': {
        const discordCode = (issue.params as { discordCode?: string } | undefined)?.discordCode;
        return { path, code: discordCode ?? 'INVALID', message: issue.message };
      }
      default:
        return { path, code: 'UNION_TYPE_CHOICES', message: issue.message };
    }
  });
}

function check(schema: z.ZodType, value: unknown, prefix: ReadonlyArray<string | number>): FieldError[] {
  const result = schema.safeParse(value);
  return result.success ? [] : toFieldErrors(result.error, prefix);
}

/** Every custom id in a component tree, with its path, to catch duplicates (Discord refuses them). */
function collectCustomIds(
  components: unknown,
  path: Array<string | number>,
  out: Array<{ id: string; path: Array<string | number> }>,
): void {
  if (!Array.isArray(components)) return;
  components.forEach((component: unknown, index) => {
    if (component === null || typeof component !== 'object') return;
    const here = [...path, index];
    const record = component as Record<string, unknown>;
    if (typeof record.custom_id === 'string')
      out.push({ id: record.custom_id, path: [...here, 'custom_id'] });
    collectCustomIds(record.components, [...here, 'components'], out);
    if (record.component !== undefined) collectCustomIds([record.component], [...here, 'component'], out);
    if (record.accessory !== undefined) collectCustomIds([record.accessory], [...here, 'accessory'], out);
  });
}

function duplicateCustomIds(components: unknown, prefix: ReadonlyArray<string | number>): FieldError[] {
  const found: Array<{ id: string; path: Array<string | number> }> = [];
  collectCustomIds(components, [...prefix, 'components'], found);
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const entry of found) {
    if (seen.has(entry.id))
      errors.push({
        path: entry.path,
        code: 'COMPONENT_CUSTOM_ID_DUPLICATED',
        message: 'Component custom id cannot be duplicated',
      });
    seen.add(entry.id);
  }
  return errors;
}

function throwIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw formBodyFailure(errors);
}

/** Content, embeds and components of a message create/edit (or of a callback's `data`). */
export function validateMessagePayload(body: unknown, prefix: ReadonlyArray<string | number> = []): void {
  const errors = check(messageBase, body, prefix);
  if (errors.length === 0 && body !== null && typeof body === 'object') {
    const record = body as { components?: unknown; flags?: number | null };
    if (record.components !== undefined && record.components !== null) {
      const v2 = ((record.flags ?? 0) & IS_COMPONENTS_V2) !== 0;
      errors.push(
        ...check(v2 ? messageComponentsV2 : messageComponentsV1, record.components, [
          ...prefix,
          'components',
        ]),
      );
      errors.push(...duplicateCustomIds(record.components, prefix));
    }
  }
  throwIfAny(errors);
}

export function validateModal(data: unknown, prefix: ReadonlyArray<string | number> = ['data']): void {
  const errors = check(modal, data, prefix);
  if (errors.length === 0)
    errors.push(...duplicateCustomIds((data as { components: unknown }).components, prefix));
  throwIfAny(errors);
}

export function validateChoices(data: unknown, prefix: ReadonlyArray<string | number> = ['data']): void {
  throwIfAny(check(choices, data, prefix));
}

export function validateCommands(body: unknown): void {
  throwIfAny(check(commands, body, []));
}

export function validateCommand(body: unknown): void {
  throwIfAny(check(command, body, []));
}
