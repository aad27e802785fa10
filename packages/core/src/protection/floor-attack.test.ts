import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AdditiveTable, recoverableMembers, suppressTable } from './additive-table';
import { pinnedByRank } from './attacker.fixture';
import { pinnedAboveFloor } from './floor-attack';
import { grid, gridSums } from './grid.fixture';
import { pinnedByNeighbours, withheldSums } from './neighbours.fixture';
import { positiveSupport } from './positive-support';

// Hundreds of random tables, CPU-bound: on a busy machine they may need more than 5 s.
const PROPERTY_TIMEOUT = { timeout: 30_000 };

const big = (rows: number[][]) => rows.map((row) => row.map((x) => BigInt(x)));

describe('positiveSupport', () => {
  it('finds what a non-negative solution of G·d = 0 can make positive', () => {
    // d0 + d1 = 0 allows only d = 0; d0 − d1 = 0 allows (1, 1); a coordinate G leaves out is free.
    expect(positiveSupport({ rows: big([[1, 1, 0]]), pivots: [0] }, 3)).toEqual([false, false, true]);
    expect(positiveSupport({ rows: big([[1, -1]]), pivots: [0] }, 2)).toEqual([true, true]);
    // d0 = d2 − d3 and d1 = −d2: d2 must be 0, then d0 = −d3 forces both to 0 too.
    expect(
      positiveSupport(
        {
          rows: big([
            [1, 0, -1, 1],
            [0, 1, 1, 0],
          ]),
          pivots: [0, 1],
        },
        4,
      ),
    ).toEqual([false, false, false, false]);
    // d0 = 2·d2 − d3, d1 = d3 − d2: d2 = d3 = 1 gives (1, 0, 1, 1), d3 = 2, d2 = 1 gives (0, 1, 1, 2).
    expect(
      positiveSupport(
        {
          rows: big([
            [1, 0, -2, 1],
            [0, 1, 1, -1],
          ]),
          pivots: [0, 1],
        },
        4,
      ),
    ).toEqual([true, true, true, true]);
  });
});

describe('pinnedAboveFloor', () => {
  it('pins what the equations pin, and what they pin once the 1s can only go up', () => {
    // x + y = known: free. x + y = 2 with both at 1: pinned. x − y = 0 with both at 1: free.
    expect(pinnedAboveFloor([[1, 1]], [3, 4])).toEqual([false, false]);
    expect(pinnedAboveFloor([[1, 1]], [1, 1])).toEqual([true, true]);
    expect(pinnedAboveFloor([[1, -1]], [1, 1])).toEqual([false, false]);
    // x + y + z = 12 with y = z = 1: x may fall as y or z rises.
    expect(pinnedAboveFloor([[1, 1, 1]], [10, 1, 1])).toEqual([false, false, false]);
  });
});

describe('recoverableMembers with every withheld value at least 1', () => {
  it('pins the 1s of 10/1/1 under a shown 12 when the 10 is shown, though the equations alone do not', () => {
    const table: AdditiveTable = { values: [10, 1, 1, 12], sensitive: [true, true, true, true], groups: [{ total: 3, parts: [0, 1, 2] }] };

    expect(pinnedByRank(table, [false, true, true, false])).toEqual([]);
    expect(recoverableMembers(table, [false, true, true, false])).toEqual([1, 2]);
    expect(recoverableMembers(table, [true, true, true, false])).toEqual([]);
  });

  it('pins a cycle of withheld cells that a combination of rows and a column sums to 2', () => {
    // Prepare: a cycle of six withheld cells, every row and column with two of them, each
    // adding up to 21 or 40. Yet rows 0 and 1 minus column 0 leave (0,1) + (1,2) = 2.
    const table = grid([
      [20, 1, 30],
      [20, 30, 1],
      [30, 20, 20],
    ]);
    const withheld = table.values.map((_, m) => [0, 1, 3, 5, 7, 8].includes(m));
    for (const sum of withheldSums(table.values, table.groups, withheld)) expect(sum >= 10 || sum === 0).toBe(true);

    // Act and assess: with those two stuck at 1 the cycle cannot turn, so all six are pinned.
    expect(pinnedByRank(table, withheld)).toEqual([]);
    expect(recoverableMembers(table, withheld)).toEqual([0, 1, 3, 5, 7, 8]);
    expect(pinnedByNeighbours(table.values, withheld, gridSums(3, 3))).toEqual([0, 1, 3, 5, 7, 8]);
  });

  it('lets nested 1s (a cell, its subtotal and the total, all withheld) rise together', () => {
    // total = a + b with a = 1 withheld, b = 0 shown: total = a, both at least 1, no upper bound.
    const table: AdditiveTable = { values: [1, 0, 1], sensitive: [true, true, true], groups: [{ total: 2, parts: [0, 1] }] };

    expect(recoverableMembers(table, [true, false, true])).toEqual([]);
  });
});

describe('the floor attack against an attacker that tries every nearby table', PROPERTY_TIMEOUT, () => {
  // Many 1s and many withheld members: there the floor pins what the equations alone do not.
  const count = fc.oneof(
    { arbitrary: fc.constant(1), weight: 3 },
    { arbitrary: fc.constant(0), weight: 1 },
    { arbitrary: fc.integer({ min: 2, max: 4 }), weight: 1 },
    { arbitrary: fc.integer({ min: 10, max: 14 }), weight: 1 },
  );
  const tables = fc.record({ rows: fc.integer({ min: 2, max: 3 }), columns: fc.integer({ min: 2, max: 3 }) }).chain(({ rows, columns }) =>
    fc.record({
      rows: fc.constant(rows),
      columns: fc.constant(columns),
      cells: fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      pick: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: (rows + 1) * (columns + 1), maxLength: (rows + 1) * (columns + 1) }),
    }),
  );

  it('agrees with it exactly on any withheld set of non-zero members of a small two-way table', () => {
    fc.assert(
      fc.property(tables, ({ rows, columns, cells, pick }) => {
        // Prepare: any withheld set, not only the ones suppressTable makes.
        const table = grid(cells);
        const withheld = table.values.map((v, m) => pick[m]! < 80 && v !== 0);

        // Act and assess: two-way equations are totally unimodular, so the window is exact.
        expect(recoverableMembers(table, withheld)).toEqual(pinnedByNeighbours(table.values, withheld, gridSums(rows, columns)));
      }),
      { numRuns: 200 },
    );
  });

  it('finds nothing to pin in what suppressTable withholds', () => {
    fc.assert(
      fc.property(tables, ({ rows, columns, cells }) => {
        const table = grid(cells);

        const withheld = suppressTable(table);

        expect(pinnedByNeighbours(table.values, withheld, gridSums(rows, columns))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
