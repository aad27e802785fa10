import * as z from 'zod/mini';
import { periodSchema } from '../framework/calendar';
import { countryCodeSchema } from '../framework/countries';
import { DIMENSION_KEYS, type DimensionKey, INDICATOR_CODES, PILLARS, type PillarCode } from '../framework/indicators';
import { ratioValueSchema, suppressedSchema } from '../protection/schemas';

/*
 * The contract of the dashboards' read API (DESIGN.md 5.1): what the builders return (their
 * types are derived from these schemas) and what the browser parses every response with. The
 * OpenAPI document describes the same schemas. Objects are not strict: a client built today
 * keeps working when a later API adds a field.
 */

const count = z.int().check(z.minimum(0));
/** A percentage with one decimal; may pass 100 (an achievement of 300 % is one). */
const percent = z.number();
const indicator = z.enum(INDICATOR_CODES as [string, ...string[]]);
const pillar = z.enum(PILLARS.map((p) => p.code) as [PillarCode, ...PillarCode[]]);

/**
 * Every figure a dashboard shows (DESIGN.md 5.1): a whole number where it is known, a ratio
 * (`ratioValueSchema`), `null` where it was not reported (not reported is not 0), or
 * `{"suppressed": true}` where it is withheld from this reader.
 */
export const protectedValueSchema = z.nullable(z.union([count, ratioValueSchema, suppressedSchema]));
export type ProtectedValue = z.output<typeof protectedValueSchema>;

/** An achievement: actual as a % of target, one decimal; null without a target or an actual; withheld with its actual. */
export const achievementSchema = z.nullable(z.union([percent, suppressedSchema]));
export type Achievement = z.output<typeof achievementSchema>;

/**
 * How much of what was asked a value over several months or countries is made of, so that
 * "behind target" and "not reported yet" read differently: `reported` of the `of` months (or
 * countries) asked have a published value — a withheld one included: that a report came is no
 * survivor data — and `notDue` of the others have no report while their deadline is still ahead
 * (core's calendar, as completeness counts it). The rest, `of − reported − notDue`, were due
 * and are missing. A value and its target are made of the `reported` ones only.
 */
export const coverageSchema = z.object({ reported: count, of: count, notDue: count });
export type Coverage = z.output<typeof coverageSchema>;

// —— overview ——

/** One indicator's actual over the range against its target: in a country, or for the region. */
export const overviewIndicatorSchema = z.object({
  indicator,
  actual: protectedValueSchema,
  /**
   * The target of what `actual` is made of, one decimal: for a `sum` indicator the annual
   * targets pro-rated to the reported months only (a month not reported yet adds no target);
   * for `latest` and ratios the year's level. For the region, the targets of the reporting
   * countries added up (none for a ratio). Null when one of those has no target, or when
   * nothing was reported (nothing to measure).
   */
  target: z.nullable(z.number()),
  achievement: achievementSchema,
  /** The months behind `actual`: a country's months of the range; for the region, every country's months together. */
  months: coverageSchema,
  /** Only for the region: the countries asked, a country reported when any of its months was. */
  countries: z.optional(coverageSchema),
});
export type OverviewIndicator = z.output<typeof overviewIndicatorSchema>;

/**
 * How many months of the range stand where (see `MONTH_STATUSES`): the same for every indicator
 * of the country, since a report is whole. `submitted` months await approval; `missing` ones
 * were due and were never submitted (no report, or only a draft), as completeness counts them;
 * `draft` ones are drafts not yet due or submitted reports reopened for correction; `notDue`
 * ones have no report and their deadline is still ahead.
 */
export const monthCountsSchema = z.object({ approved: count, submitted: count, returned: count, draft: count, missing: count, notDue: count });
export type MonthCounts = z.output<typeof monthCountsSchema>;

/**
 * A pillar's country × indicator achievements counted by how they stand against
 * `ACHIEVEMENT_THRESHOLDS`, and their median (one decimal, null when none is assessed).
 */
