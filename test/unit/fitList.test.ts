import { describe, expect, it } from 'vitest';
import { EMBED_FIELD_MAX, fitList } from '#discord/text.js';

describe('fitting a list to a Discord limit', () => {
  it('keeps a list that fits as it is', () => {
    expect(fitList(['a', 'b', 'c'], 100, ', ')).toBe('a, b, c');
  });

  it('keeps what fits and says how many more there are, never past the limit', () => {
    const items = Array.from({ length: 40 }, (_, i) => `• ${'x'.repeat(70)} server ${i}`);
    const fitted = fitList(items, EMBED_FIELD_MAX, '\n');
    expect(fitted.length).toBeLessThanOrEqual(EMBED_FIELD_MAX);
    const kept = fitted.split('\n').filter((l) => l.startsWith('•')).length;
    expect(kept).toBeGreaterThan(5);
    expect(fitted.endsWith(`…and ${40 - kept} more`)).toBe(true);
  });

  it('fits exactly at the edge without a needless "more"', () => {
    expect(fitList(['aaaa', 'bbbb'], 10, ', ')).toBe('aaaa, bbbb');
    expect(fitList(['aaaa', 'bbbb', 'cccc'], 10, ', ').length).toBeLessThanOrEqual(10);
  });
});
