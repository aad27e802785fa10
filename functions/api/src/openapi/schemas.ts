import * as z from 'zod/mini';
import { COUNTRY_CODES, REPORT_STATUSES, ROLES, cellSchema } from '@etip/core';

/**
 * Response shapes, for the OpenAPI document only: requests are validated by the domain's own
 * schemas (imported from `@etip/core`), so the contract and the checks cannot drift apart.
 */
const country = z.enum(COUNTRY_CODES as [string, ...string[]]);
const period = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const status = z.enum(REPORT_STATUSES);
const timeliness = z.nullable(z.enum(['on-time', 'late']));
const amount = z.nullable(z.union([z.int(), z.object({ numerator: z.int(), denominator: z.int() })]));

export const reportSchema = z.object({
  country,
  period,
  status,
  version: z.int(),
  timeliness,
  values: z.array(cellSchema),
  note: z.nullable(z.string()),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
  returnReason: z.nullable(z.string()),
});

export const summarySchema = z.object({ country, period, status, version: z.int(), timeliness, updatedAt: z.iso.datetime() });

export const revisionSchema = z.object({
  country,
  period,
  version: z.int(),
  status,
  action: z.enum(['create', 'replace', 'submit', 'approve', 'return']),
  actor: z.object({ sub: z.string(), name: z.string(), role: z.enum(ROLES) }),
  at: z.iso.datetime(),
  changes: z.array(
    z.object({ indicator: z.string(), sex: z.optional(z.string()), age: z.optional(z.string()), exploitation: z.optional(z.string()), from: amount, to: amount }),
  ),
  reason: z.optional(z.string()),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
