/**
 * Implied equations for the integer attacker: integer combinations of a system's equations that
 * bound each unknown as tightly as the real-number relaxation does, so that interval reasoning
 * on single equations sees what only several together say (e.g. female − 30+ + labour …).
 *
 * A floating-point simplex only *chooses* the multipliers; the combination itself is formed in
 * exact integer arithmetic from the original equations, so every implied equation holds for every
 * solution whatever the simplex got wrong. A poor choice makes an equation useless, never false.
 */

/** An equation Σ coefs[k]·x[vars[k]] = constant. */
export interface SparseEquation {
  readonly vars: ArrayLike<number>;
  readonly coefs: ArrayLike<number>;
  readonly constant: number;
}

export interface Implied {
  /** Integer combinations of the equations (whole coefficients and constant), each once. */
  readonly equations: { terms: [number, number][]; constant: number }[];
  /** A point of the real relaxation (floats, approximately feasible), a good place to start a search from; undefined when none was found. */
  readonly point?: readonly number[];
  /** Per unknown, points of the relaxation where it is least and greatest (floats), where found. */
  readonly extremes?: readonly { readonly least?: readonly number[]; readonly greatest?: readonly number[] }[];
}

/** Multipliers are tried with denominators up to this; the LP's duals over table sums are nearly always whole or halves. */
const MAX_DENOMINATOR = 64;
const EPSILON = 1e-9;
/** Simplex pivots per objective before giving up on it (it cannot cycle; this only bounds time). */
const MAX_PIVOTS = 5_000;
/** Pivots in a row that leave the objective where it was before the simplex turns to Bland's rule. */
const STALL_LIMIT = 50;

/**
 * For each unknown j, the combinations of `equations` that prove the LP's least and greatest x[j]
 * over { equations, x ≥ lo } (upper bounds are left out: dropping a constraint can only make an
 * implied equation less useful). Each is returned once, with whole coefficients and constant; a
 * combination whose numbers grow beyond exact arithmetic is left out.
 */
export function impliedEquations(n: number, equations: readonly SparseEquation[], lo: ArrayLike<number>): Implied {
  const m = equations.length;
  if (m === 0) return { equations: [], point: Array.from(lo) };
  // Dense rows over x' = x − lo ≥ 0, each scaled by ±1 so its right-hand side is ≥ 0.
  const signs: number[] = [];
  const rows = equations.map(({ vars, coefs, constant }) => {
    const row = new Float64Array(n);
    let rhs = constant;
    for (let k = 0; k < vars.length; k++) {
      row[vars[k]!] = coefs[k]!;
      rhs -= coefs[k]! * lo[vars[k]!]!;
    }
    const sign = rhs < 0 ? -1 : 1;
    signs.push(sign);
    return { row: row.map((a) => a * sign), rhs: rhs * sign };
  });
  const feasible = phaseOne(n, m, rows);
  if (!feasible) return { equations: [] };
  // The first feasible vertex, before any objective moves it.
  const point = vertex(feasible, n, lo);

  const found = new Map<string, { terms: [number, number][]; constant: number }>();
  const extremes = Array.from({ length: n }, (_, j) => {
    const [least, greatest] = [-1, 1].map((direction) => {
      const y = optimise(feasible, n, m, j, direction);
      if (!y) return undefined;
      const multipliers = wholeMultipliers(y.map((v, i) => v * signs[i]!));
      const equation = multipliers && combine(n, equations, multipliers);
      if (equation) found.set(equation.terms.map(([v, c]) => `${v}:${c}`).join(' '), equation);
      return vertex(feasible, n, lo);
    });
    return { least, greatest };
  });
  return { equations: [...found.values()], point, extremes };
}

/** The tableau's basic solution in the unknowns' own terms (x = lo + x′). */
function vertex(tableau: Tableau, n: number, lo: ArrayLike<number>): number[] {
  const point = Array.from(lo, (l) => l);
  const rhs = tableau.rows[0]!.length - 1;
  tableau.rows.forEach((t, i) => {
    const k = tableau.basis[i]!;
    if (k < n) point[k]! += t[rhs]!;
  });
  return point;
}
/**
 * A simplex tableau: m rows of n structural columns, m artificial columns and the right-hand side;
 * the basic column of each row; and the objective row (each column's reduced cost), kept by pivots.
 */
interface Tableau {
  readonly rows: Float64Array[];
  readonly basis: number[];
  objective: Float64Array;
}

/** A basis feasible for the rows, with every artificial driven out (or left in a redundant row), or undefined. */
function phaseOne(n: number, m: number, rows: readonly { row: Float64Array; rhs: number }[]): Tableau | undefined {
  const width = n + m + 1;
  const tableau: Tableau = {
    rows: rows.map(({ row, rhs }, i) => {
      const t = new Float64Array(width);
      t.set(row);
      t[n + i] = 1;
      t[width - 1] = rhs;
      return t;
    }),
    basis: rows.map((_, i) => n + i),
    objective: new Float64Array(width),
  };
  // Minimise the artificials' sum: cost −1 on each, as a maximisation.
  const cost = new Float64Array(n + m);
  for (let i = 0; i < m; i++) cost[n + i] = -1;
  if (!simplex(tableau, cost, n + m)) return undefined;
  if (tableau.objective[width - 1]! < -1e-7) return undefined;
  tableau.rows.forEach((t, i) => {
    if (tableau.basis[i]! < n) return;
    const k = t.findIndex((a, c) => c < n && Math.abs(a) > EPSILON);
    if (k >= 0) pivot(tableau, i, k);
  });
  return tableau;
}

