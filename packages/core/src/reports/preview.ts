import type { User } from '../access/roles';
import { type Problem, problem } from '../problems/problem';
import { ifMatchVersion } from '../versioning/preconditions';
import { planValues, type ReportAddress } from './plan';
import { type CellChange, missingCells } from './report';
import type { SubmissionsDeps } from './submissions';
import { validateReportBody } from './validation';

/** What saving one report's values would do, or why it would be refused. */
export type ValuesPreview = ReportAddress & ({ ok: true; created: boolean; changes: CellChange[]; missingCells: number } | { ok: false; problem: Problem });

/**
 * A dry run of many reports' values at once — an import's preview: each body parsed, its report
 * loaded and the change planned exactly as `putReport` would, nothing saved. Each is planned
 * against the version stored now (a create where there is none), since an import replaces what
 * it finds; the commit then sends that version as its If-Match, so a report changed meanwhile is
 * refused rather than overwritten. Results are in the order given; one refusal never stops the rest.
 */
export async function previewValues(deps: SubmissionsDeps, user: User, drafts: readonly (ReportAddress & { body: unknown })[]): Promise<ValuesPreview[]> {
  const now = deps.now();
  return Promise.all(
    drafts.map(async ({ body, ...address }): Promise<ValuesPreview> => {
      const parsed = validateReportBody(body);
      if (!parsed.ok) return { ...address, ok: false, problem: problem('invalid-request', `${parsed.errors.length} field(s) are invalid`, parsed.errors) };
      const existing = await deps.reports.get(address.country, address.period);
      const precondition = existing ? ifMatchVersion(existing.version) : ({ kind: 'create' } as const);
      const plan = planValues({ user, address, body: parsed.value, precondition, existing, now });
      if (!plan.ok) return { ...address, ok: false, problem: plan.problem };
      const { report, revision } = plan.change;
      return { ...address, ok: true, created: !existing, changes: revision.changes, missingCells: missingCells(report.values).length };
    }),
  );
}
