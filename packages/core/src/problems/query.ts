import * as z from 'zod/mini';
import { echoName, type FieldError, fieldError } from './field-errors';
import { type IssueHint, type Validated, validate } from './zod-issues';

/** A query string as a route receives it: every parameter with all its values (`?a=1&a=2` → `{ a: ['1', '2'] }`). */
export type QueryValues = Readonly<Record<string, readonly string[]>>;

/** A schema of named text fields: a query, a path's parameters, a set of environment variables. */
export type TextFields = z.ZodMiniObject<Record<string, z.ZodMiniType<unknown, string | undefined>>>;

/** Every path of `errors` under `prefix` (`query/from`, `env/PORT`). */
const under = (prefix: string, errors: FieldError[]) => errors.map((e) => ({ ...e, path: e.path ? `${prefix}/${e.path}` : prefix }));

/**
 * Reads a query string with a schema of its parameters, field by field, so that what parsed is
 * there beside the errors of what did not (a caller can check it further and report everything
 * at once). Every parameter is single-valued: one given twice is refused (`repeated-parameter`)
 * rather than read as the first or the last, and one the schema does not name is refused
 * (`unknown-parameter`), like an unknown field. Errors are under `query/<name>`.
 */
export function readQuery<S extends TextFields>(
  schema: S,
  query: QueryValues,
  options: { hint?: IssueHint } = {},
): { value: Partial<z.output<S>>; errors: FieldError[] } {
  const shape = schema.def.shape;
  const allowed = Object.keys(shape);
  const errors: FieldError[] = [];
  const value: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(query)) {
    if (!allowed.includes(name)) errors.push(fieldError(`query/${echoName(name)}`, 'unknown-parameter', { allowed }));
    else if (values.length > 1) errors.push(fieldError(`query/${echoName(name)}`, 'repeated-parameter', { count: values.length }));
  }
  for (const name of allowed) {
    const given = query[name];
    if (given && given.length > 1) continue;
    const parsed = validate(z.object({ [name]: shape[name]! }), given?.length ? { [name]: given[0] } : {}, options);
    if (parsed.ok) {
      if (parsed.value[name] !== undefined) value[name] = parsed.value[name];
    } else errors.push(...under('query', parsed.errors));
  }
  return { value: value as Partial<z.output<S>>, errors };
}

/** `readQuery`, all or nothing: the parsed query, or every error. */
export function parseQuery<S extends TextFields>(schema: S, query: QueryValues, options: { hint?: IssueHint } = {}): Validated<z.output<S>> {
  const { value, errors } = readQuery(schema, query, options);
  return errors.length ? { ok: false, errors } : { ok: true, value: value as z.output<S> };
}

/**
 * Parses named text values that are not a query — a path's parameters, environment variables —
 * with the same codes, each error under `prefix/<name>` (`env/PORT`), or at `<name>` without one.
 */
export function parseFields<S extends TextFields>(schema: S, values: Readonly<Record<string, string | undefined>>, prefix = ''): Validated<z.output<S>> {
  const known = Object.fromEntries(
    Object.keys(schema.def.shape)
      .map((name) => [name, values[name]])
      .filter(([, value]) => value !== undefined),
  );
  const parsed = validate(z.object(schema.def.shape), known) as Validated<z.output<S>>;
  if (parsed.ok || !prefix) return parsed;
  return { ok: false, errors: under(prefix, parsed.errors) };
}

/** `{ from: '2026-01' }` as a query string carries it (`{ from: ['2026-01'] }`): for callers that build a query in code. */
export function queryOf(values: Readonly<Record<string, string | undefined>>): QueryValues {
  return Object.fromEntries(Object.entries(values).flatMap(([name, value]) => (value === undefined ? [] : [[name, [value]]])));
}
