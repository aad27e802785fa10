/**
 * One table of published numbers, each the sum of some cells: a cell is the sum of itself, a
 * marginal of its slice, the total of every cell. Cells are members `0 … cellCount − 1`.
 */
export interface CellSums {
  readonly cellCount: number;
  /** For each member, the cells it adds up. */
  readonly sums: readonly (readonly number[])[];
}

/**
 * The counts behind a table: one component for an indicator of counts, two for a ratio
 * (numerators, then denominators, numerator ≤ denominator cell by cell).
 */
export interface Component {
  /** Each cell's true value; null when it was not reported (then it is in no sum). */
  readonly cells: readonly (number | null)[];
  /**
   * The least a withheld cell of this component can be, as a reader knows it: 1 for a count
   * (zeros are shown, DESIGN.md 5.4); 0 for a ratio's numerator, withheld with its denominator.
   */
  readonly floor: number;
}

/**
 * What a reader who sees every shown member knows about the withheld cells: each is a whole
 * number at least its floor (and numerator ≤ denominator), and every shown member that adds
 * up some of them fixes their sum. Withheld sums fix nothing: a withheld member is only the
 * sum of its cells. That is all a table gives away (the cells-only view of the table's
 * equations); the values below are the "positions" of the withheld cells, per component.
 */
export class ReaderView {
  /** Per component, the withheld cells with a reported value: the reader's unknowns. */
  readonly unknowns: readonly (readonly number[])[];
  /** Per component, the position of each cell among the unknowns, or −1 when it is known. */
  readonly positionOf: readonly Int32Array[];
  /** Per component, each shown member's unknowns: their sum is known to the reader. */
  readonly slices: readonly (readonly (readonly number[])[])[];
  /** Per component, the slices each unknown is in. */
  readonly slicesOf: readonly (readonly (readonly number[])[])[];

  /**
   * `work` counts the search nodes spent on this table across views (see `findMove`), so that
   * protecting one table has a bounded cost.
   */
  constructor(
    readonly table: CellSums,
    readonly components: readonly Component[],
    readonly withheld: readonly boolean[],
    readonly work: { nodes: number } = { nodes: 0 },
  ) {
    this.unknowns = components.map((component) => cellsWhere(table.cellCount, (c) => withheld[c] === true && component.cells[c] !== null));
    this.positionOf = this.unknowns.map((cells) => {
      const position = new Int32Array(table.cellCount).fill(-1);
      cells.forEach((c, n) => (position[c] = n));
      return position;
    });
    this.slices = this.positionOf.map((position) =>
      table.sums.flatMap((cells, member) => {
        if (withheld[member]) return [];
        const inside = cells.flatMap((c) => (position[c]! >= 0 ? [position[c]!] : []));
        return inside.length > 0 ? [inside] : [];
      }),
    );
    this.slicesOf = this.slices.map((slices, k) => {
      const of: number[][] = this.unknowns[k]!.map(() => []);
      slices.forEach((slice, s) => {
        for (const n of slice) of[n]!.push(s);
      });
      return of;
    });
  }

  /** The withheld cells of `member` in component `k`, as positions among the unknowns. */
  unknownsIn(member: number, k: number): number[] {
    const position = this.positionOf[k]!;
    return (this.table.sums[member] ?? []).flatMap((c) => (position[c]! >= 0 ? [position[c]!] : []));
  }

  /** The part of `member` in component `k` that the reader knows: the sum of its shown cells. */
  knownPartOf(member: number, k: number): number {
    const { cells } = this.components[k]!;
    const position = this.positionOf[k]!;
    let sum = 0;
    for (const c of this.table.sums[member] ?? []) if (position[c]! < 0) sum += cells[c] ?? 0;
    return sum;
  }

  /** The true values of the unknowns: where every walk of the reader's possibilities starts. */
  truth(): number[][] {
    return this.unknowns.map((cells, k) => cells.map((c) => this.components[k]!.cells[c]!));
  }
}

function cellsWhere(count: number, keep: (cell: number) => boolean): number[] {
  const cells: number[] = [];
  for (let c = 0; c < count; c++) if (keep(c)) cells.push(c);
  return cells;
}
