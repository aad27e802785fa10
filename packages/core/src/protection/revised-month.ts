import type { Component } from './reader-view';
import { RowSpace } from './row-space';
import { everyNonZero, type ProtectionTable, WORK_LIMIT, withholdFrom } from './withhold';

/**
 * Which members of the latest published version of a corrected month to withhold from a
 * protected reader, who may have read every earlier version too (DESIGN.md 5.4; found by the
 * attack on issue 9: PRT-02 read before and after a correction of one cell gave a withheld 7
 * away by subtraction across the two versions).
 *
 * The reader is assumed to know the most they could: each version as it was shown (`earlier`,
 * the withheld members of each earlier version, computed the same way in its time), and which
 * cells a correction changed. A cell unchanged from one version to the next is one unknown in
 * both; a changed cell is a new one. So the versions form one table (`revisedTable`): its cells
 * are those unknowns, its members every version's marginals and totals. What earlier versions
 * showed is fixed; the latest version's members are decided by `withholdFrom` with the
 * guarantees of `withhold`, for every withheld value of every version, as far as the earlier
 * versions left them: what those gave away, the latest cannot take back (a new small marginal
 * over cells an earlier version bounded is bounded as much), so a value is asked to reach what
 * it could reach before the latest version was shown. By induction, a value an earlier version
 * left free from 1 to 9 stays so. A cell withheld in every earlier version and unchanged stays
 * withheld; a cell or marginal the earlier versions tell whole (shown then, unchanged since) is
 * shown again: withholding it would hide nothing.
 *
 * `versions`: oldest first, each the components of one version (as `withhold` takes them); at
 * least one. `earlier`: the withheld members of every version but the latest, in layout order.
 * Returns the latest version's withheld members, in layout order. Past `workLimit`, every
 * non-zero member of the latest version is withheld but what earlier versions showed whole:
 * zeros alone add nothing to what they showed (an unchanged zero was shown then too), so that
 * stays safe.
 */
export function withholdRevised(
  table: ProtectionTable,
  versions: readonly (readonly Component[])[],
  earlier: readonly (readonly boolean[])[],
  threshold: number,
  workLimit = WORK_LIMIT,
): boolean[] {
  const latest = versions.length - 1;
  if (latest < 0 || earlier.length !== latest) throw new RangeError(`withholdRevised: ${versions.length} versions, ${earlier.length} earlier patterns`);
  const joint = revisedTable(table, versions, earlier);
  const before = fallback(joint);
  const withheld = withholdFrom(joint.table, joint.components, threshold, workLimit, { ...joint, before }) ?? before;
  return table.sums.map((_, m) => withheld[joint.memberOf(latest, m)]!);
}

/**
 * Every non-zero member the latest version decides withheld, but for those the reader knows
 * whole from earlier versions (each of their cells shown then and unchanged since).
 */
function fallback({ table, components, withheld, decidable }: ReturnType<typeof revisedTable>): boolean[] {
  const nonZero = everyNonZero(table, components);
  return table.sums.map((cells, m) => (decidable[m] ? nonZero[m]! && cells.some((c) => withheld[c] || decidable[c]) : withheld[m]!));
}

/**
 * The versions of one month as one table: cells are the unknowns (a cell of the layout over a
 * run of versions in which it did not change), then each version's marginals and totals over
 * them. `withheld` and `decidable` as `withholdFrom` takes them; `memberOf(version, m)` where a
 * layout member of a version sits in it.
 */
export function revisedTable(table: ProtectionTable, versions: readonly (readonly Component[])[], before: readonly (readonly boolean[])[]) {
  const latest = versions.length - 1;
  const cellCount = table.cellCount;
  const aggregates = table.sums.length - cellCount;
  const changed = (v: number, c: number) => versions[v]!.some((component, k) => component.cells[c] !== versions[v - 1]![k]!.cells[c]);

  // Unknowns version by version: a new one where a cell first appears or changed.
  const unknownOf = versions.map(() => new Array<number>(cellCount));
  const origin: { version: number; cell: number }[] = [];
  versions.forEach((_, v) => {
    for (let c = 0; c < cellCount; c++) {
      unknownOf[v]![c] = v === 0 || changed(v, c) ? origin.push({ version: v, cell: c }) - 1 : unknownOf[v - 1]![c]!;
    }
  });
  const unknowns = origin.length;
  const memberOf = (v: number, m: number) => (m < cellCount ? unknownOf[v]![m]! : unknowns + v * aggregates + (m - cellCount));

  const sums: number[][] = origin.map((_, u) => [u]);
  const preference: number[] = origin.map(() => table.preference[0] ?? 0);
  const withheld: boolean[] = origin.map(() => true);
  const decidable: boolean[] = origin.map(() => false);
  versions.forEach((_, v) => {
    for (let m = cellCount; m < table.sums.length; m++) {
      sums.push(table.sums[m]!.map((c) => unknownOf[v]![c]!));
      preference.push(table.preference[m] ?? 0);
      withheld.push(v < latest ? before[v]![m]! : false);
      decidable.push(v === latest);
    }
    for (let c = 0; c < cellCount; c++) {
      const u = unknownOf[v]![c]!;
      // Shown in any version it spans, an unknown is known. Withheld in every earlier one, it
      // stays withheld: shown now it would give away what an earlier version withheld (found by
      // the attack: a complement of 10 beside a corrected cell). New, the latest version decides.
      if (v < latest && !before[v]![c]) withheld[u] = false;
      if (v === latest && origin[u]!.version === latest) {
        decidable[u] = true;
        withheld[u] = false;
      }
    }
  });
  const components: Component[] = versions[0]!.map((component, k) => ({
    floor: component.floor,
    cells: origin.map(({ version, cell }) => versions[version]![k]!.cells[cell] ?? null),
  }));
  // Zeros are always shown; any other cell the latest version decides may be withheld.
  const unknown = (u: number) => (withheld[u]! || decidable[u]!) && components.some((component) => (component.cells[u] ?? 0) !== 0);
  knownAlready(unknowns, unknown, sums, withheld, decidable, memberOf, latest, table);
  return { table: { cellCount: unknowns, sums, sensitive: table.sensitive, preference }, components, withheld, decidable, memberOf };
}

/**
 * Marks the latest version's marginals and totals that earlier versions already tell the
 * reader (an unchanged marginal shown before; one whose changed cells were shown in both) as
 * shown and not to be decided: withholding them would hide nothing, and the search could never
 * make them safe. Known means it follows exactly from what earlier versions showed, whatever
 * the latest version withholds (each cell it may withhold counted as unknown).
 */
function knownAlready(
  unknowns: number,
  unknown: (u: number) => boolean,
  sums: readonly (readonly number[])[],
  withheld: boolean[],
  decidable: boolean[],
  memberOf: (v: number, m: number) => number,
  latest: number,
  table: ProtectionTable,
): void {
  const space = new RowSpace(unknowns);
  const inside = (cells: readonly number[]) => cells.filter(unknown);
  for (let v = 0; v < latest; v++) {
    for (let m = table.cellCount; m < table.sums.length; m++) if (!withheld[memberOf(v, m)]) space.add(inside(sums[memberOf(v, m)]!));
  }
  for (let m = table.cellCount; m < table.sums.length; m++) {
    const member = memberOf(latest, m);
    if (space.contains(inside(sums[member]!))) [withheld[member], decidable[member]] = [false, false];
  }
}
