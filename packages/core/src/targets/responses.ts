import * as z from 'zod/mini';
import { ROLES } from '../access/roles';
import { FIRST_YEAR as FIRST_TARGET_YEAR } from '../framework/calendar';
import { countryCodeSchema } from '../framework/countries';

/**
 * What the targets API answers (DESIGN.md 3 "Targets"), as zod/mini schemas: the one definition
 * of each shape, for the TypeScript types, the OpenAPI document and the browser's parsing.
 */
const year = z.int().check(z.minimum(FIRST_TARGET_YEAR), z.maximum(9999));
const instant = z.iso.datetime();
/** Indicator code → target: a whole number for `sum` and `latest`, a percentage for ratios. */
const targets = z.record(z.string(), z.number());
const target = z.nullable(z.number());
/**
 * Staff identities (a name, a subject) are shown to those who may see the country's staff
 * (`access.seeStaff`): regional leads, admins and the country's own office. Viewers (partners,
 * donors) and other countries' offices get the field left out: what changed and when, not who.
 */
const STAFF_ONLY = "left out unless the reader may see this country's staff: regional leads, admins and the country's own office";

/** A country's targets for a year, with their version (the ETag). */
export const targetSetSchema = z.object({
  country: countryCodeSchema(),
  year,
  targets,
  version: z.int().check(z.minimum(1)),
  updatedAt: instant,
  updatedBy: z.optional(z.string().check(z.describe(`who changed the targets last; ${STAFF_ONLY}`))),
});

/** `GET /v1/targets?year=`: every country whose targets are set, in programme order. */
export const yearTargetsSchema = z.object({ year, countries: z.array(z.omit(targetSetSchema, { year: true })) });

export const targetChangeSchema = z.object({ indicator: z.string(), from: target, to: target });

/** One immutable entry of a target set's history. */
export const targetRevisionSchema = z.object({
  country: countryCodeSchema(),
  year,
  version: z.int().check(z.minimum(1)),
  action: z.enum(['create', 'replace']),
  actor: z.optional(z.object({ sub: z.string(), name: z.string(), role: z.enum(ROLES) }).check(z.describe(`who made the change; ${STAFF_ONLY}`))),
  at: instant,
  changes: z.array(targetChangeSchema),
});
export const targetRevisionListSchema = z.array(targetRevisionSchema);
