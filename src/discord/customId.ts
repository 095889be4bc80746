import { z } from 'zod';

/** Discord refuses a component or modal whose custom id is longer than this. */
export const CUSTOM_ID_MAX = 100;

/**
 * A custom id is `prefix:field:field…`: the prefix routes it, the fields (in the order the shape
 * declares them) carry only ids and small values, never state that could be forged into meaning.
 */
export interface CustomIdCodec<Data> {
  readonly prefix: string;
  build(data: Data): string;
  /** The fields of an id this codec built, or null for anything else (a forged or stale id). */
  parse(customId: string): Data | null;
}

const PREFIX = /^[a-z][a-z0-9]{0,15}$/;

/**
 * A codec for one prefix. Field schemas see the text of their segment (use `z.coerce` for numbers)
 * and must refuse `:`, so that a field cannot smuggle in another.
 */
export function customIdCodec<const Shape extends Record<string, z.ZodType>>(
  prefix: string,
  shape: Shape,
): CustomIdCodec<z.output<z.ZodObject<Shape>>> {
  if (!PREFIX.test(prefix))
    throw new TypeError(`custom id prefix "${prefix}" must be short lowercase letters`);
  const fields = Object.keys(shape);
  const schema = z.strictObject(shape);
  type Data = z.output<typeof schema>;
  return {
    prefix,
    build(data: Data) {
      const values = fields.map((field) => String((data as Record<string, unknown>)[field]));
      const id = [prefix, ...values].join(':');
      // Building an id that parses differently, or that Discord refuses, is a bug in the caller.
      if (id.length > CUSTOM_ID_MAX)
        throw new RangeError(`custom id "${prefix}:…" is longer than ${CUSTOM_ID_MAX}`);
      if (this.parse(id) === null) throw new TypeError(`custom id "${prefix}:…" does not parse back`);
      return id;
    },
    parse(customId: string) {
      const [head, ...segments] = customId.split(':');
      if (head !== prefix || segments.length !== fields.length || customId.length > CUSTOM_ID_MAX)
        return null;
      const parsed = schema.safeParse(Object.fromEntries(fields.map((field, i) => [field, segments[i]])));
      return parsed.success ? parsed.data : null;
    },
  };
}

/** The first segment of any custom id: what the router dispatches on. */
export function prefixOf(customId: string): string {
  return customId.split(':', 1)[0] ?? '';
}

export const snowflakeField = z.string().regex(/^\d{17,20}$/);
