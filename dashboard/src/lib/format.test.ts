import { describe, expect, it } from 'vitest';
import { csvFigure, figureOf, formatAchievement, formatFigure, formatNumber, formatPercent } from './format';

const words = { notReported: 'not reported', notDue: 'not due yet', noPercent: 'no percentage', withheld: 'withheld' };

describe('figures as a reader sees them', () => {
  it('writes a withheld value as "<10" in every language and in CSV, never 0', () => {
    // Prepare
    const withheld = figureOf({ suppressed: true });

    // Assess
    for (const locale of ['en-GB', 'km-KH', 'my-MM', 'zh-CN']) expect(formatFigure(withheld, locale, words)).toBe('<10');
    expect(csvFigure(withheld, words)).toBe('<10');
    expect(formatAchievement({ suppressed: true }, 'en-GB', 'not assessed', 'withheld')).toBe('withheld');
  });

  it('writes a withheld percentage as the word, since "<10" would read as under 10 % (found in the tryout: PRT-06 "<10" for 67.8 %)', () => {
    const withheld = figureOf({ suppressed: true }, true);
    expect([formatFigure(withheld, 'en-GB', words), csvFigure(withheld, words)]).toEqual(['withheld', 'withheld']);
  });

  it('writes a value not reported as words, never 0 or blank', () => {
    const missing = figureOf(null);
    expect(formatFigure(missing, 'en-GB', words)).toBe('not reported');
    expect(csvFigure(missing, words)).toBe('not reported');
  });

  it('keeps a reported zero a zero', () => {
    expect(formatFigure(figureOf(0), 'en-GB', words)).toBe('0');
    expect(csvFigure(figureOf(0), words)).toBe('0');
  });

  it("groups digits as each locale does, in the locale's own digits", () => {
    expect(formatNumber(1234567, 'en-GB')).toBe('1,234,567');
    expect(formatNumber(1234567, 'vi-VN')).toBe('1.234.567');
    expect(formatNumber(1234567, 'my-MM')).toBe('၁,၂၃၄,၅၆၇');
    expect(formatPercent(82.5, 'en-GB')).toBe('82.5%');
    expect(formatPercent(82.5, 'vi-VN')).toBe('82,5%');
  });

  it('writes a ratio as its percentage with the counts, and CSV as the bare percentage', () => {
    const ratio = figureOf({ value: 80, numerator: 8, denominator: 10 });
    expect(formatFigure(ratio, 'en-GB', words)).toBe('80% (8/10)');
    expect(csvFigure(ratio, words)).toBe('80');
    expect(formatFigure(figureOf({ value: null, numerator: 0, denominator: 0 }), 'en-GB', words)).toBe('no percentage (0/0)');
  });

  it('leaves CSV numbers ungrouped, so a spreadsheet reads them as numbers', () => {
    expect(csvFigure(figureOf(12345), words)).toBe('12345');
  });
});
