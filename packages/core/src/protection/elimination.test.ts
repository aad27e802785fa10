import { describe, expect, it } from 'vitest';
import { determinedUnknowns } from './elimination';

describe('determinedUnknowns', () => {
  it('pins both unknowns of x + y = a, x = b, and neither of x + y = a alone', () => {
    expect(
      determinedUnknowns(
        [
          [1, 1],
          [1, 0],
        ],
        2,
      ),
    ).toEqual([true, true]);
    expect(determinedUnknowns([[1, 1]], 2)).toEqual([false, false]);
    expect(determinedUnknowns([], 2)).toEqual([false, false]);
  });

  it('pins what a combination of equations gives: x + y, y + z, x + z pin all three (each is half a sum of them)', () => {
    expect(
      determinedUnknowns(
        [
          [1, 1, 0],
          [0, 1, 1],
          [1, 0, 1],
        ],
        3,
      ),
    ).toEqual([true, true, true]);
    // x − y and y + z already make x + z: nothing is pinned.
    expect(
      determinedUnknowns(
        [
          [1, -1, 0],
          [0, 1, 1],
          [1, 0, 1],
        ],
        3,
      ),
    ).toEqual([false, false, false]);
  });

  it('stays exact where plain numbers would round: a determinant of −1 among products of 2^60', () => {
    // Prepare: (2^30 + 1)(2^30 − 1) − 2^30 · 2^30 = −1, so both unknowns are pinned; the
    // proportional pair below has rank 1, so neither is.
    const big = 2 ** 30;

    // Act and assess
    expect(
      determinedUnknowns(
        [
          [big + 1, big],
          [big, big - 1],
        ],
        2,
      ),
    ).toEqual([true, true]);
    expect(
      determinedUnknowns(
        [
          [big, big + 2],
          [big / 2, big / 2 + 1],
        ],
        2,
      ),
    ).toEqual([false, false]);
  });
});
