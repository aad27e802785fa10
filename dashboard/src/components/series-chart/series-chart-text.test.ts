import { describe, expect, it } from 'vitest';
import { WORDS as words } from '../../lib/figure-words.fixture';
import { figureWords } from '../../lib/format';
import { translator } from '../../lib/i18n/translator.fixture';
import { PRT_01, PRT_01_BY_SEX, PRT_06, PRT_06_BY_SEX } from './series.fixture';
import { entityChart, pointsOf } from './series-chart-model';
import { seriesChartText } from './series-chart-text';

describe('the words of a series chart', () => {
  it('writes "<10" with its reason and "not reported" in the tooltip, the table and the CSV, never 0', async () => {
    // Prepare
    const t = await translator('en');
    const chart = entityChart({ indicator: PRT_01, response: PRT_01_BY_SEX, points: pointsOf(PRT_01_BY_SEX, 'KH'), target: [10, 20, 20.04], t });

    // Act
    const text = seriesChartText(chart, 'en-GB', words, t);

    // Assess
    expect(text.tooltips[0]).toBe('Dec 2025\nTotal: <10 (withheld to protect survivors)\n  Male: 0\n  Female: <10 (withheld to protect survivors)\nTarget: 10');
    expect(text.table.columns).toEqual(['Month', 'Total', 'Female', 'Male', 'Target']);
    expect(text.table.rows.map((r) => r.cells)).toEqual([
      ['Dec 2025', '<10', '<10', '0', '10'],
      ['Jan 2026', '25', '15', '10', '20'],
      ['Feb 2026', '30', '<10', '<10', '20'],
    ]);
    expect(text.table.rows.map((r) => r.csv)).toEqual([
      ['2025-12', '<10', '<10', '0', '10'],
      ['2026-01', '25', '15', '10', '20'],
      ['2026-02', '30', '<10', '<10', '20'],
    ]);
    expect(text.table.note).toMatch(/^<10: withheld to protect survivors/);
    expect(text.withheld).toEqual([0]);
    expect(text.notReported).toEqual([]);
    expect([text.names.withheld, text.withheldKey]).toEqual(['<10', 'Grey band: <10, withheld to protect survivors']);
  });

  it('marks the region\'s withheld months "withheld", sums of countries, in the tooltip, table, CSV, band and note (found in the tryout)', async () => {
    // Prepare: the region's December and February are withheld, each made of two countries.
    const t = await translator('en');
    const chart = entityChart({ indicator: PRT_01, response: PRT_01_BY_SEX, points: pointsOf(PRT_01_BY_SEX, 'region'), target: null, t });

    // Act
    const text = seriesChartText(chart, 'en-GB', words, t);

    // Assess
    expect(text.tooltips[0]).toContain('Total: withheld (includes figures withheld to protect survivors)');
    expect(text.table.rows.map((r) => r.cells.slice(1, 4))).toEqual([
      ['withheld', 'withheld', '0'],
      ['25', '15', '10'],
      ['70', 'withheld', 'withheld'],
    ]);
    expect(text.table.rows[2]!.csv.slice(1, 4)).toEqual(['70', 'withheld', 'withheld']);
    expect(text.names.withheld).toBe('withheld');
    expect(text.withheldKey).toBe('Grey band: withheld, includes figures withheld to protect survivors');
    expect(text.table.note).toMatch(/^withheld: a total over several months or countries/);
    expect(text.texts.join('\n')).not.toContain('<10');
  });

  it('says "not reported" for a month a country did not report, and "no target" where none is set', async () => {
    const t = await translator('en');
    const chart = entityChart({ indicator: PRT_01, response: PRT_01_BY_SEX, points: pointsOf(PRT_01_BY_SEX, 'LA'), target: [null, 5, 5], t });
    const text = seriesChartText(chart, 'en-GB', words, t);
    expect(text.table.rows[1]!.cells).toEqual(['Jan 2026', 'not reported', 'not reported', 'not reported', '5']);
    expect(text.table.rows[0]!.csv.at(-1)).toBe('no target');
    expect(text.notReported).toEqual([1]);
    expect(text.table.note).toBeUndefined();
  });

  it('gives a ratio as its percentage with numerator/denominator in the tooltip and table, and as three numbers in the CSV', async () => {
    const t = await translator('en');
    const chart = entityChart({ indicator: PRT_06, response: PRT_06_BY_SEX, points: pointsOf(PRT_06_BY_SEX, 'KH'), target: [75, 75], t });
    const text = seriesChartText(chart, 'en-GB', words, t);
    expect(text.tooltips[0]).toContain('Total: 82.5% (33/40)');
    expect(text.table.rows[0]!.cells).toEqual(['Jan 2026', '82.5% (33/40)', '80% (20/25)', 'withheld', '75']);
    expect(text.table.csvColumns).toEqual([
      'Month',
      'Total (%)',
      'Total: numerator',
      'Total: denominator',
      'Female (%)',
      'Female: numerator',
      'Female: denominator',
      'Male (%)',
      'Male: numerator',
      'Male: denominator',
      'Target (%)',
    ]);
    expect(text.table.rows[0]!.csv).toEqual(['2026-01', '82.5', '33', '40', '80', '20', '25', 'withheld', 'withheld', 'withheld', '75']);
    expect(text.table.rows[1]!.cells[1]).toBe('no percentage (0/0)');
  });

  it("writes the months and numbers in the reader's locale", async () => {
    const t = await translator('th');
    const chart = entityChart({ indicator: PRT_01, response: PRT_01_BY_SEX, points: pointsOf(PRT_01_BY_SEX, 'KH'), target: null, t });
    const text = seriesChartText(chart, 'th-TH', figureWords(t), t);
    expect(text.months[1]).toBe(new Intl.DateTimeFormat('th-TH', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 1))));
    expect(text.table.columns[1]).toBe('ยอดรวม');
  });
});

