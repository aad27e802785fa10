import type { User } from '../access/roles';
import { access } from '../access/rules';
import { boundError, type Period, periodError } from '../framework/calendar';
import { COUNTRY_CODES, type CountryCode } from '../framework/countries';
import { changeOf } from '../problems/plan';
import { type Problem, ProblemError } from '../problems/problem';
import { validOrThrow } from '../problems/zod-issues';
import { type Precondition, saveVersioned } from '../versioning/preconditions';
import type { WriteReceipt } from '../versioning/store';
import { planTransition, planValues, type ReportAddress, type ReportTransition, refuseTransition, refuseValues, reportSubject } from './plan';
import { publicView, type Report, type ReportSummary, type Revision, type StoredReport } from './report';
import type { ReportRepository } from './repository';
import type { ReportStatus } from './statuses';
import { validateEmptyBody, validateReportBody, validateReturnBody } from './validation';

/**
 * The use cases of the submissions API as plain verbs: each parses its input, loads the report,
 * plans the change with the pure step of `./plan` and saves it. None knows about HTTP or DynamoDB.
 */
export interface SubmissionsDeps {
  reports: ReportRepository;
  now: () => Date;
  /** The survivor protection threshold submissions are published with (DESIGN.md 5.4); 10 unless configured. */
  threshold?: number;
}

export type { Precondition } from '../versioning/preconditions';

export interface Written {
  report: Report;
  created: boolean;
  receipt: WriteReceipt;
}

const forbidden = (what: string) => ProblemError.of('forbidden', what);
const notFound = (country: CountryCode, period: Period) => ProblemError.of('not-found', reportSubject({ country, period }).notFound);

async function load(deps: SubmissionsDeps, country: CountryCode, period: Period): Promise<StoredReport> {
  const existing = await deps.reports.get(country, period);
  if (!existing) throw notFound(country, period);
  return existing;
}

/** A month that cannot have a report (before 2015-01, after the country's current month) is a 400, not a 404. */
function readablePeriod(deps: SubmissionsDeps, country: CountryCode, period: Period) {
  const error = periodError('period', country, period, deps.now());
  if (error) throw ProblemError.of('invalid-request', `there can be no report for ${country} ${period}: the period ${error.message}`, [error]);
}

/**
 * The current report. Problems: 'forbidden' (403) for a viewer or another country's office,
 * 'invalid-request' (400) for a month that cannot have a report, 'not-found' (404).
 */
export async function getReport(deps: SubmissionsDeps, user: User, country: CountryCode, period: Period): Promise<Report> {
  if (!access.readReport(user, country)) throw forbidden(`you may not read reports of ${country}`);
  readablePeriod(deps, country, period);
  return publicView(await load(deps, country, period));
}

/** Every revision of a report, oldest first. Problems: as `getReport`'s. */
export async function reportHistory(deps: SubmissionsDeps, user: User, country: CountryCode, period: Period): Promise<Revision[]> {
  if (!access.readReport(user, country)) throw forbidden(`you may not read reports of ${country}`);
  readablePeriod(deps, country, period);
  const revisions = await deps.reports.history(country, period);
  if (revisions.length === 0) throw notFound(country, period);
  return revisions;
}

/**
 * Summaries of the reports a person may read, filtered. Problems: 'forbidden' (403) for a viewer,
 * or for a country office asking for another country.
 */
export async function listReports(
  deps: SubmissionsDeps,
  user: User,
  filter: { country?: CountryCode; from?: Period; to?: Period; status?: ReportStatus },
): Promise<ReportSummary[]> {
  const allowed = access.listableCountries(user, COUNTRY_CODES);
  if (allowed.length === 0) throw forbidden('your role cannot see reports');
  if (filter.country && !allowed.includes(filter.country)) throw forbidden(`you may not list reports of ${filter.country}`);
  const now = deps.now();
  const errors = [filter.from && boundError('query/from', filter.from, now), filter.to && boundError('query/to', filter.to, now)].filter((e) => !!e);
  if (errors.length) throw ProblemError.of('invalid-request', 'the query has invalid parameters', errors);
  const { country, ...rest } = filter;
  return deps.reports.list({ ...rest, countries: country ? [country] : allowed });
}

/**
 * Create (`If-None-Match: *`) or replace (`If-Match`) a report's values: load → plan → save.
 * Problems (thrown as `ProblemError`): those of `refuseValues` and `planValues`; 'invalid-request'
 * (400) naming every invalid field of the body; 'conflict' or 'stale-version' when another
 * write got there first.
 */
export async function putReport(deps: SubmissionsDeps, user: User, target: ReportAddress, body: unknown, precondition: Precondition): Promise<Written> {
  const now = deps.now();
  throwIf(refuseValues(user, target, now));
  const parsed = validOrThrow(validateReportBody(body), (n) => `${n} field(s) are invalid; nothing was saved`);
  const existing = await deps.reports.get(target.country, target.period);
  const change = changeOf(planValues({ user, address: target, body: parsed, precondition, existing, now }));
  const receipt = await saveVersioned((c) => deps.reports.save(c), change, reportSubject(change.report));
  return { report: publicView(change.report), created: !existing, receipt };
}

/**
 * Submit, approve or return a report: load → plan → save. `body` is `{ "reason": "…" }` for a
 * return and nothing (or `{}`) otherwise. Problems: those of `refuseTransition` and
 * `planTransition`; 'invalid-request' (400) for a return without a reason or a body with fields.
 */
export async function changeStatus(
  deps: SubmissionsDeps,
  user: User,
  target: ReportAddress,
  action: ReportTransition,
  precondition: Precondition,
  body?: unknown,
): Promise<Written> {
  throwIf(refuseTransition(user, target, action));
  let reason: string | undefined;
  if (action === 'return') reason = validOrThrow(validateReturnBody(body), () => 'a returned report needs a reason, of at most 2000 characters').reason;
  else validOrThrow(validateEmptyBody(body), () => `${action} takes no fields`);
  const existing = await deps.reports.get(target.country, target.period);
  const change = changeOf(
    planTransition({
      user,
      address: target,
      action,
      ...(reason ? { reason } : {}),
      ...(deps.threshold ? { threshold: deps.threshold } : {}),
      precondition,
      existing,
      now: deps.now(),
    }),
  );
  const receipt = await saveVersioned((c) => deps.reports.save(c), change, reportSubject(change.report));
  return { report: publicView(change.report), created: false, receipt };
}

function throwIf(problem: Problem | null) {
  if (problem) throw new ProblemError(problem);
}
