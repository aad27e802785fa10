import { describe, expect, it } from 'vitest';
import { indicatorSlice, sliceCells, toVector } from '../aggregation/value-vector';
import { indicatorMonth } from '../dashboard/indicator-month';
import { findIndicator } from '../framework/indicators';
import { protectMonth } from '../protection/protect-month';
import { SUPPRESSED } from '../protection/protected-values';
import { decodeWithheld, WITHHELD_LAYOUT } from '../protection/withheld-mask';
import { attackShown } from '../testing/protection-attack';
import { reportValues, type ValueSpec } from '../testing/report-values';
import { draft, type StoredReport, transition } from './report';
import { later, lead, office, T0, target } from './report.fixture';

/**
 * What a submission publishes for protected readers (issue 9, from the attack on corrected
 * months): the pattern is fixed at publication and kept, so a later threshold or algorithm never
 * shows a second pattern of the same figures, and a correction is protected against what readers
 * were actually shown of the versions before it.
 */
let minute = 0;
const submit = (report: StoredReport, threshold: number) => transition(report, 'submit', office, later(++minute), undefined, { threshold }).report;
const correct = (report: StoredReport, spec: ValueSpec, threshold: number) => {
  const returned = transition(report, 'return', lead, later(++minute), 'please check').report;
  return submit(draft(returned, target, { values: reportValues(spec) }, office, later(++minute)).report, threshold);
};
const first = (spec: ValueSpec, threshold: number) => submit(draft(null, target, { values: reportValues(spec) }, office, T0).report, threshold);

/** The month of `code` as a protected reader was shown it when `report` was published. */
function shownOf(report: StoredReport, code: string) {
  const indicator = findIndicator(code)!;
  const published = report.published!;
  return indicatorMonth(indicator, { values: toVector(published.values), withheld: published.withheld ?? null }, { protect: true })!;
}
const countsOf = (report: StoredReport, code: string) => sliceCells(code, indicatorSlice(toVector(report.published!.values), code)) as number[];

describe('a submission publishes its protection', () => {
  it('threshold raised from 10 to 11 between a month and its correction: the first version stays recoverable by nobody (PRT-03)', () => {
    // Prepare: the attack's case. Female 0-8, 9-17, 18-29, 30+ then male; published at 10.
    const v1 = first({ 'PRT-03': [6, 11, 10, 0, 4, 0, 16, 0] }, 10);
    // Act: male 30+ corrected 0 → 13, published at 11.
    const v2 = correct(v1, { 'PRT-03': [6, 11, 10, 0, 4, 0, 16, 13] }, 11);

    // Assess: female 0-8 (6) and male 0-8 (4) were pinned when v1's pattern was recomputed at 11.
    const prt03 = findIndicator('PRT-03')!;
    const counts = [countsOf(v1, 'PRT-03'), countsOf(v2, 'PRT-03')];
    const recomputed = protectMonth(prt03, counts[1]!, { protect: true, threshold: 11, earlier: [counts[0]!] });
    expect(attackShown(prt03, counts, [shownOf(v1, 'PRT-03'), recomputed], 10)).not.toEqual([]);
    expect(attackShown(prt03, counts, [shownOf(v1, 'PRT-03'), shownOf(v2, 'PRT-03')], 10)).toEqual([]);
  });

  it('shows a published month with the pattern stored at its publication, never one computed at reading', () => {
    // Prepare: PRT-05 female 3, male 12, published at 20 (a reader's API computing at 10 would show 12 and 15).
    const report = first({ 'PRT-05': [3, 12] }, 20);
    const month = { values: toVector(report.published!.values), withheld: report.published!.withheld ?? null };

    // Act
    const shown = indicatorMonth(findIndicator('PRT-05')!, month, { protect: true });

    // Assess
    expect(shown).toEqual(protectMonth(findIndicator('PRT-05')!, [3, 12], { protect: true, threshold: 20 }));
    expect(shown?.total).toEqual(SUPPRESSED);
  });

  it('shows only the zeros of a month whose pattern cannot be read: none stored, or another layout', () => {
    // Prepare: PRT-02 with a zero, a large and a small count.
    const report = first({ 'PRT-02': [0, 40, 3, 0, 25, 0, 0, 12] }, 10);
    const values = toVector(report.published!.values);
    const otherLayout = Uint8Array.from(report.published!.withheld!);
    otherLayout[14] = WITHHELD_LAYOUT + 1;

    for (const withheld of [null, otherLayout]) {
      // Act
      const shown = indicatorMonth(findIndicator('PRT-02')!, { values, withheld }, { protect: true })!;

      // Assess: every zero is shown, nothing else.
      expect(shown.cells).toEqual([0, SUPPRESSED, SUPPRESSED, 0, SUPPRESSED, 0, 0, SUPPRESSED]);
      expect(shown.total).toEqual(SUPPRESSED);
    }
  });

  it('carries a sensitive indicator’s pattern over when a correction leaves its counts alone', () => {
    // Prepare: published at 10; then PRT-02 corrected and PRT-05 left as it was, published at 20.
    const v1 = first({ 'PRT-05': [3, 12], 'PRT-02': 20 }, 10);
    const v2 = correct(v1, { 'PRT-05': [3, 12], 'PRT-02': 21 }, 20);

    // Assess
    const prt05 = findIndicator('PRT-05')!;
    expect(decodeWithheld(v2.published!.withheld!, prt05)).toEqual(decodeWithheld(v1.published!.withheld!, prt05));
    expect(v2.published?.corrections).toBe(1);
  });

  it('does not count a correction of indicators that are not survivor counts', () => {
    const v1 = first({ 'PRV-01': 20 }, 10);
    const v2 = correct(v1, { 'PRV-01': 21 }, 10);

    expect([v2.published?.earlier, v2.published?.corrections, v2.published?.withheld]).toEqual([undefined, undefined, v1.published?.withheld]);
  });

  it('shows a corrected ratio only with its zeros (PRT-06 12/14 → 12/19 pinned the other sex’s numerator when one unknown per cell)', () => {
    // Prepare: female 12/14, male 6/10; then only the female denominator corrected to 19.
    const v1 = first(
      {
        'PRT-06': [
          { numerator: 12, denominator: 14 },
          { numerator: 6, denominator: 10 },
        ],
      },
      10,
    );
    const v2 = correct(
      v1,
      {
        'PRT-06': [
          { numerator: 12, denominator: 19 },
          { numerator: 6, denominator: 10 },
        ],
      },
      10,
    );

    // Assess
    const month = shownOf(v2, 'PRT-06');
    expect([month.total, month.cells]).toEqual([SUPPRESSED, [SUPPRESSED, SUPPRESSED]]);
  });
});
