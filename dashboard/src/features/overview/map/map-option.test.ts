import { describe, expect, it } from 'vitest';
import { WORDS as words } from '../../../lib/figure-words.fixture';
import { translator } from '../../../lib/i18n/translator.fixture';
import { OVERVIEW } from '../overview.fixture';
import { indicatorByCountry } from '../overview-model';
import { mapModel } from './map-model';
import { MEKONG_MAP, mapOption, NOT_REPORTED_FILL, TRACK_COLOURS } from './map-option';

describe('the map of one indicator', () => {
  it('labels each country with its figure as text, withheld and "not reported" included, never 0', async () => {
    // Prepare
    const t = await translator('en');

    // Act
    const prv = mapModel(indicatorByCountry(OVERVIEW, 'PRV-01'), 'en-GB', words, t);
    const prt = mapModel(indicatorByCountry(OVERVIEW, 'PRT-01'), 'en-GB', words, t);

    // Assess
    expect(prv.regions.map((r) => r.label)).toEqual(['Cambodia\n1,200', 'Lao PDR\nnot reported']);
    // KH's PRT-01 adds up three months: withheld as a sum, not "<10" (found in the tryout: all six "<10").
    expect(prt.regions[0]!.label).toBe('Cambodia\nwithheld');
    expect(prt.regions[0]!.tooltip).toContain('withheld\nincludes figures withheld to protect survivors');
    expect(prt.regions[1]!.label).toBe('Lao PDR\n0');
  });

  it('gives the table and the CSV the same rows, and explains the withheld mark where it appears', async () => {
    const t = await translator('en');
    const { table } = mapModel(indicatorByCountry(OVERVIEW, 'PRT-01'), 'en-GB', words, t);
    expect(table.columns).toEqual(['Country', 'Actual', 'Target', 'Achievement', 'Status', 'Reported']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Cambodia', 'withheld', '30', 'withheld', 'not assessed', '3 of 3 months reported'],
      ['Lao PDR', '0', '20', '0%', 'off track', '1 of 3 months reported'],
    ]);
    expect(table.rows.map((r) => r.csv)).toEqual([
      ['Cambodia', 'withheld', '30', 'withheld', 'not assessed', '3 of 3 months reported'],
      ['Lao PDR', '0', '20', '0', 'off track', '1 of 3 months reported'],
    ]);
    expect(table.note).toMatch(/^withheld: a total over several months or countries/);
  });

  it('keeps "<10" for a one-month range, whose figure is that month\'s own', async () => {
    // Prepare: KH's PRT-01 of one month, withheld.
    const t = await translator('en');
    const month = { reported: 1, of: 1, notDue: 0 };
    const kh = OVERVIEW.countries[0]!;
    const response = { ...OVERVIEW, countries: [{ ...kh, indicators: kh.indicators.map((i) => ({ ...i, months: month })) }] };

    // Act
    const { regions, table } = mapModel(indicatorByCountry(response, 'PRT-01'), 'en-GB', words, t);

    // Assess
    expect(regions[0]!.label).toBe('Cambodia\n<10');
    expect(regions[0]!.tooltip).toContain('<10\nwithheld to protect survivors');
    expect(table.rows[0]!.csv[1]).toBe('<10');
    expect(table.note).toMatch(/^<10: withheld to protect survivors/);
  });

  it("keeps each word of a country with nothing reported in its own column (found in the tryout: Myanmar's coverage under Target)", async () => {
    const t = await translator('en');
    const { regions, table } = mapModel(indicatorByCountry(OVERVIEW, 'PRV-01'), 'en-GB', words, t);
    expect(table.rows[1]!.cells).toEqual(['Lao PDR', 'not reported', '', 'not assessed', 'not assessed', '0 of 3 months reported']);
    expect(table.rows[1]!.csv).toEqual(['Lao PDR', 'not reported', '', 'not assessed', 'not assessed', '0 of 3 months reported']);
    expect(regions[1]!.tooltip).not.toContain('Target');
  });

  it('writes a ratio\'s target as a percentage (found in the tryout: PRT-06 "82")', async () => {
    const t = await translator('en');
    const kh = OVERVIEW.countries[0]!;
    const prt06 = {
      indicator: 'PRT-06',
      actual: { value: 80, numerator: 8, denominator: 10 },
      target: 82,
      achievement: 97.6,
      months: kh.indicators[0]!.months,
    };
    const response = { ...OVERVIEW, countries: [{ ...kh, indicators: [prt06] }] };
    const { table } = mapModel(indicatorByCountry(response, 'PRT-06'), 'en-GB', words, t);
    expect(table.rows[0]!.cells.slice(1, 3)).toEqual(['80% (8/10)', '82%']);
    expect(table.rows[0]!.csv.slice(1, 3)).toEqual(['80', '82']);
  });

  it("writes the labels in the reader's language and lists them for the font loader", async () => {
    const t = await translator('km');
    const model = mapModel(
      indicatorByCountry(OVERVIEW, 'PRV-01'),
      'km-KH',
      { notReported: t('value.notReported'), notDue: t('month.notDue'), noPercent: '', withheld: t('value.withheld') },
      t,
    );
    expect(model.regions[1]!.label).toBe('ឡាវ\nមិនបានរាយការណ៍');
    expect(model.texts.join(' ')).toContain('កម្ពុជា');
  });

  it('draws the registered six-country map, coloured by track, unreported apart, animation off', () => {
    // Prepare
    const regions = [
      { country: 'KH' as const, label: 'Cambodia\n1,200', figure: '1,200', tooltip: 't', track: 'on-track' as const, notReported: false },
      { country: 'LA' as const, label: 'Lao PDR\nnot reported', figure: 'not reported', tooltip: 't', track: 'not-assessed' as const, notReported: true },
    ];

    // Act
    const option = mapOption(regions, '"Noto Sans", sans-serif') as any;

    // Assess
    expect(option.animation).toBe(false);
    expect(option.tooltip.renderMode).toBe('richText');
    const [series] = option.series;
    expect(series.map).toBe(MEKONG_MAP);
    expect(series.data[0].itemStyle.areaColor).toBe(TRACK_COLOURS['on-track']);
    expect(series.data[1].itemStyle).toMatchObject({ areaColor: NOT_REPORTED_FILL, borderType: 'dashed' });
    expect(series.label.formatter({ name: 'LA' })).toBe('Lao PDR\nnot reported');
    expect(option.textStyle.fontFamily).toBe('"Noto Sans", sans-serif');
  });

  it('labels a phone-sized map with the figures alone, smaller (found in the tryout: the two-line labels overlapped at 375 px)', () => {
    const regions = [
      { country: 'TH' as const, label: 'Thailand\n27,328', figure: '27,328', tooltip: 'Thailand', track: 'on-track' as const, notReported: false },
    ];
    const wide = (mapOption(regions, 'sans-serif') as any).series[0].label;
    const compact = (mapOption(regions, 'sans-serif', 'latin', true) as any).series[0].label;
    expect(wide.formatter({ name: 'TH' })).toBe('Thailand\n27,328');
    expect(compact.formatter({ name: 'TH' })).toBe('27,328');
    expect(compact.fontSize).toBeLessThan(wide.fontSize);
  });

  it('spaces the lines of labels and tooltips for scripts that stack marks above and below (Burmese, Khmer)', () => {
    const regions = [{ country: 'MM' as const, label: 'မြန်မာ\n12,133', figure: '12,133', tooltip: 't', track: 'at-risk' as const, notReported: false }];
    const latin = mapOption(regions, '"Noto Sans", sans-serif') as any;
    const myanmar = mapOption(regions, '"Noto Sans", "Noto Sans Myanmar", sans-serif', 'myanmar') as any;
    const khmer = mapOption(regions, '"Noto Sans", "Noto Sans Khmer", sans-serif', 'khmer') as any;
    expect(latin.series[0].label.lineHeight).toBe(16);
    // At 16 px apart, Burmese and Khmer names were drawn over their figures (seen in the e2e screenshots).
    expect(myanmar.series[0].label.lineHeight).toBeGreaterThanOrEqual(24);
    expect(khmer.series[0].label.lineHeight).toBeGreaterThanOrEqual(22);
    expect(myanmar.tooltip.textStyle.lineHeight).toBe(myanmar.series[0].label.lineHeight);
  });
});
