import { indicatorSlice, type MonthAggregate, sliceCells, type ValueVector } from '../aggregation';
import type { Indicator } from '../framework/indicators';
import { type ProtectedMonth, type ProtectOptions, protectMonth, type RatioCount } from '../protection';
import type { ProtectedValue } from './schemas';

/**
 * One indicator's published month as a reader may see it: total, marginals and cells, with
 * survivor counts protected when `protect` (DESIGN.md 5.4), reckoning with what the month's
 * earlier submissions showed if it was corrected. Null when nothing was published.
 */
export function indicatorMonth(
  indicator: Indicator,
  month: Pick<MonthAggregate, 'values' | 'earlier' | 'corrections'> | null | undefined,
  options: { protect: boolean; threshold?: number },
): ProtectedMonth<ProtectedValue> | null {
  const cells = month?.values && cellsOf(indicator, month.values);
  if (!month || !cells) return null;
  const earlier = month.earlier.flatMap((values) => {
    const version = cellsOf(indicator, values);
    return version ? [version] : [];
  });
  const protection: ProtectOptions = {
    protect: options.protect,
    ...(options.threshold ? { threshold: options.threshold } : {}),
    ...(earlier.length > 0 ? { earlier } : {}),
    ...(month.corrections > month.earlier.length ? { earlierIncomplete: true } : {}),
  };
  return typeof cells[0] === 'number' || cells.length === 0
    ? protectMonth(indicator, cells as number[], protection)
    : protectMonth(indicator, cells as RatioCount[], protection);
}

const cellsOf = (indicator: Indicator, values: ValueVector) => sliceCells(indicator.code, indicatorSlice(values, indicator.code));
