import { impliedEquations } from './implied-equations';

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

/** The attack ran out of its budget: its question is left unanswered (never answered wrongly). */
export class AttackBudgetError extends Error {
  override readonly name = 'AttackBudgetError';
}

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

/** Work done so far across every search of one attack, against its limit. */
class Budget {
  private steps = 0;
  constructor(private readonly limit: number) {}

  get spent(): number {
    return this.steps;
  }

  spend(): void {
    if (++this.steps > this.limit) throw new AttackBudgetError(`the integer attack needs more than its budget of ${this.limit} steps`);
  }
}

interface Model {
  /** The reader's unknowns, then one slack per atMost pair (x[b] − x[a] − slack = 0, slack ≥ 0). */
  readonly n: number;
  readonly floors: Float64Array;
  readonly ceilings: Float64Array;
  readonly equations: readonly CompiledEquation[];
  /** Per unknown, the equations it is in. */
  readonly equationsOf: readonly number[][];
}

interface CompiledEquation {
  readonly vars: Int32Array;
  readonly coefs: Float64Array;
  readonly constant: number;
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

function compiled(terms: readonly (readonly [number, number])[], constant: number): CompiledEquation {
  const nonzero = terms.filter(([, coefficient]) => coefficient !== 0);
  return { vars: Int32Array.from(nonzero, ([j]) => j), coefs: Float64Array.from(nonzero, ([, c]) => c), constant };
}

/** The model with `extra` equations (implied ones) after its own. */
function withEquations(model: Model, extra: readonly { terms: readonly (readonly [number, number])[]; constant: number }[]): Model {
  const equations = [...model.equations, ...extra.map(({ terms, constant }) => compiled(terms, constant))];
  return { ...model, equations, equationsOf: equationsOf(model.n, equations) };
}

function equationsOf(n: number, equations: readonly CompiledEquation[]): number[][] {
  const of: number[][] = Array.from({ length: n }, () => []);
  equations.forEach(({ vars }, e) => {
    for (const j of vars) of[j]!.push(e);
  });
  return of;
}

/** A domain of at most this many values is branched value by value; a larger one is halved. */
const ENUMERATE_UP_TO = 8;
/** Nodes in a search's first run; each restart doubles it. */
const FIRST_RUN = 50;
const CUT_OFF = Symbol('cut off');

/** The search over one model. It learns across searches: equations that failed weigh more. */
class Solver {
  /** Per equation, 1 + how often it closed a branch. */
  private readonly weights: Float64Array;
  /** For ties and restarts: a fixed sequence, so an attack's answers and steps are the same every run. */
  private seed = 1;

  constructor(
    private readonly model: Model,
    private readonly budget: Budget,
  ) {
    this.weights = new Float64Array(model.equations.length).fill(1);
  }

  /** The floors and ceilings tightened by every constraint, or undefined when they contradict. */
  rootBounds(): { lo: Float64Array; hi: Float64Array } | undefined {
    const lo = this.model.floors.slice();
    const hi = this.model.ceilings.slice();
    if (lo.some((l, j) => l > hi[j]!)) return undefined;
    const all = Array.from({ length: this.model.equations.length }, (_, c) => c);
    return this.propagate(lo, hi, all) ? { lo, hi } : undefined;
  }

  /**
   * One whole-number solution within the bounds [lo, hi], or undefined when there is none.
   * `changed` is the unknown whose bounds the caller narrowed, if any; `reference`, values to try
   * first. Runs are restarted with twice the node limit until one ends within it (or the budget
   * throws): a long fruitless run is often a few bad early choices, which the weights then avoid.
   */
  solve(lo: Float64Array, hi: Float64Array, changed?: number, reference?: readonly number[]): number[] | undefined {
    for (let limit = FIRST_RUN; ; limit *= 2) {
      const found = this.run(lo.slice(), hi.slice(), changed, reference, limit);
      if (found !== CUT_OFF) return found;
    }
  }

