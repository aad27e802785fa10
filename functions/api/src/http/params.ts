import { COUNTRY_CODES, REPORT_STATUSES, ProblemError, isCountryCode, isPeriodFormat, type CountryCode, type FieldError, type Period, type ReportStatus } from '@etip/core';

const countryError = (path: string, value: string): FieldError => ({
  path,
  message: `unknown country '${value}'; expected one of ${COUNTRY_CODES.join(', ')}`,
});
const periodError = (path: string, value: string): FieldError => ({ path, message: `must be a month written YYYY-MM; got '${value}'` });

/** The report a path names: `/v1/submissions/{country}/{period}`. */
export function reportAddress(params: { country?: string; period?: string }): { country: CountryCode; period: Period } {
  const country = params.country ?? '';
  const period = params.period ?? '';
  const errors: FieldError[] = [];
  if (!isCountryCode(country)) errors.push(countryError('country', country));
  if (!isPeriodFormat(period)) errors.push(periodError('period', period));
  if (errors.length) throw ProblemError.of('invalid-request', 'the path does not name a report', errors);
  return { country: country as CountryCode, period };
}

export interface ListFilter {
  country?: CountryCode;
  from?: Period;
  to?: Period;
  status?: ReportStatus;
}

const LIST_PARAMS = ['country', 'from', 'to', 'status'];

/** The query of `GET /v1/submissions`; unknown parameters are errors, like unknown fields. */
export function listFilter(query: Record<string, string | undefined>): ListFilter {
  const errors: FieldError[] = [];
  const filter: ListFilter = {};
  for (const [name, value = ''] of Object.entries(query)) {
    if (!LIST_PARAMS.includes(name)) errors.push({ path: `query/${name}`, message: `unknown parameter; expected ${LIST_PARAMS.join(', ')}` });
    else if (name === 'country') {
      if (isCountryCode(value)) filter.country = value;
      else errors.push(countryError('query/country', value));
    } else if (name === 'status') {
      if ((REPORT_STATUSES as readonly string[]).includes(value)) filter.status = value as ReportStatus;
      else errors.push({ path: 'query/status', message: `must be one of ${REPORT_STATUSES.join(', ')}; got '${value}'` });
    } else if (isPeriodFormat(value)) filter[name as 'from' | 'to'] = value;
    else errors.push(periodError(`query/${name}`, value));
  }
  if (filter.from && filter.to && filter.from > filter.to) errors.push({ path: 'query/to', message: `must not be before from (${filter.from})` });
  if (errors.length) throw ProblemError.of('invalid-request', 'the query has invalid parameters', errors);
  return filter;
}
