import { periodError, type Period } from '../framework/calendar';
import { COUNTRY_CODES, type CountryCode } from '../framework/countries';
import { access } from '../access/rules';
import { ProblemError } from '../problems/problem';
import { draft, publicView, transition, type Report, type ReportChange, type ReportSummary, type Revision, type StoredReport } from './report';
import type { ReportStatus } from './statuses';
import type { ReportRepository } from './repository';
import type { WriteReceipt } from '../versioning/store';
import type { User } from '../access/roles';
import { validateEmptyBody, validateReportBody, validateReturnBody } from './validation';
import { checkVersion, saveVersioned, type Precondition, type Versioned } from '../versioning/preconditions';

/**
 * The use cases of the submissions API as plain verbs. Each authorises, validates, runs the
 * lifecycle and stores the change; none knows about HTTP or DynamoDB.
 */
export interface SubmissionsDeps {
  reports: ReportRepository;
  now: () => Date;
}

export type { Precondition } from '../versioning/preconditions';

export interface Written {
  report: Report;
  created: boolean;
  receipt: WriteReceipt;
}

const forbidden = (what: string) => ProblemError.of('forbidden', what);
const subjectOf = (r: { country: CountryCode; period: Period }): Versioned => ({ noun: 'report', label: `a report for ${r.country} ${r.period}` });
const notFound = (c: CountryCode, p: Period) => ProblemError.of('not-found', `there is no report for ${c} ${p}`);

function checkPeriod(country: CountryCode, period: Period, now: Date) {
  const error = periodError('period', country, period, now);
  if (error) throw ProblemError.of('invalid-request', `period ${period} cannot be reported: it ${error.message}`, [error]);
}

async function load(deps: SubmissionsDeps, country: CountryCode, period: Period): Promise<StoredReport> {
  const existing = await deps.reports.get(country, period);
  if (!existing) throw notFound(country, period);
  return existing;
}

export async function getReport(deps: SubmissionsDeps, user: User, country: CountryCode, period: Period): Promise<Report> {
  if (!access.readReport(user, country)) throw forbidden(`you may not read reports of ${country}`);
  return publicView(await load(deps, country, period));
}

export async function reportHistory(deps: SubmissionsDeps, user: User, country: CountryCode, period: Period): Promise<Revision[]> {
  if (!access.readReport(user, country)) throw forbidden(`you may not read reports of ${country}`);
  const revisions = await deps.reports.history(country, period);
  if (revisions.length === 0) throw notFound(country, period);
  return revisions;
}

export async function listReports(
  deps: SubmissionsDeps,
  user: User,
  filter: { country?: CountryCode; from?: Period; to?: Period; status?: ReportStatus },
): Promise<ReportSummary[]> {
  const allowed = access.listableCountries(user, COUNTRY_CODES);
  if (allowed.length === 0) throw forbidden('your role cannot see reports');
  if (filter.country && !allowed.includes(filter.country)) throw forbidden(`you may not list reports of ${filter.country}`);
  const { country, ...rest } = filter;
  return deps.reports.list({ ...rest, countries: country ? [country] : allowed });
}

export async function putReport(
  deps: SubmissionsDeps,
  user: User,
  target: { country: CountryCode; period: Period },
  body: unknown,
  precondition: Precondition,
): Promise<Written> {
  if (!access.editReport(user, target.country)) throw forbidden(`you may not enter values for ${target.country}`);
  const now = deps.now();
  checkPeriod(target.country, target.period, now);
  const valid = validateReportBody(body);
  if (!valid.ok) throw ProblemError.of('invalid-request', `${valid.errors.length} field(s) are invalid; nothing was saved`, valid.errors);
  const existing = await deps.reports.get(target.country, target.period);
  if (existing) checkVersion(existing.version, precondition, subjectOf(existing));
  else if (precondition.kind === 'replace' || precondition.kind === 'replace-any') throw notFound(target.country, target.period);
  else if (precondition.kind === 'none') throw ProblemError.of('precondition-required', 'send If-None-Match: * to create a report');
  const change = draft(existing, target, valid.value, user, now);
  const receipt = await saveVersioned((c) => deps.reports.save(c), change, subjectOf(change.report));
  return { report: publicView(change.report), created: !existing, receipt };
}

export async function changeStatus(
  deps: SubmissionsDeps,
  user: User,
  target: { country: CountryCode; period: Period },
  action: 'submit' | 'approve' | 'return',
  precondition: Precondition,
  body?: unknown,
): Promise<Written> {
  const allowed = action === 'submit' ? access.editReport(user, target.country) : access.reviewReport(user) && access.readReport(user, target.country);
  if (!allowed) throw forbidden(`your role may not ${action} reports of ${target.country}`);
  let reason: string | undefined;
  if (action === 'return') {
    const valid = validateReturnBody(body);
    if (!valid.ok) throw ProblemError.of('invalid-request', 'a returned report needs a reason', valid.errors);
    reason = valid.value.reason;
  } else {
    const valid = validateEmptyBody(body);
    if (!valid.ok) throw ProblemError.of('invalid-request', `${action} takes no fields`, valid.errors);
  }
  const existing = await load(deps, target.country, target.period);
  checkVersion(existing.version, precondition.kind === 'create' ? { kind: 'none' } : precondition, subjectOf(existing));
  const change = transition(existing, action, user, deps.now(), reason);
  const receipt = await saveVersioned((c) => deps.reports.save(c), change, subjectOf(change.report));
  return { report: publicView(change.report), created: false, receipt };
}
