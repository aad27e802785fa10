import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOf } from '../framework/cells';
import { findIndicator, INDICATORS, type Indicator } from '../framework/indicators';
import { attack } from '../testing/integer-attacker';
import { attackMonthAt, attackMonths, attackRatioMonth } from '../testing/protection-attack';
import { ReaderModel, unknownOf } from '../testing/reader-knowledge';
import { memberValues, monthLayout } from './month-table';
import { type ProtectedMonth, protectMonth, type RatioCount } from './protect-month';
import { isSuppressed } from './protected-values';

// Hundreds of random tables, each attacked exactly: CPU-bound, slower on a busy machine.
const PROPERTY_TIMEOUT = { timeout: 120_000 };
const PROBE = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Issue 9's attack: 70 % zeros, 25 % 1–3, 5 % 10–29. */
const sparse = fc.oneof(
  { arbitrary: fc.constant(0), weight: 70 },
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 25 },
  { arbitrary: fc.integer({ min: 10, max: 29 }), weight: 5 },
);
/** Small counts beside large ones, as in a month of a big office. */
const mixed = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 4 },
  { arbitrary: fc.integer({ min: 10, max: 60 }), weight: 3 },
);

const counters = INDICATORS.filter((i) => i.aggregation !== 'ratio');
const sensitive = counters.filter((i) => i.sensitive);
const PRT01 = findIndicator('PRT-01')!;
const ratio = INDICATORS.find((i) => i.aggregation === 'ratio')!;

const countsOf = (indicator: Indicator, count: fc.Arbitrary<number>) =>
  fc.array(count, { minLength: cellsOf(indicator).length, maxLength: cellsOf(indicator).length });
const monthOf = (indicators: readonly Indicator[], count: fc.Arbitrary<number>) =>
  fc.constantFrom(...indicators).chain((indicator) => fc.record({ indicator: fc.constant(indicator), counts: countsOf(indicator, count) }));

