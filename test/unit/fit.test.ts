import { EmbedBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, embedLength, fitContent, fitEmbeds } from '#discord/fit.js';

describe('fitting a message to Discord’s limits', () => {
  it('cuts content at 2,000 characters with an ellipsis and leaves shorter content alone', () => {
    expect(fitContent('short')).toBe('short');
    const cut = fitContent('x'.repeat(5_000));
    expect(cut).toHaveLength(2_000);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('cuts each part of an embed to its own limit, builders included', () => {
    const [plain, built] = fitEmbeds([
      { title: 't'.repeat(300), description: 'd'.repeat(5_000), footer: { text: 'f'.repeat(3_000) } },
      new EmbedBuilder().setTitle('Backups').setFooter({ text: 'server' }),
    ]);
    expect(plain?.title).toHaveLength(DISCORD_LIMITS.title);
    expect(plain?.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(plain?.footer?.text.length).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
    expect(built).toEqual({ title: 'Backups', footer: { text: 'server' } });
  });

  it('keeps at most 25 fields, each name and value within bounds and never empty, and says how many more', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({
      name: i === 0 ? '' : `n${i}`,
      value: `${i}`.repeat(50),
    }));
    const [embed] = fitEmbeds([{ fields }]);
    expect(embed?.fields).toHaveLength(DISCORD_LIMITS.fields);
    expect(embed?.fields?.[0]?.name).toBe('\u200b');
    expect(embed?.fields?.at(-1)).toEqual({ name: '…', value: '6 more not shown' });
    const long = fitEmbeds([{ fields: [{ name: 'n'.repeat(300), value: 'v'.repeat(2_000) }] }])[0]
      ?.fields?.[0];
    expect(long?.name).toHaveLength(DISCORD_LIMITS.fieldName);
    expect(long?.value).toHaveLength(DISCORD_LIMITS.fieldValue);
  });

  it('brings several embeds within 6,000 characters in all, naming the fields left out', () => {
    const big = () => ({
      title: 'Backups',
      description: 'd'.repeat(3_000),
      fields: Array.from({ length: 5 }, (_, i) => ({ name: `field ${i}`, value: 'v'.repeat(500) })),
    });
    const fitted = fitEmbeds([big(), big()]);
    const total = fitted.reduce((sum, e) => sum + embedLength(e), 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    // The first embed is kept whole; the second gave up its fields first.
    expect(fitted[0]).toEqual(big());
    const last = fitted[1]?.fields?.at(-1);
    expect(last).toEqual({ name: '…', value: '5 more not shown' });
  });

  it('leaves what already fits exactly as it was', () => {
    const embed = { title: 'a', description: 'b', fields: [{ name: 'c', value: 'd', inline: true }] };
    expect(fitEmbeds([embed])).toEqual([embed]);
    expect(fitEmbeds(Array.from({ length: 12 }, () => embed))).toHaveLength(DISCORD_LIMITS.embeds);
  });
});
