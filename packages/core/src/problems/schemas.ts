import * as z from 'zod/mini';
import { FIELD_ERROR_CODES, type FieldErrorCode } from './field-errors';

/**
 * One entry of a problem's `errors`: where, which code (see `FIELD_ERRORS`), its params, in
 * English. Not loaded by the API at run time: it makes field errors, it does not parse them.
 */
export const fieldErrorSchema = z.object({
  path: z.string(),
  code: z.enum(FIELD_ERROR_CODES as [FieldErrorCode, ...FieldErrorCode[]]),
  params: z.record(z.string(), z.unknown()),
  message: z.string(),
});

/** RFC 9457 problem details, as every refusal of the API is answered (`application/problem+json`). */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.string(),
  errors: z.optional(z.array(fieldErrorSchema)),
});
