import type * as z from 'zod/mini';
import type { User } from '../access/roles';
import { type Period, timeliness } from '../framework/calendar';
import { ALL_CELLS, type Cell, cellKey, cellLabel, isRatioCell, parseCellKey } from '../framework/cells';
import type { CountryCode } from '../framework/countries';
import type { cellAmountSchema } from '../framework/schemas';
import { type FieldError, fieldError } from '../problems/field-errors';
import { ProblemError } from '../problems/problem';
import { SUPPRESSION_THRESHOLD } from '../protection/protected-values';
import { type PublishedValues, publicationOf } from './publication';
import type { cellChangeSchema, reportSchema, reportSummarySchema, revisionSchema } from './responses';
import type { ReportStatus } from './statuses';
import type { ReportBody } from './validation';

/** A monthly report as the API returns it (DESIGN.md 3); the shape is `reportSchema`'s. */
export type Report = z.output<typeof reportSchema>;

/** The stored state of a report: the working copy, and beside it what was last published. */
export interface StoredReport extends Report {
  submittedAt: string | null;
  published: PublishedValues | null;
}

export type CellAmount = NonNullable<z.output<typeof cellAmountSchema>>;
export type CellChange = z.output<typeof cellChangeSchema>;

/** One immutable entry of a report's history, written atomically with the change it records. */
export type Revision = z.output<typeof revisionSchema>;

export interface ReportChange {
  report: StoredReport;
  revision: Revision;
  /** The version the change was computed from; null for a create. */
  expectedVersion: number | null;
}

export type ReportSummary = z.output<typeof reportSummarySchema>;

export function summarise(report: Report): ReportSummary {
  const { country, period, status, version, timeliness, updatedAt } = report;
  return { country, period, status, version, timeliness, updatedAt };
}

/** The report as the API shows it: the contract's fields in the contract's order, nothing stored beside. */
export function publicView(report: StoredReport): Report {
  const { country, period, status, version, timeliness, values, note, updatedAt, updatedBy, returnReason } = report;
  return { country, period, status, version, timeliness, values, note, updatedAt, updatedBy, returnReason };
}

const amountOf = (cell: Cell): CellAmount => (isRatioCell(cell) ? { numerator: cell.numerator, denominator: cell.denominator } : cell.value);

const sameAmount = (a: CellAmount | null, b: CellAmount | null) => JSON.stringify(a) === JSON.stringify(b);

/** The cells whose amount differs between two versions, in framework order. */
export function diffCells(before: readonly Cell[], after: readonly Cell[]): CellChange[] {
  const old = new Map(before.map((c) => [cellKey(c), amountOf(c)]));
  const now = new Map(after.map((c) => [cellKey(c), amountOf(c)]));
  const keys = [...new Set([...old.keys(), ...now.keys()])];
  const order = new Map(ALL_CELLS.map((c, i) => [cellKey(c), i]));
  keys.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return keys
    .filter((k) => !sameAmount(old.get(k) ?? null, now.get(k) ?? null))
    .map((k) => ({ ...parseCellKey(k), from: old.get(k) ?? null, to: now.get(k) ?? null }));
}

/** Cells a full report needs and this one lacks: why a submit is refused. */
export function missingCells(values: readonly Cell[]): FieldError[] {
  const present = new Set(values.map(cellKey));
  return ALL_CELLS.filter((c) => !present.has(cellKey(c))).map((c) => fieldError('values', 'missing-cell', { cell: cellLabel(c), ...c }));
}

/** Puts cells in framework order, so a report reads the same whatever order it was sent in. */
export function orderCells(values: readonly Cell[]): Cell[] {
  const order = new Map(ALL_CELLS.map((c, i) => [cellKey(c), i]));
  return [...values].sort((a, b) => (order.get(cellKey(a)) ?? 0) - (order.get(cellKey(b)) ?? 0));
}

const actorOf = (user: User) => ({ sub: user.sub, name: user.name, role: user.role });

/** Create or replace the values: the result is always a draft (DESIGN.md 3). */
export function draft(existing: StoredReport | null, target: { country: CountryCode; period: Period }, body: ReportBody, user: User, now: Date): ReportChange {
  const at = now.toISOString();
  const values = orderCells(body.values);
  const version = (existing?.version ?? 0) + 1;
  const report: StoredReport = {
    country: target.country,
    period: target.period,
    status: 'draft',
    version,
    timeliness: existing?.timeliness ?? null,
    values,
    note: body.note ?? null,
    updatedAt: at,
    updatedBy: user.name,
    // Kept while the office corrects a returned report, so it still sees why; cleared on submit.
    returnReason: existing?.returnReason ?? null,
    submittedAt: existing?.submittedAt ?? null,
    published: existing?.published ?? null,
  };
  const revision: Revision = {
    country: report.country,
    period: report.period,
    version,
    status: 'draft',
    action: existing ? 'replace' : 'create',
    actor: actorOf(user),
    at,
    changes: diffCells(existing?.values ?? [], values),
  };
  return { report, revision, expectedVersion: existing?.version ?? null };
}

const ALLOWED_FROM: Record<'submit' | 'approve' | 'return', readonly ReportStatus[]> = {
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
};

/** How a submission is published: the survivor protection threshold in force (DESIGN.md 5.4; 10 unless configured). */
export interface PublishOptions {
  readonly threshold?: number;
}

/**
 * A status transition (submit, approve, return) with the checks the lifecycle demands. A
 * submission publishes the values with the pattern protected readers will be shown (`publicationOf`).
 */
export function transition(
  existing: StoredReport,
  action: 'submit' | 'approve' | 'return',
  user: User,
  now: Date,
  reason?: string,
  options: PublishOptions = {},
): ReportChange {
  if (!ALLOWED_FROM[action].includes(existing.status)) {
    const from = ALLOWED_FROM[action].join(' or ');
    throw ProblemError.of('conflict', `cannot ${action} a report that is ${existing.status}; it must be ${from}`);
  }
  if (action === 'return' && !reason?.trim()) {
    throw ProblemError.of('invalid-request', 'a returned report needs a reason', [fieldError('reason', 'required')]);
  }
  const at = now.toISOString();
  const version = existing.version + 1;
  let report: StoredReport = { ...existing, version, updatedAt: at, updatedBy: user.name };
  if (action === 'submit') {
    const missing = missingCells(existing.values);
    if (missing.length > 0) {
      throw ProblemError.of('incomplete-report', `${missing.length} of ${ALL_CELLS.length} cells are missing; a submitted report needs every cell`, missing);
    }
    // Timeliness is the office's first submission against the deadline: a report returned by a
    // lead, or corrected after approval, keeps the stamp its first submission earned.
    const stamp = existing.timeliness ?? timeliness(existing.country, existing.period, now);
    report = {
      ...report,
      status: 'submitted',
      timeliness: stamp,
      submittedAt: at,
      returnReason: null,
      published: {
        version,
        status: 'submitted',
        timeliness: stamp,
        submittedAt: at,
        values: existing.values,
        ...publicationOf(existing.published, existing.values, options.threshold ?? SUPPRESSION_THRESHOLD),
      },
    };
  } else if (action === 'approve') {
    report = { ...report, status: 'approved', published: existing.published && { ...existing.published, status: 'approved' } };
  } else {
    report = { ...report, status: 'returned', returnReason: reason ?? null };
  }
  const revision: Revision = {
    country: report.country,
    period: report.period,
    version,
    status: report.status,
    action,
    actor: actorOf(user),
    at,
    changes: [],
    ...(reason ? { reason } : {}),
  };
  return { report, revision, expectedVersion: existing.version };
}
