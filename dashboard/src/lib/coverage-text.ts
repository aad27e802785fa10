import type { Coverage } from '@etip/core/dashboard';
import type { Translate } from './i18n/translate';

/**
 * What a figure over several months or countries is made of, in words: "4 of 6 countries
 * reported · 2 not due yet" (the API's `reported`, `of`, `notDue`). One writer for the matrix,
 * the map, the cards, the trends' tooltip, table and CSV, so "not reported yet" reads the same
 * everywhere. `number` writes the counts: the locale's digits on the page, plain ones in a CSV.
 */
export function coverageText(coverage: Coverage, unit: 'countries' | 'months', t: Translate, number: (n: number) => string): string {
  const reported = t(`coverage.${unit}`, { reported: number(coverage.reported), of: number(coverage.of) });
  return coverage.notDue > 0 ? `${reported} · ${number(coverage.notDue)} ${t('month.notDue')}` : reported;
}
