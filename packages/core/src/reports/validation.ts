import type * as z from 'zod/mini';
import { cellKey, cellLabel, type Cell, type CellAddress } from '../framework/cells';
import { DIMENSIONS, INDICATOR_CODES, findIndicator } from '../framework/indicators';
import type { FieldError } from '../problems/problem';
import { reportSchemas } from './schemas';

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export interface ReportBody {
  values: Cell[];
  note?: string | null;
}

/** Fields only the server sets: named in the error so a client knows why they were refused. */
const SERVER_FIELDS = new Set(['status', 'version', 'timeliness', 'updatedAt', 'updatedBy', 'returnReason', 'country', 'period']);

type Issue = z.core.$ZodIssue & { input?: unknown };

const joinPath = (path: readonly PropertyKey[]) => path.map(String).join('/');
const quote = (value: unknown) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value));

/** One readable message per zod issue (zod/mini ships no messages, which keeps it small). */
function fieldErrors(issue: Issue, body: unknown): FieldError[] {
  const path = joinPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: joinPath([...issue.path, key]),
        message: SERVER_FIELDS.has(key) && issue.path.length === 0 ? `'${key}' is set by the server and cannot be sent` : unknownFieldMessage(key, valueAt(body, issue.path)),
      }));
    case 'invalid_union': {
      // zod reports the whole cell as the input of a failed discriminator.
      const input = (issue.input as { indicator?: unknown } | undefined)?.indicator;
      if (input === undefined) return [{ path, message: `is required (one of ${INDICATOR_CODES.join(', ')})` }];
      return [{ path, message: `unknown indicator ${quote(input)}; expected one of ${INDICATOR_CODES.join(', ')}` }];
    }
    case 'invalid_value':
      if (issue.input === undefined) return [{ path, message: `is required (one of ${issue.values.join(', ')})` }];
      return [{ path, message: `must be one of ${issue.values.join(', ')}; got ${quote(issue.input)}` }];
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: missingMessage(issue.path, body) }];
      if (issue.expected === 'int' || issue.expected === 'number') return [{ path, message: `must be a whole number; got ${quote(issue.input)}` }];
      return [{ path, message: `must be ${article(issue.expected)}; got ${describe(issue.input)}` }];
    case 'too_small':
      if (issue.origin === 'string') return [{ path, message: 'must not be empty' }];
      return [{ path, message: `must be at least ${issue.minimum}; got ${quote(issue.input)}` }];
    case 'too_big':
      if (issue.origin === 'string') return [{ path, message: `must be at most ${issue.maximum} characters` }];
      return [{ path, message: `must be at most ${issue.maximum}; got ${quote(issue.input)}` }];
    default:
      return [{ path, message: issue.message }];
  }
}

function missingMessage(path: readonly PropertyKey[], body: unknown): string {
  const field = String(path[path.length - 1]);
  const cell = valueAt(body, path.slice(0, -1)) as { indicator?: string } | undefined;
  const indicator = cell && typeof cell === 'object' ? findIndicator(String(cell.indicator)) : undefined;
  if (indicator && field in DIMENSIONS) return `is required for ${indicator.code} (one of ${DIMENSIONS[field as keyof typeof DIMENSIONS].join(', ')})`;
  return 'is required';
}

/** A field a cell may not have: say why, when it is a field of other indicators. */
function unknownFieldMessage(key: string, cell: unknown): string {
  const code = cell && typeof cell === 'object' ? (cell as { indicator?: unknown }).indicator : undefined;
  const indicator = typeof code === 'string' ? findIndicator(code) : undefined;
  if (!indicator) return `unknown field '${key}'`;
  if (key in DIMENSIONS) {
    const by = indicator.dims.length ? `by ${indicator.dims.join(' and ')}` : 'as one total';
    return `${indicator.code} has no '${key}' breakdown; it is reported ${by}`;
  }
  if (key === 'value' && indicator.aggregation === 'ratio') return `${indicator.code} is a ratio: send numerator and denominator instead of value`;
  if ((key === 'numerator' || key === 'denominator') && indicator.aggregation !== 'ratio') return `${indicator.code} is a count: send value, not ${key}`;
  return `unknown field '${key}'`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);
}

const article = (type: string) => (type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`);
const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/** Checks across cells that a per-cell schema cannot see: duplicates and numerator ≤ denominator. */
function crossCellErrors(values: unknown): FieldError[] {
  if (!Array.isArray(values)) return [];
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  values.forEach((raw, index) => {
    if (!raw || typeof raw !== 'object') return;
    const cell = raw as Record<string, unknown>;
    if (Number.isInteger(cell.numerator) && Number.isInteger(cell.denominator) && (cell.numerator as number) > (cell.denominator as number)) {
      errors.push({ path: `values/${index}/numerator`, message: `must not exceed the denominator (${cell.numerator} > ${cell.denominator})` });
    }
    if (typeof cell.indicator !== 'string' || !findIndicator(cell.indicator)) return;
    const key = cellKey(cell as unknown as CellAddress);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else errors.push({ path: `values/${index}`, message: `duplicate cell ${cellLabel(cell as unknown as CellAddress)}: already given at values/${first}` });
  });
  return errors;
}

function byPath(a: FieldError, b: FieldError): number {
  const parts = (e: FieldError) => e.path.split('/').map((p) => (/^\d+$/.test(p) ? p.padStart(8, '0') : p));
  return parts(a).join('/').localeCompare(parts(b).join('/'));
}

/** Validates a PUT body: every mistake at once, each with its path; no partial acceptance. */
export function validateReportBody(input: unknown): Validated<ReportBody> {
  const result = reportSchemas().reportBody.safeParse(input, { reportInput: true });
  const errors = [
    ...(result.success ? [] : result.error.issues.flatMap((issue) => fieldErrors(issue as Issue, input))),
    ...crossCellErrors((input as { values?: unknown } | null)?.values),
  ].sort(byPath);
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, value: result.data as unknown as ReportBody };
}

export function validateReturnBody(input: unknown): Validated<{ reason: string }> {
  const result = reportSchemas().returnBody.safeParse(input, { reportInput: true });
  if (!result.success) return { ok: false, errors: result.error.issues.flatMap((issue) => fieldErrors(issue as Issue, input)) };
  return { ok: true, value: result.data };
}

/** A transition without arguments accepts no body or `{}`, and refuses anything else. */
export function validateEmptyBody(input: unknown): Validated<undefined> {
  if (input === undefined) return { ok: true, value: undefined };
  const result = reportSchemas().emptyBody.safeParse(input, { reportInput: true });
  if (!result.success) return { ok: false, errors: result.error.issues.flatMap((issue) => fieldErrors(issue as Issue, input)) };
  return { ok: true, value: undefined };
}

/** What the bodies of other resources (targets) validate with, so every error reads alike. */
export { fieldErrors, byPath as byFieldPath, quote as quoteInput, type Issue as FieldIssue };
