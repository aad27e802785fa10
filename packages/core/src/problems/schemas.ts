import * as z from 'zod/mini';
import { fieldErrorSchema } from './field-errors';

/** RFC 9457 problem details, as every refusal of the API is answered (`application/problem+json`). */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.string(),
  errors: z.optional(z.array(fieldErrorSchema())),
});
