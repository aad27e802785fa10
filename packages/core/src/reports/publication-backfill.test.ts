import { describe, expect, it } from 'vitest';
import { indicatorSlice, sliceCells, toVector } from '../aggregation/value-vector';
import { indicatorMonth } from '../dashboard/indicator-month';
import { findIndicator } from '../framework/indicators';
import { protectMonth } from '../protection/protect-month';
import { SUPPRESSED as S } from '../protection/protected-values';
import { decodeWithheld, WITHHELD_LAYOUT } from '../protection/withheld-mask';
import { attackShown } from '../testing/protection-attack';
import { reportValues, type ValueSpec } from '../testing/report-values';
import { type PublishedValues, withStoredPatterns } from './publication';
import { draft, type StoredReport, transition } from './report';
import { later, lead, office, T0, target } from './report.fixture';

/**
 * Months published before patterns were stored (issue 9): `withStoredPatterns` fills them once,
 * with the threshold they have been read at, and reading never computes a pattern again.
 */
let minute = 0;
const submit = (report: StoredReport, threshold: number) => transition(report, 'submit', office, later(++minute), undefined, { threshold }).report;
const first = (spec: ValueSpec) => submit(draft(null, target, { values: reportValues(spec) }, office, T0).report, 10);
const correct = (report: StoredReport, spec: ValueSpec, threshold: number) => {
  const returned = transition(report, 'return', lead, later(++minute), 'please check').report;
  return submit(draft(returned, target, { values: reportValues(spec) }, office, later(++minute)).report, threshold);
};

/** `published` as stored before 2026-11-29: no pattern on it nor on the earlier versions kept. */
function withoutPatterns(published: PublishedValues): PublishedValues {
  const { withheld: _w, earlier, ...rest } = published;
  return { ...rest, ...(earlier ? { earlier: earlier.map(({ values }) => ({ values })) } : {}) };
}
const PRT02 = findIndicator('PRT-02')!;
const countsOf = (values: PublishedValues['values']) => sliceCells('PRT-02', indicatorSlice(toVector(values), 'PRT-02')) as number[];
const shown = (values: PublishedValues['values'], withheld: Uint8Array | undefined) =>
  indicatorMonth(PRT02, { values: toVector(values), withheld: withheld ?? null }, { protect: true })!;

describe('patterns stored for months published before they were', () => {
  it('stores the pattern such a month has been shown with at the threshold in force', () => {
    // Prepare: the attack's PRT-02 month, read at 10 while patterns were computed at reading.
    const old = withoutPatterns(first({ 'PRT-02': [6, 11, 10, 0, 4, 0, 16, 0] }).published!);

    // Act
    const filled = withStoredPatterns(old, 10)!;

    // Assess: the same as reading at 10 showed; the month's values untouched.
    expect(shown(filled.values, filled.withheld)).toEqual(protectMonth(PRT02, [6, 11, 10, 0, 4, 0, 16, 0], { protect: true, threshold: 10 }));
    expect(filled.values).toEqual(old.values);
    expect(filled.withheld!.at(-1)).toBe(WITHHELD_LAYOUT);
  });

  it('closes the attack of a threshold changed afterwards: the month keeps the pattern of 10, a correction at 11 reckons with it', () => {
    // Prepare: published and read at 10 without a pattern, then filled at 10.
    const v1 = first({ 'PRT-02': [6, 11, 10, 0, 4, 0, 16, 0] });
    const stored = { ...v1, published: withStoredPatterns(withoutPatterns(v1.published!), 10)! };

    // Act: the threshold is raised to 11, the month read again and then corrected.
    const reread = shown(stored.published.values, stored.published.withheld);
    const v2 = correct(stored, { 'PRT-02': [6, 11, 10, 0, 4, 0, 16, 13] }, 11);

    // Assess: nothing pinned nor narrowed across everything shown.
    const versions = [countsOf(v1.published!.values), countsOf(v2.published!.values)];
    expect(reread).toEqual(protectMonth(PRT02, versions[0]!, { protect: true, threshold: 10 }));
    expect(attackShown(PRT02, versions, [reread, shown(v2.published!.values, v2.published!.withheld)], 10)).toEqual([]);
  });

  it('shows a month corrected before patterns were stored only its zeros, and its later corrections too', () => {
    // Prepare: the attack's case, corrected once and stored without patterns: readers were shown
    // the correction now with, now without the first version in mind.
    const v1 = first({ 'PRT-02': [9, 0, 5, 3, 0, 17, 0, 1] });
    const v2 = correct(v1, { 'PRT-02': [12, 0, 5, 3, 0, 0, 0, 1] }, 10);
    const old = withoutPatterns(v2.published!);

    // Act: filled; then corrected again.
    const filled = withStoredPatterns(old, 10)!;
    const v3 = correct({ ...v2, published: filled }, { 'PRT-02': [12, 0, 5, 3, 0, 0, 0, 2] }, 10);

    // Assess: only zeros, the first version's pattern left unknown.
    expect(filled.earlier).toEqual(old.earlier);
    expect(shown(filled.values, filled.withheld).cells).toEqual([S, 0, S, S, 0, 0, 0, S]);
    expect(shown(v3.published!.values, v3.published!.withheld).cells).toEqual([S, 0, S, S, 0, 0, 0, S]);
  });

  it('never recomputes a stored pattern: the first layout gets its byte, another layout stays as it is', () => {
    const published = first({ 'PRT-02': [6, 11, 10, 0, 4, 0, 16, 0] }).published!;
    expect(withStoredPatterns(published, 20)).toBeUndefined();

    const legacy = withStoredPatterns({ ...published, withheld: published.withheld!.slice(0, 14) }, 20)!;
    expect(legacy.withheld).toEqual(published.withheld);
    expect(decodeWithheld(legacy.withheld!, PRT02)).toEqual(decodeWithheld(published.withheld!, PRT02));

    const other = Uint8Array.from(published.withheld!);
    other[14] = WITHHELD_LAYOUT + 1;
    expect(withStoredPatterns({ ...published, withheld: other }, 20)).toBeUndefined();
  });
});
