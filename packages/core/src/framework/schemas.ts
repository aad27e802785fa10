import * as z from 'zod/mini';
import { once } from '../once';
import { AGGREGATIONS, DIMENSION_KEYS, DIMENSIONS, type DimensionKey, PILLAR_CODES } from './indicators';

/**
 * The shapes of a cell as the API, the import and the dashboard exchange it (DESIGN.md 3): an
 * address (indicator and its dimension values) and an amount — a count, or a ratio's numerator
 * and denominator. These describe what a valid cell looks like on the wire; the per-indicator
 * checks of a request (which dimensions, which amount) are `reportSchemas().cell`.
 */
const address = {
  indicator: z.string(),
  sex: z.optional(z.enum(DIMENSIONS.sex)),
  age: z.optional(z.enum(DIMENSIONS.age)),
  exploitation: z.optional(z.enum(DIMENSIONS.exploitation)),
};
const whole = z.int().check(z.minimum(0));

export const cellAddressSchema = z.object(address);
export const countCellSchema = z.object({ ...address, value: whole });
export const ratioCellSchema = z.object({ ...address, numerator: whole, denominator: whole });
export const cellSchema = z.union([countCellSchema, ratioCellSchema]);

/** A cell's amount in a revision: a count, or a ratio's two counts; null where there was none. */
export const cellAmountSchema = z.nullable(z.union([whole, z.object({ numerator: whole, denominator: whole })]));

/** `GET /v1/framework`: everything a client needs to build a form, a template or a chart legend. */
export const frameworkSchema = z.object({
  countries: z.array(z.object({ code: z.string(), name: z.string(), timeZone: z.string() })),
  pillars: z.array(z.object({ code: z.enum(PILLAR_CODES), name: z.string(), indicators: z.array(z.string()) })),
  dimensions: z.object({ sex: z.array(z.string()), age: z.array(z.string()), exploitation: z.array(z.string()) }),
  indicators: z.array(
    z.object({
      code: z.string(),
      pillar: z.enum(PILLAR_CODES),
      name: z.string(),
      dims: z.array(z.enum(DIMENSION_KEYS as [DimensionKey, ...DimensionKey[]])),
      aggregation: z.enum(AGGREGATIONS),
      sensitive: z.boolean(),
      cells: z.int(),
    }),
  ),
  cellsPerReport: z.int(),
  limits: z.object({ maxCount: z.int(), maxNoteLength: z.int() }),
  calendar: z.object({ firstPeriod: z.string(), dueDay: z.int(), rule: z.string() }),
});

/** A pillar code as a query (the dashboard's `?pillar=`) names it; anything else is `invalid-option`. Built on first use. */
export const pillarCodeSchema = once(() => z.enum(PILLAR_CODES, { error: 'invalid-option' }));
