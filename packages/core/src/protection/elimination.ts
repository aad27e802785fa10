/**
 * Which unknowns of a linear system are pinned to a single value. `rows` holds each equation's
 * integer coefficients on the unknowns; the constants do not matter: in a consistent system an
 * unknown is pinned exactly when its unit vector lies in the row space, whatever they are.
 *
 * Exact integer arithmetic (fraction-free elimination to reduced row echelon form) because a
 * rounding error here would be a disclosure: a float pivot that should be 0 makes a free
 * unknown look pinned or the reverse. Plain numbers are exact while they stay safe integers,
 * which with coefficients of ±1 they practically always do; should one outgrow that, the
 * whole elimination is redone in bigint.
 */
export function determinedUnknowns(rows: readonly (readonly number[])[], width: number): boolean[] {
  return determinedIn(echelon(rows, width), width);
}

/**
 * Reduced row echelon form: one row per pivot, in pivot order, with zeros in every other row's
 * pivot column. Plain numbers while they are exact, else bigints.
 */
export interface Echelon<T extends number | bigint = number | bigint> {
  readonly rows: readonly (readonly T[])[];
  readonly pivots: readonly number[];
}

/** The exact elimination behind `determinedUnknowns`, for callers that go on with the reduced rows. */
export function echelon(rows: readonly (readonly number[])[], width: number): Echelon<number> | Echelon<bigint> {
  return (
    reduce(
      rows.map((row) => [...row]),
      width,
      NUMBERS,
    ) ??
    reduce(
      rows.map((row) => row.map((x) => BigInt(x))),
      width,
      BIGINTS,
    )!
  );
}

/**
 * An unknown is pinned when its pivot row has nothing else: that row reads `unknown = constant`.
 * Whatever the order of the columns: a unit vector in the row space is a multiple of the one
 * row whose pivot is its column, as every other row has a 0 there.
 */
export function determinedIn(reduced: Echelon, width: number): boolean[] {
  const determined = new Array<boolean>(width).fill(false);
  reduced.pivots.forEach((column, i) => {
    if (reduced.rows[i]!.every((x, k) => k === column || x === 0 || x === 0n)) determined[column] = true;
  });
  return determined;
}

interface Integers<T> {
  readonly zero: T;
  /** `a·p − b·f`, or undefined when it cannot be computed exactly. */
  combine(a: T, p: T, b: T, f: T): T | undefined;
  divideByGcd(row: T[]): T[];
}

const NUMBERS: Integers<number> = {
  zero: 0,
  combine: (a, p, b, f) => {
    const x = a * p - b * f;
    return Number.isSafeInteger(a * p) && Number.isSafeInteger(b * f) && Number.isSafeInteger(x) ? x : undefined;
  },
  divideByGcd: (row) => {
    let g = 0;
    for (const x of row) for (let b = Math.abs(x); b !== 0; ) [g, b] = [b, g % b];
    return g > 1 ? row.map((x) => x / g) : row;
  },
};

const BIGINTS: Integers<bigint> = {
  zero: 0n,
  combine: (a, p, b, f) => a * p - b * f,
  divideByGcd: (row) => {
    let g = 0n;
    for (const x of row) for (let b = x < 0n ? -x : x; b !== 0n; ) [g, b] = [b, g % b];
    return g > 1n ? row.map((x) => x / g) : row;
  },
};

/** Reduced row echelon form: the non-zero rows and their pivot columns, or undefined when plain numbers would round. */
function reduce<T>(rows: T[][], width: number, z: Integers<T>): { rows: T[][]; pivots: number[] } | undefined {
  const matrix = rows.filter((row) => row.some((x) => x !== z.zero));
  const pivotColumns: number[] = [];
  for (let column = 0; column < width && pivotColumns.length < matrix.length; column++) {
    const rank = pivotColumns.length;
    const found = matrix.findIndex((row, i) => i >= rank && row[column] !== z.zero);
    if (found < 0) continue;
    const pivot = matrix[found]!;
    matrix[found] = matrix[rank]!;
    matrix[rank] = pivot;
    const p = pivot[column]!;
    // Clear the column in every other row, above as well as below.
    for (let i = 0; i < matrix.length; i++) {
      const row = matrix[i]!;
      const f = row[column]!;
      if (i === rank || f === z.zero) continue;
      const next: T[] = [];
      for (let k = 0; k < width; k++) {
        const x = z.combine(row[k]!, p, pivot[k]!, f);
        if (x === undefined) return undefined;
        next.push(x);
      }
      matrix[i] = z.divideByGcd(next);
    }
    pivotColumns.push(column);
  }
  return { rows: matrix.slice(0, pivotColumns.length), pivots: pivotColumns };
}
