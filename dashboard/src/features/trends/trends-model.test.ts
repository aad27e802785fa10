import { describe, expect, it } from 'vitest';
import { PRT_01, PRT_01_BY_SEX, TARGETS } from '../../components/series-chart/series.fixture';
import { translator } from '../../lib/i18n/translator.fixture';
import { trendsCharts } from './trends-model';

describe('the trends charts', () => {
  it("gives the region the sum of the countries' monthly targets, each country its own, the comparison none", async () => {
    // Act
    const charts = trendsCharts(PRT_01, PRT_01_BY_SEX, TARGETS, await translator('en'));

    // Assess
    expect(charts.region.target).toEqual([null, 25, 25]); // LA has no 2025 target: no regional one either
    expect(charts.countries.map((c) => [c.country, c.chart.target])).toEqual([
      ['KH', [10, 20, 20]],
      ['LA', [null, 5, 5]],
    ]);
    expect(charts.comparison!.target).toBeNull();
    expect(charts.region.lines[0]!.figures.map((f) => f.kind)).toEqual(['suppressed', 'count', 'count']);
  });

  it('leaves out the side-by-side chart for a single country', async () => {
    const one = { ...PRT_01_BY_SEX, series: PRT_01_BY_SEX.series.slice(0, 1) };
    expect(trendsCharts(PRT_01, one, TARGETS, await translator('en')).comparison).toBeNull();
  });
});
