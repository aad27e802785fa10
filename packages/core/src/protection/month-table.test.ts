import { describe, expect, it } from 'vitest';
import { cellsOf } from '../framework/cells';
import { findIndicator } from '../framework/indicators';
import { memberValues, monthLayout } from './month-table';

const indicator = (code: string) => findIndicator(code)!;

describe('monthLayout and memberValues', () => {
  it('lays PRT-01 out as 32 cells, 2 + 4 + 4 marginals and the total', () => {
    // Prepare
    const counts = cellsOf(indicator('PRT-01')).map((_, n) => n);

    // Act
    const layout = monthLayout(indicator('PRT-01'));
    const values = memberValues(layout, counts);

    // Assess
    expect(values).toHaveLength(43);
    expect(layout.cells).toEqual(counts);
    expect(layout.marginals.sex).toEqual({ female: 32, male: 33 });
    expect(layout.marginals.exploitation).toEqual({ sexual: 38, labour: 39, 'forced-marriage': 40, other: 41 });
    expect(layout.total).toBe(42);
    expect(layout.sums[42]).toEqual(counts);
    expect(layout.preference).toEqual([...counts.map(() => 0), ...new Array(10).fill(1), 2]);
  });

  it('sums each marginal over its cells: female is the first 16 cells, labour every fourth from the second', () => {
    const counts = cellsOf(indicator('PRT-01')).map((_, n) => n);
    const layout = monthLayout(indicator('PRT-01'));

    const values = memberValues(layout, counts);

    expect(values[layout.marginals.sex!.female!]).toBe((15 * 16) / 2);
    expect(values[layout.marginals.exploitation!.labour!]).toBe(counts.filter((n) => n % 4 === 1).reduce((a, b) => a + b, 0));
    expect(values[layout.total]).toBe((31 * 32) / 2);
    expect(layout.sums[32]).toEqual(counts.slice(0, 16));
  });

  it('does not double the marginals of a one-dimension indicator: they are its cells', () => {
    const layout = monthLayout(indicator('PRT-05'));

    expect(memberValues(layout, [3, 40])).toEqual([3, 40, 43]);
    expect(layout.marginals).toEqual({ sex: { female: 0, male: 1 } });
    expect(layout.sums).toEqual([[0], [1], [0, 1]]);
    expect(layout.preference).toEqual([0, 0, 2]);
  });

  it('makes an indicator without dimensions a table of one, its total', () => {
    const layout = monthLayout(indicator('ADV-02'));

    expect(memberValues(layout, [7])).toEqual([7]);
    expect(layout).toMatchObject({ cells: [0], total: 0, marginals: {}, sums: [[0]] });
  });

  it('leaves unreported cells out of the sums, and a sum of nothing reported null', () => {
    const layout = monthLayout(indicator('PRT-02'));

    const values = memberValues(layout, [null, 4, null, null, null, null, null, null]);

    expect(values[layout.marginals.sex!.female!]).toBe(4);
    expect(values[layout.marginals.sex!.male!]).toBeNull();
    expect(values[layout.total]).toBe(4);
  });

  it('refuses counts that do not match the cells', () => {
    expect(() => memberValues(monthLayout(indicator('PRT-05')), [1, 2, 3])).toThrow(RangeError);
  });
});
