import type * as z from 'zod/mini';
import { percentOf } from '../framework/decimals';
import { wholeNumberText } from '../problems/config';
import type { ratioValueSchema, suppressedSchema } from './schemas';
/** The threshold of DESIGN.md 5.4: a sensitive count from 1 to 9 is withheld. */
export const SUPPRESSION_THRESHOLD = 10;

/** How a withheld value leaves the API (DESIGN.md 5.1); the dashboard shows it as "<10". */
export type Suppressed = Readonly<z.output<typeof suppressedSchema>>;

/** Frozen because one instance stands for every withheld value of a response. */
export const SUPPRESSED: Suppressed = Object.freeze({ suppressed: true as const });

export function isSuppressed(value: unknown): value is Suppressed {
  return typeof value === 'object' && value !== null && (value as { suppressed?: unknown }).suppressed === true;
}

/** A count as a reader sees it: known, not reported (null) or withheld. */
export type ProtectedCount = number | null | Suppressed;

/** A ratio as DESIGN.md 5.1 shapes it: a percentage with one decimal and the counts behind it. */
export type RatioValue = Readonly<z.output<typeof ratioValueSchema>>;

export type ProtectedRatio = RatioValue | null | Suppressed;

export function ratioValue(numerator: number, denominator: number): RatioValue {
  return { value: percentOf(numerator, denominator), numerator, denominator };
}

/** SUPPRESSION_THRESHOLD as configured: a whole number from 2 to 1000 (10 unless set). */
export const thresholdText = () => wholeNumberText(2, 1000);
