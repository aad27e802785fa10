/**
 * The search behind `attack` (integer-attacker.ts): the reader's knowledge compiled to bounds and
 * equations, a budget of steps, and the depth-first search with interval reasoning, all in exact
 * safe-integer arithmetic.
 */

/** The attack ran out of its budget: its question is left unanswered (never answered wrongly). */
export class AttackBudgetError extends Error {
  override readonly name = 'AttackBudgetError';
}

/** Work done so far across every search of one attack, against its limit. */
export class Budget {
  private steps = 0;
  constructor(private readonly limit: number) {}

  get spent(): number {
    return this.steps;
  }

  spend(): void {
    if (++this.steps > this.limit) throw new AttackBudgetError(`the integer attack needs more than its budget of ${this.limit} steps`);
  }
}

export interface Model {
  /** The reader's unknowns, then one slack per atMost pair (x[b] − x[a] − slack = 0, slack ≥ 0). */
  readonly n: number;
  readonly floors: Float64Array;
  readonly ceilings: Float64Array;
  readonly equations: readonly CompiledEquation[];
  /** Per unknown, the equations it is in. */
  readonly equationsOf: readonly number[][];
}

export interface CompiledEquation {
  readonly vars: Int32Array;
  readonly coefs: Float64Array;
  readonly constant: number;
}

export function compiled(terms: readonly (readonly [number, number])[], constant: number): CompiledEquation {
  const nonzero = terms.filter(([, coefficient]) => coefficient !== 0);
  return { vars: Int32Array.from(nonzero, ([j]) => j), coefs: Float64Array.from(nonzero, ([, c]) => c), constant };
}

export function equationsOf(n: number, equations: readonly CompiledEquation[]): number[][] {
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
export class Solver {
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
export function reviseEquation({ vars, coefs, constant }: CompiledEquation, lo: Float64Array, hi: Float64Array): number[] | undefined {
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
export function exact(x: number): number {
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
