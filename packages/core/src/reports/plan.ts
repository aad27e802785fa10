import type { User } from '../access/roles';
import { access } from '../access/rules';
import { type Period, periodError } from '../framework/calendar';
import type { CountryCode } from '../framework/countries';
import { type Plan, planned } from '../problems/plan';
import { type Problem, problem } from '../problems/problem';
import { checkVersion, checkWrite, type Precondition } from '../versioning/preconditions';
import { draft, type ReportChange, type StoredReport, transition } from './report';
import type { ReportBody } from './validation';

/* The pure steps of the report use cases (see `Plan`): the change a write makes, or its problem. */

export type ReportAddress = { country: CountryCode; period: Period };
export type ReportTransition = 'submit' | 'approve' | 'return';

/** A report, as precondition messages name it. */
export const reportSubject = (r: ReportAddress) => ({
  noun: 'report' as const,
  label: `a report for ${r.country} ${r.period}`,
  create: 'create a report',
  notFound: `there is no report for ${r.country} ${r.period}`,
});

/**
 * Whether this person may write values for this address now, before anything is read: 'forbidden'
 * for another country's office (or a lead, or a viewer), 'invalid-request' on `period` for a
 * month before 2015-01 or after the country's current month. Null when they may.
 */
export function refuseValues(user: User, address: ReportAddress, now: Date): Problem | null {
  if (!access.editReport(user, address.country)) return problem('forbidden', `you may not enter values for ${address.country}`);
  const error = periodError('period', address.country, address.period, now);
  if (error) return problem('invalid-request', `period ${address.period} cannot be reported: it ${error.message}`, [error]);
  return null;
}

/** Whether this person may take a report through `action`: 'forbidden' unless allowed (DESIGN.md 3). */
export function refuseTransition(user: User, address: ReportAddress, action: ReportTransition): Problem | null {
  const allowed = action === 'submit' ? access.editReport(user, address.country) : access.reviewReport(user) && access.readReport(user, address.country);
  return allowed ? null : problem('forbidden', `your role may not ${action} reports of ${address.country}`);
}

/**
 * Create or replace a report's values (`PUT`): the result is a draft. Problems: those of
 * `refuseValues`; 'precondition-required' (428) without If-Match or If-None-Match; 'conflict'
 * (409) to create over an existing report; 'not-found' (404) to replace one that is not there;
 * 'stale-version' (412) when If-Match does not name the stored version.
 */
export function planValues(input: {
  user: User;
  address: ReportAddress;
  body: ReportBody;
  precondition: Precondition;
  existing: StoredReport | null;
  now: Date;
}): Plan<ReportChange> {
  const { user, address, body, precondition, existing, now } = input;
  const refused = refuseValues(user, address, now);
  if (refused) return { ok: false, problem: refused };
  return planned(() => {
    checkWrite(existing?.version ?? null, precondition, reportSubject(address));
    return draft(existing, address, body, user, now);
  });
}

/**
 * A status transition: submit (draft or returned → submitted, every cell needed, stamped on time
 * or late), approve or return (submitted → approved / returned, with a reason). Problems: those
 * of `refuseTransition`; 'not-found' (404); 'precondition-required' (428) without If-Match;
 * 'stale-version' (412); 'conflict' (409) from a status the action cannot leave;
 * 'incomplete-report' (400) naming each missing cell of a submit.
 */
export function planTransition(input: {
  user: User;
  address: ReportAddress;
  action: ReportTransition;
  reason?: string;
  precondition: Precondition;
  existing: StoredReport | null;
  now: Date;
  /** The survivor protection threshold a submission is published with (DESIGN.md 5.4). */
  threshold?: number;
}): Plan<ReportChange> {
  const { user, address, action, reason, precondition, existing, now, threshold } = input;
  const refused = refuseTransition(user, address, action);
  if (refused) return { ok: false, problem: refused };
  if (!existing) return { ok: false, problem: problem('not-found', reportSubject(address).notFound) };
  return planned(() => {
    // A transition changes an existing report: `If-None-Match: *` is no precondition for it.
    checkVersion(existing.version, precondition.kind === 'create' ? { kind: 'none' } : precondition, reportSubject(existing));
    return transition(existing, action, user, now, reason, threshold ? { threshold } : {});
  });
}
