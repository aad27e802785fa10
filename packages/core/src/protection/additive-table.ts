import { determinedUnknowns } from './elimination';
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
 * then complements until no withheld value can be recovered from the shown ones by linear
 * algebra. Zeros are never withheld: they are never small counts, and a complement of 0
 * hides nothing. Deterministic, and it ends: every round withholds one more member.
 */
export function suppressTable(table: AdditiveTable, threshold = SUPPRESSION_THRESHOLD): boolean[] {
  const withheld = table.values.map((v, i) => table.sensitive[i] === true && v !== null && v >= 1 && v < threshold);
  if (!withheld.includes(true)) return withheld;
  const groups = liveGroups(table);
  for (;;) {
    closeSingletons(table, groups, withheld);
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
 * The withheld members a reader can compute exactly from the shown ones and the table's
 * equations. The same check `suppressTable` ends on; tests use it as the attacker.
 */
export function recoverableMembers(table: AdditiveTable, withheld: readonly boolean[]): number[] {
  return pinnedMembers(table, liveGroups(table), withheld);
}

/** One equation row per group: +1 for the total, −1 for each part, on the withheld members only. */
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
  const determined = determinedUnknowns(rows, unknowns.length);
  return unknowns.filter((_, c) => determined[c]);
}

/** Each usable group as its members, total first, without the members that were not reported. */
function liveGroups(table: AdditiveTable): number[][] {
  return table.groups
    .filter((g) => table.values[g.total] !== null)
    .map((g) => [g.total, ...g.parts.filter((p) => table.values[p] !== null)]);
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

/** A complement for a value the algebra still pins: in one of its own groups if possible. */
function complementFor(exposed: readonly number[], table: AdditiveTable, groups: readonly number[][], withheld: readonly boolean[]): number | undefined {
  const first = exposed[0]!;
  const around = (members: readonly number[]) => groups.filter((g) => g.some((m) => members.includes(m))).flat();
  return (
    bestComplement(table, around([first]), withheld) ??
    bestComplement(table, around(exposed), withheld) ??
    bestComplement(table, table.values.map((_, i) => i), withheld)
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
