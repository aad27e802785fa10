import { describe, expect, it } from 'vitest';
import { SUPPRESSED } from './protected-values';
import { guardRange, latestRange, ratioRange, sumRange } from './range';

const S = SUPPRESSED;

describe('sumRange', () => {
  it('adds the reported months and skips the unreported', () => {
    expect(sumRange([12, null, 0, 30])).toBe(42);
    expect(sumRange([null, null])).toBeNull();
    expect(sumRange([])).toBeNull();
  });

  it('is withheld when any month is, so Jan–Mar minus Feb–Mar cannot give January away', () => {
    // Prepare: January withheld, February and March shown.
    const january = S;

    // Act and assess
    expect(sumRange([january, 20, 30])).toEqual(S);
    expect(sumRange([20, 30])).toBe(50);
  });
});

describe('ratioRange', () => {
  it('divides the summed numerators by the summed denominators', () => {
    const months = [{ value: 50, numerator: 5, denominator: 10 }, null, { value: 100, numerator: 20, denominator: 20 }];

    expect(ratioRange(months)).toEqual({ value: 83.3, numerator: 25, denominator: 30 });
    expect(ratioRange([null])).toBeNull();
  });

  it('is withheld when any month is', () => {
    expect(ratioRange([{ value: 50, numerator: 10, denominator: 20 }, S])).toEqual(S);
  });
});

describe('latestRange', () => {
  it('is the last reported month, withheld or not', () => {
    expect(latestRange([4, 12, null])).toBe(12);
    expect(latestRange([S, 12])).toBe(12);
    expect(latestRange([12, S, null])).toEqual(S);
    expect(latestRange([null])).toBeNull();
  });
});

describe('guardRange', () => {
  it('withholds a value derived from anything withheld, such as an achievement %', () => {
    expect(guardRange(87.5, [S])).toEqual(S);
    expect(guardRange(87.5, [35, null])).toBe(87.5);
  });
});
