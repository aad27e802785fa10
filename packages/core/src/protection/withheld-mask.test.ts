import { describe, expect, it } from 'vitest';
import { findIndicator, INDICATORS } from '../framework/indicators';
import { monthLayout } from './month-table';
import { currentLayoutOf, decodeWithheld, encodeWithheld, isCurrentLayout, WITHHELD_LAYOUT } from './withheld-mask';

const indicator = (code: string) => findIndicator(code)!;

describe('the withheld mask', () => {
  it(`stands for layout ${WITHHELD_LAYOUT}: raise WITHHELD_LAYOUT when this changes`, () => {
    // Stored masks are read by these offsets; a framework change without a new layout would read
    // every later indicator's bits shifted, and show figures that were withheld at publication.
    const layout = INDICATORS.filter((i) => i.sensitive).map((i) => [i.code, monthLayout(i).sums.length]);
    expect({ layout: WITHHELD_LAYOUT, members: layout }).toEqual({
      layout: 1,
      members: [
        ['PRV-03', 15],
        ['PRT-01', 43],
        ['PRT-02', 15],
        ['PRT-03', 15],
        ['PRT-04', 15],
        ['PRT-05', 3],
        ['PRT-06', 3],
      ],
    });
  });

  it('gives back each indicator its own pattern', () => {
    const prt01 = Array.from({ length: 43 }, (_, m) => m % 3 === 0);
    const prt06 = [false, true, true];
    const mask = encodeWithheld(
      new Map([
        ['PRT-01', prt01],
        ['PRT-06', prt06],
      ]),
    );
    expect(mask.length).toBe(15);
    expect(mask[14]).toBe(WITHHELD_LAYOUT);
    expect(decodeWithheld(mask, indicator('PRT-01'))).toEqual(prt01);
    expect(decodeWithheld(mask, indicator('PRT-06'))).toEqual(prt06);
    expect(decodeWithheld(mask, indicator('PRT-02'))).toEqual(Array(15).fill(false));
    expect(decodeWithheld(mask, indicator('PRV-01'))).toBeUndefined();
  });

  it('refuses to encode an indicator that is not sensitive', () => {
    expect(() => encodeWithheld(new Map([['PRV-01', [true]]]))).toThrow(RangeError);
  });

  it('reads no bit of a mask of another layout', () => {
    const mask = encodeWithheld(new Map([['PRT-05', [true, true, false]]]));
    const other = Uint8Array.from(mask);
    other[14] = WITHHELD_LAYOUT + 1;
    expect(isCurrentLayout(other)).toBe(false);
    expect(decodeWithheld(other, indicator('PRT-05'))).toBeUndefined();
    expect(decodeWithheld(mask.slice(0, 10), indicator('PRT-05'))).toBeUndefined();
    expect(currentLayoutOf(other)).toBeUndefined();
  });

  it('reads its bits where the release before the layout byte read them, so a deploy or a rollback shows the same pattern', () => {
    // That release checked only that a mask is long enough and read bit n of indicator i at offset(i) + n.
    const prv03 = Array.from({ length: 15 }, (_, m) => m === 0 || m === 9);
    const mask = encodeWithheld(new Map([['PRV-03', prv03]]));
    const before = Array.from({ length: 15 }, (_, m) => (mask[m >> 3]! & (1 << (m & 7))) !== 0);
    expect(before).toEqual(prv03);
  });

  it('gives the masks stored before the layout byte their byte', () => {
    const mask = encodeWithheld(new Map([['PRT-05', [true, false, true]]]));
    const legacy = mask.slice(0, 14);
    expect(decodeWithheld(legacy, indicator('PRT-05'))).toBeUndefined();
    expect(currentLayoutOf(legacy)).toEqual(mask);
    expect(currentLayoutOf(mask)).toBe(mask);
  });
});
