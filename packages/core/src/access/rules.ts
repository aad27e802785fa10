import type { CountryCode } from '../framework/countries';
import type { User } from './roles';

/**
 * Who may do what (DESIGN.md 1 and 3). One place, so the API, the dashboard's menus and the
 * authorisation-matrix test agree.
 */
export const access = {
  /** Reports and their history: a country office its own, leads and admins all, viewers none. */
  readReport: (user: User, country: CountryCode) =>
    user.role === 'admin' || user.role === 'regional-lead' || (user.role === 'country-office' && user.country === country),
  /** Values and submission: a country office its own; admins correct any country. */
  editReport: (user: User, country: CountryCode) => user.role === 'admin' || (user.role === 'country-office' && user.country === country),
  /** Approval and return: leads and admins, never the office that entered the values. */
  reviewReport: (user: User) => user.role === 'admin' || user.role === 'regional-lead',
  /** Annual targets are set by the region (leads) and by admins, never by the office measured against them. */
  setTargets: (user: User) => user.role === 'admin' || user.role === 'regional-lead',
  /** Targets and their history are not sensitive: every role reads every country's (staff names aside, `seeStaff`). */
  readTargets: (_user: User) => true,
  /**
   * Who may see the staff behind a country's records (the name and subject of whoever changed
   * them): those who may read its reports — leads and admins, and its own office. Partners and
   * donors (viewers) and other countries' offices never: they see what changed and when, not who.
   */
  seeStaff: (user: User, country: CountryCode): boolean => access.readReport(user, country),
  /** Which countries' reports a person may list. */
  listableCountries: (user: User, all: readonly CountryCode[]): readonly CountryCode[] => {
    if (user.role === 'admin' || user.role === 'regional-lead') return all;
    if (user.role === 'country-office' && user.country) return [user.country];
    return [];
  },
};
