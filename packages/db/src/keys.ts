import { type CountryCode, isCountryCode, isPeriodFormat, type Period } from '@etip/core/framework';

/**
 * Every key format of the table, behind named access patterns. Nothing else builds key strings.
 *
 * - the current report of a country and month:  COUNTRY#LA / SUBMISSION#2026-10
 * - the revisions of one report:                 COUNTRY#LA#2026-10 / REV#0000000003
 * - a country's year for the dashboards:         ROLLUP#2026 / LA   (a slot per month: status, values)
 * - a country's targets for a year:              TARGETS#2026 / LA   (one query reads the six countries)
 * - the revisions of one country's targets:      TARGETS#2026#LA / REV#0000000001
 */
const COUNTRY = 'COUNTRY#';
const SUBMISSION = 'SUBMISSION#';
const REVISION = 'REV#';
const ROLLUP = 'ROLLUP#';
const TARGETS = 'TARGETS#';
const revisionKey = (version: number) => `${REVISION}${String(version).padStart(10, '0')}`;

export const keys = {
  report: (country: CountryCode, period: Period) => ({ pk: `${COUNTRY}${country}`, sk: `${SUBMISSION}${period}` }),
  reportsOfCountry: (country: CountryCode) => ({ pk: `${COUNTRY}${country}`, skPrefix: SUBMISSION }),
  reportSortKey: (period: Period) => `${SUBMISSION}${period}`,
  /**
   * What every current-report item's sort key starts with, and no other item's: the aggregator's
   * stream filter in AWS (infra) matches on it, so changing the key format changes the filter too.
   */
  reportSortKeyPrefix: SUBMISSION,
  revision: (country: CountryCode, period: Period, version: number) => ({ pk: `${COUNTRY}${country}#${period}`, sk: revisionKey(version) }),
  revisionsOfReport: (country: CountryCode, period: Period) => ({ pk: `${COUNTRY}${country}#${period}`, skPrefix: REVISION }),
  /** The country and month of a current-report item, or null for any other item. */
  parseReport: (key: ItemKey): { country: CountryCode; period: Period } | null => {
    const country = key.pk.startsWith(COUNTRY) ? key.pk.slice(COUNTRY.length) : '';
    const period = key.sk.startsWith(SUBMISSION) ? key.sk.slice(SUBMISSION.length) : '';
    return isCountryCode(country) && isPeriodFormat(period) ? { country, period } : null;
  },
  rollup: (year: number, country: CountryCode) => ({ pk: `${ROLLUP}${year}`, sk: country }),
  rollupsOfYear: (year: number) => ({ pk: `${ROLLUP}${year}` }),
  /** The year and country of a rollup item, or null for any other item. */
  parseRollup: (key: ItemKey): { year: number; country: CountryCode } | null => {
    const year = key.pk.startsWith(ROLLUP) ? Number(key.pk.slice(ROLLUP.length)) : Number.NaN;
    return Number.isInteger(year) && isCountryCode(key.sk) ? { year, country: key.sk } : null;
  },
  /** The attribute of a rollup item that holds one month: m01 … m12. */
  rollupSlot: (period: Period) => `m${period.slice(5, 7)}`,
  /** The month an attribute of a rollup item of `year` holds, or null for any other attribute. */
  periodOfRollupSlot: (year: number, attribute: string): Period | null => (/^m(0[1-9]|1[0-2])$/.test(attribute) ? `${year}-${attribute.slice(1)}` : null),
  targets: (year: number, country: CountryCode) => ({ pk: `${TARGETS}${year}`, sk: country }),
  targetsOfYear: (year: number) => ({ pk: `${TARGETS}${year}` }),
  targetRevision: (year: number, country: CountryCode, version: number) => ({ pk: `${TARGETS}${year}#${country}`, sk: revisionKey(version) }),
  revisionsOfTargets: (year: number, country: CountryCode) => ({ pk: `${TARGETS}${year}#${country}`, skPrefix: REVISION }),
};

export type ItemKey = { pk: string; sk: string };