export const pillarSummarySchema = z.object({ pillar, onTrack: count, atRisk: count, offTrack: count, notAssessed: count, median: z.nullable(percent) });
export type PillarSummary = z.output<typeof pillarSummarySchema>;

export const overviewResponseSchema = z.object({
  from: periodSchema(),
  to: periodSchema(),
  countries: z.array(z.object({ country: countryCodeSchema(), indicators: z.array(overviewIndicatorSchema), months: monthCountsSchema })),
  /** Every indicator over all the countries asked for. */
  regional: z.object({ indicators: z.array(overviewIndicatorSchema) }),
  pillars: z.array(pillarSummarySchema),
  /** Months of the range and countries submitted and not yet approved or returned. */
  awaitingApproval: count,
});
export type OverviewResponse = z.output<typeof overviewResponseSchema>;

// —— series ——

/** One month: the indicator's total, and with `by` its value for each value of that dimension. */
export const seriesPointSchema = z.object({
  period: periodSchema(),
  value: protectedValueSchema,
  cells: z.optional(z.record(z.string(), protectedValueSchema)),
  /** Only in a country's series, only on a month without a value whose deadline is still ahead: not due, not missing. */
  notDue: z.optional(z.literal(true)),
  /** Only in the regional series: the countries whose values the month's figures are made of. */
  countries: z.optional(coverageSchema),
});
export type SeriesPoint = z.output<typeof seriesPointSchema>;

export const seriesResponseSchema = z.object({
  indicator,
  from: periodSchema(),
  to: periodSchema(),
  by: z.nullable(z.enum(DIMENSION_KEYS as [DimensionKey, ...DimensionKey[]])),
  series: z.array(z.object({ country: countryCodeSchema(), points: z.array(seriesPointSchema) })),
  /** The same months over all the countries asked for. */
  regional: z.object({ points: z.array(seriesPointSchema) }),
});
export type SeriesResponse = z.output<typeof seriesResponseSchema>;

// —— completeness ——

/**
 * Where a country's month stands (DESIGN.md 5.1): `missing` (due, no report), `not-due` (no
 * report, deadline still ahead), or the report's own status. A draft keeps its status even
 * when it is past its deadline; the rates count it as missing.
 */
export const MONTH_STATUSES = ['missing', 'not-due', 'draft', 'submitted', 'returned', 'approved'] as const;
export type MonthStatus = (typeof MONTH_STATUSES)[number];

export const completenessMonthSchema = z.object({
  period: periodSchema(),
  status: z.enum(MONTH_STATUSES),
  /** Stamped at the first submission and kept: null until then. */
  timeliness: z.nullable(z.enum(['on-time', 'late'])),
  /** Only while the deadline is ahead: the instant it passes (ISO 8601, UTC). */
  dueAt: z.optional(z.iso.datetime()),
  /** Only while the deadline is ahead: the last day to submit, `YYYY-MM-DD` in the country's zone. */
  due: z.optional(z.iso.date()),
});
export type CompletenessMonth = z.output<typeof completenessMonthSchema>;

/**
 * A country's reporting over the months of the range that are due (deadline passed): a month
 * not yet due is never counted, not even when it was submitted early. `reported` = `onTime` +
 * `late`; `missing` = `due` − `reported` (drafts never submitted among them); `completeness` =
 * reported / due and `timeliness` = onTime / reported, in % with one decimal, null when nothing
 * is due or reported.
 */
export const reportingRatesSchema = z.object({
  due: count,
  reported: count,
  onTime: count,
  late: count,
  missing: count,
  completeness: z.nullable(percent),
  timeliness: z.nullable(percent),
});
export type ReportingRates = z.output<typeof reportingRatesSchema>;

export const completenessResponseSchema = z.object({
  from: periodSchema(),
  to: periodSchema(),
  rows: z.array(z.object({ country: countryCodeSchema(), months: z.array(completenessMonthSchema), summary: reportingRatesSchema })),
});
export type CompletenessResponse = z.output<typeof completenessResponseSchema>;
