import * as z from 'zod/mini';
import { countryCodeSchema } from '../framework/countries';
import { oneDecimal } from '../framework/decimals';
import { INDICATORS, MAX_COUNT } from '../framework/indicators';
import { once } from '../once';

/** A calendar year as a path or a query writes it, e.g. `2026`. */
export const YEAR_PATTERN = /^\d{4}$/;

/**
 * The target set a path names (`/v1/targets/{country}/{year}`; which years may be set is the
 * domain's call) and the query of `GET /v1/targets` (the year, required). Built on first use.
 */
export const targetsPathSchemas = once(() => {
  const year = z.string().check(z.regex(YEAR_PATTERN, { error: 'not-a-year' }));
  return { address: z.object({ country: countryCodeSchema(), year }), yearQuery: z.object({ year }) };
});

/** The highest target a ratio can have: a percentage. */
export const MAX_TARGET_PERCENT = 100;

/** At most one decimal, the precision dashboards show a ratio with (DESIGN.md 5.1). */
const hasOneDecimal = (value: number) => oneDecimal(value) === value;

/**
 * The zod schema of a targets body (DESIGN.md 3 "Targets"), built from the framework like the
 * report schema: one optional field per indicator code, so an unknown code is an unknown field.
 * Built on first use, like the report schemas: most requests never set targets.
 */
export const targetSchemas = once(() => {
  /** Flows and stocks: a whole number, like the counts it is measured against (DESIGN.md 2). */
  const countTarget = z.int().check(z.minimum(0), z.maximum(MAX_COUNT));
  /** A ratio's target is the percentage to reach, e.g. 72.5 for PRT-06. */
  const percentTarget = z
    .number()
    .check(z.minimum(0), z.maximum(MAX_TARGET_PERCENT), z.refine(hasOneDecimal, { error: 'must have at most one decimal, e.g. 72.5' }));
  return {
    /** The body of `PUT /v1/targets/{c}/{year}`; a target left out is no target set (never null). */
    targetsBody: z.strictObject({
      targets: z.strictObject(Object.fromEntries(INDICATORS.map((i) => [i.code, z.optional(i.aggregation === 'ratio' ? percentTarget : countTarget)]))),
    }),
  };
});
