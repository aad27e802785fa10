import { describe, expect, it } from 'vitest';
import { cellsOf } from '../framework/cells';
import { findIndicator } from '../framework/indicators';
import { protectMonth } from './protect-month';
import { SUPPRESSED } from './protected-values';

const indicator = (code: string) => findIndicator(code)!;
const S = SUPPRESSED;
const protectedReader = { protect: true };

/** PRT-01's 32 cells, all `fill` but the ones given by index. */
function prt01(fill: number, set: Record<number, number>): number[] {
  return cellsOf(indicator('PRT-01')).map((_, n) => set[n] ?? fill);
}

describe('protectMonth for a protected reader', () => {
  it('PRT-05 female 3, male 40: withholds female, and male with it, but shows the total', () => {
    // Act
    const month = protectMonth(indicator('PRT-05'), [3, 40], protectedReader);

    // Assess: with the total shown, male alone would give female away by subtraction.
    expect(month).toEqual({ total: 43, marginals: { sex: { female: S, male: S } }, cells: [S, S] });
  });

  it('PRT-05 female 3, male 0: the zero stays, so the small total goes', () => {
    const month = protectMonth(indicator('PRT-05'), [3, 0], protectedReader);

    expect(month).toEqual({ total: S, marginals: { sex: { female: S, male: 0 } }, cells: [S, 0] });
  });

  it('PRT-05 female 1, male 9: the total 10 stays, as the reader learns only that each is 1 to 9', () => {
    const month = protectMonth(indicator('PRT-05'), [1, 9], protectedReader);

    // The withheld pair adds up to 10, no small count, and neither is pinned by being at least 1.
    expect(month).toEqual({ total: 10, marginals: { sex: { female: S, male: S } }, cells: [S, S] });
  });

  it('PRT-04 girls 10, 1 and 1 (9-17, 18-29, 30+), a boy 1 (9-17): the age breakdown goes, the total stays', () => {
    // Prepare: from the demo data. Ages 0-8: 0, 9-17: 11, 18-29: 1, 30+: 1; total 13.
    const cells = [0, 10, 1, 1, 0, 1, 0, 0];

    // Act
    const month = protectMonth(indicator('PRT-04'), cells, protectedReader);

    // Assess: with 9-17 (11) shown, 13 − 11 would leave 2 for two withheld ages of at least 1
    // each: one girl 18-29 and one woman 30+. Withholding 11 too leaves 13 over three ages.
    expect(month.total).toBe(13);
    expect(month.marginals.age).toEqual({ '0-8': 0, '9-17': S, '18-29': S, '30+': S });
    expect(month.marginals.sex).toEqual({ female: S, male: S });
    expect(month.cells).toEqual([0, S, S, S, 0, S, 0, 0]);
  });

  it('PRT-01 with one survivor: the cell, its three marginals and the total go, the zeros stay', () => {
    // Prepare: female, 9-17, labour is cell 5 (sex × age × exploitation).
    const cells = prt01(0, { 5: 1 });

    // Act
    const month = protectMonth(indicator('PRT-01'), cells, protectedReader);

    // Assess
    expect(month.total).toEqual(S);
    expect(month.cells.filter((c) => c === S)).toHaveLength(1);
    expect(month.cells[5]).toEqual(S);
    expect(month.marginals).toEqual({
      sex: { female: S, male: 0 },
      age: { '0-8': 0, '9-17': S, '18-29': 0, '30+': 0 },
      exploitation: { sexual: 0, labour: S, 'forced-marriage': 0, other: 0 },
    });
  });

  it('PRT-01 with ten survivors, each alone in its cell: the total 10 goes too', () => {
    // Prepare: from the demo data. Every marginal is small, so only the total 10 would be shown:
    // no small count, yet ten withheld cells of at least 1 each that make 10 are all 1.
    const ones = [4, 5, 8, 10, 11, 12, 14, 21, 22, 25];
    const cells = prt01(0, Object.fromEntries(ones.map((n) => [n, 1])));

    // Act
    const month = protectMonth(indicator('PRT-01'), cells, protectedReader);

    // Assess
    expect(month.total).toEqual(S);
    expect(month.cells.flatMap((c, n) => (c === S ? [n] : []))).toEqual(ones);
  });

  it('PRT-01 with one small cell among large ones: a 2 × 2 square of cells, all marginals shown', () => {
    // Act
    const month = protectMonth(indicator('PRT-01'), prt01(20, { 5: 4 }), protectedReader);

    // Assess: female × {0-8, 9-17} × {sexual, labour}; every sum still adds up around it.
    expect(month.cells.flatMap((c, n) => (c === S ? [n] : []))).toEqual([0, 1, 4, 5]);
    expect(month.total).toBe(31 * 20 + 4);
    expect(month.marginals.age).toEqual({ '0-8': 160, '9-17': 144, '18-29': 160, '30+': 160 });
    expect(month.marginals.sex).toEqual({ female: 304, male: 320 });
  });

  it('PRT-01 of issue 9: the month a viewer could solve over whole numbers now hides enough to leave every small cell 1 to 9', () => {
    // Prepare: all 0 but female/0-8/sexual 1, female/30+/labour 18, female/30+/other 2,
    // male/0-8/labour 19, male/9-17/sexual 1, male/30+/other 15 (cells sex × age × exploitation).
    const cells = prt01(0, { 0: 1, 13: 18, 15: 2, 17: 19, 20: 1, 31: 15 });

    // Act
    const month = protectMonth(indicator('PRT-01'), cells, protectedReader);

    // Assess: with labour (37) shown too, female/0-8/sexual was 1 and male/30+/other 15 in every
    // whole-number table. Without it, female/0-8/sexual = v leaves female 30+ 21 − v, male
    // 30+/other 14 + v and male 0-8 and 9-17 21 − v: a table for every v from 1 to 9.
    expect(month.total).toBe(56);
    expect(month.marginals).toEqual({
      sex: { female: 21, male: 35 },
      age: { '0-8': S, '9-17': S, '18-29': 0, '30+': 35 },
      exploitation: { sexual: S, labour: S, 'forced-marriage': 0, other: S },
    });
    expect(month.cells.flatMap((c, n) => (c === S ? [n] : []))).toEqual([0, 13, 15, 17, 20, 31]);
  });

  it('PRT-01 whose total 11 is spread over 10 cells: each would be 1 or 2, so the total goes', () => {
    // Prepare: from the demo data of issue 9: nine cells of 1, one of 2.
    const small = [1, 4, 5, 8, 9, 12, 17, 20, 21, 25];
    const cells = prt01(0, { ...Object.fromEntries(small.map((n) => [n, 1])), 5: 2 });

    // Act
    const month = protectMonth(indicator('PRT-01'), cells, protectedReader);

    // Assess: shown, 11 over ten withheld cells of at least 1 would leave each at most 2.
    expect(month.total).toEqual(S);
    expect(month.cells.flatMap((c, n) => (c === S ? [n] : []))).toEqual(small);
  });

  it('PRT-05 with two small counts: a shown total of 10 or more leaves each free from 1 to 9', () => {
    // 3 + 9 = 12: female could be 1 … 11 with male 11 … 1; 3 + 7 = 10: each 1 … 9.
    expect(protectMonth(indicator('PRT-05'), [3, 9], protectedReader)).toEqual({ total: 12, marginals: { sex: { female: S, male: S } }, cells: [S, S] });
    expect(protectMonth(indicator('PRT-05'), [3, 7], protectedReader).total).toBe(10);
    expect(protectMonth(indicator('PRT-05'), [2, 7], protectedReader).total).toEqual(S);
  });

  it('shows zeros, values at the threshold and unreported cells as they are', () => {
    const month = protectMonth(indicator('PRT-02'), [0, 10, null, 0, 25, 0, null, 12], protectedReader);

    expect(month.cells).toEqual([0, 10, null, 0, 25, 0, null, 12]);
    expect(month.total).toBe(47);
  });

  it('takes the threshold as a parameter', () => {
    expect(protectMonth(indicator('PRT-05'), [7, 40], { protect: true, threshold: 5 }).cells).toEqual([7, 40]);
    expect(protectMonth(indicator('PRT-05'), [12, 40], { protect: true, threshold: 15 }).cells).toEqual([S, S]);
  });

  it('never withholds from an indicator that does not count survivors', () => {
    const month = protectMonth(indicator('PRV-01'), [3, 1, 0, 2, 5, 9, 4, 6], protectedReader);

    expect(month.cells).toEqual([3, 1, 0, 2, 5, 9, 4, 6]);
    expect(month.total).toBe(30);
  });
});

