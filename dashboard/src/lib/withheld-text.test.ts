import { describe, expect, it } from 'vitest';
import { figureOf } from './format';
import { translator } from './i18n/translator.fixture';
import { withheldNote, withheldReason } from './withheld-text';

describe('why a figure is withheld', () => {
  it('explains "<10" and a withheld sum each in its own words, and nothing where nothing is withheld', async () => {
    // Prepare
    const t = await translator('en');
    const month = figureOf({ suppressed: true });
    const sum = figureOf({ suppressed: true }, { tables: 6 });

    // Act
    const both = withheldNote([month, sum, figureOf(4)], t);

    // Assess
    if (month.kind !== 'suppressed' || sum.kind !== 'suppressed') throw new Error('both are withheld');
    expect([withheldReason(month, t), withheldReason(sum, t)]).toEqual(['withheld to protect survivors', 'includes figures withheld to protect survivors']);
    expect(both).toMatch(/^<10: withheld to protect survivors.* withheld: a total over several months or countries/);
    expect(withheldNote([sum], t)).not.toContain('<10');
    expect(withheldNote([figureOf(4), figureOf(null)], t)).toBeUndefined();
  });

  it('has the words in every language', async () => {
    for (const language of ['km', 'zh', 'lo', 'my', 'th', 'vi'] as const) {
      const t = await translator(language);
      const note = withheldNote([figureOf({ suppressed: true }, { tables: 2 })], t)!;
      expect(note.startsWith(t('value.withheld'))).toBe(true);
    }
  });
});
