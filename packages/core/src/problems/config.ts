import * as z from 'zod/mini';
import type { FieldError } from './field-errors';
import { parseFields, type TextFields } from './query';

/** A setting (an environment variable) that cannot be used: the process must not start with it. */
export class ConfigurationError extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super(`invalid configuration: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads settings from environment variables with a schema of them: the same codes as a request
 * (`PORT must be a whole number; got 'abc'`), every mistake at once. A variable set to an empty
 * string counts as unset, as shells make it easy to write (`PORT= npm start`). A typo must fail
 * loudly, never fall back silently to a default. Throws `ConfigurationError`.
 */
export function readSettings<S extends TextFields>(schema: S, env: Readonly<Record<string, string | undefined>>): z.output<S> {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = parseFields(schema, set);
  if (!parsed.ok) throw new ConfigurationError(parsed.errors);
  return parsed.value;
}

/**
 * Text holding a whole number from `min` to `max`, as a port or a threshold is set; read as that
 * number. One pipe with the bounds checked in its transform: the Lambda reads its settings at
 * every cold start, and each zod schema built there is time (DESIGN.md 7).
 */
export const wholeNumberText = (min: number, max: number) =>
  z.pipe(
    z.string().check(z.regex(/^\s*\d+\s*$/, { error: 'not-whole-number' })),
    z.transform((text: string, context) => {
      const value = Number(text);
      if (value < min) context.issues.push({ code: 'too_small', origin: 'number', minimum: min, inclusive: true, input: value });
      if (value > max) context.issues.push({ code: 'too_big', origin: 'number', maximum: max, inclusive: true, input: value });
      return value;
    }),
  );

/** A TCP port, 1 to 65535. */
export const portText = () => wholeNumberText(1, 65535);