describe('protectMonth against an independent integer attacker', PROPERTY_TIMEOUT, () => {
  it("finds issue 9's reproduction pinned as the viewer saw it then, and nothing once protected", () => {
    // Prepare: CN, PRT-01 all 0 but female/0-8/sexual 1, female/30+/labour 18, female/30+/other 2,
    // male/0-8/labour 19, male/9-17/sexual 1, male/30+/other 15.
    const cells = cellsOf(PRT01).map((_, n) => ({ 0: 1, 13: 18, 15: 2, 17: 19, 20: 1, 31: 15 })[n] ?? 0);
    const seenBefore = {
      cells: cells.map((v) => (v === 0 ? 0 : ('withheld' as const))),
      marginals: {
        sex: { female: 21, male: 35 },
        age: { '0-8': 'withheld' as const, '9-17': 'withheld' as const, '18-29': 0, '30+': 35 },
        exploitation: { sexual: 'withheld' as const, labour: 37, 'forced-marriage': 0, other: 'withheld' as const },
      },
      total: 56,
    };

    // Act
    const model = new ReaderModel();
    const table = model.month(PRT01, seenBefore);
    const before = attack(model.knowledge(), PROBE);

    // Assess: female/0-8/sexual was exactly 1 and male/30+/other exactly 15; now nothing is.
    const at = (n: number) => unknownOf(table.cells[n]!)!;
    expect([before.pinned[at(0)], before.example[at(0)]]).toEqual([true, 1]);
    expect([before.pinned[at(31)], before.example[at(31)]]).toEqual([true, 15]);
    expect(attackMonths(PRT01, [cells])).toEqual([]);
  });

  it("leaves every withheld small count free from 1 to 9 and pins nothing, on sparse PRT-01 months (issue 9's attack)", () => {
    fc.assert(
      fc.property(countsOf(PRT01, sparse), (counts) => {
        expect(attackMonths(PRT01, [counts])).toEqual([]);
      }),
      { numRuns: 300, seed: 9 },
    );
  });

  it('does so on sparse and mixed months of every sensitive indicator', () => {
    fc.assert(
      fc.property(monthOf(sensitive, fc.oneof(sparse, mixed)), ({ indicator, counts }) => {
        expect(attackMonths(indicator, [counts])).toEqual([]);
      }),
      { numRuns: 300, seed: 10 },
    );
  });

  it('does so under any threshold from 2 to 20 (small counts being 1 … threshold − 1)', () => {
    fc.assert(
      fc.property(monthOf(sensitive, fc.oneof(sparse, mixed)), fc.integer({ min: 2, max: 20 }), ({ indicator, counts }, threshold) => {
        expect(attackMonthAt(threshold, indicator, counts)).toEqual([]);
      }),
      { numRuns: 200, seed: 17 },
    );
  });

  it('does so for ratios, the reader knowing that a numerator is at most its denominator', () => {
    const pair = fc.record({ numerator: mixed, extra: mixed }).map(({ numerator, extra }): RatioCount => ({ numerator, denominator: numerator + extra }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 2, maxLength: 2 }), (pairs) => {
        expect(attackRatioMonth(ratio, pairs)).toEqual([]);
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});

describe('protectMonth on random months, for a protected reader', PROPERTY_TIMEOUT, () => {
  it('shows no sensitive value from 1 to threshold − 1, and every shown value as it is', () => {
    fc.assert(
      fc.property(monthOf(sensitive, mixed), fc.integer({ min: 2, max: 20 }), ({ indicator, counts }, threshold) => {
        const month = protectMonth(indicator, counts, { protect: true, threshold });

        const values = memberValues(monthLayout(indicator), counts);
        for (const [shown, truth] of shownBeside(indicator, values, month)) {
          if (truth === null || truth === 0) expect(shown).toBe(truth);
          else if (truth < threshold) expect(shown).toEqual({ suppressed: true });
          else if (!isSuppressed(shown)) expect(shown).toBe(truth);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('withholds nothing of an indicator that does not count survivors', () => {
    fc.assert(
      fc.property(
        monthOf(
          counters.filter((i) => !i.sensitive),
          mixed,
        ),
        ({ indicator, counts }) => {
          const month = protectMonth(indicator, counts, { protect: true });

          expect(shownBeside(indicator, memberValues(monthLayout(indicator), counts), month).filter(([shown]) => isSuppressed(shown))).toEqual([]);
        },
      ),
      { numRuns: 100, seed: 14 },
    );
  });

  it('gives the same answer every time and leaves its input alone', () => {
    fc.assert(
      fc.property(monthOf(sensitive, mixed), ({ indicator, counts }) => {
        const copy = [...counts];

        const first = protectMonth(indicator, counts, { protect: true });
        const second = protectMonth(indicator, copy, { protect: true });

        expect(second).toEqual(first);
        expect(counts).toEqual(copy);
      }),
      { numRuns: 100, seed: 15 },
    );
  });
});

describe('protectMonth on random months, for an entitled reader', () => {
  it('shows every value as it is', () => {
    fc.assert(
      fc.property(monthOf(counters, mixed), ({ indicator, counts }) => {
        const month = protectMonth(indicator, counts, { protect: false });

        for (const [shown, truth] of shownBeside(indicator, memberValues(monthLayout(indicator), counts), month)) expect(shown).toBe(truth);
      }),
      { numRuns: 200, seed: 16 },
    );
  });
});

/** Every number of a response with the true value beside it. */
function shownBeside(indicator: Indicator, values: readonly (number | null)[], month: ProtectedMonth<unknown>): [shown: unknown, truth: number | null][] {
  const layout = monthLayout(indicator);
  const pairs: [unknown, number | null][] = layout.cells.map((m, n) => [month.cells[n], values[m] ?? null]);
  for (const [dim, byValue] of Object.entries(layout.marginals)) {
    for (const [value, m] of Object.entries(byValue)) pairs.push([month.marginals[dim as keyof typeof month.marginals]?.[value], values[m] ?? null]);
  }
  pairs.push([month.total, values[layout.total] ?? null]);
  return pairs;
}
