import { indicatorSlice, sliceCells, toVector, type ValueVector } from '../aggregation/value-vector';
import type { Timeliness } from '../framework/calendar';
import type { Cell } from '../framework/cells';
import { INDICATORS, type Indicator } from '../framework/indicators';
import { withheldMembers } from '../protection/protect-month';
import { currentLayoutOf, decodeWithheld, encodeWithheld, type WithheldMask } from '../protection/withheld-mask';

/** What dashboards may show: the values of the last submission (drafts never reach them). */
export interface PublishedValues {
  version: number;
  status: 'submitted' | 'approved';
  timeliness: Timeliness;
  submittedAt: string;
  values: Cell[];
  /**
   * What a protected reader is shown withheld of these values (survivor protection, DESIGN.md
   * 5.4), fixed at this submission: dashboards show this pattern for as long as these values
   * stand. Absent on reports published before patterns were stored, until `withStoredPatterns`
   * fills it (read meanwhile as withholding every non-zero value).
   */
  withheld?: WithheldMask;
  /**
   * What dashboards showed before: each earlier submission whose survivor counts differed from
   * the one after it, oldest first, with the pattern it was shown with; at most `KEPT_EARLIER`.
   * Survivor protection reckons with a reader who read them all (`withholdRevised`).
   */
  earlier?: EarlierPublication[];
  /** How many earlier submissions changed survivor counts, kept or not; absent means none. */
  corrections?: number;
}

/** An earlier submission as kept beside the published values. */
export interface EarlierPublication {
  values: ValueVector;
  /** Absent for one published before patterns were stored. */
  withheld?: WithheldMask;
}

/**
 * Earlier submissions kept beside the published values: corrections of survivor counts after the
 * fourth are rare, and each kept one adds to the protection's work at the next submission. Past
 * it, a corrected indicator shows only its zeros (`ProtectOptions.earlierIncomplete`).
 */
export const KEPT_EARLIER = 4;

const SENSITIVE = INDICATORS.filter((i) => i.sensitive);

/**
 * What publishing `values` after `previous` stores beside them: the earlier submissions to keep
 * (the previous one joins them if it changed survivor counts; other corrections show a protected
 * reader nothing new) and the pattern withheld from protected readers (`patternOf`).
 */
export function publicationOf(
  previous: PublishedValues | null,
  values: readonly Cell[],
  threshold: number,
): Pick<PublishedValues, 'withheld' | 'earlier' | 'corrections'> {
  const vector = toVector(values);
  const before = previous
    ? [...(previous.earlier ?? []), { values: toVector(previous.values), ...(previous.withheld ? { withheld: previous.withheld } : {}) }]
    : [];
  const last = before.at(-1);
  const corrected = !!last && SENSITIVE.some((indicator) => changed(last.values, vector, indicator));
  const incomplete = (previous?.corrections ?? 0) > (previous?.earlier?.length ?? 0);
  const corrections = (previous?.corrections ?? 0) + (corrected ? 1 : 0);
  const earlier = (corrected ? before : (previous?.earlier ?? [])).slice(0, KEPT_EARLIER);
  return { withheld: patternOf(before, vector, threshold, incomplete), ...(corrections > 0 ? { earlier, corrections } : {}) };
}

/**
 * `published` with the pattern protected readers are shown stored, for a month published before
 * patterns were (2026-11-29), or undefined when nothing is missing. Such a month has been
 * protected at reading, on its own, with the threshold in force, so `threshold` must be that one
 * (in AWS 10: the stack never set another). A month with earlier versions and no patterns for
 * them (corrected on 2026-11-29, while readers were shown it now with, now without its earlier
 * versions) is given only its zeros: what readers were shown of it is not known (found by the
 * attack on this change). A stored mask is never recomputed — readers were shown it — but one
 * stored before the layout byte gets it (`currentLayoutOf`); one of an unknown layout stays as it
 * is (read as withholding every non-zero value).
 */
export function withStoredPatterns(published: PublishedValues, threshold: number): PublishedValues | undefined {
  const upgrade = (mask: WithheldMask | undefined) => mask && (currentLayoutOf(mask) ?? mask);
  const earlier = published.earlier?.map((version) => ({ ...version, ...(version.withheld ? { withheld: upgrade(version.withheld) } : {}) }));
  const incomplete = (published.corrections ?? 0) > (published.earlier?.length ?? 0);
  const withheld = upgrade(published.withheld) ?? patternOf(earlier ?? [], toVector(published.values), threshold, incomplete);
  const changed = withheld !== published.withheld || earlier?.some((version, k) => version.withheld !== published.earlier![k]!.withheld);
  return changed ? { ...published, withheld, ...(earlier ? { earlier } : {}) } : undefined;
}

/**
 * The pattern withheld from protected readers for `vector` published after the `before`
 * submissions (oldest first), per sensitive indicator: carried over where its counts did not
 * change from the last (readers saw that pattern), else computed with every earlier submission
 * in mind at `threshold` (`withheldMembers`). `incomplete` when earlier submissions were not all
 * kept (`KEPT_EARLIER`); so is a history with a submission whose pattern is not known. Either
 * way a changed indicator then shows only its zeros.
 */
function patternOf(before: readonly EarlierPublication[], vector: ValueVector, threshold: number, incomplete: boolean): WithheldMask {
  const last = before.at(-1);
  const unknown = incomplete || before.some((p) => !p.withheld);
  const patterns = new Map<string, readonly boolean[]>();
  for (const indicator of SENSITIVE) {
    const cells = sliceCells(indicator.code, indicatorSlice(vector, indicator.code));
    if (!cells) continue;
    const carried = last?.withheld && !changed(last.values, vector, indicator) ? decodeWithheld(last.withheld, indicator) : undefined;
    // Every earlier submission had every cell (a submission needs them all).
    const earlier = before.flatMap((p) => {
      const version = sliceCells(indicator.code, indicatorSlice(p.values, indicator.code));
      return version ? [{ cells: version, withheld: p.withheld && decodeWithheld(p.withheld, indicator) }] : [];
    });
    const options = { threshold, earlier: earlier.map((p) => p.cells), earlierWithheld: earlier.map((p) => p.withheld), earlierIncomplete: unknown };
    patterns.set(indicator.code, carried ?? withheldMembers(indicator, cells, options));
  }
  return encodeWithheld(patterns);
}

/** True when `indicator`'s counts differ between two submissions. */
const changed = (a: ValueVector, b: ValueVector, indicator: Indicator) => {
  const after = indicatorSlice(b, indicator.code);
  return indicatorSlice(a, indicator.code).some((x, n) => x !== after[n]);
};
