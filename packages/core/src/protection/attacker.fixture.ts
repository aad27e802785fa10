import type { AdditiveTable } from './additive-table';

/*
 * An attacker for the tests, written apart from `recoverableMembers` so that the two can
 * disagree: a withheld value is pinned exactly when treating it as a free unknown would raise
 * the rank of the table's equations, i.e. when dropping its column lowers the rank.
 *
 * Ranks are taken modulo a large prime. The equations have coefficients 0 and ±1 and at most
 * 14 rows here, so every minor is below 14^7 in size (Hadamard) and no minor that is non-zero
 * over the rationals vanishes modulo the prime: the ranks are exact.
 */
const P = (1n << 61n) - 1n;

export function pinnedByRank(table: AdditiveTable, withheld: readonly boolean[]): number[] {
  const unknowns = table.values.flatMap((v, i) => (withheld[i] && v !== null ? [i] : []));
  const rows: bigint[][] = [];
  for (const group of table.groups) {
    if (table.values[group.total] === null) continue;
    rows.push(
      unknowns.map((u) => {
        const asTotal = u === group.total ? 1n : 0n;
        const asPart = BigInt(group.parts.filter((p) => p === u).length);
        return asTotal - asPart;
      }),
    );
  }
  const full = rank(rows);
  return unknowns.filter((_, c) => rank(rows.map((row) => row.filter((_, k) => k !== c))) < full);
}

function rank(rows: readonly bigint[][]): number {
  const m = rows.map((row) => row.map((x) => ((x % P) + P) % P));
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width; c++) {
    const found = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (found < 0) continue;
    [m[r], m[found]] = [m[found]!, m[r]!];
    const pivot = m[r]!;
    const inverse = power(pivot[c]!, P - 2n);
    for (let i = r + 1; i < m.length; i++) {
      const f = (m[i]![c]! * inverse) % P;
      if (f !== 0n) m[i] = m[i]!.map((x, k) => (((x - f * pivot[k]!) % P) + P) % P);
    }
    r++;
  }
  return r;
}

function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = base % P;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
  }
  return result;
}
