import { cellLabel, cellsOf } from '../framework/cells';
import { DIMENSIONS, type DimensionKey, type Indicator, MAX_COUNT } from '../framework/indicators';
import { type Equation, InconsistentKnowledgeError, type ReaderKnowledge, type Term } from './integer-attacker';

/**
 * Builds the integer attacker's ReaderKnowledge from tables as a reader is shown them, for tests.
 * The model: a shown value is a constant; a withheld one is an unknown whole number ≥ 1; every
 * published sum (a marginal, a total, a range over months, a regional value) ties its members:
 * shown, Σ members = shown; withheld, an unknown ≥ 1 that equals Σ members.
 */

/** What a reader is shown of one value: the number, or that it is withheld ("<10"). */
export type Shown = number | 'withheld';

/** A value of the published tables as a linear form over the unknowns: Σ coefficient·x[index] + offset. */
export interface Linear {
  readonly terms: readonly Term[];
  readonly offset: number;
}

/**
 * One month of one indicator as a reader is shown it. Cells in framework order (`cellsOf`), all
 * reported. A marginal or total left out is one the reader is not shown: it ties nothing.
 */
export interface MonthView {
  readonly cells: readonly Shown[];
  readonly marginals?: Partial<Record<DimensionKey, Partial<Record<string, Shown>>>>;
  readonly total?: Shown;
}

/** Every value of one month's table as a Linear, shown or not, to build sums across tables with. */
export interface MonthTable {
  readonly cells: readonly Linear[];
  /** Per dimension of the indicator, per value: the sum of the cells with that value. */
  readonly marginals: Partial<Record<DimensionKey, Readonly<Record<string, Linear>>>>;
  readonly total: Linear;
}

/** A constant as a Linear. */
export const constant = (value: number): Linear => ({ terms: [], offset: value });

/** The sum of Linears, like terms merged. */
export function plus(...values: readonly Linear[]): Linear {
  const merged = new Map<number, number>();
  for (const { terms } of values) for (const { index, coefficient } of terms) merged.set(index, (merged.get(index) ?? 0) + coefficient);
  return {
    terms: [...merged].filter(([, c]) => c !== 0).map(([index, coefficient]) => ({ index, coefficient })),
    offset: values.reduce((sum, { offset }) => sum + offset, 0),
  };
}

const minus = (a: Linear, b: Linear): Linear => plus(a, { terms: b.terms.map((t) => ({ ...t, coefficient: -t.coefficient })), offset: -b.offset });

/** The unknown a Linear is, when it is exactly one unknown (a withheld value); else undefined. */
export function unknownOf(value: Linear): number | undefined {
  const [term, ...rest] = value.terms;
  return term && rest.length === 0 && term.coefficient === 1 && value.offset === 0 ? term.index : undefined;
}

/**
 * Collects what one reader is shown, table by table, as one ReaderKnowledge. Unknowns are
 * numbered in the order they appear; `labels` names each one for test messages.
 */
export class ReaderModel {
  readonly labels: string[] = [];
  private readonly floors: number[] = [];
  private readonly ceilings: number[] = [];
  private readonly equations: Equation[] = [];
  private readonly pairs: { a: number; b: number }[] = [];

  /** A new unknown whole number, by default ≥ 1 (withheld values are never 0) and unbounded above. */
  unknown(label: string, bounds: { floor?: number; ceiling?: number } = {}): Linear {
    const index = this.labels.push(label) - 1;
    this.floors.push(bounds.floor ?? 1);
    this.ceilings.push(bounds.ceiling ?? Infinity);
    return { terms: [{ index, coefficient: 1 }], offset: 0 };
  }

  /** A value as shown: a shown number (a whole count) is a constant, a withheld one a new unknown. */
  value(shown: Shown, label: string, bounds: { ceiling?: number } = {}): Linear {
    if (shown === 'withheld') return this.unknown(label, bounds);
    if (!Number.isSafeInteger(shown) || shown < 0) throw new RangeError(`${label}: a shown count is a whole number ≥ 0, not ${shown}`);
    return constant(shown);
  }

  /** The reader knows `value` = `shown`. Throws InconsistentKnowledgeError when that is plainly false. */
  equal(value: Linear, shown: number): void {
    if (value.terms.length === 0) {
      if (value.offset !== shown) throw new InconsistentKnowledgeError(`shown ${shown} where the shown parts add up to ${value.offset}`);
      return;
    }
    this.equations.push({ terms: value.terms, constant: shown - value.offset });
  }

  /** The reader knows `a` = `b` (a cell a correction left as it was, in two versions of a month). */
  same(a: Linear, b: Linear): void {
    this.equal(minus(a, b), 0);
  }

