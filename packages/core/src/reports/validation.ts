import { ALL_CELLS, type Cell, type CellAddress, cellKey, cellLabel } from '../framework/cells';
import { DIMENSIONS, findIndicator, INDICATOR_CODES } from '../framework/indicators';
import { byFieldPath, echo, echoName, type FieldError, fieldError } from '../problems/field-errors';
import { type Issue, joinPath, type Validated, validate, valueAt } from '../problems/zod-issues';
import { reportSchemas } from './schemas';

export type { Validated } from '../problems/zod-issues';

/** The most cells a body may send: every cell of a report once. */
const MAX_VALUES = ALL_CELLS.length;

/** The body of `PUT /v1/submissions/{c}/{p}`, once valid (DESIGN.md 3). */
export interface ReportBody {
  values: Cell[];
  note?: string | null;
}

/** What the framework can say about a cell that zod alone cannot: which indicator a field belongs to. */
function reportHint(issue: Issue, body: unknown): FieldError[] | null {
  const path = joinPath(issue.path);
  if (issue.code === 'invalid_union') {
    // A failed discriminator: zod reports the whole cell as the input.
    const got = (issue.input as { indicator?: unknown } | undefined)?.indicator;
    if (got === undefined) return [fieldError(path, 'required', { allowed: INDICATOR_CODES })];
    return [fieldError(path, 'unknown-indicator', { got: echo(got), allowed: INDICATOR_CODES })];
  }
  if (issue.code === 'unrecognized_keys' && issue.path.length > 0) {
    const indicator = indicatorOf(valueAt(body, issue.path));
    if (!indicator) return null;
    return issue.keys.map((key) => {
      const at = joinPath([...issue.path, key]);
      if (key in DIMENSIONS) return fieldError(at, 'no-such-breakdown', { indicator: indicator.code, field: key, dims: indicator.dims });
      if (key === 'value' && indicator.aggregation === 'ratio') return fieldError(at, 'ratio-needs-parts', { indicator: indicator.code });
      if ((key === 'numerator' || key === 'denominator') && indicator.aggregation !== 'ratio')
        return fieldError(at, 'count-needs-value', { indicator: indicator.code, field: key });
      return fieldError(at, 'unknown-field', { field: echoName(key) });
    });
  }
  if ((issue.code === 'invalid_value' || issue.code === 'invalid_type') && issue.input === undefined) {
    // A missing dimension value: say which indicator needs it.
    const field = String(issue.path.at(-1));
    const indicator = indicatorOf(valueAt(body, issue.path.slice(0, -1)));
    if (indicator && field in DIMENSIONS)
      return [fieldError(path, 'required', { indicator: indicator.code, allowed: DIMENSIONS[field as keyof typeof DIMENSIONS] })];
  }
  return null;
}

function indicatorOf(cell: unknown) {
  const code = cell && typeof cell === 'object' ? (cell as { indicator?: unknown }).indicator : undefined;
  return typeof code === 'string' ? findIndicator(code) : undefined;
}

/** Checks across cells that a per-cell schema cannot see: duplicates and numerator ≤ denominator. */
function crossCellErrors(values: unknown): FieldError[] {
  if (!Array.isArray(values)) return [];
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  values.forEach((raw, index) => {
    if (!raw || typeof raw !== 'object') return;
    const cell = raw as Record<string, unknown>;
    const { numerator, denominator } = cell;
    if (Number.isInteger(numerator) && Number.isInteger(denominator) && (numerator as number) > (denominator as number)) {
      errors.push(
        fieldError(`values/${index}/numerator`, 'numerator-exceeds-denominator', { numerator: numerator as number, denominator: denominator as number }),
      );
    }
    const indicator = typeof cell.indicator === 'string' ? findIndicator(cell.indicator) : undefined;
    // A duplicate is only a duplicate of a cell that could be valid: dimension values are text.
    if (!indicator || indicator.dims.some((d) => cell[d] !== undefined && typeof cell[d] !== 'string')) return;
    const key = cellKey(cell as unknown as CellAddress);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else errors.push(fieldError(`values/${index}`, 'duplicate-cell', { cell: cellLabel(cell as unknown as CellAddress), first: `values/${first}` }));
  });
  return errors;
}

/**
 * Validates a PUT body: every mistake at once, each with its path and code; no partial
 * acceptance. Unknown fields are errors, never dropped (DESIGN.md 3).
 */
export function validateReportBody(input: unknown): Validated<ReportBody> {
  // A report has ALL_CELLS.length cells; far more is not a report, and checking each would only
  // make a huge answer (and zod collects a long array's issues recursively).
  const values = (input as { values?: unknown } | null)?.values;
  if (Array.isArray(values) && values.length > MAX_VALUES)
    return { ok: false, errors: [fieldError('values', 'too-many-cells', { max: MAX_VALUES, got: values.length })] };
  const parsed = validate(reportSchemas().reportBody, input, { hint: reportHint });
  const errors = [...(parsed.ok ? [] : parsed.errors), ...crossCellErrors((input as { values?: unknown } | null)?.values)].sort(byFieldPath);
  if (errors.length > 0 || !parsed.ok) return { ok: false, errors };
  return { ok: true, value: parsed.value as unknown as ReportBody };
}

/** The body of `POST …/return`: a reason, required. */
export function validateReturnBody(input: unknown): Validated<{ reason: string }> {
  return validate(reportSchemas().returnBody, input);
}

/** A transition without arguments accepts no body or `{}`, and refuses anything else. */
export function validateEmptyBody(input: unknown): Validated<undefined> {
  if (input === undefined) return { ok: true, value: undefined };
  const parsed = validate(reportSchemas().emptyBody, input);
  return parsed.ok ? { ok: true, value: undefined } : parsed;
}