  /** One depth-first run: a solution, undefined when its whole tree is closed, or CUT_OFF past `limit` nodes. */
  private run(
    lo: Float64Array,
    hi: Float64Array,
    changed: number | undefined,
    reference: readonly number[] | undefined,
    limit: number,
  ): number[] | undefined | typeof CUT_OFF {
    // An explicit stack, not recursion: halving an unbounded domain can go deep.
    const stack: { lo: Float64Array; hi: Float64Array; changed: number | undefined }[] = [{ lo, hi, changed }];
    let nodes = 0;
    while (stack.length > 0) {
      if (++nodes > limit) return CUT_OFF;
      const node = stack.pop()!;
      this.budget.spend();
      const queue = node.changed === undefined ? [] : [...this.model.equationsOf[node.changed]!];
      if (!this.propagate(node.lo, node.hi, queue)) continue;
      const j = this.branchOn(node.lo, node.hi);
      if (j === undefined) return this.verified(node.lo);
      // Children are pushed last-first so the values nearest the reference are tried first.
      for (const [from, to] of split(node.lo[j]!, node.hi[j]!, reference?.[j] ?? node.lo[j]!).reverse()) {
        const lo = node.lo.slice();
        const hi = node.hi.slice();
        lo[j] = from;
        hi[j] = to;
        stack.push({ lo, hi, changed: j });
      }
    }
    return undefined;
  }

  /**
   * The unfixed unknown with the fewest values left for the weight of its equations (unbounded
   * ones last), a little shuffled so that restarts differ; undefined when every one is fixed.
   */
  private branchOn(lo: Float64Array, hi: Float64Array): number | undefined {
    let best: number | undefined;
    let bestScore = Infinity;
    for (let j = 0; j < this.model.n; j++) {
      const size = hi[j]! - lo[j]!;
      if (size === 0) continue;
      let weight = 0;
      for (const e of this.model.equationsOf[j]!) weight += this.weights[e]!;
      const score = (size / weight) * (1 + 0.2 * this.random());
      if (best === undefined || score < bestScore) {
        best = j;
        bestScore = score;
      }
    }
    return best;
  }

  /** Tightens [lo, hi] in place to a fixpoint of the equations in `queue` (and those they wake); false on a contradiction. */
  private propagate(lo: Float64Array, hi: Float64Array, queue: number[]): boolean {
    const { equations, equationsOf } = this.model;
    const queued = new Uint8Array(equations.length);
    for (const c of queue) queued[c] = 1;
    while (queue.length > 0) {
      const c = queue.pop()!;
      queued[c] = 0;
      this.budget.spend();
      const moved = reviseEquation(equations[c]!, lo, hi);
      if (moved === undefined) {
        this.weights[c]!++;
        return false;
      }
      for (const j of moved) {
        for (const e of equationsOf[j]!) {
          if (!queued[e]) {
            queued[e] = 1;
            queue.push(e);
          }
        }
      }
    }
    return true;
  }

  private random(): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
    return this.seed / 2147483648;
  }

  /** Checks a leaf against every constraint once more, so a slip in propagation cannot pass as a solution. */
  private verified(values: Float64Array): number[] {
    const { floors, ceilings, equations } = this.model;
    const solution = Array.from(values);
    const holds =
      solution.every((v, j) => v >= floors[j]! && v <= ceilings[j]!) &&
      equations.every(({ vars, coefs, constant }) => vars.reduce((sum, j, k) => exact(sum + exact(coefs[k]! * solution[j]!)), 0) === constant);
    if (!holds) throw new Error(`integer attacker: a leaf that breaks a constraint (${solution.join(', ')}): a bug in propagation`);
    return solution;
  }
}

/**
 * Interval reasoning on Σ a·x = b: each a·x lies in b minus the range of the other terms.
 * Narrows [lo, hi] in place; returns the unknowns it narrowed, or undefined on a contradiction.
 * Infinite contributions (an unknown without an upper bound) are counted, not added, so the
 * finite parts stay exact.
 */
