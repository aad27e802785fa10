import type * as z from 'zod/mini';
import type { User } from '../access/roles';
import { currentPeriod, FIRST_YEAR, parsePeriod } from '../framework/calendar';
import type { CountryCode } from '../framework/countries';
import { INDICATOR_CODES } from '../framework/indicators';
import { type FieldError, fieldError } from '../problems/field-errors';
import type { targetChangeSchema, targetRevisionSchema, targetSetSchema } from './responses';

/**
 * A country's targets for one calendar year (DESIGN.md 3 "Targets"): indicator code → target.
 * A `sum` target is for the whole year (dashboards pro-rate it by months), a `latest` target is
 * the level to reach by year end, a `ratio` target a percentage. An indicator left out has none.
 */
export type TargetValues = Record<string, number>;

/** The targets of one country and year as stored, with their version and who changed them last. */
export type TargetSet = z.output<typeof targetSetSchema> & { updatedBy: string };

/** A target set as a reader is shown it: `updatedBy` only to those who may see the country's staff. */
export type TargetSetView = z.output<typeof targetSetSchema>;

export type TargetChange = z.output<typeof targetChangeSchema>;

/** One immutable entry of a target set's history, written atomically with the change it records. */
export type TargetRevision = z.output<typeof targetRevisionSchema> & { actor: NonNullable<z.output<typeof targetRevisionSchema>['actor']> };

/** A revision as a reader is shown it: `actor` only to those who may see the country's staff. */
export type TargetRevisionView = z.output<typeof targetRevisionSchema>;

export interface TargetSetChange {
  targetSet: TargetSet;
  revision: TargetRevision;
  /** The version the change was computed from; null for a create. */
  expectedVersion: number | null;
}

/** Targets exist from the programme's first reporting year. */
export const FIRST_TARGET_YEAR = FIRST_YEAR;

/** The last year whose targets may be set now: next year's, since targets are set ahead. */
export function lastTargetYear(country: CountryCode, now: Date): number {
  return parsePeriod(currentPeriod(country, now)).year + 1;
}

/** Why targets of a year cannot be set for a country now, as the field error at `path`, or null when they can. */
export function targetYearError(path: string, country: CountryCode, year: number, now: Date): FieldError | null {
  const max = lastTargetYear(country, now);
  if (year < FIRST_TARGET_YEAR || year > max) return fieldError(path, 'year-out-of-range', { min: FIRST_TARGET_YEAR, max });
  return null;
}

/** Puts targets in framework order, so a target set reads the same whatever order it was sent in. */
export function orderTargets(targets: TargetValues): TargetValues {
  return Object.fromEntries(INDICATOR_CODES.filter((code) => targets[code] !== undefined).map((code) => [code, targets[code]!]));
}

/** The indicators whose target differs between two versions, in framework order. */
export function diffTargets(before: TargetValues, after: TargetValues): TargetChange[] {
  return INDICATOR_CODES.map((indicator) => ({ indicator, from: before[indicator] ?? null, to: after[indicator] ?? null })).filter(
    (change) => change.from !== change.to,
  );
}

/** Create or replace the targets of a country and year: the whole set, with its revision. */
export function setTargetsChange(
  existing: TargetSet | null,
  address: { country: CountryCode; year: number },
  targets: TargetValues,
  user: User,
  now: Date,
): TargetSetChange {
  const at = now.toISOString();
  const version = (existing?.version ?? 0) + 1;
  const ordered = orderTargets(targets);
  const targetSet: TargetSet = { country: address.country, year: address.year, targets: ordered, version, updatedAt: at, updatedBy: user.name };
  const revision: TargetRevision = {
    country: address.country,
    year: address.year,
    version,
    action: existing ? 'replace' : 'create',
    actor: { sub: user.sub, name: user.name, role: user.role },
    at,
    changes: diffTargets(existing?.targets ?? {}, ordered),
  };
  return { targetSet, revision, expectedVersion: existing?.version ?? null };
}
