import { describe, expect, it } from 'vitest';
import { PRT_01, PRT_01_BY_SEX, TARGETS } from '../../components/series-chart/series.fixture';
import { translator } from '../../lib/i18n/translator.fixture';
import { trendsCharts } from './trends-model';

describe('the trends charts', () => {
  it("gives the region the sum of the countries' monthly targets, each country its own, the comparison none", async () => {
    // Act
    const charts = trendsCharts(PRT_01, PRT_01_BY_SEX, TARGETS, await translator('en'));

    // Assess
    // December: LA reported and has no 2025 target, so the region has none; January: LA has not
    // reported, so the region's target is KH's alone (20, not 25: LA's month is not behind, it is not in).
    expect(charts.region.target).toEqual([null, 20, 25]);
    expect(charts.countries.map((c) => [c.country, c.chart.target])).toEqual([
      ['KH', [10, 20, 20]],
      ['LA', [null, 5, 5]],
    ]);
    expect(charts.comparison!.target).toBeNull();
    expect(charts.region.lines[0]!.figures.map((f) => f.kind)).toEqual(['suppressed', 'count', 'count']);
    expect(charts.region.coverage).toEqual(PRT_01_BY_SEX.regional.points.map((p) => p.countries));
    expect(charts.countries[0]!.chart.coverage).toBeUndefined();
  });

  it('leaves out the side-by-side chart for a single country', async () => {
    const one = { ...PRT_01_BY_SEX, series: PRT_01_BY_SEX.series.slice(0, 1) };
    expect(trendsCharts(PRT_01, one, TARGETS, await translator('en')).comparison).toBeNull();
  });
});
