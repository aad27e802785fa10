import { type Cell, cellsOf, INDICATORS } from '@etip/core';

type Ratio = { numerator: number; denominator: number };
type Amount = number | Ratio;

/** Per indicator code: one amount for every cell, or one per cell in `cellsOf` order. */
export type ValueSpec = Partial<Record<string, Amount | readonly Amount[]>>;

/** What a cell holds unless the spec says otherwise: at the threshold, so nothing is withheld. */
export const DEFAULT_COUNT = 20;
export const DEFAULT_RATIO: Ratio = { numerator: 20, denominator: 40 };

/**
 * A whole report (every cell) whose numbers a test can add up by hand: each indicator's cells
 * hold what `spec` gives, or the defaults above.
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
