import * as z from 'zod/mini';
import { COUNTRY_CODES, ROLES } from '@etip/core';

/**
 * Response shapes of the targets routes, for the OpenAPI document only: the body of a PUT is
 * validated by the domain's own `targetSchemas().targetsBody`, which the document imports as it is.
 */
const country = z.enum(COUNTRY_CODES as [string, ...string[]]);
const year = z.int();
const targets = z.record(z.string(), z.number());
const target = z.nullable(z.number());

export const targetSetSchema = z.object({ country, year, targets, version: z.int(), updatedAt: z.iso.datetime(), updatedBy: z.string() });

export const yearTargetsSchema = z.object({
  year,
  countries: z.array(z.object({ country, targets, version: z.int(), updatedAt: z.iso.datetime(), updatedBy: z.string() })),
});

export const targetRevisionSchema = z.object({
  country,
  year,
  version: z.int(),
  action: z.enum(['create', 'replace']),
  actor: z.object({ sub: z.string(), name: z.string(), role: z.enum(ROLES) }),
  at: z.iso.datetime(),
  changes: z.array(z.object({ indicator: z.string(), from: target, to: target })),
});
