import { impliedEquations } from './implied-equations';
import { AttackBudgetError, Budget, compiled, equationsOf, exact, type Model, reviseEquation, Solver } from './integer-search';

export { AttackBudgetError };

/**
 * An integer attacker for survivor-count protection (DESIGN.md 5.4, issue 9), written apart from
 * the protection code so that it checks it rather than repeats it. It answers, exactly over whole
 * numbers, what a reader can learn about withheld values from everything that reader is shown.
 *
 * Method: a depth-first search over the unknowns' bounds. At every node each equation tightens
 * the bounds of its unknowns from the others' (interval reasoning, to a fixpoint). Before the
 * search the system is strengthened by implied equations: integer combinations of its own
 * equations that bound each unknown as tightly as the real-number relaxation does (chosen by a
 * floating-point simplex, formed exactly: see implied-equations.ts). The search branches on the
 * unknown with the fewest values per unit of past trouble (domain size over the failures of its
 * equations, "dom/wdeg"), tries values nearest a known solution first, and restarts with a doubled
 * node limit when a run grows too long (a run that ends within its limit has seen its whole tree).
 *
 * Arithmetic is on JavaScript numbers kept to safe integers: every product and sum is checked,
 * and division is floor/ceiling corrected by an exact remainder, so nothing can round. Floats
 * only ever choose where to look. Every answer is exact: "can take v" and "not pinned" rest on a
 * whole-number solution checked against every equation, "cannot" on a search that closed every
 * branch. When that would take too long the attack throws (AttackBudgetError): it never guesses.
 */

/** One term of an equation: coefficient·x[index]. */
export interface Term {
  readonly index: number;
  readonly coefficient: number;
}

/** Σ coefficient·x[index] = constant. */
export interface Equation {
  readonly terms: readonly Term[];
  readonly constant: number;
}

/** What a reader sees: a linear system over unknown whole numbers. */
export interface ReaderKnowledge {
  /** Number of unknowns, x[0] … x[unknowns − 1]. */
  readonly unknowns: number;
  /** Per unknown, the least whole value it can hold; default 1 (withheld counts are never 0: zeros are shown). */
  readonly floors?: readonly number[];
  /**
   * Per unknown, the greatest whole value it can hold, Infinity for none (the default). A reader
   * knows public ceilings (a cell is at most MAX_COUNT, DESIGN.md 2); giving one keeps the search
   * finite. Without one an unknown can be as large as its equations let it (see `attack`).
   */
  readonly ceilings?: readonly number[];
  readonly equations: readonly Equation[];
  /** x[a] ≤ x[b], e.g. a ratio's numerator at most its denominator. */
  readonly atMost?: readonly { readonly a: number; readonly b: number }[];
}

export interface AttackResult {
  /** Steps of work the attack took (see AttackOptions.budget): a measure of how hard the knowledge was. */
  readonly steps: number;
  /** Per unknown, the values of `probe` (in probe order) it takes in at least one whole-number solution. */
  readonly possible: readonly (readonly number[])[];
  /** Per unknown, true when every whole-number solution gives it the same value. */
  readonly pinned: readonly boolean[];
  /** One whole-number solution (per unknown), so a test can show where a pinned value sits. */
  readonly example: readonly number[];
}

export interface AttackOptions {
  /**
   * The most work the attack may do, counted in steps: one per search node and one per revision
   * of an equation's bounds. Exceeding it throws AttackBudgetError rather than answering.
   */
  readonly budget?: number;
}

export const DEFAULT_ATTACK_BUDGET = 5_000_000;

/** The knowledge has no whole-number solution: what a reader was shown contradicts itself (or the model is wrong). */
export class InconsistentKnowledgeError extends Error {
  override readonly name = 'InconsistentKnowledgeError';
}

/**
 * What a reader can learn from `knowledge` about each unknown: which of the `probe` values it can
 * hold, and whether it is pinned to one value, over whole-number solutions only.
 *
 * Unknowns without a finite upper bound (no ceiling, and no equation that caps them, e.g. a
 * withheld total over withheld cells) may be as large as any solution makes them: the search
 * still finds solutions there (it splits [lo, ∞) into a finite piece near a known value and the
 * rest), so "can take v" and "is not pinned" are proved as always, by a solution in hand. Only a
 * proof that no solution exists must close every branch, and an unbounded domain has endless
 * branches: that proof succeeds when bounds contradict each other, else the budget runs out and
 * the attack throws. Give public ceilings (ReaderModel gives cells MAX_COUNT) to avoid that.
 *
 * Throws InconsistentKnowledgeError when there is no whole-number solution at all, RangeError on
 * malformed knowledge or numbers too large to add exactly, AttackBudgetError when over budget.
 */
