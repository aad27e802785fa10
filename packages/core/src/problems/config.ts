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

/** Text holding a whole number from `min` to `max`, as a port or a threshold is set; read as that number. */
export const wholeNumberText = (min: number, max: number) =>
  z.pipe(
    z.pipe(
      z.string().check(z.regex(/^\s*\d+\s*$/, { error: 'not-whole-number' })),
      z.transform((text: string) => Number(text)),
    ),
    z.int().check(z.minimum(min), z.maximum(max)),
  );

/** A TCP port, 1 to 65535. */
export const portText = () => wholeNumberText(1, 65535);
