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
 * beyond it every non-zero member is withheld. Earlier versions of a corrected month are
 * `withholdRevised`'s. Not covered: readers who know more than the tables — how complements
 * are chosen, that a withheld value is below the threshold (complements are not), data from
 * outside.
 */
export function withhold(table: ProtectionTable, components: readonly Component[], threshold = SUPPRESSION_THRESHOLD, workLimit = WORK_LIMIT): boolean[] {
  return withholdFrom(table, components, threshold, workLimit) ?? everyNonZero(table, components);
}

/**
 * Members some of which are already decided: `withheld` as they stand, and which of them the
 * search may still withhold (`decidable`; the others stay as they are, e.g. what readers were
 * shown of an earlier version).
 */
export interface Decided {
  readonly withheld: readonly boolean[];
  readonly decidable: readonly boolean[];
  /**
   * What the reader could tell before this table's decidable members were shown: the members
   * withheld then (every decidable non-zero one). A value the guarantees ask for is asked only
   * if it could be reached then — what earlier versions of a month gave away, this one cannot
   * take back (see `withholdRevised`).
   */
  readonly before?: readonly boolean[];
}

/**
 * The search of `withhold`, from `decided` when given (the decidable primaries are added): the
 * members to withhold, or null when the search ran past `workLimit` or found nothing more it
 * may withhold — then the caller withholds every non-zero member it decides, which is safe.
 */
export function withholdFrom(
  table: ProtectionTable,
  components: readonly Component[],
  threshold: number,
  workLimit: number,
  decided?: Decided,
): boolean[] | null {
  const values = table.sums.map((cells) => components.map((component) => sumOfReported(cells.map((c) => component.cells[c] ?? null))));
  const primary = values.map((byComponent) => table.sensitive && byComponent.some((v) => v !== null && v >= 1 && v < threshold));
  const decidable = (m: number) => decided?.decidable[m] ?? true;
  const withheld = primary.map((p, m) => (decidable(m) ? p || (decided?.withheld[m] ?? false) : (decided?.withheld[m] ?? false)));
  if (!withheld.includes(true)) return withheld;
  const work = { nodes: 0 };
  const requirement: Requirement = { table, components, values, primary, threshold, work, workLimit, decidable };
  if (decided?.before) requirement.before = reachBefore(new ReaderView(table, components, decided.before, work), requirement);
  // Witnesses stay witnesses when more is withheld (the reader only loses equations), so a
  // member shown safe once need not be checked again.
  const safe = new Set<number>();
  try {
    for (;;) {
      const view = new ReaderView(table, components, withheld, work);
      const failing = withheld.findIndex((w, m) => w && !safe.has(m) && shortfall(view, m, requirement) > 0);
      if (failing < 0) return withheld;
      withheld.forEach((w, m) => w && m < failing && safe.add(m));
      const more = complementsFor(failing, withheld, requirement);
      if (more.length === 0) return null;
      for (const c of more) withheld[c] = true;
    }
  } catch (error) {
    if (!(error instanceof OutOfWork)) throw error;
    return null;
  }
}

/**
 * Every non-zero member withheld: only zeros are shown, so no sum ties the withheld values and
 * each is free from its floor up. Safe, and rare: none of the demo data or the bench's 10 years
 * gets here; crafted months of many small PRT-01 cells may.
 */
export function everyNonZero(table: CellSums, components: readonly Component[]): boolean[] {
  return table.sums.map((cells) => components.some((component) => (sumOfReported(cells.map((c) => component.cells[c] ?? null)) ?? 0) > 0));
}

/**
 * Search nodes one table may cost, all rounds together: about twice what the slowest month of
 * the demo data and the bench's 10 years needs (31,053; median 120), some 60 ms here. Beyond it
 * the table gets the safe fallback of `withhold`, so that a crafted month (found by the attack
 * on issue 9: 60–190 ms each before) cannot hold a reader's request for long.
 */
export const WORK_LIMIT = 60_000;

class OutOfWork extends Error {}

interface Requirement {
  readonly work: { nodes: number };
  readonly workLimit: number;
  readonly table: ProtectionTable;
  readonly components: readonly Component[];
  readonly values: readonly (readonly (number | null)[])[];
  readonly primary: readonly boolean[];
  readonly threshold: number;
  /** Whether the search may withhold member `m`. */
  readonly decidable: (m: number) => boolean;
  /** How far member `m` could go up and down (at most `up`, `down`) before (see `Decided.before`), and whether it could move. */
  before?: (m: number, k: number, up: number, down: number) => Reach;
}

