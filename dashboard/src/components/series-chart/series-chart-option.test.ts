import { describe, expect, it } from 'vitest';
import { WORDS as words } from '../../lib/figure-words.fixture';
import { translator } from '../../lib/i18n/translator.fixture';
import { PRT_01, PRT_01_BY_SEX, PRT_06, PRT_06_BY_SEX } from './series.fixture';
import { comparisonChart, entityChart, pointsOf } from './series-chart-model';
import { NOT_REPORTED_FILL, runsOf, seriesChartOption, TARGET_COLOUR, WITHHELD_FILL } from './series-chart-option';
import { seriesChartText } from './series-chart-text';

type Series = {
  type: string;
  name: string;
  data: (number | null)[];
  stack?: string;
  step?: string;
  lineStyle?: { type: string };
  markArea?: MarkArea;
  color?: string;
};
type MarkArea = { data: [{ xAxis: number; name: string; itemStyle: { color: string } }, { xAxis: number }][] };
type Option = {
  animation: boolean;
  series: Series[];
  legend: { data: string[] };
  xAxis: [{ type: string; boundaryGap: boolean }, { type: string; min: number; max: number; show: boolean }];
  yAxis: { max?: number; min: number; axisLine?: { onZero?: boolean } };
  tooltip: { renderMode: string; formatter: (p: { dataIndex: number }[]) => string };
};

async function build(indicator = PRT_01, response = PRT_01_BY_SEX, of: 'KH' | 'LA' | 'region' = 'KH', target: (number | null)[] | null = [10, 20, 20]) {
  const t = await translator('en');
  const chart = entityChart({ indicator, response, points: pointsOf(response, of), target, t });
  const text = seriesChartText(chart, 'en-GB', words, t);
  return seriesChartOption(chart, text, 'en-GB', 'Noto Sans') as unknown as Option;
}

describe('the ECharts option of a series', () => {
  it('stacks the split as bars, draws the total as a line with a gap (null, not 0) where it is withheld', async () => {
    // Act
    const option = await build();

    // Assess
    expect(option.animation).toBe(false);
    const [female, male, total] = option.series;
    expect([female!.type, female!.stack, female!.data]).toEqual(['bar', 'split', [null, 15, null]]);
    expect([male!.type, male!.stack, male!.data]).toEqual(['bar', 'split', [0, 10, null]]);
    expect([total!.type, total!.name, total!.data]).toEqual(['line', 'Total', [null, 25, 30]]);
  });

  it('shades the total\'s withheld month labelled "<10" and its unreported one apart, each over its month\'s whole slot', async () => {
    const kh = await build();
    const shading = kh.series.filter((s) => s.markArea);
    expect(shading).toHaveLength(1);
    const bands = shading[0]!.markArea!.data;
    expect(bands).toEqual([[{ xAxis: -0.5, name: '<10', itemStyle: { color: WITHHELD_FILL } }, { xAxis: 0.5 }]]);
    // The hidden axis the bands sit on spans the same slots as the months.
    expect(kh.xAxis[0].boundaryGap).toBe(true);
    expect(kh.xAxis[1]).toMatchObject({ type: 'value', min: -0.5, max: 2.5, show: false });
    expect(kh.legend.data).toEqual(['Female', 'Male', 'Total', 'Target']);

    const la = await build(PRT_01, PRT_01_BY_SEX, 'LA');
    const laBands = la.series.find((s) => s.markArea)!.markArea!.data;
    expect(laBands.map((b) => [b[0].xAxis, b[1].xAxis, b[0].name, b[0].itemStyle.color])).toEqual([[0.5, 1.5, '', NOT_REPORTED_FILL]]);
  });

  it('makes consecutive months one band, labelled once, so labels do not overlap on a small chart', () => {
    expect(runsOf([0, 1, 2, 5, 7, 8])).toEqual([
      [0, 2],
      [5, 5],
      [7, 8],
    ]);
    expect(runsOf([])).toEqual([]);
  });

  it('draws the monthly target as a dashed step line, a gap where a year has none', async () => {
    const option = await build(PRT_01, PRT_01_BY_SEX, 'KH', [10, null, 20.04]);
    const target = option.series.find((s) => s.name === 'Target')!;
    expect(target).toMatchObject({ type: 'line', name: 'Target', step: 'middle', color: TARGET_COLOUR, lineStyle: { type: 'dashed' } });
    expect(target.data).toEqual([10, null, 20]);
  });

  it('draws no target line where no month has a target (a ratio over the region)', async () => {
    const option = await build(PRT_06, PRT_06_BY_SEX, 'region', [null, null]);
    expect(option.series.map((s) => s.name)).not.toContain('Target');
  });

  it('has no target line on a chart without one, and no shading on a chart of several countries', async () => {
    const t = await translator('en');
    const chart = comparisonChart(PRT_01, PRT_01_BY_SEX, t);
    const option = seriesChartOption(chart, seriesChartText(chart, 'en-GB', words, t), 'en-GB', 'Noto Sans') as unknown as Option;
    expect(option.series.map((s) => s.name)).toEqual(['Cambodia', 'Lao PDR']);
    expect(option.series.every((s) => s.markArea === undefined)).toBe(true);
    expect(option.series[1]!.data).toEqual([12, null, 40]);
  });

  it("keeps the value axis at the left edge, not at the hidden band axis's zero (found in the tryout: a line a third of the way in)", async () => {
    const option = await build(PRT_06, PRT_06_BY_SEX, 'KH', [75, 75]);
    expect(option.yAxis.axisLine?.onZero).toBe(false);
  });

  it('plots a ratio as lines of percentages on a 0–100 axis, a ratio of nobody as a gap', async () => {
    const option = await build(PRT_06, PRT_06_BY_SEX, 'KH', [75, 75]);
    expect(option.yAxis.max).toBe(100);
    expect(option.series.map((s) => [s.type, s.stack])).toEqual([
      ['line', undefined],
      ['line', undefined],
      ['line', undefined],
      ['line', undefined],
    ]);
    expect(option.series[0]!.data).toEqual([82.5, null]);
    expect(option.series[2]!.data).toEqual([null, null]);
  });

  it("tooltips on the canvas (the CSP refuses ECharts' HTML ones) with the month's words", async () => {
    const option = await build();
    expect(option.tooltip.renderMode).toBe('richText');
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).toContain('Total: <10 (withheld to protect survivors)');
  });
});