describe('protectMonth for an entitled reader', () => {
  it('shows every value of a sensitive indicator', () => {
    const month = protectMonth(indicator('PRT-05'), [3, 40], { protect: false });

    expect(month).toEqual({ total: 43, marginals: { sex: { female: 3, male: 40 } }, cells: [3, 40] });
  });
});

describe('protectMonth for a ratio indicator', () => {
  it('protects numerators and denominators as two tables and withholds a percentage with either', () => {
    // Act: numerators 3 and 40 (3 is small; male goes with it), denominators 12 and 50.
    const month = protectMonth(
      indicator('PRT-06'),
      [
        { numerator: 3, denominator: 12 },
        { numerator: 40, denominator: 50 },
      ],
      protectedReader,
    );

    // Assess: 43 / 62 = 69.35…%
    expect(month).toEqual({
      total: { value: 69.4, numerator: 43, denominator: 62 },
      marginals: { sex: { female: S, male: S } },
      cells: [S, S],
    });
  });

  it('shows a ratio whose counts are safe, with no percentage of a zero denominator', () => {
    const pairs = [
      { numerator: 0, denominator: 0 },
      { numerator: 20, denominator: 30 },
    ];

    const month = protectMonth(indicator('PRT-06'), pairs, protectedReader);

    expect(month.cells).toEqual([
      { value: null, numerator: 0, denominator: 0 },
      { value: 66.7, numerator: 20, denominator: 30 },
    ]);
    expect(month.total).toEqual({ value: 66.7, numerator: 20, denominator: 30 });
  });

  it('withholds a ratio whose denominator alone is small', () => {
    const month = protectMonth(indicator('PRT-06'), [{ numerator: 0, denominator: 6 }, null], protectedReader);

    expect(month).toEqual({ total: S, marginals: { sex: { female: S, male: null } }, cells: [S, null] });
  });

  it('withholds the total of a ratio whose numerators could not reach 9 under their denominators', () => {
    // Female 6 of 7, male 2 of 2: numerators 8 of 9. Shown, the total would say the numerators
    // add up to 8 and the denominators to 9; every count here is small, so everything goes.
    const month = protectMonth(
      indicator('PRT-06'),
      [
        { numerator: 6, denominator: 7 },
        { numerator: 2, denominator: 2 },
      ],
      protectedReader,
    );

    expect(month).toEqual({ total: S, marginals: { sex: { female: S, male: S } }, cells: [S, S] });
  });

  it('shows a ratio total whose counts leave each withheld count free from 1 to 9', () => {
    // Numerators 3 + 40 = 43 of 12 + 50 = 62: female's 3 could be 1 … 9 with male's 42 … 34,
    // its denominator 12 anything from 9 up with male's at least as large as its numerator.
    const month = protectMonth(
      indicator('PRT-06'),
      [
        { numerator: 3, denominator: 12 },
        { numerator: 40, denominator: 50 },
      ],
      protectedReader,
    );

    expect(month.total).toEqual({ value: 69.4, numerator: 43, denominator: 62 });
  });

  it('refuses counts for a ratio indicator and pairs for a count indicator', () => {
    expect(() => protectMonth(indicator('PRT-06'), [1, 2], protectedReader)).toThrow(TypeError);
    expect(() => protectMonth(indicator('PRT-05'), [{ numerator: 1, denominator: 2 }, null], protectedReader)).toThrow(TypeError);
  });
});

describe('protectMonth at the lowest threshold', () => {
  it('PRT-05 female 1, male 20 under threshold 2: the withheld 1 is not left to subtraction', () => {
    // Found by the attack on issue 9: with nothing to range over (only 1 is below 2), the 1 was
    // withheld alone, and 21 − 20 gave it away.
    const month = protectMonth(indicator('PRT-05'), [1, 20], { protect: true, threshold: 2 });

    expect(month).toEqual({ total: 21, marginals: { sex: { female: S, male: S } }, cells: [S, S] });
  });
});
