import type { User } from '../access/roles';
import { cellsOf } from '../framework/cells';
import type { CountryCode } from '../framework/countries';
import { INDICATORS, type Indicator } from '../framework/indicators';
import { isProtected, isSuppressed } from '../protection';
import { type CountryYear, monthOf } from './dashboard-reader';
import { indicatorMonth } from './indicator-month';
import type { ViewRange } from './view-query';

export const EXPORT_COLUMNS = [
  'country',
  'period',
  'status',
  'pillar',
  'indicator',
  'sex',
  'age',
  'exploitation',
  'value',
  'numerator',
  'denominator',
  'suppressed',
] as const;

/**
 * One CSV field (RFC 4180): empty for null or undefined; quoted, with quotes doubled, when it
 * holds a comma, a quote or a line break, so a spreadsheet reads it back as one field.
 */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The tidy export (DESIGN.md 5.1): one row per published cell, with the same protection as the
 * views — a withheld cell has no value and `suppressed` true. Values are always the last
 * submitted ones; `status` is where the report stands now.
 */
export function buildExportCsv(input: {
  user: User;
  range: ViewRange;
  rollups: CountryYear[];
  countries: readonly CountryCode[];
  indicators?: readonly Indicator[];
}): string {
  const { user, range, rollups } = input;
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const country of input.countries) {
    const protect = isProtected(user, country);
    for (const period of range.periods) {
      const month = monthOf(rollups, country, period);
      if (!month?.values) continue;
      for (const indicator of input.indicators ?? INDICATORS) {
        const shown = indicatorMonth(indicator, month, { protect });
        cellsOf(indicator).forEach((address, n) => {
          const cell = shown?.cells[n] ?? null;
          const withheld = isSuppressed(cell);
          const ratio = !withheld && cell !== null && typeof cell === 'object' ? cell : null;
          const row = {
            country,
            period,
            status: month.status,
            pillar: indicator.pillar,
            indicator: indicator.code,
            sex: address.sex,
            age: address.age,
            exploitation: address.exploitation,
            value: withheld ? null : ratio ? ratio.value : cell,
            numerator: ratio?.numerator,
            denominator: ratio?.denominator,
            suppressed: withheld,
          };
          lines.push(EXPORT_COLUMNS.map((c) => csvField(row[c])).join(','));
        });
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