describe('a month not due and what the region is made of', () => {
  it('says "not due yet" where completeness does, and how many countries each regional month counts, in tooltip, table and CSV', async () => {
    // Prepare: KH and LA in February 2026, LA's not due yet; in March neither is.
    const t = await translator('en');
    const response = {
      indicator: 'PRT-01',
      from: '2026-02',
      to: '2026-03',
      by: null,
      series: [
        {
          country: 'KH' as const,
          points: [
            { period: '2026-02', value: 12 },
            { period: '2026-03', value: null, notDue: true as const },
          ],
        },
        {
          country: 'LA' as const,
          points: [
            { period: '2026-02', value: null, notDue: true as const },
            { period: '2026-03', value: null, notDue: true as const },
          ],
        },
      ],
      regional: {
        points: [
          { period: '2026-02', value: 12, countries: { reported: 1, of: 2, notDue: 1 } },
          { period: '2026-03', value: null, countries: { reported: 0, of: 2, notDue: 2 } },
        ],
      },
    };

    // Act
    const la = seriesChartText(entityChart({ indicator: PRT_01, response, points: pointsOf(response, 'LA'), target: null, t }), 'en-GB', words, t);
    const region = seriesChartText(entityChart({ indicator: PRT_01, response, points: pointsOf(response, 'region'), target: null, t }), 'en-GB', words, t);

    // Assess
    expect(la.table.rows.map((r) => r.cells)).toEqual([
      ['Feb 2026', 'not due yet'],
      ['Mar 2026', 'not due yet'],
    ]);
    expect(la.notReported).toEqual([]);
    expect(region.tooltips).toEqual([
      'Feb 2026\nTotal: 12\n1 of 2 countries reported · 1 not due yet',
      'Mar 2026\nTotal: not due yet\n0 of 2 countries reported · 2 not due yet',
    ]);
    expect(region.table.columns).toEqual(['Month', 'Total', 'Reported']);
    expect(region.table.rows.map((r) => r.csv)).toEqual([
      ['2026-02', '12', '1 of 2 countries reported · 1 not due yet'],
      ['2026-03', 'not due yet', '0 of 2 countries reported · 2 not due yet'],
    ]);
  });
});
