/**
 * The codes of field errors: what a client (the dashboard, the import preview) reads to say a
 * mistake in the reader's language. Each code has named `params` and one English sentence made
 * from them; the API sends the sentence as `message` beside the code, and a translation
 * catalogue keyed by the same codes and param names says it in another language.
 *
 * Codes are stable: a client may rely on them. Add a code rather than change what one means.
 */

import type * as z from 'zod/mini';
import type { fieldErrorSchema } from './schemas';

/** An input echoed back in `got`: scalars as they came, anything else named by its type. */
export type Echo = string | number | boolean | null;

/** The params of each code. `got` is what was sent (shortened when long); `allowed` what could be. */
export interface FieldErrorParams {
  required: { allowed?: readonly string[]; indicator?: string; example?: string };
  'unknown-field': { field: string };
  'server-field': { field: string };
  'duplicate-key': { key: string };
  'too-deep': { max: number };
  'no-such-breakdown': { indicator: string; field: string; dims: readonly string[] };
  'ratio-needs-parts': { indicator: string };
  'count-needs-value': { indicator: string; field: string };
  'unknown-indicator': { got: Echo; allowed: readonly string[] };
  'unknown-country': { got: Echo; allowed: readonly string[] };
  'invalid-option': { got: Echo; allowed: readonly string[] };
  'wrong-type': { expected: 'object' | 'array' | 'string' | 'number' | 'boolean'; got: string };
  'not-whole-number': { got: Echo; leaveOut?: string };
  'not-a-percentage': { got: Echo; leaveOut?: string };
  'too-small': { min: number; got: Echo };
  'too-large': { max: number; got: Echo };
  'too-many-decimals': { decimals: number; example: string };
  empty: Record<string, never>;
  'too-long': { max: number };
  'numerator-exceeds-denominator': { numerator: number; denominator: number };
  'duplicate-cell': { cell: string; first: string };
  'too-many-cells': { max: number; got: number };
  /** `cell` as a label, and its address for a client to point at: `indicator` and its dimension values. */
  'missing-cell': { cell: string; indicator: string; sex?: string; age?: string; exploitation?: string };
  'targets-misplaced': { indicator: string };
  'invalid-json': { reason: string };
  'empty-body': Record<string, never>;
  'not-a-period': { got: Echo };
  'period-too-early': { first: string };
  'period-in-future': { current: string; country?: string };
  'not-a-year': { got: Echo };
  'year-out-of-range': { min: number; max: number };
  'year-too-early': { first: number };
  'unknown-parameter': { allowed: readonly string[] };
  'repeated-parameter': { count: number };
  'range-reversed': { from: string; to: string };
  'range-too-long': { max: number; months: number };
  'no-breakdown-by': { indicator: string; dims: readonly string[] };
  'invalid-precondition': { expected: string; got: string };
}

export type FieldErrorCode = keyof FieldErrorParams;

/**
 * One offending field of a request (RFC 9457 extension member `errors`, DESIGN.md 3): `path`
 * slash-separated into the request (`values/3/value`; `` for the whole body), `code` and
 * `params` for a client to say it in its reader's language, `message` the English sentence.
 */
export type FieldError = Readonly<z.output<typeof fieldErrorSchema>>;

const MAX_ECHO = 80;

/** `'text'` for strings (shortened), the JSON of anything else. */
export function quote(value: Echo): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/** What may be echoed of an input: a scalar, shortened; anything else by its kind. */
export function echo(input: unknown): Echo {
  if (typeof input === 'string') return input.length > MAX_ECHO ? `${input.slice(0, MAX_ECHO)}…` : input;
  if (typeof input === 'number') return Number.isFinite(input) ? input : String(input);
  if (input === null || typeof input === 'boolean') return input;
  return kindOf(input);
}

/** A name from the input (a key, a parameter) as paths and params may echo it: shortened when long. */
export function echoName(name: string): string {
  return name.length > MAX_ECHO ? `${name.slice(0, MAX_ECHO)}…` : name;
}

