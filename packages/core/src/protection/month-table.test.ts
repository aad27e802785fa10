import { describe, expect, it } from 'vitest';
import { cellsOf } from '../framework/cells';
import { findIndicator, INDICATORS } from '../framework/indicators';
import { monthTable } from './month-table';

const indicator = (code: string) => findIndicator(code)!;

describe('monthTable', () => {
  it('lays PRT-01 out as 32 cells, 2 + 4 + 4 marginals and the total, with 14 equations', () => {
    // Prepare
    const counts = cellsOf(indicator('PRT-01')).map((_, n) => n);

    // Act
    const { table, layout } = monthTable(indicator('PRT-01'), counts);

    // Assess
    expect(table.values).toHaveLength(43);
    expect(layout.cells).toEqual(counts);
    expect(layout.marginals.sex).toEqual({ female: 32, male: 33 });
    expect(layout.marginals.exploitation).toEqual({ sexual: 38, labour: 39, 'forced-marriage': 40, other: 41 });
    expect(layout.total).toBe(42);
    expect(table.groups).toHaveLength(1 + 3 + 10);
    expect(table.groups[0]).toEqual({ total: 42, parts: counts });
    expect(table.groups[1]).toEqual({ total: 42, parts: [32, 33] });
  });

  it('sums each marginal over its cells: female is the first 16 cells, labour every fourth from the second', () => {
    const counts = cellsOf(indicator('PRT-01')).map((_, n) => n);

    const { table, layout } = monthTable(indicator('PRT-01'), counts);

    expect(table.values[layout.marginals.sex!.female!]).toBe((15 * 16) / 2);
    expect(table.values[layout.marginals.exploitation!.labour!]).toBe(counts.filter((n) => n % 4 === 1).reduce((a, b) => a + b, 0));
    expect(table.values[layout.total]).toBe((31 * 32) / 2);
    expect(table.groups[4]).toEqual({ total: 32, parts: counts.slice(0, 16) });
  });

  it('does not double the marginals of a one-dimension indicator: they are its cells', () => {
    const { table, layout } = monthTable(indicator('PRT-05'), [3, 40]);

    expect(table.values).toEqual([3, 40, 43]);
    expect(layout.marginals).toEqual({ sex: { female: 0, male: 1 } });
    expect(table.groups).toEqual([{ total: 2, parts: [0, 1] }]);
    expect(table.preference).toEqual([0, 0, 2]);
  });

  it('makes an indicator without dimensions a table of one, its total', () => {
    const { table, layout } = monthTable(indicator('ADV-02'), [7]);

    expect(table.values).toEqual([7]);
    expect(layout).toMatchObject({ cells: [0], total: 0, marginals: {} });
    expect(table.groups).toEqual([]);
  });

  it('leaves unreported cells out of the sums, and a sum of nothing reported null', () => {
    const { table, layout } = monthTable(indicator('PRT-02'), [null, 4, null, null, null, null, null, null]);

    expect(table.values[layout.marginals.sex!.female!]).toBe(4);
    expect(table.values[layout.marginals.sex!.male!]).toBeNull();
    expect(table.values[layout.total]).toBe(4);
  });

  it('marks every member with the sensitivity of its indicator', () => {
    for (const i of INDICATORS) {
      const { table } = monthTable(
        i,
        cellsOf(i).map(() => 1),
      );
      expect(new Set(table.sensitive)).toEqual(new Set([i.sensitive]));
    }
  });

  it('refuses counts that do not match the cells', () => {
    expect(() => monthTable(indicator('PRT-05'), [1, 2, 3])).toThrow(RangeError);
  });
});
