import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOf } from '../framework/cells';
import { INDICATORS, type Indicator } from '../framework/indicators';
import { recoverableMembers } from './additive-table';
import { pinnedByRank } from './attacker.fixture';
import { type MonthLayout, monthTable } from './month-table';
import { pinnedByNeighbours, withheldSums } from './neighbours.fixture';
import { type ProtectedMonth, protectMonth, type RatioCount } from './protect-month';
import { isSuppressed } from './protected-values';

// Hundreds of random tables, CPU-bound: on a busy machine they may need more than 5 s.
const PROPERTY_TIMEOUT = { timeout: 30_000 };

// Many zeros and many small counts, as in a real month of a small country office.
const count = fc.oneof(
  { arbitrary: fc.constant(0), weight: 4 },
  { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 4 },
  { arbitrary: fc.integer({ min: 10, max: 400 }), weight: 2 },
  { arbitrary: fc.constant(null), weight: 1 },
);
const counters = INDICATORS.filter((i) => i.aggregation !== 'ratio');
const sensitive = counters.filter((i) => i.sensitive);
const ratio = INDICATORS.find((i) => i.aggregation === 'ratio')!;

function monthOf(indicators: readonly Indicator[]) {
  return fc
    .constantFrom(...indicators)
    .chain((indicator) =>
      fc.record({ indicator: fc.constant(indicator), counts: fc.array(count, { minLength: cellsOf(indicator).length, maxLength: cellsOf(indicator).length }) }),
    );
}

const ratioMonth = fc.array(
  fc.option(
    fc
      .record({ numerator: count, extra: count })
      .map(({ numerator, extra }): RatioCount => ({ numerator: numerator ?? 0, denominator: (numerator ?? 0) + (extra ?? 0) })),
    { freq: 6 },
  ),
  { minLength: cellsOf(ratio).length, maxLength: cellsOf(ratio).length },
);

/** Which members of the month table the reader sees withheld, read back from the response. */
function withheldMembers(layout: MonthLayout, month: ProtectedMonth<unknown>): boolean[] {
  const withheld = layout.sums.map(() => false);
  const mark = (member: number, value: unknown) => (withheld[member] = isSuppressed(value));
  layout.cells.forEach((member, n) => mark(member, month.cells[n]));
  for (const [dim, byValue] of Object.entries(layout.marginals)) {
    for (const [value, member] of Object.entries(byValue)) mark(member, month.marginals[dim as keyof typeof month.marginals]?.[value]);
  }
  mark(layout.total, month.total);
  return withheld;
}

/** Every number of a response with the true value beside it. */
function shownBeside(layout: MonthLayout, values: readonly (number | null)[], month: ProtectedMonth<unknown>): [shown: unknown, truth: number | null][] {
  const pairs: [unknown, number | null][] = layout.cells.map((m, n) => [month.cells[n], values[m] ?? null]);
  for (const [dim, byValue] of Object.entries(layout.marginals)) {
    for (const [value, m] of Object.entries(byValue)) pairs.push([month.marginals[dim as keyof typeof month.marginals]?.[value], values[m] ?? null]);
  }
  pairs.push([month.total, values[layout.total] ?? null]);
  return pairs;
}

describe('protectMonth on random months, for a protected reader', PROPERTY_TIMEOUT, () => {
  it('leaves no withheld value that linear algebra can recover, even knowing every withheld value is at least 1', () => {
    fc.assert(
      fc.property(monthOf(sensitive), ({ indicator, counts }) => {
        // Act
        const month = protectMonth(indicator, counts, { protect: true });

        // Assess
        const { table, layout } = monthTable(indicator, counts);
        const withheld = withheldMembers(layout, month);
        expect(pinnedByRank(table, withheld)).toEqual([]);
        expect(recoverableMembers(table, withheld)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every shown total minus its shown parts at 0 or the threshold and more, and nothing pinned near the true values', () => {
    fc.assert(
      fc.property(monthOf(sensitive), fc.integer({ min: 2, max: 20 }), ({ indicator, counts }, threshold) => {
        const month = protectMonth(indicator, counts, { protect: true, threshold });

        const { table, layout } = monthTable(indicator, counts);
        const withheld = withheldMembers(layout, month);
        for (const sum of withheldSums(table.values, table.groups, withheld)) expect(sum === 0 || sum >= threshold).toBe(true);
        // Exact for one or two dimensions only (see the fixture); PRT-01 has three.
        if (indicator.dims.length <= 2) expect(pinnedByNeighbours(table.values, withheld, layout)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('shows no sensitive value from 1 to threshold − 1, and every shown value as it is', () => {
    fc.assert(
      fc.property(monthOf(sensitive), fc.integer({ min: 2, max: 20 }), ({ indicator, counts }, threshold) => {
        const month = protectMonth(indicator, counts, { protect: true, threshold });

        const { table, layout } = monthTable(indicator, counts);
        for (const [shown, truth] of shownBeside(layout, table.values, month)) {
          if (truth === null || truth === 0) expect(shown).toBe(truth);
          else if (truth < threshold) expect(shown).toEqual({ suppressed: true });
          else if (!isSuppressed(shown)) expect(shown).toBe(truth);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('withholds nothing of an indicator that does not count survivors', () => {
    fc.assert(
      fc.property(monthOf(counters.filter((i) => !i.sensitive)), ({ indicator, counts }) => {
        const month = protectMonth(indicator, counts, { protect: true });

        expect(withheldMembers(monthTable(indicator, counts).layout, month)).not.toContain(true);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same answer every time and leaves its input alone', () => {
    fc.assert(
      fc.property(monthOf(sensitive), ({ indicator, counts }) => {
        const copy = [...counts];

        const first = protectMonth(indicator, counts, { protect: true });
        const second = protectMonth(indicator, copy, { protect: true });

        expect(second).toEqual(first);
        expect(counts).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps numerators and denominators of ratios unrecoverable, and shows no small one', () => {
    fc.assert(
      fc.property(ratioMonth, (pairs) => {
        const month = protectMonth(ratio, pairs, { protect: true });

        for (const part of ['numerator', 'denominator'] as const) {
          const { table, layout } = monthTable(
            ratio,
            pairs.map((p) => p?.[part] ?? null),
          );
          const withheld = withheldMembers(layout, month);
          expect(pinnedByRank(table, withheld)).toEqual([]);
          // A count withheld only with the other half of its ratio may be a 0 that the shown
          // total pins (numerators 0 + 0 under a shown 0): zeros are shown anyway; small counts are not.
          expect(recoverableMembers(table, withheld).filter((m) => table.values[m]! >= 1 && table.values[m]! < 10)).toEqual([]);
          for (const [shown, truth] of shownBeside(layout, table.values, month)) {
            if (truth === null) expect(shown).toBeNull();
            else if (truth >= 1 && truth < 10) expect(shown).toEqual({ suppressed: true });
            else if (!isSuppressed(shown)) expect(shown).toMatchObject({ [part]: truth });
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('protectMonth on random months, for an entitled reader', () => {
  it('shows every value as it is', () => {
    fc.assert(
      fc.property(monthOf(counters), ({ indicator, counts }) => {
        const month = protectMonth(indicator, counts, { protect: false });

        const { table, layout } = monthTable(indicator, counts);
        for (const [shown, truth] of shownBeside(layout, table.values, month)) expect(shown).toBe(truth);
      }),
      { numRuns: 200 },
    );
  });
});
