import type { ReaderView } from './reader-view';

/**
 * A unit move: +1 or −1 on some withheld cells of one component and 0 on the rest, such that
 * every shown sum stays as it is. Added to one table the reader cannot rule out, and keeping
 * every cell at or above what the reader knows of it, it gives another: the reader cannot tell
 * them apart. Indexed by position among the component's unknowns.
 */
export type Move = Int8Array;

/** What a move must do: move one unknown, or the sum of several (a withheld member), by `sign`. */
export interface MoveGoal {
  /** The component: 0 for counts or numerators, 1 for denominators. */
  readonly k: number;
  readonly sign: 1 | -1;
  /** The unknown that must move by `sign`. */
  readonly position?: number;
  /** Or the unknowns whose sum must move by `sign`. */
  readonly positions?: readonly number[];
}

/**
 * Bounds the work of one search. A search that runs out answers "no move": the caller then
 * withholds more, which is safe, so the bound costs at worst a complement, never a disclosure.
 */
const NODE_BUDGET = 1500;
/** Small moves first (iterative deepening): they are found fastest and disturb the least. */
const SIZES = [2, 4, 8];

/**
 * A unit move from the table `x` (the current values of the unknowns, per component) that
 * meets `goal`, or undefined when none is found. Exact: every move returned keeps every shown
 * sum and every floor, and numerator ≤ denominator for a ratio; `undefined` may also mean the
 * search budget ran out.
 */
export function findMove(view: ReaderView, x: readonly number[][], goal: MoveGoal): Move | undefined {
  const { k, sign } = goal;
  const count = view.unknowns[k]!.length;
  let slices = view.slices[k]!;
  let slicesOf = view.slicesOf[k]!;
  const targets = new Int32Array(slices.length + (goal.positions ? 1 : 0));
  if (goal.positions) {
    // The member's own sum joins the slices, with `sign` to reach instead of 0.
    const own = slices.length;
    const inside = new Set(goal.positions);
    slices = [...slices, goal.positions];
    slicesOf = slicesOf.map((of, n) => (inside.has(n) ? [...of, own] : of));
    targets[own] = sign;
  }
  const search = new Search(view, x, k, slices, targets, slicesOf);
  try {
    if (goal.position !== undefined && !search.assign(goal.position, sign)) return undefined;
    for (const size of [...SIZES.filter((s) => s < count), count]) {
      if (search.run(size)) return search.move;
      if (search.nodes > NODE_BUDGET) return undefined;
    }
    return undefined;
  } finally {
    view.work.nodes += search.nodes + 1;
  }
}

/** Whether `move` can be made again from `x` (the search is the costly part; moves are reused). */
export function canApply(view: ReaderView, x: readonly number[][], k: number, move: Move): boolean {
  for (let n = 0; n < move.length; n++) if (move[n] !== 0 && !allowed(view, x, k, n, move[n]!)) return false;
  return true;
}

/** `x` after `move`, in place. */
export function apply(x: number[][], k: number, move: Move): void {
  const values = x[k]!;
  for (let n = 0; n < move.length; n++) values[n]! += move[n]!;
}

/** Whether unknown `n` of component `k` may go by `sign` from `x`: its floor, and numerator ≤ denominator. */
export function allowed(view: ReaderView, x: readonly number[][], k: number, n: number, sign: number): boolean {
  const next = x[k]![n]! + sign;
  if (next < view.components[k]!.floor) return false;
  if (view.components.length < 2) return true;
  // A ratio's withheld cell hides both counts: the other one is an unknown at the same cell.
  const other = view.positionOf[1 - k]![view.unknowns[k]![n]!]!;
  if (other < 0) return true;
  return k === 0 ? next <= x[1]![other]! : next >= x[0]![other]!;
}

/** A depth-first search for signs that balance every slice, most constrained slice first. */
class Search {
  readonly move: Int8Array;
  readonly sums: Int32Array;
  nodes = 0;
  private assigned = 0;

  constructor(
    private readonly view: ReaderView,
    private readonly x: readonly number[][],
    private readonly k: number,
    private readonly slices: readonly (readonly number[])[],
    private readonly targets: Int32Array,
    private readonly slicesOf: readonly (readonly number[])[],
  ) {
    this.move = new Int8Array(view.unknowns[k]!.length);
    this.sums = new Int32Array(slices.length);
  }

  assign(n: number, sign: number): boolean {
    if (!allowed(this.view, this.x, this.k, n, sign)) return false;
    this.set(n, sign);
    return true;
  }

  /** Completes the move with at most `size` unknowns in it. */
  run(size: number): boolean {
    if (++this.nodes > NODE_BUDGET) return false;
    let best = -1;
    let fewest = Number.POSITIVE_INFINITY;
    for (let s = 0; s < this.slices.length; s++) {
      const need = this.targets[s]! - this.sums[s]!;
      if (need === 0) continue;
      const sign = Math.sign(need);
      let candidates = 0;
      for (const n of this.slices[s]!) if (this.move[n] === 0 && allowed(this.view, this.x, this.k, n, sign)) candidates++;
      if (candidates < Math.abs(need) || this.assigned + Math.abs(need) > size) return false;
      if (candidates < fewest) [best, fewest] = [s, candidates];
    }
    if (best < 0) return true;
    const sign = Math.sign(this.targets[best]! - this.sums[best]!);
    for (const n of this.slices[best]!) {
      if (this.move[n] !== 0 || !allowed(this.view, this.x, this.k, n, sign)) continue;
      this.set(n, sign);
      if (this.run(size)) return true;
      this.set(n, 0);
    }
    return false;
  }

  private set(n: number, sign: number): void {
    const before = this.move[n]!;
    for (const s of this.slicesOf[n]!) this.sums[s]! += sign - before;
    this.assigned += Math.abs(sign) - Math.abs(before);
    this.move[n] = sign;
  }
}
