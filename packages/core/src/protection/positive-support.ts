import type { Echelon } from './elimination';

/**
 * Which coordinates of `d` some solution of `G·d = 0, d ≥ 0` makes positive, for `G` given in
 * reduced row echelon form over `width` coordinates. The others are 0 in every such solution.
 *
 * This is a linear programme, solved here exactly: a rounding error would misjudge whether a
 * withheld value is pinned. It stays small (one row per equation of G, usually none to three)
 * and bounded by adding `Σ d + w = 1`. Then: maximise the sum of the coordinates not yet shown
 * positive; the optimal vertex shows at least one more, or proves that none of the rest can be.
 * Bland's rule (lowest index enters, lowest basic index leaves on ties) rules out cycling, which
 * degenerate vertices (every row of G has right-hand side 0) would otherwise risk.
 *
 * Rows are kept as integers with a positive factor per row: a row stands for itself divided by
 * any positive number, so pivoting is fraction-free and signs keep their meaning.
 */
export function positiveSupport(g: Echelon<bigint>, width: number): boolean[] {
  const slack = width;
  const rhs = width + 1;
  // The rows of G, each basic on its pivot (where every other row is 0), pivot made positive.
  const tableau = g.rows.map((row, i) => {
    const full = [...row, 0n, 0n];
    return row[g.pivots[i]!]! < 0n ? full.map((x) => -x) : full;
  });
  const basis = [...g.pivots];
  // Σ d + w = 1, basic on w once the pivot columns are cleared out of it.
  let bound = [...new Array<bigint>(width).fill(1n), 1n, 1n];
  tableau.forEach((row, i) => (bound = eliminate(bound, row, basis[i]!)));
  tableau.push(bound);
  basis.push(slack);

  const positive = new Array<boolean>(width).fill(false);
  for (;;) {
    let objective = [...positive.map((shown) => (shown ? 0n : 1n)), 0n, 0n];
    tableau.forEach((row, i) => (objective = eliminate(objective, row, basis[i]!)));
    optimise(tableau, basis, objective);
    let more = false;
    basis.forEach((column, i) => {
      if (column < width && !positive[column] && tableau[i]![rhs]! > 0n) positive[column] = more = true;
    });
    if (!more) return positive;
  }
}

function optimise(tableau: bigint[][], basis: number[], start: bigint[]): void {
  let objective = start;
  const rhs = objective.length - 1;
  for (;;) {
    const entering = objective.findIndex((x, column) => column < rhs && x > 0n);
    if (entering < 0) return;
    let leaving = -1;
    tableau.forEach((row, i) => {
      if (row[entering]! <= 0n) return;
      if (leaving < 0) {
        leaving = i;
        return;
      }
      const best = tableau[leaving]!;
      // rhs_i / a_i against rhs_best / a_best, both denominators positive.
      const difference = row[rhs]! * best[entering]! - best[rhs]! * row[entering]!;
      if (difference < 0n || (difference === 0n && basis[i]! < basis[leaving]!)) leaving = i;
    });
    // Σ d + w = 1 bounds every variable, so some row always limits the entering one.
    if (leaving < 0) throw new Error('positiveSupport: unbounded, which Σ d + w = 1 rules out');
    const pivot = tableau[leaving]!;
    tableau.forEach((row, i) => {
      if (i !== leaving) tableau[i] = eliminate(row, pivot, entering);
    });
    objective = eliminate(objective, pivot, entering);
    basis[leaving] = entering;
  }
}

/** `target` with `column` cleared by a multiple of `row` (whose entry there is positive), scaled down by the gcd. */
function eliminate(target: bigint[], row: readonly bigint[], column: number): bigint[] {
  const f = target[column]!;
  if (f === 0n) return target;
  const p = row[column]!;
  const next = target.map((x, k) => x * p - row[k]! * f);
  let g = 0n;
  for (const x of next) for (let b = x < 0n ? -x : x; b !== 0n; ) [g, b] = [b, g % b];
  return g > 1n ? next.map((x) => x / g) : next;
}
