import { sumOfReported } from './month-table';
import { SUPPRESSION_THRESHOLD } from './protected-values';
import { type CellSums, type Component, ReaderView } from './reader-view';
import { allowed, apply, canApply, findMove, type Move, type MoveGoal } from './unit-moves';

/** A table to protect: its sums, whether it counts survivors, and which members to withhold first. */
export interface ProtectionTable extends CellSums {
  readonly sensitive: boolean;
  /**
   * Among complements, lower is withheld first: cells (0) before marginals (1) before the
   * total (2), as readers look at totals most and at cells least.
   */
  readonly preference: readonly number[];
}

/**
 * Which members of a table to withhold from a protected reader (DESIGN.md 5.4): every
 * sensitive member from 1 to threshold − 1 (the primaries), then complements, one at a time,
 * until the reader learns nothing more of any withheld value than "<threshold".
 *
 * The reader sees every shown member, knows how members add up, that every value is a whole
 * number, that a withheld count is at least 1 (zeros are shown) and a ratio's numerator at
 * most its denominator. Guaranteed, over whole numbers, for every withheld member:
 * - a primary cell can be each of 1 … threshold − 1 in some table consistent with all that;
 * - a primary marginal or total, each value from what its shown zeros already say (it adds up
 *   that many withheld cells of at least 1) up to threshold − 1;
 * - any other withheld member (a complement) can be at least two values: it is not pinned.
 * Each is proved by witnesses, not by the absence of a counter-example: a walk of unit moves
 * (`findMove`) from the true table through consistent tables, one step per value. A walk not
 * found withholds one more member, which is safe; so the result is sound whatever the search
 * misses, and an independent exact attacker checks it in the tests.
 *
 * Complements (`complementsFor`): shown non-zero members near the failing one, cells before
 * marginals, smallest first; two marginals rather than the total, which overviews and
 * regional values show. Deterministic, and it ends: each round withholds at least one more.
 *
 * `components` are the counts behind the table, one for counts, numerators and denominators
 * for a ratio (a member is withheld in both). `workLimit` bounds the search (`WORK_LIMIT`):
 * beyond it every non-zero member is withheld. Not covered: readers who know more than the
 * tables — how complements are chosen, earlier versions of a corrected month, that a withheld
 * value is below the threshold (complements are not), data from outside.
 */
export function withhold(table: ProtectionTable, components: readonly Component[], threshold = SUPPRESSION_THRESHOLD, workLimit = WORK_LIMIT): boolean[] {
  const values = table.sums.map((cells) => components.map((component) => sumOfReported(cells.map((c) => component.cells[c] ?? null))));
  const primary = values.map((byComponent) => table.sensitive && byComponent.some((v) => v !== null && v >= 1 && v < threshold));
  const withheld = [...primary];
  if (!withheld.includes(true)) return withheld;
  const work = { nodes: 0 };
  const requirement = { table, components, values, primary, threshold, work, workLimit };
  // Witnesses stay witnesses when more is withheld (the reader only loses equations), so a
  // member shown safe once need not be checked again.
  const safe = new Set<number>();
  try {
    for (;;) {
      const view = new ReaderView(table, components, withheld, work);
      const failing = withheld.findIndex((w, m) => w && !safe.has(m) && shortfall(view, m, requirement) > 0);
      if (failing < 0) return withheld;
      withheld.forEach((w, m) => w && m < failing && safe.add(m));
      for (const c of complementsFor(failing, withheld, requirement)) withheld[c] = true;
    }
  } catch (error) {
    if (!(error instanceof OutOfWork)) throw error;
    // Every non-zero member withheld: only zeros are shown, so no sum ties the withheld values
    // and each is free from its floor up. Safe, and rare: none of the demo data or the bench's
    // 10 years gets here; crafted months of many small PRT-01 cells may.
    return values.map((byComponent) => byComponent.some((v) => v !== null && v > 0));
  }
}

/**
 * Search nodes one table may cost, all rounds together: about twice what the slowest month of
 * the demo data and the bench's 10 years needs (31,053; median 120), some 60 ms here. Beyond it
 * the table gets the safe fallback of `withhold`, so that a crafted month (found by the attack
 * on issue 9: 60–190 ms each before) cannot hold a reader's request for long.
 */
const WORK_LIMIT = 60_000;

class OutOfWork extends Error {}

interface Requirement {
  readonly work: { nodes: number };
  readonly workLimit: number;
  readonly table: ProtectionTable;
  readonly components: readonly Component[];
  readonly values: readonly (readonly (number | null)[])[];
  readonly primary: readonly boolean[];
  readonly threshold: number;
}

/**
 * How many of the values the guarantees ask of withheld member `m` the reader of `view` can
 * still rule out, as far as walks show: 0 when it is safe.
 */