export function attack(knowledge: ReaderKnowledge, probe: readonly number[], options: AttackOptions = {}): AttackResult {
  const budget = new Budget(options.budget ?? DEFAULT_ATTACK_BUDGET);
  const plain = compile(knowledge);
  const first = new Solver(plain, budget).rootBounds();
  if (!first) throw new InconsistentKnowledgeError('the knowledge has no whole-number solution');
  // Strengthened once, at the root, by combinations of equations that bound as the reals do.
  const implied = impliedEquations(plain.n, plain.equations, first.lo);
  // Only those that narrow a bound the equations alone leave wider: each one woken at every node
  // costs time. One whose numbers are too large for exact arithmetic is left out, not fatal.
  const narrowing = implied.equations.filter(({ terms, constant }) => {
    try {
      return reviseEquation(compiled(terms, constant), first.lo.slice(), first.hi.slice())?.length !== 0;
    } catch (error) {
      if (error instanceof RangeError) return false;
      throw error;
    }
  });
  const model = withEquations(plain, narrowing);
  const solver = new Solver(model, budget);
  const root = solver.rootBounds();
  const example = root && solver.solve(root.lo.slice(), root.hi.slice(), undefined, implied.point?.map(Math.round));
  if (!root || !example) throw new InconsistentKnowledgeError('the knowledge has no whole-number solution');

  // Every solution found is remembered: a value seen once needs no search of its own.
  const seen = example.map((value) => new Set([value]));
  const record = (solution: readonly number[] | undefined): boolean => {
    if (!solution) return false;
    solution.forEach((value, j) => seen[j]!.add(value));
    return true;
  };
  /**
   * Where to look for a solution with x[j] = v: on the segment from the example to the real
   * relaxation's extreme point for x[j], where x[j] = v (a real point, rounded). Both ends satisfy
   * every equation, so the whole segment does: only rounding stands between it and a solution.
   */
  const towards = (j: number, v: number): number[] => {
    const s = example[j]!;
    const extreme = v < s ? implied.extremes?.[j]?.least : implied.extremes?.[j]?.greatest;
    const z = extreme?.[j];
    if (!extreme || z === undefined || Math.abs(z - s) < 1e-9) return example;
    const t = Math.min(1, Math.max(0, (v - s) / (z - s)));
    return example.map((x, k) => Math.round(x + t * (extreme[k]! - x)));
  };
  /** Is there a solution with x[j] inside [from, to]? */
  const feasible = (j: number, from: number, to: number): boolean => {
    const lo = root.lo.slice();
    const hi = root.hi.slice();
    if (from > lo[j]!) lo[j] = from;
    if (to < hi[j]!) hi[j] = to;
    if (lo[j]! > hi[j]!) return false;
    return record(solver.solve(lo, hi, j, towards(j, from === -Infinity ? to : from)));
  };

  // Only the reader's unknowns are answered for; atMost's slacks are the attacker's own.
  const unknowns = Array.from({ length: knowledge.unknowns }, (_, j) => j);
  // Pinned: no solution gives it any other value, below or above the example's.
  const pinned = unknowns.map((j) => {
    const value = example[j]!;
    if (seen[j]!.size > 1) return false;
    return !feasible(j, -Infinity, value - 1) && !feasible(j, value + 1, Infinity);
  });
  const possible = unknowns.map((j) => probe.filter((v) => Number.isSafeInteger(v) && (seen[j]!.has(v) || feasible(j, v, v))));
  return { possible, pinned, example: example.slice(0, knowledge.unknowns), steps: budget.spent };
}

/** Checks the knowledge and lays it out for the solver: like terms merged, zero terms dropped, atMost as equations. */
function compile(knowledge: ReaderKnowledge): Model {
  const unknowns = knowledge.unknowns;
  if (!Number.isSafeInteger(unknowns) || unknowns < 0) throw new RangeError(`unknowns must be a whole number, not ${unknowns}`);
  const index = (i: number, where: string) => {
    if (!Number.isInteger(i) || i < 0 || i >= unknowns) throw new RangeError(`${where}: unknown ${i} is not one of 0 … ${unknowns - 1}`);
    return i;
  };
  const pairs = knowledge.atMost ?? [];
  const n = unknowns + pairs.length;
  const floors = Float64Array.from({ length: n }, (_, j) => (j < unknowns ? (knowledge.floors?.[j] ?? 1) : 0));
  const ceilings = Float64Array.from({ length: n }, (_, j) => (j < unknowns ? (knowledge.ceilings?.[j] ?? Infinity) : Infinity));
  floors.forEach((f, j) => {
    if (!Number.isSafeInteger(f)) throw new RangeError(`floor of unknown ${j} must be a safe whole number, not ${f}`);
    const c = ceilings[j]!;
    if (c !== Infinity && !Number.isSafeInteger(c)) throw new RangeError(`ceiling of unknown ${j} must be a safe whole number or Infinity, not ${c}`);
  });
  const slacks: Equation[] = pairs.map(({ a, b }, k) => ({
    terms: [
      { index: index(b, `atMost ${k}`), coefficient: 1 },
      { index: index(a, `atMost ${k}`), coefficient: -1 },
      { index: unknowns + k, coefficient: -1 },
    ],
    constant: 0,
  }));
  const equations = [...knowledge.equations, ...slacks].map((equation, e) => {
    const merged = new Map<number, number>();
    for (const { index: i, coefficient } of equation.terms) {
      if (!Number.isSafeInteger(coefficient)) throw new RangeError(`equation ${e}: coefficient ${coefficient} is not a safe whole number`);
      const j = e < knowledge.equations.length ? index(i, `equation ${e}`) : i;
      merged.set(j, exact((merged.get(j) ?? 0) + coefficient));
    }
    if (!Number.isSafeInteger(equation.constant)) throw new RangeError(`equation ${e}: constant ${equation.constant} is not a safe whole number`);
    return compiled([...merged], equation.constant);
  });
  return { n, floors, ceilings, equations, equationsOf: equationsOf(n, equations) };
}

/** The model with `extra` equations (implied ones) after its own. */
function withEquations(model: Model, extra: readonly { terms: readonly (readonly [number, number])[]; constant: number }[]): Model {
  const equations = [...model.equations, ...extra.map(({ terms, constant }) => compiled(terms, constant))];
  return { ...model, equations, equationsOf: equationsOf(model.n, equations) };
}
