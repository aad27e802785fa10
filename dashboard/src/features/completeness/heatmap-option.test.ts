import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translator.fixture';
import { CELL_STATUSES, STATUS_STYLES } from './cell-status';
import { COMPLETENESS } from './completeness.fixture';
import { completenessModel } from './completeness-model';
import { heatmapOption } from './heatmap-option';

describe('the heat map option', () => {
  it('draws countries down and months across, each cell coloured by its state, animation off', async () => {
    // Prepare
    const model = completenessModel(COMPLETENESS, 'en-GB', await translator('en'));

    // Act
    const option = heatmapOption(model, '"Noto Sans", sans-serif') as any;

    // Assess
    expect(option.animation).toBe(false);
    expect(option.textStyle.fontFamily).toBe('"Noto Sans", sans-serif');
    expect(option.xAxis.data).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026']);
    expect(option.yAxis).toMatchObject({ data: ['Cambodia', 'Myanmar'], inverse: true });
    const [heatmap] = option.series;
    expect(heatmap.type).toBe('heatmap');
    // Each cell's value is its state's index; the visual map turns that index into the state's fill.
    const colourOf = (value: number) => option.visualMap.pieces.find((p: { value: number }) => p.value === value).color;
    expect(heatmap.data.map((d: number[]) => colourOf(d[2]!))).toEqual(model.cells.map((c) => STATUS_STYLES[c.status].fill));
    expect(heatmap.data[5]).toEqual([1, 1, CELL_STATUSES.indexOf('draft')]);
    expect(option.visualMap).toMatchObject({ type: 'piecewise', show: false, seriesIndex: 0, dimension: 2 });
  });

  it("marks every cell but the not-due ones with its state's shape, so colour is never the only cue", async () => {
    const model = completenessModel(COMPLETENESS, 'en-GB', await translator('en'));
    const [, marks] = (heatmapOption(model, 'sans-serif') as any).series;
    expect(marks).toMatchObject({ type: 'scatter', silent: true, symbolKeepAspect: true });
    expect(marks.data).toHaveLength(5);
    expect(marks.data[0]).toEqual({ value: [0, 0], symbol: `path://${STATUS_STYLES.approved.symbol}`, itemStyle: { color: STATUS_STYLES.approved.ink } });
    expect(marks.data.map((d: { value: number[] }) => d.value.join())).not.toContain('3,0');
  });

  it('tells the cell pointed at in words, on the canvas (no HTML tooltip: the CSP refuses its inline styles)', async () => {
    const model = completenessModel(COMPLETENESS, 'en-GB', await translator('en'));
    const { tooltip } = heatmapOption(model, 'sans-serif') as any;
    expect(tooltip.renderMode).toBe('richText');
    expect(tooltip.formatter({ seriesIndex: 0, dataIndex: 1 })).toBe('Cambodia, Feb 2026\nsubmitted late');
  });
});
