import { describe, expect, it } from 'vitest';
import km from '../locales/km.json';
import lo from '../locales/lo.json';
import my from '../locales/my.json';
import { WORDS as words } from './figure-words.fixture';
import {
  csvFigure,
  type DateWords,
  figureOf,
  formatAchievement,
  formatDateTime,
  formatDay,
  formatFigure,
  formatNumber,
  formatPercent,
  formatPeriod,
  isSumOfTables,
} from './format';
import { localeOf } from './i18n/languages';

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
    const withheld = figureOf({ suppressed: true }, { percent: true });
    expect([formatFigure(withheld, 'en-GB', words), csvFigure(withheld, words)]).toEqual(['withheld', 'withheld']);
  });

  it('marks a withheld sum of several tables "withheld", and one table\'s figure "<10" (found in the tryout: Region PRT-01 "<10" against 1,128.3)', () => {
    // Prepare: a country's month; a one-month range of a country; two months; six countries' month.
    const [month, oneMonthRange, twoMonths, region] = [1, 1, 2, 6].map((tables) => figureOf({ suppressed: true }, { tables }));

    // Assess
    expect([month, oneMonthRange, twoMonths, region].map((f) => formatFigure(f!, 'en-GB', words))).toEqual(['<10', '<10', 'withheld', 'withheld']);
    expect(csvFigure(twoMonths!, words)).toBe('withheld');
    expect(twoMonths).toEqual({ kind: 'suppressed', sum: true });
    expect(figureOf({ suppressed: true }, { percent: true, tables: 3 })).toEqual({ kind: 'suppressed', percent: true, sum: true });
    // Only withheld figures are marked by what they are made of: a sum shown is a number.
    expect(figureOf(1234, { tables: 6 })).toEqual({ kind: 'count', value: 1234 });
    expect([isSumOfTables(0), isSumOfTables(1), isSumOfTables(2)]).toEqual([false, false, true]);
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

describe('dates in every language', () => {
  const catalogues = { km, lo, my } as const;
  const wordsOf = (language: keyof typeof catalogues) => catalogues[language].date as DateWords;

  it("ships Khmer, Lao and Burmese month names as CLDR has them (Node's full ICU), for browsers whose Intl lacks them", () => {
    for (const [language, locale] of [
      ['km', 'km-KH'],
      ['lo', 'lo-LA'],
      ['my', 'my-MM'],
    ] as const) {
      const months = Array.from({ length: 12 }, (_, n) =>
        new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, n, 1))),
      );
      expect(Array.from({ length: 12 }, (_, n) => wordsOf(language).month[String(n + 1).padStart(2, '0')])).toEqual(months);
    }
  });

  it("writes a month with the catalogue's names and order where Intl does not know the language (found in the tryout: 'Mar 2026' on a Khmer page)", () => {
    expect(formatPeriod('2026-03', 'km-KH', wordsOf('km'))).toBe('មីនា 2026');
    expect(formatPeriod('2026-12', 'lo-LA', wordsOf('lo'))).toBe('ທັນວາ 2026');
    // Year first in Burmese, in the digits Intl writes the locale's numbers in (Burmese in Node; the page's other figures match).
    expect(formatPeriod('2026-03', 'my-MM', wordsOf('my'))).toBe(`${new Intl.NumberFormat('my-MM', { useGrouping: false }).format(2026)} မတ်`);
    expect(formatDay('2026-07-10', 'km-KH', wordsOf('km'))).toBe('10 កក្កដា 2026');
  });

  it("writes a deadline with its date in the catalogue's words and its time on the country's clock", () => {
    const text = formatDateTime(new Date('2026-07-10T16:59:00Z'), 'Asia/Phnom_Penh', 'km-KH', wordsOf('km'));
    expect(text.startsWith('10 កក្កដា 2026, ')).toBe(true);
    expect(text).toContain('23:59');
  });

  it('leaves the dates to Intl where it knows the language', () => {
    expect(formatPeriod('2026-03', 'en-GB')).toBe('Mar 2026');
    expect(formatPeriod('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(formatDay('2026-07-10', 'en-GB')).toBe('10 Jul 2026');
  });

  it('writes Thai dates in Gregorian years, as the address and every other language do, never the Buddhist era', () => {
    const thai = localeOf('th');
    for (const text of [formatPeriod('2026-03', thai), formatDay('2026-07-10', thai), formatDateTime(new Date('2026-07-10T16:59:00Z'), 'Asia/Bangkok', thai)]) {
      expect(text).toContain('2026');
      expect(text).not.toContain('2569');
    }
    expect(formatPeriod('2026-03', thai)).toBe('มี.ค. 2026');
  });
});
