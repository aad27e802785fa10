import type * as z from 'zod/mini';
import { echo, echoName, FIELD_ERROR_CODES, type FieldError, fieldError, kindOf } from './field-errors';
import { ProblemError } from './problem';

/** A zod issue as the validators read it (zod/mini ships no messages, which keeps it small). */
export type Issue = z.core.$ZodIssue & { input?: unknown };

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** What a resource knows better than zod: a more precise error for some issues, or null for the default. */
export type IssueHint = (issue: Issue, input: unknown) => FieldError[] | null;

/** Fields only the server sets: named as such when sent at the top of a body. */
const SERVER_FIELDS = new Set(['status', 'version', 'timeliness', 'updatedAt', 'updatedBy', 'returnReason', 'country', 'period']);

/** A zod path as a field error's path (`values/3/value`), each name shortened when long. */
export const joinPath = (path: readonly PropertyKey[]) => path.map((key) => echoName(String(key))).join('/');

/** The value at a path of the input, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);
}

const TYPES = new Set(['object', 'array', 'string', 'number', 'boolean']);

/**
 * The field errors of one zod issue, with codes (see `FIELD_ERRORS`). `hint` lets a resource
 * say it better (an indicator's missing dimension, a target's percentage) before the default.
 */
export function issueErrors(issue: Issue, input: unknown, hint?: IssueHint): FieldError[] {
  const better = hint?.(issue, input);
  if (better) return better;
  const path = joinPath(issue.path);
  if (issue.input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') {
    return [fieldError(path, 'required', issue.code === 'invalid_value' ? { allowed: issue.values.map(String) } : {})];
  }
  // A check may name its code as its error: `z.regex(PERIOD, { error: 'not-a-period' })`.
  if ((FIELD_ERROR_CODES as readonly string[]).includes(issue.message)) {
    const params = {
      got: echo(issue.input),
      ...(issue.code === 'invalid_value' ? { allowed: issue.values.map(String) } : {}),
      ...((issue as { params?: object }).params ?? {}),
    };
    return [{ ...fieldError(path, issue.message as 'not-a-period', params as { got: null }) }];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        fieldError(joinPath([...issue.path, key]), SERVER_FIELDS.has(key) && issue.path.length === 0 ? 'server-field' : 'unknown-field', {
          field: echoName(key),
        }),
      );
    case 'invalid_value':
      return [fieldError(path, 'invalid-option', { got: echo(issue.input), allowed: issue.values.map(String) })];
    case 'invalid_type':
      if (issue.expected === 'int' || issue.expected === 'number') return [fieldError(path, 'not-whole-number', { got: echo(issue.input) })];
      return [fieldError(path, 'wrong-type', { expected: (TYPES.has(issue.expected) ? issue.expected : 'object') as 'object', got: kindOf(issue.input) })];
    case 'too_small':
      if (issue.origin === 'string') return [fieldError(path, 'empty')];
      return [fieldError(path, 'too-small', { min: Number(issue.minimum), got: echo(issue.input) })];
    case 'too_big':
      if (issue.origin === 'string') return [fieldError(path, 'too-long', { max: Number(issue.maximum) })];
      return [fieldError(path, 'too-large', { max: Number(issue.maximum), got: echo(issue.input) })];
    case 'invalid_format':
      return [fieldError(path, 'wrong-type', { expected: 'string', got: kindOf(issue.input) })];
    default:
      // Every schema of ours produces only the issues above; anything else is a schema bug.
      return [fieldError(path, 'invalid-option', { got: echo(issue.input), allowed: [] })];
  }
}

/** Parses `input` with a schema: the value, or every field error at once (each with a code). */
export function validate<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  options: { hint?: IssueHint; sort?: (a: FieldError, b: FieldError) => number } = {},
): Validated<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const errors = tightest(result.error.issues.flatMap((issue) => issueErrors(issue as Issue, input, options.hint)));
  return { ok: false, errors: options.sort ? errors.sort(options.sort) : errors };
}

/**
 * One error per field and code: zod checks a whole number against its own safe-integer bounds
 * as well as ours, so `1e300` would be "too large" twice; the tighter bound is the one to say.
 */
function tightest(errors: FieldError[]): FieldError[] {
  const kept = new Map<string, FieldError>();
  for (const error of errors) {
    const key = `${error.path}\u0000${error.code}`;
    const seen = kept.get(key);
    if (!seen) kept.set(key, error);
    else if (error.code === 'too-large' && Number(error.params.max) < Number(seen.params.max)) kept.set(key, error);
    else if (error.code === 'too-small' && Number(error.params.min) > Number(seen.params.min)) kept.set(key, error);
    else if (error.code !== 'too-large' && error.code !== 'too-small') kept.set(`${key}\u0000${kept.size}`, error);
  }
  return [...kept.values()];
}

/**
 * The value of a parse, or its errors thrown as a `ProblemError` 'invalid-request' (400) with
 * `detail` (given the number of errors): how a use case or a route refuses what it cannot read.
 */
export function validOrThrow<T>(result: Validated<T>, detail: string | ((errors: number) => string)): T {
  if (!result.ok) throw ProblemError.of('invalid-request', typeof detail === 'string' ? detail : detail(result.errors.length), result.errors);
  return result.value;
}