/** `null`, `an array`, `an object`, `a string`, … for "got" in messages. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const list = (values: readonly string[]) => values.join(', ');
const article = (type: string) => (type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`);
const leaveOutHint = (code: string | undefined) => (code ? ` (leave ${code} out to set no target)` : '');

/** Each code's English sentence, made from its params; the API sends it as `message`. */
export const FIELD_ERRORS: { readonly [C in FieldErrorCode]: (p: FieldErrorParams[C]) => string } = {
  required: (p) =>
    `is required${p.indicator ? ` for ${p.indicator}` : ''}${p.allowed ? ` (one of ${list(p.allowed)})` : ''}${p.example ? `, e.g. ${p.example}` : ''}`,
  'unknown-field': (p) => `unknown field '${p.field}'`,
  'server-field': (p) => `'${p.field}' is set by the server and cannot be sent`,
  'duplicate-key': (p) => `'${p.key}' is given more than once in the same object; give it once`,
  'too-deep': (p) => `nests arrays or objects deeper than ${p.max} levels, more than any request needs`,
  'no-such-breakdown': (p) => `${p.indicator} has no '${p.field}' breakdown; it is reported ${p.dims.length ? `by ${p.dims.join(' and ')}` : 'as one total'}`,
  'ratio-needs-parts': (p) => `${p.indicator} is a ratio: send numerator and denominator instead of value`,
  'count-needs-value': (p) => `${p.indicator} is a count: send value, not ${p.field}`,
  'unknown-indicator': (p) => `unknown indicator ${quote(p.got)}; expected one of ${list(p.allowed)}`,
  'unknown-country': (p) => `unknown country ${quote(p.got)}; expected one of ${list(p.allowed)}`,
  'invalid-option': (p) => `must be one of ${list(p.allowed)}; got ${quote(p.got)}`,
  'wrong-type': (p) => `must be ${article(p.expected)}; got ${p.got}`,
  'not-whole-number': (p) => `must be a whole number; got ${quote(p.got)}${leaveOutHint(p.leaveOut)}`,
  'not-a-percentage': (p) => `must be a percentage from 0 to 100, at most one decimal; got ${quote(p.got)}${leaveOutHint(p.leaveOut)}`,
  'too-small': (p) => `must be at least ${p.min}; got ${quote(p.got)}`,
  'too-large': (p) => `must be at most ${p.max}; got ${quote(p.got)}`,
  'too-many-decimals': (p) => `must have at most ${p.decimals === 1 ? 'one decimal' : `${p.decimals} decimals`}, e.g. ${p.example}`,
  empty: () => 'must not be empty',
  'too-long': (p) => `must be at most ${p.max} characters`,
  'numerator-exceeds-denominator': (p) => `must not exceed the denominator (${p.numerator} > ${p.denominator})`,
  'too-many-cells': (p) => `a report has at most ${p.max} cells; got ${p.got}`,
  'duplicate-cell': (p) => `duplicate cell ${p.cell}: already given at ${p.first}`,
  'missing-cell': (p) => `missing cell ${p.cell}`,
  'targets-misplaced': (p) => `targets go inside "targets": { "targets": { "${p.indicator}": … } }`,
  'invalid-json': (p) => `not valid JSON: ${p.reason}`,
  'empty-body': () => 'a JSON body is required',
  'not-a-period': (p) => `must be a month written YYYY-MM; got ${quote(p.got)}`,
  'period-too-early': (p) => `must be ${p.first} or later`,
  'period-in-future': (p) => `is in the future (the current month${p.country ? ` in ${p.country}` : ''} is ${p.current})`,
  'not-a-year': (p) => `must be a year written YYYY; got ${quote(p.got)}`,
  'year-too-early': (p) => `must be ${p.first} or later`,
  'year-out-of-range': (p) => `must be from ${p.min} to ${p.max} (targets are set at most one year ahead)`,
  'unknown-parameter': (p) => `unknown parameter; expected ${list(p.allowed)}`,
  'repeated-parameter': (p) => `is given ${p.count} times; give it once`,
  'range-reversed': (p) => `must not be after to (${p.from} > ${p.to})`,
  'range-too-long': (p) => `a view covers at most ${p.max} months; this range has ${p.months}`,
  'no-breakdown-by': (p) => `${p.indicator} is broken down ${p.dims.length ? `only by ${list(p.dims)}` : 'not at all (it is one total)'}`,
  'invalid-precondition': (p) => `must be ${p.expected}; got ${p.got}`,
};

export const FIELD_ERROR_CODES = Object.keys(FIELD_ERRORS) as FieldErrorCode[];

type ParamsArg<C extends FieldErrorCode> = Record<string, never> extends FieldErrorParams[C] ? [params?: FieldErrorParams[C]] : [params: FieldErrorParams[C]];

/** A field error with its code, its params and the English sentence they make. */
export function fieldError<C extends FieldErrorCode>(path: string, code: C, ...[params]: ParamsArg<C>): FieldError {
  const p = (params ?? {}) as FieldErrorParams[C];
  return { path, code, params: p, message: FIELD_ERRORS[code](p) };
}

/** Orders errors by path, numbers as numbers (`values/2` before `values/10`), so a person reads them in order. */
export function byFieldPath(a: FieldError, b: FieldError): number {
  const parts = (e: FieldError) => e.path.split('/').map((p) => (/^\d+$/.test(p) ? p.padStart(8, '0') : p));
  return parts(a).join('/').localeCompare(parts(b).join('/'));
}
