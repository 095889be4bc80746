import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CUSTOM_ID_MAX, customIdCodec, prefixOf, snowflakeField } from '#discord/customId.js';

const pager = customIdCodec('blist', {
  server: z.string().regex(/^[A-Za-z0-9-]{8,36}$/),
  page: z.coerce.number().int().min(1).max(100_000),
});

describe('custom id codecs', () => {
  it('builds prefix:field:field in the order the shape declares, and parses it back typed', () => {
    const id = pager.build({ server: '1a2b3c4d', page: 3 });
    expect(id).toBe('blist:1a2b3c4d:3');
    expect(pager.parse(id)).toEqual({ server: '1a2b3c4d', page: 3 });
    expect(prefixOf(id)).toBe('blist');
  });

  it('refuses ids of another prefix, with fields missing or extra, or that fail a field schema', () => {
    expect(pager.parse('blistx:1a2b3c4d:3')).toBeNull();
    expect(pager.parse('setup:1a2b3c4d:3')).toBeNull();
    expect(pager.parse('blist:1a2b3c4d')).toBeNull();
    expect(pager.parse('blist:1a2b3c4d:3:4')).toBeNull();
    expect(pager.parse('blist:1a2b3c4d:0')).toBeNull();
    expect(pager.parse('blist:1a2b3c4d:two')).toBeNull();
    expect(pager.parse('blist:../etc/x:1')).toBeNull();
  });

  it('refuses to build an id Discord would refuse or that would not parse back', () => {
    const long = customIdCodec('x', { value: z.string() });
    expect(() => long.build({ value: 'a'.repeat(CUSTOM_ID_MAX) })).toThrow(RangeError);
    expect(() => pager.build({ server: 'has:colon', page: 1 })).toThrow(TypeError);
    expect(() => pager.build({ server: '1a2b3c4d', page: 0 })).toThrow(TypeError);
  });

  it('a field-less codec is its prefix alone', () => {
    const form = customIdCodec('link', {});
    expect(form.build({})).toBe('link');
    expect(form.parse('link')).toEqual({});
    expect(form.parse('link:extra')).toBeNull();
  });

  it('takes only short lowercase prefixes', () => {
    expect(() => customIdCodec('Setup', { guildId: snowflakeField })).toThrow(TypeError);
    expect(() => customIdCodec('a:b', { guildId: snowflakeField })).toThrow(TypeError);
  });
});