/**
 * The row multipliers (duals) of an optimal basis for direction·x[j], or undefined when unbounded.
 * It starts from the tableau's current basis, feasible whatever the last objective was, and leaves
 * the tableau at its own optimum (or where it stopped) for the next objective to start from.
 */
function optimise(tableau: Tableau, n: number, m: number, j: number, direction: number): number[] | undefined {
  const cost = new Float64Array(n + m);
  cost[j] = direction;
  if (!simplex(tableau, cost, n)) return undefined;
  // An artificial column is B⁻¹eᵢ; its reduced cost (its own cost 0) is the dual of row i.
  return Array.from(tableau.objective.subarray(n, n + m));
}

/** Maximises cost·x from a feasible basis, entering only columns below `enterable`; false when unbounded or too long. */
function simplex(tableau: Tableau, cost: Float64Array, enterable: number): boolean {
  const width = tableau.rows[0]!.length;
  const rhs = width - 1;
  const objective = new Float64Array(width);
  tableau.rows.forEach((t, i) => {
    const c = cost[tableau.basis[i]!]!;
    if (c !== 0) for (let k = 0; k < width; k++) objective[k]! += c * t[k]!;
  });
  for (let k = 0; k < cost.length; k++) objective[k]! -= cost[k]!;
  tableau.objective = objective;
  let stalled = 0;
  for (let pivots = 0; pivots < MAX_PIVOTS; pivots++) {
    // The most negative reduced cost enters (fewest pivots as a rule); after a run of pivots that
    // do not move, Bland's rule (the first negative one), which cannot cycle.
    const bland = stalled > STALL_LIMIT;
    let entering = -1;
    for (let k = 0; k < enterable; k++) {
      if (objective[k]! < -EPSILON && (entering < 0 || (!bland && objective[k]! < objective[entering]!))) {
        entering = k;
        if (bland) break;
      }
    }
    if (entering < 0) return true;
    let leaving = -1;
    let best = Infinity;
    tableau.rows.forEach((t, i) => {
      const a = t[entering]!;
      if (a <= EPSILON) return;
      const ratio = t[rhs]! / a;
      if (ratio < best - EPSILON || (ratio <= best + EPSILON && tableau.basis[i]! < tableau.basis[leaving]!)) {
        best = ratio;
        leaving = i;
      }
    });
    if (leaving < 0) return false;
    stalled = best <= EPSILON ? stalled + 1 : 0;
    pivot(tableau, leaving, entering);
  }
  return false;
}

function pivot(tableau: Tableau, r: number, k: number): void {
  const row = tableau.rows[r]!;
  const a = row[k]!;
  for (let c = 0; c < row.length; c++) row[c]! /= a;
  for (const t of [...tableau.rows, tableau.objective]) {
    const f = t[k]!;
    if (t === row || f === 0) continue;
    for (let c = 0; c < t.length; c++) t[c]! -= f * row[c]!;
  }
  tableau.basis[r] = k;
}

/** The multipliers scaled to whole numbers by the least denominator that makes them whole, or undefined. */
function wholeMultipliers(y: readonly number[]): number[] | undefined {
  for (let d = 1; d <= MAX_DENOMINATOR; d++) {
    const scaled = y.map((v) => v * d);
    if (scaled.every((v) => Math.abs(v - Math.round(v)) < 1e-6)) {
      const whole = scaled.map(Math.round);
      return whole.some((v) => v !== 0) ? whole : undefined;
    }
  }
  return undefined;
}

/**
 * Σ multipliers[i]·equation[i] in exact integer arithmetic, divided by the coefficients' gcd;
 * undefined when it has no terms or a number in it is beyond safe integers.
 */
function combine(n: number, equations: readonly SparseEquation[], multipliers: readonly number[]): { terms: [number, number][]; constant: number } | undefined {
  const coefs = new Array<number>(n).fill(0);
  let constant = 0;
  // Every product and partial sum is checked: one that left the safe range may have rounded, even if later terms bring it back.
  let exact = true;
  const add = (sum: number, y: number, a: number) => {
    const product = y * a;
    const total = sum + product;
    exact &&= Number.isSafeInteger(product) && Number.isSafeInteger(total);
    return total;
  };
  equations.forEach(({ vars, coefs: c, constant: b }, i) => {
    const y = multipliers[i]!;
    if (y === 0) return;
    for (let k = 0; k < vars.length; k++) coefs[vars[k]!] = add(coefs[vars[k]!]!, y, c[k]!);
    constant = add(constant, y, b);
  });
  if (!exact) return undefined;
  const terms = coefs.flatMap((c, j): [number, number][] => (c === 0 ? [] : [[j, c]]));
  if (terms.length === 0) return undefined;
  // Divided by the gcd (sign from the first term) so the same equation found twice is one key;
  // when the gcd does not divide the constant there is no whole solution, and it is kept as is.
  const g = terms.reduce((acc, [, c]) => gcd(acc, Math.abs(c)), 0) * Math.sign(terms[0]![1]);
  if (constant % g !== 0) return { terms, constant };
  return { terms: terms.map(([j, c]) => [j, c / g]), constant: constant / g };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