function reviseEquation({ vars, coefs, constant }: CompiledEquation, lo: Float64Array, hi: Float64Array): number[] | undefined {
  let minSum = 0;
  let minInfinite = 0;
  let maxSum = 0;
  let maxInfinite = 0;
  for (let k = 0; k < vars.length; k++) {
    const a = coefs[k]!;
    const j = vars[k]!;
    const low = exact(a * lo[j]!);
    if (a > 0) {
      minSum = exact(minSum + low);
      if (hi[j] === Infinity) maxInfinite++;
      else maxSum = exact(maxSum + exact(a * hi[j]!));
    } else {
      maxSum = exact(maxSum + low);
      if (hi[j] === Infinity) minInfinite++;
      else minSum = exact(minSum + exact(a * hi[j]!));
    }
  }
  if ((minInfinite === 0 && minSum > constant) || (maxInfinite === 0 && maxSum < constant)) return undefined;
  const moved: number[] = [];
  // How far the sum may rise above its least (up) and fall below its greatest (down).
  const up = exact(constant - minSum);
  const down = exact(maxSum - constant);
  for (let k = 0; k < vars.length; k++) {
    const a = coefs[k]!;
    const j = vars[k]!;
    const w = Math.abs(a);
    const l = lo[j]!;
    const h = hi[j]!;
    // x rising by t moves the sum by w·t up (a > 0) or down (a < 0): room to rise is `up` or `down`, to fall the other.
    const rise = a > 0 ? up : down;
    const fall = a > 0 ? down : up;
    const riseInfinite = a > 0 ? minInfinite : maxInfinite;
    const fallInfinite = a > 0 ? maxInfinite : minInfinite;
    const to = riseInfinite === 0 ? exact(l + floorDiv(rise, w)) : Infinity;
    // Unbounded, x's own term is the one infinite part of the fall; the others' room bounds it.
    const from = h !== Infinity ? (fallInfinite === 0 ? exact(h - floorDiv(fall, w)) : -Infinity) : fallInfinite === 1 ? -floorDiv(fall, w) : -Infinity;
    if (from > l || to < h) {
      if (from > to || from > h || to < l) return undefined;
      if (from > l) lo[j] = from;
      if (to < h) hi[j] = to;
      moved.push(j);
    }
  }
  return moved;
}

/**
 * The branches of a domain, nearest `near` first: a few values one by one; more as the value
 * nearest `near`, then the halves on either side of it, nearer halves first. Searching near a
 * known solution finds a neighbouring one quickly (a withheld cell one higher, another one lower);
 * halving keeps a proof that none exists to a logarithmic depth per unknown.
 */
function split(lo: number, hi: number, near: number): [number, number][] {
  // p is a whole number in [lo, hi] whatever `near` is (a rounded float may be NaN or huge), so the pieces always cover the domain.
  const p = Number.isSafeInteger(near) ? Math.min(Math.max(near, lo), hi) : lo;
  if (hi - lo < ENUMERATE_UP_TO) {
    const values = Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
    return values.sort((a, b) => Math.abs(a - p) - Math.abs(b - p) || a - b).map((v) => [v, v]);
  }
  const leftCut = lo + Math.floor((p - 1 - lo) / 2);
  const rightCut = hi === Infinity ? exact(p + 1 + Math.max(Math.abs(p), ENUMERATE_UP_TO)) : p + 1 + Math.floor((hi - p - 1) / 2);
  const pieces: [number, number][] = [
    [p, p],
    [leftCut + 1, p - 1],
    [p + 1, rightCut],
    [lo, leftCut],
    [rightCut + 1, hi],
  ];
  return pieces.filter(([from, to]) => from <= to);
}

/** The number itself if it is a safe integer; otherwise exact arithmetic is no longer possible here. */
function exact(x: number): number {
  if (!Number.isSafeInteger(x)) throw new RangeError(`integer attacker: ${x} is beyond exact whole-number arithmetic`);
  return x;
}

/** ⌊p / d⌋ exactly, for a safe integer p and a whole d > 0: the float quotient is corrected by the exact remainder. */
function floorDiv(p: number, d: number): number {
  if (d === 1) return p;
  let q = Math.floor(p / d);
  while (exact(q * d) > p) q--;
  while (exact((q + 1) * d) <= p) q++;
  return q;
}