interface Reach {
  readonly up: number;
  readonly down: number;
  readonly moves: boolean;
}

/** What the guarantees ask of member `m` in component `k` of `view`, as walks from the truth. */
function asked(view: ReaderView, m: number, k: number, { values, primary, threshold }: Requirement) {
  const value = values[m]![k];
  if (value === null || value === undefined) return undefined;
  const positions = view.unknownsIn(m, k);
  // Every cell of it is shown: the reader adds them up.
  if (positions.length === 0) return 'exposed' as const;
  const goal: Omit<MoveGoal, 'sign'> = m < view.table.cellCount ? { k, position: positions[0]! } : { k, positions };
  // Up and down 0: it need only move (not be pinned). So for a complement, and for a small count
  // with nothing to range over (a 1 under threshold 2; nine cells of 1 under a total of 9): the
  // reader is not told it is small.
  if (!primary[m] || value < 1 || value >= threshold) return { goal, up: 0, down: 0 };
  const lowest = Math.max(1, view.knownPartOf(m, k) + positions.length * view.components[k]!.floor);
  return { goal, up: threshold - 1 - value, down: value - lowest };
}

/** `Requirement.before` from the reader's view before: walks there, each kept once made. */
function reachBefore(view: ReaderView, requirement: Requirement): NonNullable<Requirement['before']> {
  const known = new Map<string, Reach>();
  return (m, k, up, down) => {
    const key = `${m}|${k}|${up}|${down}`;
    let reach = known.get(key);
    if (!reach) {
      const ask = asked(view, m, k, requirement);
      if (ask === undefined || ask === 'exposed') reach = { up: 0, down: 0, moves: false };
      else {
        const [u, d] = [walk(view, ask.goal, 1, Math.max(up, 1)), walk(view, ask.goal, -1, Math.max(down, 1))];
        reach = { up: Math.min(u, up), down: Math.min(d, down), moves: u + d > 0 };
      }
      known.set(key, reach);
    }
    return reach;
  };
}

/**
 * How many of the values the guarantees ask of withheld member `m` the reader of `view` can
 * still rule out, as far as walks show: 0 when it is safe.
 */
function shortfall(view: ReaderView, m: number, requirement: Requirement): number {
  const { threshold, work, workLimit, before } = requirement;
  if (work.nodes > workLimit) throw new OutOfWork();
  let missing = 0;
  view.components.forEach((_, k) => {
    const ask = asked(view, m, k, requirement);
    if (ask === undefined) return;
    if (ask === 'exposed') {
      missing += threshold;
      return;
    }
    let { up, down } = ask;
    let mustMove = true;
    if (before) {
      const reach = before(m, k, up, down);
      [up, down, mustMove] = [reach.up, reach.down, reach.moves];
    }
    if (up === 0 && down === 0) missing += mustMove && walk(view, ask.goal, 1, 1) + walk(view, ask.goal, -1, 1) === 0 ? 1 : 0;
    else missing += up - walk(view, ask.goal, 1, up) + down - walk(view, ask.goal, -1, down);
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
  const { candidates, isNear } = candidatesFor(failing, table, withheld, requirement);
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
  return closest === undefined ? [] : [closest];
}

/** Pairs of marginals tried before the total: PRT-01 has 10 marginals, all 45 pairs are cheap enough. */
const PAIRED_MARGINALS = 10;

/** The shown non-zero members, cells then marginals then the total, each those near `failing` first, smallest first. */
function candidatesFor(failing: number, table: ProtectionTable, withheld: readonly boolean[], { values, decidable }: Requirement) {
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
  // Withholding a member whose every cell the reader knows (shown in an earlier version) hides nothing.
  const hideable = (m: number) => decidable(m) && table.sums[m]!.some((c) => withheld[c] || decidable(c));
  const candidates = table.sums.flatMap((_, m) => (!withheld[m] && hideable(m) && size(m) > 0 ? [m] : []));
  candidates.sort((a, b) => group(a) - group(b) || size(a) - size(b) || a - b);
  return { candidates, isNear };
}
