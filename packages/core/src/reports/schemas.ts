import * as z from 'zod/mini';
import { periodSchema } from '../framework/calendar';
import { countryCodeSchema } from '../framework/countries';
import { DIMENSIONS, INDICATORS, type Indicator, MAX_COUNT, MAX_NOTE_LENGTH } from '../framework/indicators';
import { once } from '../once';
import { REPORT_STATUSES } from './statuses';

/** The report a path names (`/v1/submissions/{country}/{period}`) and the query of `GET /v1/submissions`. Built on first use. */
export const reportPathSchemas = once(() => ({
  address: z.object({ country: countryCodeSchema(), period: periodSchema() }),
  /** Every filter optional, each at most once. */
  listQuery: z.object({
    country: z.optional(countryCodeSchema()),
    from: z.optional(periodSchema()),
    to: z.optional(periodSchema()),
    status: z.optional(z.enum(REPORT_STATUSES)),
  }),
}));

/**
 * The zod schemas of a report body (DESIGN.md 3), built from the framework so that a new
 * indicator or dimension value needs no change here. zod/mini keeps the browser and Lambda
 * bundles small (DESIGN.md 6). Objects are strict: an unknown field is an error, never dropped.
 */
/**
 * Built on first use: a dashboard read never validates a report, and building these schemas is a
 * measurable part of the API's cold start.
 */
export const reportSchemas = once(() => {
  const count = z.int().check(z.minimum(0), z.maximum(MAX_COUNT));

  function cellSchemaOf(indicator: Indicator) {
    const shape: Record<string, z.ZodMiniType> = { indicator: z.literal(indicator.code) };
    for (const dim of indicator.dims) shape[dim] = z.enum(DIMENSIONS[dim]);
    if (indicator.aggregation === 'ratio') {
      shape.numerator = count;
      shape.denominator = count;
    } else {
      shape.value = count;
    }
    return z.strictObject(shape);
  }

  const cell = z.discriminatedUnion(
    'indicator',
    INDICATORS.map(cellSchemaOf) as unknown as [ReturnType<typeof cellSchemaOf>, ...ReturnType<typeof cellSchemaOf>[]],
  );
  const note = z.nullable(z.string().check(z.maxLength(MAX_NOTE_LENGTH)));
  return {
    cell,
    note,
    /** The body of `PUT /v1/submissions/{c}/{p}`. */
    reportBody: z.strictObject({ values: z.array(cell), note: z.optional(note) }),
    /** The body of `POST …/return`. */
    returnBody: z.strictObject({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NOTE_LENGTH)) }),
    /** The body of `POST …/submit` and `…/approve`, when one is sent: nothing to say. */
    emptyBody: z.strictObject({}),
  };
});
