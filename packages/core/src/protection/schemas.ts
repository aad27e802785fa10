import * as z from 'zod/mini';

/*
 * How a protected figure leaves the API (DESIGN.md 5.1 and 5.4), as zod/mini schemas: the types
 * below and the dashboards' response schemas are made from these.
 */

/** A value DESIGN.md 5.4 withholds from this reader: `{"suppressed": true}`, shown as "<10". */
export const suppressedSchema = z.object({ suppressed: z.literal(true) });

/**
 * A ratio indicator's value: `value` the percentage numerator / denominator with one decimal
 * (null when the denominator is 0: there is no percentage of nobody), and the two counts.
 */
export const ratioValueSchema = z.object({ value: z.nullable(z.number()), numerator: z.int().check(z.minimum(0)), denominator: z.int().check(z.minimum(0)) });
