import { ALL_CELLS, type Cell, cellsOf } from '../framework/cells';
import { findIndicator, INDICATORS } from '../framework/indicators';

/**
 * Report values for tests, one copy for every layer (unit, integration, bench). Plain data:
 * nothing here touches a store.
 */

/**
 * A whole report (every cell), valid for the framework, whose amounts depend on `seed`: two seeds
 * that are not a multiple of 50 apart differ in every cell. Ratios keep numerator ≤ denominator.
 */
export function fullValues(seed = 1): Cell[] {
  return ALL_CELLS.map((address, n) => {
    const amount = (seed * 7 + n * 13) % 50;
    return findIndicator(address.indicator)?.aggregation === 'ratio'
      ? { ...address, numerator: amount, denominator: amount + 5 }
      : { ...address, value: amount };
  });
}

/** The body of a PUT with `fullValues(seed)` and a note naming the seed. */
export const fullBody = (seed = 1) => ({ values: fullValues(seed), note: `test report ${seed}` });

type Ratio = { numerator: number; denominator: number };
type Amount = number | Ratio;

/** Per indicator code: one amount for every cell, or one per cell in `cellsOf` order. */
export type ValueSpec = Partial<Record<string, Amount | readonly Amount[]>>;

/** What a cell holds unless the spec says otherwise: at the suppression threshold, so nothing is withheld. */
export const DEFAULT_COUNT = 20;
export const DEFAULT_RATIO: Ratio = { numerator: 20, denominator: 40 };

/**
 * A whole report whose numbers a test can add up by hand: each indicator's cells hold what `spec`
 * gives, or the defaults above. Throws a RangeError when a list has the wrong number of cells.
 */
export function reportValues(spec: ValueSpec = {}): Cell[] {
  return INDICATORS.flatMap((indicator) => {
    const cells = cellsOf(indicator);
    const given = spec[indicator.code] ?? (indicator.aggregation === 'ratio' ? DEFAULT_RATIO : DEFAULT_COUNT);
    if (Array.isArray(given) && given.length !== cells.length) {
      throw new RangeError(`reportValues: ${indicator.code} has ${cells.length} cells, the spec gives ${given.length}`);
    }
    return cells.map((address, n): Cell => {
      const amount = (Array.isArray(given) ? given[n] : given) as Amount;
      return typeof amount === 'number' ? { ...address, value: amount } : { ...address, ...amount };
    });
  });
}

/**
 * A whole report with small survivor counts to protect, for the protection tests of every layer:
 * PRV-03 totals 5 (female 4, male 1); PRT-01 cycles 0, 1, 4, 12, 25 over its 32 cells; PRT-05 is
 * female 3, male 12; PRT-04 all zero; PRT-06 is 4 of 15 and 12 of 20; PRV-01's cells 1 … 8 are
 * not survivors (shown to everyone); everything else as `reportValues`.
 */
export const smallCountsReport = (): Cell[] =>
  reportValues({
    'PRV-01': [1, 2, 3, 4, 5, 6, 7, 8],
    'PRV-03': [1, 1, 1, 1, 1, 0, 0, 0],
    'PRT-01': Array.from({ length: 32 }, (_, n) => [0, 1, 4, 12, 25][n % 5]!),
    'PRT-04': 0,
    'PRT-05': [3, 12],
    'PRT-06': [
      { numerator: 4, denominator: 15 },
      { numerator: 12, denominator: 20 },
    ],
  });
