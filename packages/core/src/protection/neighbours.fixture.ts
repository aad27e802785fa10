/*
 * A second attacker for the tests, written apart from `pinnedAboveFloor` so that the two can
 * disagree: it tries every table whose withheld cells lie within one of their true values (and
 * at least 1), computes each member as the sum of its cells, keeps the tables that match every
 * shown member and leave every withheld member at 1 or more, and reports the withheld members
 * that take one value only.
 *
 * Exact for tables of one or two dimensions: their equations are totally unimodular, so if some
 * consistent table moves a withheld member, a circuit of the equations (all its steps 0 or ±1)
 * moves it too without pushing anything below 1, and that table lies in the window. For three
 * dimensions (PRT-01) the window may miss a table further out, so it is not used there.
 */

/** `cells`: the member index of each cell; `sums`: the cells that each member adds up. */
export interface CellSums {
  readonly cells: readonly number[];
  readonly sums: readonly (readonly number[])[];
}

export function pinnedByNeighbours(values: readonly (number | null)[], withheld: readonly boolean[], { cells, sums }: CellSums): number[] {
  const open = cells.flatMap((member, n) => (withheld[member] && values[member] !== null ? [n] : []));
  const choices = open.map((n) => {
    const v = values[cells[n]!]!;
    return [v - 1, v, v + 1].filter((x) => x >= 1);
  });
  const cell: (number | null)[] = cells.map((member) => values[member] ?? null);
  const moved = values.map(() => false);

  const check = () => {
    const seen = sums.map((parts) => parts.reduce<number | null>((sum, n) => (cell[n] === null ? sum : (sum ?? 0) + cell[n]!), null));
    const fits = seen.every((s, m) => (withheld[m] ? values[m] === null || (s ?? 0) >= 1 : s === values[m]));
    if (fits) seen.forEach((s, m) => (moved[m] ||= withheld[m] === true && s !== values[m]));
  };
  const visit = (k: number): void => {
    if (k === open.length) {
      check();
      return;
    }
    for (const x of choices[k]!) {
      cell[open[k]!] = x;
      visit(k + 1);
    }
    cell[open[k]!] = values[cells[open[k]!]!]!;
  };
  visit(0);
  return values.flatMap((v, m) => (withheld[m] && v !== null && !moved[m] ? [m] : []));
}

/** What a reader computes as the withheld parts of each group with a shown total: total minus shown parts. */
export function withheldSums(
  values: readonly (number | null)[],
  groups: readonly { readonly total: number; readonly parts: readonly number[] }[],
  withheld: readonly boolean[],
): number[] {
  return groups.flatMap(({ total, parts }) => {
    const t = values[total];
    if (t === null || t === undefined || withheld[total]) return [];
    return [parts.reduce((rest, p) => (withheld[p] || values[p] === null ? rest : rest - values[p]!), t)];
  });
}
