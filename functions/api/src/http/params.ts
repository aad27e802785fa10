import {
  type CountryCode,
  fieldError,
  type Period,
  ProblemError,
  parseFields,
  parseQuery,
  type QueryValues,
  type ReportStatus,
  reportPathSchemas,
  targetsPathSchemas,
  validOrThrow,
} from '@etip/core';

/**
 * Paths and queries, parsed with the contract's schemas (`@etip/core`): the same codes and
 * problem shape as bodies, every mistake at once.
 */
/** The report a path names: `/v1/submissions/{country}/{period}`. */
export function reportAddress(params: Record<string, string | undefined>): { country: CountryCode; period: Period } {
  return validOrThrow(parseFields(reportPathSchemas().address, params), 'the path does not name a report');
}

export interface ListFilter {
  country?: CountryCode;
  from?: Period;
  to?: Period;
  status?: ReportStatus;
}

/** The query of `GET /v1/submissions`; unknown or repeated parameters are errors, like unknown fields. */
export function listFilter(query: QueryValues): ListFilter {
  const filter: ListFilter = validOrThrow(parseQuery(reportPathSchemas().listQuery, query), 'the query has invalid parameters');
  if (filter.from && filter.to && filter.from > filter.to) {
    throw ProblemError.of('invalid-request', 'the query has invalid parameters', [
      fieldError('query/from', 'range-reversed', { from: filter.from, to: filter.to }),
    ]);
  }
  return filter;
}

/** The target set a path names: `/v1/targets/{country}/{year}`. Which years may be set is the domain's call. */
export function targetsAddress(params: Record<string, string | undefined>): { country: CountryCode; year: number } {
  const { country, year } = validOrThrow(parseFields(targetsPathSchemas().address, params), 'the path does not name the targets of a country and year');
  return { country, year: Number(year) };
}

/** The query of `GET /v1/targets`: `year`, required. */
export function targetsYear(query: QueryValues): number {
  return Number(validOrThrow(parseQuery(targetsPathSchemas().yearQuery, query), 'the query has invalid parameters').year);
}
