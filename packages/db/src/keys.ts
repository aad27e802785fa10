import type { CountryCode, Period } from '@etip/core';

/**
 * Every key format of the table, behind named access patterns. Nothing else builds key strings.
 *
 * - the current report of a country and month:  COUNTRY#LA / SUBMISSION#2026-10
 * - the revisions of one report:                 COUNTRY#LA#2026-10 / REV#0000000003
 */
export const keys = {
  report: (country: CountryCode, period: Period) => ({ pk: `COUNTRY#${country}`, sk: `SUBMISSION#${period}` }),
  reportsOfCountry: (country: CountryCode) => ({ pk: `COUNTRY#${country}`, skPrefix: 'SUBMISSION#' }),
  reportSortKey: (period: Period) => `SUBMISSION#${period}`,
  revision: (country: CountryCode, period: Period, version: number) => ({
    pk: `COUNTRY#${country}#${period}`,
    sk: `REV#${String(version).padStart(10, '0')}`,
  }),
  revisionsOfReport: (country: CountryCode, period: Period) => ({ pk: `COUNTRY#${country}#${period}`, skPrefix: 'REV#' }),
};

export type ItemKey = { pk: string; sk: string };
