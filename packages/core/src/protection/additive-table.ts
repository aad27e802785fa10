import { pinnedAboveFloor } from './floor-attack';
import { SUPPRESSION_THRESHOLD } from './protected-values';

/** One equation of a table: `values[total] = Σ values[parts]`. */
export interface AdditiveGroup {
  readonly total: number;
  readonly parts: readonly number[];
}

/**
 * Published numbers tied together by sums (cells, subtotals, a total). Null members were not
 * reported: they are left out of every equation, and a group whose total is null tells a
 * reader nothing. The shown values must add up, or no suppression can be proven safe.
 */
export interface AdditiveTable {
  readonly values: readonly (number | null)[];
  /** Which members are counts of survivors, subject to the threshold. */
  readonly sensitive: readonly boolean[];
  readonly groups: readonly AdditiveGroup[];
  /** Among complements of equal value, lower is withheld first (cells before subtotals before the total). */
  readonly preference?: readonly number[];
}

/**
 * Which members to withhold (DESIGN.md 5.4): every sensitive value from 1 to threshold − 1,
 * then complements, one per round, until the reader described below learns no withheld value.
 * Zeros are never withheld: they are never small counts, and a complement of 0 hides nothing.
 * Deterministic, and it ends: every round withholds one more member or stops.
 *
 * The reader sees the shown values, knows every equation of the table, and knows that every
 * withheld value is a whole number of at least 1 (as zeros are shown). Guaranteed:
 * - no group has exactly one withheld member (plain subtraction);
 * - in every group whose total is shown, the withheld parts add up to 0 or to threshold or
 *   more: what the reader computes as "total minus shown parts" is never itself a small count;
 * - no withheld value is pinned: each can take other values consistent with everything above
 *   (an exact check over the real numbers, `pinnedAboveFloor`). For tables of one or two
 *   dimensions the equations are totally unimodular, so this holds for whole numbers too: for
 *   each withheld value, some other consistent whole-number table has it one more or one less.
 * Not guaranteed:
 * - how wide the reader's interval is: a withheld 1 may be known to be 1 or 2;
 * - small sums that only combinations of groups reveal (rows minus columns, say): they are
 *   checked for pinning, not held to the threshold;
 * - for three or more dimensions (PRT-01), whole-number reasoning beyond the real-valued check;
 * - readers who know more: that withheld primaries are below the threshold, how complements
 *   are chosen, other tables (a ratio's numerator ≤ denominator), or data from outside.
 */
export function suppressTable(table: AdditiveTable, threshold = SUPPRESSION_THRESHOLD): boolean[] {
  const withheld = table.values.map((v, i) => table.sensitive[i] === true && v !== null && v >= 1 && v < threshold);
  if (!withheld.includes(true)) return withheld;
  const groups = liveGroups(table);
  for (;;) {
    closeSingletons(table, groups, withheld);
    if (closeSmallSum(table, groups, withheld, threshold)) continue;
    const exposed = pinnedMembers(table, groups, withheld);
    if (exposed.length === 0) return withheld;
    const complement = complementFor(exposed, table, groups, withheld);
    // Only a table whose sums do not add up can get here: with every non-zero member withheld
    // and consistent sums, nothing is pinned (a pinned value would have to be 0).
    if (complement === undefined) throw new Error('suppressTable: the table does not add up; its withheld values cannot be hidden');
    withheld[complement] = true;
  }
}

/**
 * The withheld members a reader can compute exactly from the shown ones, the table's equations
 * and every withheld value being at least 1. The same check `suppressTable` ends on.
 */
export function recoverableMembers(table: AdditiveTable, withheld: readonly boolean[]): number[] {
  return pinnedMembers(table, liveGroups(table), withheld);
}

/**
 * One equation row per group: +1 for the total, −1 for each part, on the withheld members only.
 * Their true values tell which are at the floor of 1 that the reader knows.
 */
function pinnedMembers(table: AdditiveTable, groups: readonly number[][], withheld: readonly boolean[]): number[] {
  const unknowns = table.values.flatMap((v, i) => (withheld[i] === true && v !== null ? [i] : []));
  if (unknowns.length === 0) return [];
  const column = new Map(unknowns.map((member, c) => [member, c]));
  const rows = groups.map((members) => {
    const row = new Array<number>(unknowns.length).fill(0);
    members.forEach((member, n) => {
      const c = column.get(member);
      if (c !== undefined) row[c]! += n === 0 ? 1 : -1;
    });
    return row;
  });
  const pinned = pinnedAboveFloor(
    rows,
    unknowns.map((m) => table.values[m]!),
  );
  return unknowns.filter((_, c) => pinned[c]);
}

/** Each usable group as its members, total first, without the members that were not reported. */
function liveGroups(table: AdditiveTable): number[][] {
  return table.groups.filter((g) => table.values[g.total] !== null).map((g) => [g.total, ...g.parts.filter((p) => table.values[p] !== null)]);
}

/** A group with exactly one withheld member gives it away by subtraction; withhold one more. */
function closeSingletons(table: AdditiveTable, groups: readonly number[][], withheld: boolean[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const members of groups) {
      if (members.filter((m) => withheld[m]).length !== 1) continue;
      const complement = bestComplement(table, members, withheld);
      if (complement === undefined) continue;
      withheld[complement] = true;
      changed = true;
    }
  }
}

/**
 * A shown total minus its shown parts tells the reader what the withheld parts add up to: a
 * count of survivors in its own right, which must not be small either (10/1/1 under 12 with
 * the 10 shown says "2, so 1 and 1"). Withholds one more member of the first group whose
 * withheld parts add up to 1 … threshold − 1; the total itself is always a candidate.
 */
function closeSmallSum(table: AdditiveTable, groups: readonly number[][], withheld: boolean[], threshold: number): boolean {
  for (const members of groups) {
    const [total, ...parts] = members;
    if (total === undefined || withheld[total] || !parts.some((p) => withheld[p])) continue;
    const sum = parts.reduce((rest, p) => (withheld[p] ? rest : rest - table.values[p]!), table.values[total]!);
    if (sum >= threshold) continue;
    const complement = bestComplement(table, members, withheld);
    if (complement === undefined) throw new Error('suppressTable: the table does not add up; its withheld values cannot be hidden');
    withheld[complement] = true;
    return true;
  }
  return false;
}

/** A complement for a value the algebra still pins: in one of its own groups if possible. */
function complementFor(exposed: readonly number[], table: AdditiveTable, groups: readonly number[][], withheld: readonly boolean[]): number | undefined {
  const first = exposed[0]!;
  const around = (members: readonly number[]) => groups.filter((g) => g.some((m) => members.includes(m))).flat();
  return (
    bestComplement(table, around([first]), withheld) ??
    bestComplement(table, around(exposed), withheld) ??
    bestComplement(
      table,
      table.values.map((_, i) => i),
      withheld,
    )
  );
}

/** The smallest non-zero shown member; ties go to the preferred kind, then to framework order. */
function bestComplement(table: AdditiveTable, members: readonly number[], withheld: readonly boolean[]): number | undefined {
  let best: number | undefined;
  for (const m of members) {
    const value = table.values[m];
    if (withheld[m] || value === null || value === undefined || value === 0) continue;
    if (best === undefined || compare(table, m, best) < 0) best = m;
  }
  return best;
}

function compare(table: AdditiveTable, a: number, b: number): number {
  const rank = (m: number) => table.preference?.[m] ?? 0;
  return table.values[a]! - table.values[b]! || rank(a) - rank(b) || a - b;
}
