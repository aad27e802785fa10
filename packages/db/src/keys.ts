import type { CountryCode, Period } from '@etip/core';

/**
 * Every key format of the table, behind named access patterns. Nothing else builds key strings.
 *
 * - the current report of a country and month:  COUNTRY#LA / SUBMISSION#2026-10
 * - the revisions of one report:                 COUNTRY#LA#2026-10 / REV#0000000003
 * - a country's year for the dashboards:         ROLLUP#2026 / LA   (a slot per month: status, values)
 * - a country's targets for a year:              TARGETS#2026 / LA   (one query reads the six countries)
 * - the revisions of one country's targets:      TARGETS#2026#LA / REV#0000000001
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
  /** The country and month of a current-report item, or null for any other item. */
  parseReport: (key: ItemKey): { country: CountryCode; period: Period } | null => {
    const country = /^COUNTRY#([A-Z]{2})$/.exec(key.pk)?.[1];
    const period = /^SUBMISSION#(\d{4}-\d{2})$/.exec(key.sk)?.[1];
    return country && period ? { country: country as CountryCode, period } : null;
  },
  rollup: (year: number, country: CountryCode) => ({ pk: `ROLLUP#${year}`, sk: country }),
  rollupsOfYear: (year: number) => ({ pk: `ROLLUP#${year}` }),
  /** The attribute of a rollup item that holds one month: m01 … m12. */
  rollupSlot: (period: Period) => `m${period.slice(5, 7)}`,
  targets: (year: number, country: CountryCode) => ({ pk: `TARGETS#${year}`, sk: country }),
  targetsOfYear: (year: number) => ({ pk: `TARGETS#${year}` }),
  targetRevision: (year: number, country: CountryCode, version: number) => ({
    pk: `TARGETS#${year}#${country}`,
    sk: `REV#${String(version).padStart(10, '0')}`,
  }),
  revisionsOfTargets: (year: number, country: CountryCode) => ({ pk: `TARGETS#${year}#${country}`, skPrefix: 'REV#' }),
};

export type ItemKey = { pk: string; sk: string };
