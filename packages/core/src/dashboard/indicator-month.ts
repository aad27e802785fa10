import { indicatorSlice, sliceCells, type ValueVector } from '../aggregation';
import type { Indicator } from '../framework/indicators';
import { type ProtectedMonth, protectMonth } from '../protection';
import type { ProtectedValue } from './schemas';

/**
 * One indicator's published month as a reader may see it: total, marginals and cells, with
 * survivor counts protected when `protect` (DESIGN.md 5.4). Null when nothing was published.
 */
export function indicatorMonth(
  indicator: Indicator,
  values: ValueVector | null | undefined,
  options: { protect: boolean; threshold?: number },
): ProtectedMonth<ProtectedValue> | null {
  if (!values) return null;
  const cells = sliceCells(indicator.code, indicatorSlice(values, indicator.code));
  if (!cells) return null;
  const protection = { protect: options.protect, ...(options.threshold ? { threshold: options.threshold } : {}) };
  return typeof cells[0] === 'number' || cells.length === 0
    ? protectMonth(indicator, cells as number[], protection)
    : protectMonth(indicator, cells as { numerator: number; denominator: number }[], protection);
}