  /**
   * A published sum of `members`: shown, the reader knows Σ members = shown; withheld, it is a
   * new unknown ≥ 1 equal to Σ members; not shown at all (undefined), it ties nothing. Returns the
   * sum as a Linear, for sums of sums.
   */
  sum(members: readonly Linear[], shown: Shown | undefined, label: string): Linear {
    const total = plus(...members);
    if (shown === undefined) return total;
    if (shown !== 'withheld') {
      this.equal(total, shown);
      return constant(shown);
    }
    const hidden = this.unknown(label);
    this.equal(minus(hidden, total), 0);
    return hidden;
  }

  /**
   * The reader knows smaller ≤ larger (a ratio's numerator and denominator). Between two unknowns
   * it is an atMost pair, against a shown number a ceiling or a floor; between sums it takes a new
   * unknown ≥ 0, labelled 'slack', for the difference.
   */
  atMost(smaller: Linear, larger: Linear): void {
    const a = unknownOf(smaller);
    const b = unknownOf(larger);
    const shownSmaller = smaller.terms.length === 0;
    const shownLarger = larger.terms.length === 0;
    if (shownSmaller && shownLarger) {
      if (smaller.offset > larger.offset) throw new InconsistentKnowledgeError(`shown ${smaller.offset} above shown ${larger.offset}`);
      return;
    }
    if (a !== undefined && b !== undefined) this.pairs.push({ a, b });
    else if (a !== undefined && shownLarger) this.ceilings[a] = Math.min(this.ceilings[a]!, larger.offset);
    else if (b !== undefined && shownSmaller) this.floors[b] = Math.max(this.floors[b]!, smaller.offset);
    else this.equal(minus(this.unknown('slack', { floor: 0 }), minus(larger, smaller)), 0);
  }

  /**
   * One month of `indicator` as shown (see MonthView). Each withheld cell is at most MAX_COUNT,
   * which every reader knows (DESIGN.md 2) and which keeps the attacker's search finite. With one
   * dimension the marginals are the cells; with none the one cell is the total: a view that says
   * otherwise is refused. `prefix` starts every label (e.g. the month and country).
   */
  month(indicator: Indicator, view: MonthView, prefix = ''): MonthTable {
    const addresses = cellsOf(indicator);
    if (view.cells.length !== addresses.length) throw new RangeError(`${indicator.code} has ${addresses.length} cells, the view gives ${view.cells.length}`);
    const cells = addresses.map((address, n) => this.value(view.cells[n]!, `${prefix}${cellLabel(address)}`, { ceiling: MAX_COUNT }));
    const label = `${prefix}${indicator.code}`;
    const foreign = Object.keys(view.marginals ?? {}).filter((dim) => !indicator.dims.includes(dim as DimensionKey));
    if (foreign.length > 0) throw new RangeError(`${label} has no dimension ${foreign.join(', ')}`);
    const marginals: Partial<Record<DimensionKey, Record<string, Linear>>> = {};
    for (const dim of indicator.dims) {
      const byValue: Record<string, Linear> = {};
      for (const value of DIMENSIONS[dim]) {
        const members = addresses.flatMap((address, n) => (address[dim] === value ? [n] : []));
        const shown = view.marginals?.[dim]?.[value];
        if (indicator.dims.length === 1) {
          if (shown !== undefined && shown !== view.cells[members[0]!]) throw new RangeError(`${label} ${value}: a one-dimension marginal is its cell`);
          byValue[value] = cells[members[0]!]!;
        } else {
          byValue[value] = this.sum(
            members.map((n) => cells[n]!),
            shown,
            `${label} ${value}`,
          );
        }
      }
      marginals[dim] = byValue;
    }
    if (indicator.dims.length === 0 && view.total !== undefined && view.total !== view.cells[0]) {
      throw new RangeError(`${label}: the total of an indicator without dimensions is its one cell`);
    }
    const total = indicator.dims.length === 0 ? cells[0]! : this.sum(cells, view.total, `${label} total`);
    return { cells, marginals, total };
  }

  /** Everything collected so far, as the attacker takes it. */
  knowledge(): ReaderKnowledge {
    return {
      unknowns: this.labels.length,
      floors: [...this.floors],
      ceilings: [...this.ceilings],
      equations: [...this.equations],
      atMost: [...this.pairs],
    };
  }
}

/** One month of one indicator as a reader sees it (see ReaderModel.month): its knowledge, labels and table. */
export function monthKnowledge(indicator: Indicator, view: MonthView): { knowledge: ReaderKnowledge; labels: readonly string[]; table: MonthTable } {
  const model = new ReaderModel();
  const table = model.month(indicator, view);
  return { knowledge: model.knowledge(), labels: model.labels, table };
}
