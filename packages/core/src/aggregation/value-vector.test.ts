import { describe, expect, it } from 'vitest';
import { ALL_CELLS, type Cell, cellsOf } from '../framework/cells';
import { findIndicator, INDICATORS, MAX_COUNT } from '../framework/indicators';
import { decodeVector, encodeVector, indicatorSlice, sliceCells, toVector, type ValueVector, VECTOR_LENGTH } from './value-vector';

/** Every cell of a month, each count its position in the report (PRT-06 as n of 2n). */
const fullMonth = (): Cell[] =>
  ALL_CELLS.map((address, n) => (address.indicator === 'PRT-06' ? { ...address, numerator: n, denominator: 2 * n } : { ...address, value: n }));

describe('toVector', () => {
  it('lays a full month out in framework order: 99 cells, two of them ratios, make 101 numbers', () => {
    // Act
    const vector = toVector(fullMonth());

    // Assess
    expect(VECTOR_LENGTH).toBe(101);
    expect(vector).toHaveLength(101);
    // PRV-01 (8 cells) comes first: positions 0 … 7 hold the cells 0 … 7.
    expect(vector.slice(0, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // PRT-06 is cells 85 and 86 of the report: numerator then denominator of each.
    const prt06 = INDICATORS.slice(
      0,
      INDICATORS.findIndex((i) => i.code === 'PRT-06'),
    ).reduce((sum, i) => sum + cellsOf(i).length, 0);
    expect(prt06).toBe(85);
    expect(vector.slice(85, 89)).toEqual([85, 170, 86, 172]);
    // After it every cell sits one place further on: ADV-04's last cell, report cell 98, is number 100.
    expect(vector[100]).toBe(98);
  });

  it('leaves a cell not reported null (not reported ≠ 0), and keeps a reported 0', () => {
    // Act
    const vector = toVector([
      { indicator: 'PRV-04', value: 0 },
      { indicator: 'PRT-06', sex: 'male', numerator: 3, denominator: 4 },
    ]);

    // Assess
    const prv04 = 8 + 2 + 8; // after PRV-01 (8), PRV-02 (2), PRV-03 (8)
    expect(vector[prv04]).toBe(0);
    expect(vector.slice(85, 89)).toEqual([null, null, 3, 4]);
    expect(vector.filter((v) => v !== null)).toHaveLength(3);
  });
});

describe('encodeVector and decodeVector', () => {
  it.each<[string, number | null, number]>([
    ['null', null, 1],
    ['0', 0, 1],
    ['126, the largest in one byte', 126, 1],
    ['127', 127, 2],
    ['128', 128, 2],
    ['16382, the largest in two bytes', 16382, 2],
    ['16383', 16383, 3],
    ['16384', 16384, 3],
    ['1,000,000, the largest count', MAX_COUNT, 3],
  ])('round-trips %s in %i byte(s)', (_name, value, bytes) => {
    // Act
    const encoded = encodeVector([value]);

    // Assess
    expect(encoded).toHaveLength(bytes);
    expect(decodeVector(encoded)).toEqual([value]);
  });

  it('writes n + 1 as little-endian base-128 digits, 0 for null', () => {
    // 127 + 1 = 128 = 0·128⁰ + 1·128¹; 16383 + 1 = 16384 = 128²
    expect([...encodeVector([null, 126, 127, 16383])]).toEqual([0x00, 0x7f, 0x80, 0x01, 0x80, 0x80, 0x01]);
  });

  it('round-trips a full month of 101 numbers, and one with gaps, value for value', () => {
    // Prepare
    const full = toVector(fullMonth());
    const gappy: ValueVector = full.map((v, n) => (n % 3 === 0 ? null : (v ?? 0) * 9_901));

    // Act and assess
    for (const vector of [full, gappy, new Array<null>(VECTOR_LENGTH).fill(null)]) expect(decodeVector(encodeVector(vector))).toEqual(vector);
  });

  it('keeps a month of counts under 127 at one byte a number', () => {
    const small = fullMonth().map((c) => ('value' in c ? { ...c, value: 20 } : { ...c, numerator: 10, denominator: 40 }));
    expect(encodeVector(toVector(small))).toHaveLength(101);
  });

  it('decodes nothing from no bytes', () => {
    expect(decodeVector(new Uint8Array())).toEqual([]);
  });
});

describe('indicatorSlice and sliceCells', () => {
  const month = toVector(fullMonth());

  it('gives one indicator its counts in cellsOf order', () => {
    // Act
    const prv02 = sliceCells('PRV-02', indicatorSlice(month, 'PRV-02'));
    const prt01 = sliceCells('PRT-01', indicatorSlice(month, 'PRT-01'));

    // Assess
    expect(prv02).toEqual([8, 9]);
    expect(prt01).toHaveLength(cellsOf(findIndicator('PRT-01')!).length);
    expect(prt01?.[0]).toBe(27); // after prevention's 8 + 2 + 8 + 1 + 8 = 27 cells
  });

  it('pairs a ratio indicator’s numbers into numerator and denominator', () => {
    expect(indicatorSlice(month, 'PRT-06')).toEqual([85, 170, 86, 172]);
    expect(sliceCells('PRT-06', indicatorSlice(month, 'PRT-06'))).toEqual([
      { numerator: 85, denominator: 170 },
      { numerator: 86, denominator: 172 },
    ]);
  });

  it('is null for an indicator the month did not report in full', () => {
    // Prepare: PRV-02 female reported, male not.
    const partial = toVector([{ indicator: 'PRV-02', sex: 'female', value: 4 }]);

    // Act and assess
    expect(indicatorSlice(partial, 'PRV-02')).toEqual([4, null]);
    expect(sliceCells('PRV-02', indicatorSlice(partial, 'PRV-02'))).toBeNull();
    expect(sliceCells('PRT-06', indicatorSlice(partial, 'PRT-06'))).toBeNull();
  });

  it('slices a decoded vector the same as the one encoded', () => {
    const decoded = decodeVector(encodeVector(month));
    for (const { code } of INDICATORS) expect(sliceCells(code, indicatorSlice(decoded, code))).toEqual(sliceCells(code, indicatorSlice(month, code)));
  });
});
