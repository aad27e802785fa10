import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AdditiveTable, recoverableMembers, suppressTable } from './additive-table';
import { pinnedByRank } from './attacker.fixture';
import { grid } from './grid.fixture';
import { withheldSums } from './neighbours.fixture';

// Hundreds of random tables, CPU-bound: on a busy machine they may need more than 5 s.
const PROPERTY_TIMEOUT = { timeout: 30_000 };

const indicesOf = (flags: readonly boolean[]) => flags.flatMap((f, i) => (f ? [i] : []));

/**
 * Two blocks of small cells joined by one small cell, (1,2): every row and column holds two
 * or more small cells, yet (1,2) is a bridge between the blocks, pinned by rows 0–1 minus
 * columns 0–1.
 */
const bridge = [
  [1, 2, 50, 50],
  [3, 4, 5, 50],
  [50, 50, 6, 7],
  [50, 50, 8, 9],
];

describe('suppressTable', () => {
  it('withholds a small value and the smallest partner in its equation, keeping the total', () => {
    // Prepare: total = a + b with a = 3, b = 40.
    const table: AdditiveTable = { values: [3, 40, 43], sensitive: [true, true, true], groups: [{ total: 2, parts: [0, 1] }] };

    // Act
    const withheld = suppressTable(table);

    // Assess
    expect(withheld).toEqual([true, true, false]);
  });

  it('never withholds a zero, not even as the only possible partner', () => {
    const table: AdditiveTable = { values: [4, 0, 4], sensitive: [true, true, true], groups: [{ total: 2, parts: [0, 1] }] };

    expect(suppressTable(table)).toEqual([true, false, true]);
  });

  it('withholds values from 1 to threshold − 1 only, and only sensitive ones', () => {
    const values = [1, 4, 5, 0, 12];
    const table: AdditiveTable = { values, sensitive: [true, true, true, true, false], groups: [] };

    expect(suppressTable(table, 5)).toEqual([true, true, false, false, false]);
    expect(suppressTable({ ...table, sensitive: values.map(() => false) })).toEqual(values.map(() => false));
  });

  it('leaves unreported members out of the equations', () => {
    // Prepare: b was not reported, so total = a alone.
    const table: AdditiveTable = { values: [3, null, 3], sensitive: [true, true, true], groups: [{ total: 2, parts: [0, 1] }] };

    // Act and assess: total is small itself; nothing else to hide and nothing pinned.
    expect(suppressTable(table)).toEqual([true, false, true]);
    expect(recoverableMembers(table, [true, false, false])).toEqual([0]);
  });

  it('adds a complement when the algebra still pins a value no single equation gives away', () => {
    // Prepare
    const table = grid(bridge);

    // Act
    const withheld = suppressTable(table);

    // Assess: the smallest partner of (1,2), first in framework order, is the cell (0,2). The
    // withheld cells of columns 0 and 1 would add up to 1 + 3 = 4 and 2 + 4 = 6 under their
    // shown totals: (2,0) and (2,1) go too, the first of the 50s in each.
    expect(indicesOf(withheld)).toEqual([0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 14, 15]);
    expect(recoverableMembers(table, withheld)).toEqual([]);
  });

  it('10/1/1 under a shown 12: the 1s would add up to 2, so the 10 goes with them', () => {
    // Prepare: total 12 = 10 + 1 + 1. With the 10 shown, the 1s sum to 2, each at least 1.
    const table: AdditiveTable = { values: [10, 1, 1, 12], sensitive: [true, true, true, true], groups: [{ total: 3, parts: [0, 1, 2] }] };

    // Act
    const withheld = suppressTable(table);

    // Assess: the reader knows only that three values of at least 1 make 12.
    expect(withheld).toEqual([true, true, true, false]);
    expect(recoverableMembers(table, withheld)).toEqual([]);
  });

  it('withholds the total when the withheld parts add up to the threshold but are all 1s', () => {
    // Prepare: threshold 3, parts 1 + 1 + 1 under a shown 3: the sum is no small count, yet
    // three values of at least 1 that make 3 are all 1.
    const table: AdditiveTable = { values: [1, 1, 1, 3], sensitive: [true, true, true, true], groups: [{ total: 3, parts: [0, 1, 2] }] };

    expect(suppressTable(table, 3)).toEqual([true, true, true, true]);
  });
});

describe('recoverableMembers', () => {
  const table: AdditiveTable = { values: [3, 40, 43], sensitive: [true, true, true], groups: [{ total: 2, parts: [0, 1] }] };

  it('finds a value given away by subtraction, and none when two of the equation are withheld', () => {
    expect(recoverableMembers(table, [true, false, false])).toEqual([0]);
    expect(recoverableMembers(table, [false, false, true])).toEqual([2]);
    expect(recoverableMembers(table, [true, true, false])).toEqual([]);
    expect(recoverableMembers(table, [true, true, true])).toEqual([]);
  });

  it('finds a value pinned only by combining equations', () => {
    // Prepare: the small cells of the bridge table; every equation holds two or more of them.
    const table = grid(bridge);
    const small = table.values.map((v) => v !== null && v < 10);
    for (const g of table.groups) expect([g.total, ...g.parts].filter((m) => small[m])).not.toHaveLength(1);

    // Act and assess: rows 0–1 minus columns 0–1 leave (1,2) alone.
    expect(recoverableMembers(table, small)).toEqual([6]);
  });

  it('finds nothing when the withheld cells form a cycle under shown totals', () => {
    const table = grid([
      [1, 2],
      [3, 4],
    ]);

    expect(
      recoverableMembers(
        table,
        table.values.map((_, m) => m < 4),
      ),
    ).toEqual([]);
    expect(
      recoverableMembers(
        table,
        table.values.map((_, m) => m < 3),
      ),
    ).toEqual([0, 1, 2]);
  });
});

describe('suppressTable on random two-way tables', PROPERTY_TIMEOUT, () => {
  const count = fc.oneof(
    { arbitrary: fc.constant(0), weight: 4 },
    { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 4 },
    { arbitrary: fc.integer({ min: 10, max: 300 }), weight: 2 },
  );
  const tables = fc.record({ rows: fc.integer({ min: 2, max: 5 }), columns: fc.integer({ min: 2, max: 5 }) }).chain(({ rows, columns }) =>
    fc.record({
      cells: fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      sensitive: fc.array(fc.boolean(), { minLength: rows * columns + rows + columns + 1, maxLength: rows * columns + rows + columns + 1 }),
      threshold: fc.integer({ min: 2, max: 12 }),
    }),
  );

  it('hides every withheld value from the attackers, keeps withheld sums off 1 … threshold − 1, withholds every small sensitive value and no zero', () => {
    fc.assert(
      fc.property(tables, ({ cells, sensitive, threshold }) => {
        // Prepare
        const table = grid(cells, (m) => sensitive[m] === true);

        // Act
        const withheld = suppressTable(table, threshold);

        // Assess
        expect(pinnedByRank(table, withheld)).toEqual([]);
        expect(recoverableMembers(table, withheld)).toEqual([]);
        table.values.forEach((v, m) => {
          if (v === 0) expect(withheld[m]).toBe(false);
          if (sensitive[m] && v !== null && v >= 1 && v < threshold) expect(withheld[m]).toBe(true);
        });
        for (const g of table.groups) expect([g.total, ...g.parts].filter((m) => withheld[m])).not.toHaveLength(1);
        for (const sum of withheldSums(table.values, table.groups, withheld)) expect(sum === 0 || sum >= threshold).toBe(true);
        expect(suppressTable(table, threshold)).toEqual(withheld);
      }),
      { numRuns: 400 },
    );
  });
});
