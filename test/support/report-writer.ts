import type { CountryCode, Period, ReportStatus } from '@etip/core';
import type { createTestApi } from './api';

type TestApi = Awaited<ReturnType<typeof createTestApi>>;
export type ReportWriter = Awaited<ReturnType<typeof createReportWriter>>;

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/**
 * The submissions API driven as a country office and a regional lead drive it, counting the
 * writes it accepted: each accepted write is one record of the report (and one of its revision)
 * on the table's stream, which is how a test knows when it has seen them all.
 */
export async function createReportWriter(api: TestApi) {
  const lead = await api.tokenFor('regional-lead');
  const office = (country: CountryCode) => api.tokenFor('country-office', country);
  const path = (country: CountryCode, period: Period) => `/v1/submissions/${country}/${period}`;
  let accepted = 0;
  // What each accepted write answered: the tests that use a writer have no other writer, so this
  // is the table's state without reading it back.
  const known = new Map<string, { version: number; status: ReportStatus }>();
  const send = async (method: 'PUT' | 'POST', url: string, token: string, headers: Record<string, string>, body?: unknown) => {
    const response = await api.request(method, url, { token, headers, ...(body === undefined ? {} : { body }) });
    if (response.status === 200 || response.status === 201) {
      accepted++;
      known.set(`${response.json.country} ${response.json.period}`, { version: response.json.version, status: response.json.status });
    }
    return response;
  };

  return {
    /** Writes the API accepted so far. */
    get accepted() {
      return accepted;
    },
    /** The report's version and status after this writer's last accepted write to it, or null if it wrote none. */
    current: (country: CountryCode, period: Period) => known.get(`${country} ${period}`) ?? null,
    create: async (country: CountryCode, period: Period, body: unknown) =>
      send('PUT', path(country, period), await office(country), { 'If-None-Match': '*' }, body),
    replace: async (country: CountryCode, period: Period, version: number, body: unknown) =>
      send('PUT', path(country, period), await office(country), ifMatch(version), body),
    submit: async (country: CountryCode, period: Period, version: number) =>
      send('POST', `${path(country, period)}/submit`, await office(country), ifMatch(version)),
    approve: (country: CountryCode, period: Period, version: number) => send('POST', `${path(country, period)}/approve`, lead, ifMatch(version)),
    return: (country: CountryCode, period: Period, version: number, reason = 'PRV-01 does not add up') =>
      send('POST', `${path(country, period)}/return`, lead, ifMatch(version), { reason }),
  };
}
