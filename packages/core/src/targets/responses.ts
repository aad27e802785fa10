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

/** A country's targets for a year, with their version (the ETag). */
export const targetSetSchema = z.object({
  country: countryCodeSchema(),
  year,
  targets,
  version: z.int().check(z.minimum(1)),
  updatedAt: instant,
  updatedBy: z.string(),
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
  actor: z.object({ sub: z.string(), name: z.string(), role: z.enum(ROLES) }),
  at: instant,
  changes: z.array(targetChangeSchema),
});
export const targetRevisionListSchema = z.array(targetRevisionSchema);
