import { ALL_CELLS, type Cell, findIndicator } from '@etip/core';

/** A whole report (every cell) with values that differ by `seed`, valid for the framework. */
export function fullValues(seed = 1): Cell[] {
  return ALL_CELLS.map((address, n) => {
    const amount = (seed * 7 + n * 13) % 50;
    return findIndicator(address.indicator)?.aggregation === 'ratio'
      ? { ...address, numerator: amount, denominator: amount + 5 }
      : { ...address, value: amount };
  });
}

export const fullBody = (seed = 1) => ({ values: fullValues(seed), note: `test report ${seed}` });