function shortfall(view: ReaderView, m: number, { values, primary, threshold, work, workLimit }: Requirement): number {
  if (work.nodes > workLimit) throw new OutOfWork();
  let missing = 0;
  view.components.forEach((component, k) => {
    const value = values[m]![k];
    if (value === null || value === undefined) return;
    const positions = view.unknownsIn(m, k);
    // Every cell of it is shown: the reader adds them up.
    if (positions.length === 0) {
      missing += threshold;
      return;
    }
    const goal: Omit<MoveGoal, 'sign'> = m < view.table.cellCount ? { k, position: positions[0]! } : { k, positions };
    if (!primary[m] || value < 1 || value >= threshold) {
      if (walk(view, goal, 1, 1) + walk(view, goal, -1, 1) === 0) missing += 1;
      return;
    }
    const lowest = Math.max(1, view.knownPartOf(m, k) + positions.length * component.floor);
    const up = threshold - 1 - value;
    const down = value - lowest;
    // A small count with nothing to range over (a 1 under threshold 2; nine cells of 1 under a
    // total of 9) must still not be pinned: the reader is not told it is small.
    if (up === 0 && down === 0) missing += walk(view, goal, 1, 1) + walk(view, goal, -1, 1) === 0 ? 1 : 0;
    else missing += up - walk(view, goal, 1, up) + down - walk(view, goal, -1, down);
  });
  return missing;
}

/** How many of `steps` unit moves in a row, from the true table, take the goal by `sign` each. */
function walk(view: ReaderView, goal: Omit<MoveGoal, 'sign'>, sign: 1 | -1, steps: number): number {
  const x = view.truth();
  const moves: (Move | undefined)[] = [undefined, undefined];
  for (let step = 0; step < steps; step++) if (!stepOnce(view, x, { ...goal, sign }, moves)) return step;
  return steps;
}

/**
 * One step of a walk, reusing the last move while it still applies. A ratio's numerator that
 * cannot rise past its denominator takes the denominator up first (and a denominator that
 * cannot fall below its numerator takes the numerator down), as the reader knows numerator ≤
 * denominator: the partner's step never needs one in return.
 */
function stepOnce(view: ReaderView, x: number[][], goal: MoveGoal, moves: (Move | undefined)[]): boolean {
  const { k, sign } = goal;
  const last = moves[k];
  let move = last && canApply(view, x, k, last) ? last : findMove(view, x, goal);
  if (!move && view.components.length === 2 && (k === 0 ? sign === 1 : sign === -1)) {
    // Make room at a cell of the goal that its partner holds back, then search again.
    for (const n of goal.position !== undefined ? [goal.position] : (goal.positions ?? [])) {
      if (allowed(view, x, k, n, sign)) continue;
      const partner = view.positionOf[1 - k]![view.unknowns[k]![n]!]!;
      if (partner < 0 || !stepOnce(view, x, { k: 1 - k, sign, position: partner }, moves)) continue;
      move = findMove(view, x, goal);
      if (move) break;
    }
  }
  if (!move) return false;
  apply(x, k, move);
  moves[k] = move;
  return true;
}

/**
 * What to withhold next so that `failing` may be safe, in this order: one cell or marginal
 * that makes it safe on its own; two marginals that do together (a total is worth keeping: it
 * is what overviews and regional values show); the total, if it does on its own; else the
 * cell or marginal that gets it closest. Candidates in the order of `candidatesFor`.
 */
function complementsFor(failing: number, withheld: readonly boolean[], requirement: Requirement): number[] {
  const { table, components } = requirement;
  const { candidates, isNear } = candidatesFor(failing, table, withheld, requirement.values);
  const left = (extra: readonly number[]) => {
    const trial = [...withheld];
    for (const c of extra) trial[c] = true;
    return shortfall(new ReaderView(table, components, trial, requirement.work), failing, requirement);
  };
  // Those sharing a marginal with the failing member first; others only when there are none.
  const related = candidates.filter((c) => (table.preference[c] ?? 0) < 2 && isNear(c));
  const parts = related.length > 0 ? related : candidates.filter((c) => (table.preference[c] ?? 0) < 2);
  let closest: number | undefined;
  let least = Number.POSITIVE_INFINITY;
  for (const c of parts) {
    const missing = left([c]);
    if (missing === 0) return [c];
    if (missing < least) [closest, least] = [c, missing];
  }
  const marginals = parts.filter((c) => table.preference[c] === 1).slice(0, PAIRED_MARGINALS);
  for (const [n, a] of marginals.entries()) for (const b of marginals.slice(n + 1)) if (left([a, b]) === 0) return [a, b];
  const total = candidates.find((c) => (table.preference[c] ?? 0) >= 2);
  if (total !== undefined && (closest === undefined || left([total]) === 0)) return [total];
  if (closest === undefined) throw new Error('withhold: nothing left to withhold, yet a withheld value is exposed');
  return [closest];
}

/** Pairs of marginals tried before the total: PRT-01 has 10 marginals, all 45 pairs are cheap enough. */
const PAIRED_MARGINALS = 10;

/** The shown non-zero members, cells then marginals then the total, each those near `failing` first, smallest first. */
function candidatesFor(failing: number, table: ProtectionTable, withheld: readonly boolean[], values: Requirement['values']) {
  const near = new Set<number>(table.sums[failing]);
  table.sums.forEach((cells, m) => {
    if (table.preference[m] === 1 && cells.some((c) => near.has(c))) for (const c of cells) near.add(c);
  });
  const isNear = (m: number) => table.sums[m]!.some((c) => near.has(c));
  const group = (m: number) => {
    const kind = table.preference[m] ?? 0;
    return kind >= 2 ? 4 : (isNear(m) ? 0 : 2) + kind;
  };
  const size = (m: number) => Math.max(...values[m]!.map((v) => v ?? 0));
  const candidates = table.sums.flatMap((_, m) => (!withheld[m] && size(m) > 0 ? [m] : []));
  candidates.sort((a, b) => group(a) - group(b) || size(a) - size(b) || a - b);
  return { candidates, isNear };
}
