import { type CountryCode, INDICATORS, isRatioCell, type StoredReport } from '@etip/core';
import { streamFor } from './demo-random';

/**
 * Annual targets for the demo: what each country reported over the year (extrapolated to twelve
 * months for the year under way), times an ambition that differs by country and indicator — so
 * the overview shows some countries ahead of target and some behind.
 */
export function demoTargets(reports: readonly StoredReport[], country: CountryCode, year: number, seed: number): Record<string, number> {
  const months = reports
    .filter((r) => r.country === country && r.period.startsWith(`${year}-`) && r.published)
    .sort((a, b) => a.period.localeCompare(b.period));
  if (months.length === 0) return {};
  const random = streamFor(seed, `targets ${country} ${year}`);
  const targets: Record<string, number> = {};
  for (const indicator of INDICATORS) {
    const ambition = 0.85 + random() * 0.4;
    const cells = months.map((m) => m.published!.values.filter((c) => c.indicator === indicator.code));
    if (indicator.aggregation === 'ratio') {
      const [num, den] = cells.flat().reduce(([n, d], c) => (isRatioCell(c) ? [n + c.numerator, d + c.denominator] : [n, d]), [0, 0]);
      targets[indicator.code] = den ? Math.min(100, Math.round((num / den) * 100 * ambition)) : 75;
    } else {
      const totals = cells.map((month) => month.reduce((sum, c) => sum + (isRatioCell(c) ? 0 : c.value), 0));
      const level = indicator.aggregation === 'latest' ? totals.at(-1)! : (totals.reduce((a, b) => a + b, 0) * 12) / totals.length;
      targets[indicator.code] = Math.round(level * ambition);
    }
  }
  return targets;
}
