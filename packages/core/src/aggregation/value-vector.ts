import { ALL_CELLS, type Cell, cellKey, cellsOf, isRatioCell } from '../framework/cells';
import { INDICATORS, type Indicator } from '../framework/indicators';

/**
 * A month's published values as one flat list of numbers in framework order — counts as one
 * number, ratio cells as numerator then denominator. Aggregates store this list: it is about a
 * tenth of the size of named cells, and read cost is by size (DESIGN.md 7).
 */
export type ValueVector = (number | null)[];

interface Slice {
  indicator: Indicator;
  offset: number;
  /** Numbers per cell: 2 for a ratio (numerator, denominator), 1 otherwise. */
  width: 1 | 2;
  cells: number;
}

const slices = new Map<string, Slice>();
let length = 0;
for (const indicator of INDICATORS) {
  const width = indicator.aggregation === 'ratio' ? 2 : 1;
  const cells = cellsOf(indicator).length;
  slices.set(indicator.code, { indicator, offset: length, width, cells });
  length += width * cells;
}
/** Numbers in a full month's vector (99 cells, two of them ratios: 101). */
export const VECTOR_LENGTH = length;
const positions = new Map(ALL_CELLS.map((c) => [cellKey(c), slices.get(c.indicator)!]));
const cellIndex = new Map(INDICATORS.flatMap((i) => cellsOf(i).map((c, n) => [cellKey(c), n] as const)));

export function toVector(values: readonly Cell[]): ValueVector {
  const vector: ValueVector = new Array(VECTOR_LENGTH).fill(null);
  for (const cell of values) {
    const key = cellKey(cell);
    const slice = positions.get(key);
    if (!slice) continue;
    const at = slice.offset + slice.width * cellIndex.get(key)!;
    if (isRatioCell(cell)) {
      vector[at] = cell.numerator;
      vector[at + 1] = cell.denominator;
    } else vector[at] = cell.value;
  }
  return vector;
}

/** The slice of the vector one indicator occupies, as stored in its series item. */
export function indicatorSlice(vector: ValueVector, code: string): ValueVector {
  const slice = slices.get(code)!;
  return vector.slice(slice.offset, slice.offset + slice.width * slice.cells);
}

export type RatioAmount = { numerator: number; denominator: number };

/**
 * One indicator's cells from its slice, in `cellsOf(indicator)` order: counts, or numerator and
 * denominator pairs for a ratio. Null when the month did not report them all.
 */
export function sliceCells(code: string, part: ValueVector): number[] | RatioAmount[] | null {
  if (part.some((v) => v === null || v === undefined)) return null;
  const numbers = part as number[];
  if (slices.get(code)!.width === 1) return numbers;
  return numbers.filter((_, n) => n % 2 === 0).map((numerator, n) => ({ numerator, denominator: numbers[2 * n + 1]! }));
}

/**
 * The vector as bytes for storage: each number as an unsigned LEB128 varint of n + 1, with 0
 * for null. Counts under 127 take one byte, under 16,383 two: a month of 101 numbers fits in
 * about 150 bytes, so a country's year of months is a couple of KB to read (DESIGN.md 7).
 */
export function encodeVector(vector: ValueVector): Uint8Array {
  const bytes: number[] = [];
  for (const value of vector) {
    let n = value === null ? 0 : value + 1;
    while (n >= 0x80) {
      bytes.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    bytes.push(n);
  }
  return Uint8Array.from(bytes);
}

export function decodeVector(bytes: Uint8Array): ValueVector {
  const vector: ValueVector = [];
  let n = 0;
  let scale = 1;
  for (const byte of bytes) {
    n += (byte & 0x7f) * scale;
    if (byte & 0x80) {
      scale *= 0x80;
      continue;
    }
    vector.push(n === 0 ? null : n - 1);
    n = 0;
    scale = 1;
  }
  return vector;
}
