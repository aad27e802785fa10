/**
 * The sums of unknowns a reader is told, as vectors, to ask whether another sum follows from
 * them: over the rationals it does exactly when its 0/1 vector lies in their row space, and
 * then it follows over whole numbers too. Exact: fraction-free elimination on BigInt, each
 * row kept divided by its greatest common divisor.
 */
export class RowSpace {
  private readonly rows: { pivot: number; row: bigint[] }[] = [];

  /** `size`: how many unknowns; sums are given as the positions (0 … size − 1) they add up. */
  constructor(private readonly size: number) {}

  /** The reader is told the sum over `positions`. */
  add(positions: readonly number[]): void {
    const row = this.reduce(positions);
    const pivot = row.findIndex((v) => v !== 0n);
    if (pivot >= 0) this.rows.push({ pivot, row });
  }

  /** Whether the sum over `positions` follows from the sums told (an empty sum always does). */
  contains(positions: readonly number[]): boolean {
    return this.reduce(positions).every((v) => v === 0n);
  }

  private reduce(positions: readonly number[]): bigint[] {
    let v = new Array<bigint>(this.size).fill(0n);
    for (const p of positions) v[p] = 1n;
    for (const { pivot, row } of this.rows) {
      const factor = v[pivot]!;
      if (factor === 0n) continue;
      const scale = row[pivot]!;
      v = v.map((x, n) => x * scale - row[n]! * factor);
      const divisor = v.reduce((g, x) => gcd(g, x < 0n ? -x : x), 0n);
      if (divisor > 1n) v = v.map((x) => x / divisor);
    }
    return v;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
