import { determinedIn, determinedUnknowns, echelon } from './elimination';
import { positiveSupport } from './positive-support';

/**
 * Which unknowns a reader pins who knows the equations (`rows`, on the unknowns) and that no
 * unknown is below its floor: 1 for a withheld count, as zeros are never withheld. `values` are
 * the true values; an unknown of 0 or less (never withheld by `suppressTable`) gets its own
 * value as its floor, so the true values always satisfy what the reader knows.
 *
 * Equations alone pin an unknown when its unit vector lies in their row space. The floor adds:
 * the unknowns at their floor can only go up, so 10/1/1 under a shown 12, with the 10 shown,
 * pins both 1s (they sum to 2). Exactly, over the real numbers: an unknown is free when some
 * direction d keeps the equations (A·d = 0), does not lower anything at its floor (d_T ≥ 0 on
 * those unknowns, T) and moves it (d_i ≠ 0); a small step along d is then another table the
 * reader cannot rule out. Split the question in two:
 * - Which unknowns at the floor can rise. The directions restricted to T are exactly the
 *   solutions of G·d_T = 0, where G spans the combinations of equations that involve only
 *   unknowns at the floor (eliminate the others first). Those that some d_T ≥ 0 makes positive
 *   rise, the rest are stuck: a small exact linear programme (`positiveSupport`). G is usually
 *   empty, and then every unknown at the floor can rise.
 * - Every other unknown is free exactly when the equations, with the stuck ones known, leave it
 *   undetermined: a direction that keeps the stuck ones still, plus enough of one that lifts
 *   every unknown at the floor that can rise, moves it without lowering any of them.
 */
export function pinnedAboveFloor(rows: readonly (readonly number[])[], values: readonly number[]): boolean[] {
  const width = values.length;
  const atFloor = values.map((v) => v <= 1);
  if (!atFloor.includes(true)) return determinedUnknowns(rows, width);

  const above = values.flatMap((_, c) => (atFloor[c] ? [] : [c]));
  const floor = values.flatMap((_, c) => (atFloor[c] ? [c] : []));
  // Columns above the floor first: then the rows whose pivot lies among the floor columns are
  // zero on every column above it, and they span the combinations G described above.
  const order = [...above, ...floor];
  const reduced = echelon(
    rows.map((row) => order.map((c) => row[c]!)),
    width,
  );
  const onFloor = reduced.pivots.flatMap((pivot, i) => (pivot >= above.length ? [i] : []));
  const g = {
    rows: onFloor.map((i) => reduced.rows[i]!.slice(above.length).map((x) => BigInt(x))),
    pivots: onFloor.map((i) => reduced.pivots[i]! - above.length),
  };
  const rises = onFloor.length === 0 ? floor.map(() => true) : positiveSupport(g, floor.length);

  const pinned = new Array<boolean>(width).fill(false);
  if (!rises.includes(false)) {
    // Nothing stuck (the usual case): the equations alone decide, and they are reduced already.
    determinedIn(reduced, width).forEach((determined, k) => (pinned[order[k]!] = determined));
    return pinned;
  }
  floor.forEach((c, k) => (pinned[c] = !rises[k]));
  const rest = values.flatMap((_, c) => (pinned[c] ? [] : [c]));
  const determined = determinedUnknowns(
    rows.map((row) => rest.map((c) => row[c]!)),
    rest.length,
  );
  rest.forEach((c, k) => (pinned[c] = determined[k]!));
  return pinned;
}
