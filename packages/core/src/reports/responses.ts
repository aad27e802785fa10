import * as z from 'zod/mini';
import { ROLES } from '../access/roles';
import { periodSchema } from '../framework/calendar';
import { countryCodeSchema } from '../framework/countries';
import { cellAddressSchema, cellAmountSchema, cellSchema } from '../framework/schemas';
import { REPORT_ACTIONS, REPORT_STATUSES } from './statuses';

/**
 * What the submissions API answers (DESIGN.md 3), as zod/mini schemas: the one definition of
 * each shape, from which the TypeScript types, the OpenAPI document and the browser's parsing
 * all come. Not imported by the API at run time (it builds these values, it does not parse them).
 */
const timeliness = z.nullable(z.enum(['on-time', 'late']));
const instant = z.iso.datetime();
const actor = z.object({ sub: z.string(), name: z.string(), role: z.enum(ROLES) });

/** A monthly report as GET returns it and every successful write answers with it. */
export const reportSchema = z.object({
  country: countryCodeSchema(),
  period: periodSchema(),
  status: z.enum(REPORT_STATUSES),
  version: z.int().check(z.minimum(1)),
  timeliness,
  values: z.array(cellSchema),
  note: z.nullable(z.string()),
  updatedAt: instant,
  updatedBy: z.string(),
  returnReason: z.nullable(z.string()),
});

/** One line of `GET /v1/submissions`. */
export const reportSummarySchema = z.pick(reportSchema, { country: true, period: true, status: true, version: true, timeliness: true, updatedAt: true });
export const reportSummaryListSchema = z.array(reportSummarySchema);

/** A cell whose amount a revision changed, from what to what (null: not reported). */
export const cellChangeSchema = z.object({ ...cellAddressSchema.def.shape, from: cellAmountSchema, to: cellAmountSchema });

/** One immutable entry of a report's history. */
export const revisionSchema = z.object({
  country: countryCodeSchema(),
  period: periodSchema(),
  version: z.int().check(z.minimum(1)),
  status: z.enum(REPORT_STATUSES),
  action: z.enum(REPORT_ACTIONS),
  actor,
  at: instant,
  changes: z.array(cellChangeSchema),
  reason: z.optional(z.string()),
});
export const revisionListSchema = z.array(revisionSchema);
