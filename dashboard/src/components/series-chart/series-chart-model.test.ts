import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translator.fixture';
import { PRT_01, PRT_01_BY_SEX, PRT_06, PRT_06_BY_SEX } from './series.fixture';
import { comparisonChart, entityChart, isEmptySeries, plotted, pointsOf } from './series-chart-model';

describe('a series response as charts', () => {
  it('stacks a count split by a dimension, with the total as a line and withheld months kept withheld', async () => {
    // Prepare
    const t = await translator('en');

    // Act
    const chart = entityChart({ indicator: PRT_01, response: PRT_01_BY_SEX, points: pointsOf(PRT_01_BY_SEX, 'KH'), target: null, t });

    // Assess
    expect(chart.unit).toBe('count');
    expect(chart.lines.map((l) => l.name)).toEqual(['Total']);
    expect(chart.stacks.map((s) => s.name)).toEqual(['Female', 'Male']);
    expect(chart.lines[0]!.figures).toEqual([{ kind: 'suppressed' }, { kind: 'count', value: 25 }, { kind: 'count', value: 30 }]);
    expect(chart.stacks[1]!.figures[0]).toEqual({ kind: 'count', value: 0 });
    expect(chart.shaded).toBe('total');
  });

  it("draws a ratio's split as lines, never stacked: percentages do not add up", async () => {
    const t = await translator('en');
    const chart = entityChart({ indicator: PRT_06, response: PRT_06_BY_SEX, points: pointsOf(PRT_06_BY_SEX, 'KH'), target: null, t });
    expect(chart.unit).toBe('percent');
    expect(chart.stacks).toEqual([]);
    expect(chart.lines.map((l) => l.key)).toEqual(['total', 'female', 'male']);
    expect(chart.lines[0]!.figures[0]).toEqual({ kind: 'ratio', percent: 82.5, numerator: 33, denominator: 40 });
  });

  it('puts every country side by side without a target, not reported kept apart from 0', async () => {
    const t = await translator('en');
    const chart = comparisonChart(PRT_01, PRT_01_BY_SEX, t);
    expect(chart.lines.map((l) => l.name)).toEqual(['Cambodia', 'Lao PDR']);
    expect(chart.lines[1]!.figures[1]).toEqual({ kind: 'not-reported' });
    expect(chart.target).toBeNull();
    expect(chart.shaded).toBeNull();
  });

  it('plots a withheld, unreported or no-percentage figure as nothing, never 0, and a reported 0 as 0', () => {
    expect(plotted({ kind: 'suppressed' })).toBeNull();
    expect(plotted({ kind: 'not-reported' })).toBeNull();
    expect(plotted({ kind: 'ratio', percent: null, numerator: 0, denominator: 0 })).toBeNull();
    expect(plotted({ kind: 'count', value: 0 })).toBe(0);
    expect(plotted({ kind: 'ratio', percent: 82.5, numerator: 33, denominator: 40 })).toBe(82.5);
  });

  it('calls a series empty only when no month of any country was reported (withheld is something)', () => {
    expect(isEmptySeries(PRT_01_BY_SEX)).toBe(false);
    const withheldOnly = {
      ...PRT_01_BY_SEX,
      series: PRT_01_BY_SEX.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, value: { suppressed: true as const } })) })),
    };
    expect(isEmptySeries(withheldOnly)).toBe(false);
    const nothing = { ...PRT_01_BY_SEX, series: PRT_01_BY_SEX.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, value: null })) })) };
    expect(isEmptySeries(nothing)).toBe(true);
  });
});
