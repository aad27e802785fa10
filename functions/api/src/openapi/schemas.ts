import * as z from 'zod/mini';
import { COUNTRY_CODES, DIMENSION_KEYS, PERIOD_PATTERN, PILLARS, REPORT_STATUSES } from '@etip/core';

const country = z.enum(COUNTRY_CODES as [string, ...string[]]);
const period = z.string().check(z.regex(PERIOD_PATTERN));
const status = z.enum(REPORT_STATUSES);
const timeliness = z.nullable(z.enum(['on-time', 'late']));

/*
 * The dashboards' read API (DESIGN.md 5.1). Every number a reader sees is one of three things:
 * a number where it is known, null where it was not reported, `{"suppressed": true}` where
 * DESIGN.md 5.4 withholds it. A ratio is a percentage with one decimal beside its counts.
 */
const suppressed = z.object({ suppressed: z.literal(true) });
const ratio = z.object({ value: z.nullable(z.number()), numerator: z.int(), denominator: z.int() });
const shown = z.nullable(z.union([z.int(), ratio, suppressed]));

export const overviewSchema = z.object({
  from: period,
  to: period,
  countries: z.array(
    z.object({
      country,
      indicators: z.array(
        z.object({
          indicator: z.string(),
          actual: shown,
          /** Pro-rated to the months of the range for a `sum` indicator. */
          target: z.nullable(z.number()),
          achievement: z.nullable(z.union([z.number(), suppressed])),
        }),
      ),
    }),
  ),
  pillars: z.array(
    z.object({ pillar: z.enum(PILLARS.map((p) => p.code) as [string, ...string[]]), achievement: z.nullable(z.number()), withTarget: z.int(), onTrack: z.int() }),
  ),
  awaitingApproval: z.int(),
});

export const seriesSchema = z.object({
  indicator: z.string(),
  from: period,
  to: period,
  by: z.nullable(z.enum(DIMENSION_KEYS as [string, ...string[]])),
  series: z.array(
    z.object({
      country,
      points: z.array(z.object({ period, value: shown, cells: z.optional(z.record(z.string(), shown)) })),
    }),
  ),
});

export const completenessSchema = z.object({
  from: period,
  to: period,
  rows: z.array(
    z.object({
      country,
      months: z.array(z.object({ period, status: z.enum(['missing', ...REPORT_STATUSES]), timeliness })),
    }),
  ),
});
