import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsOf } from '../framework/cells';
import { findIndicator } from '../framework/indicators';
import { attackMonths } from '../testing/protection-attack';

// Each run attacks 2 countries × 3 months of PRT-01 with every range and regional value at
// once: seconds apiece, so fewer runs than the single months, in a file of its own (run in
// parallel with the others).
const PRT01 = findIndicator('PRT-01')!;
const sparse = fc.oneof(
  { arbitrary: fc.constant(0), weight: 70 },
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 25 },
  { arbitrary: fc.integer({ min: 10, max: 29 }), weight: 5 },
);
const countsOf = fc.array(sparse, { minLength: cellsOf(PRT01).length, maxLength: cellsOf(PRT01).length });

describe('protectMonth against an independent integer attacker, across views', { timeout: 180_000 }, () => {
  it('leaves every withheld small count free from 1 to 9 and pins nothing across overlapping ranges of months (Jan–Mar, Feb–Mar, …) and the regional value of two countries', () => {
    const country = fc.array(countsOf, { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(country, country, (first, second) => {
        expect(attackMonths(PRT01, first, second)).toEqual([]);
      }),
      { numRuns: 12, seed: 11 },
    );
  });
});
