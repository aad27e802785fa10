import type { User } from '../access/roles';
import { dueAt } from '../framework/calendar';
import { type Problem, ProblemError } from '../problems/problem';
import { fullValues } from '../testing/report-values';
import { draft, type StoredReport, transition } from './report';

/* Shared by the report lifecycle's unit tests: people, a clock, and a report taken through actions. */

export const office: User = { sub: 'co-la', name: 'Somchai (M&E, Vientiane)', role: 'country-office', country: 'LA' };
export const lead: User = { sub: 'lead', name: 'Mai (regional lead)', role: 'regional-lead', country: null };
export const target = { country: 'LA', period: '2026-10' } as const;

export const T0 = new Date('2026-11-02T03:00:00Z');
export const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
export const DUE = dueAt('LA', '2026-10'); // 2026-11-10T17:00Z

/** The problem a lifecycle step refused with; fails the test if it did not refuse. */
export function refusal(step: () => unknown): Problem {
  try {
    step();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a ProblemError');
}

/** A report created in full by the office at T0, then taken through the given actions. */
export function reportAfter(...actions: ('submit' | 'approve' | 'return')[]): StoredReport {
  let report = draft(null, target, { values: fullValues() }, office, T0).report;
  actions.forEach((action, n) => {
    const user = action === 'submit' ? office : lead;
    report = transition(report, action, user, later(n + 1), action === 'return' ? 'PRT-01 does not match the shelter log' : undefined).report;
  });
  return report;
}
