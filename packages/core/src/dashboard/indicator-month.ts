import { indicatorSlice, type MonthAggregate, sliceCells, type ValueVector } from '../aggregation';
import type { Indicator } from '../framework/indicators';
import { decodeWithheld, everyNonZeroMember, type ProtectedMonth, type ProtectOptions, protectMonth, type RatioCount } from '../protection';
import type { ProtectedValue } from './schemas';

/**
 * One indicator's published month as a reader may see it: total, marginals and cells, with
 * survivor counts protected when `protect` (DESIGN.md 5.4) as fixed at its publication. Null
 * when nothing was published.
 */
export function indicatorMonth(
  indicator: Indicator,
  month: Pick<MonthAggregate, 'values' | 'withheld'> | null | undefined,
  options: { protect: boolean },
): ProtectedMonth<ProtectedValue> | null {
  const cells = month?.values && cellsOf(indicator, month.values);
  if (!month || !cells) return null;
  // The pattern fixed at publication, shown as it is (see `WithheldMask`). Never computed here:
  // a pattern computed at reading would change with the threshold or the algorithm, and two
  // patterns of the same figures give values away (issue 9). A month without one readable —
  // published before patterns were stored and not yet filled by `withStoredPatterns` — shows
  // only its zeros.
  const withheld = (month.withheld && decodeWithheld(month.withheld, indicator)) || everyNonZeroMember(indicator, cells);
  const protection: ProtectOptions = { protect: options.protect, withheld };
  return typeof cells[0] === 'number' || cells.length === 0
    ? protectMonth(indicator, cells as number[], protection)
    : protectMonth(indicator, cells as RatioCount[], protection);
}

const cellsOf = (indicator: Indicator, values: ValueVector) => sliceCells(indicator.code, indicatorSlice(values, indicator.code));
