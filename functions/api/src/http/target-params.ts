import { COUNTRY_CODES, ProblemError, isCountryCode, type CountryCode, type FieldError } from '@etip/core';

const YEAR = /^\d{4}$/;
const yearError = (path: string, value: string): FieldError => ({ path, message: `must be a year written YYYY; got '${value}'` });

/** The target set a path names: `/v1/targets/{country}/{year}`. Which years may be set is the domain's call. */
export function targetsAddress(params: { country?: string; year?: string }): { country: CountryCode; year: number } {
  const country = params.country ?? '';
  const year = params.year ?? '';
  const errors: FieldError[] = [];
  if (!isCountryCode(country)) errors.push({ path: 'country', message: `unknown country '${country}'; expected one of ${COUNTRY_CODES.join(', ')}` });
  if (!YEAR.test(year)) errors.push(yearError('year', year));
  if (errors.length) throw ProblemError.of('invalid-request', 'the path does not name the targets of a country and year', errors);
  return { country: country as CountryCode, year: Number(year) };
}

/** The query of `GET /v1/targets`: `year` is required; unknown parameters are errors, like unknown fields. */
export function targetsYear(query: Record<string, string | undefined>): number {
  const errors: FieldError[] = [];
  for (const name of Object.keys(query)) {
    if (name !== 'year') errors.push({ path: `query/${name}`, message: 'unknown parameter; expected year' });
  }
  const year = query.year;
  if (year === undefined) errors.push({ path: 'query/year', message: 'is required, e.g. year=2026' });
  else if (!YEAR.test(year)) errors.push(yearError('query/year', year));
  if (errors.length) throw ProblemError.of('invalid-request', 'the query has invalid parameters', errors);
  return Number(year);
}
