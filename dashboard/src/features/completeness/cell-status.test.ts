import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translator.fixture';
import { CELL_STATUSES, cellStatusOf, isUndelivered, STATUS_STYLES, statusLabelKey } from './cell-status';

describe('the state of a month', () => {
  it('splits submitted by its timeliness and keeps every other status as the API gives it', () => {
    expect(cellStatusOf({ status: 'submitted', timeliness: 'on-time' })).toBe('on-time');
    expect(cellStatusOf({ status: 'submitted', timeliness: 'late' })).toBe('late');
    expect(cellStatusOf({ status: 'approved', timeliness: 'late' })).toBe('approved');
    expect(cellStatusOf({ status: 'returned', timeliness: 'on-time' })).toBe('returned');
    expect(cellStatusOf({ status: 'draft', timeliness: null })).toBe('draft');
    expect(cellStatusOf({ status: 'missing', timeliness: null })).toBe('missing');
  });

  it('never turns a month that is not due into a missing one', () => {
    expect(cellStatusOf({ status: 'not-due', timeliness: null })).toBe('not-due');
    expect(isUndelivered({ status: 'draft', timeliness: null, dueAt: '2026-05-10T17:00:00.000Z' })).toBe(false);
    expect(isUndelivered({ status: 'draft', timeliness: null })).toBe(true);
    expect(isUndelivered({ status: 'draft', timeliness: 'late' })).toBe(false);
  });

  it('gives each state its own colour and, but for "not due", its own mark: never colour alone', () => {
    const fills = CELL_STATUSES.map((s) => STATUS_STYLES[s].fill);
    const marks = CELL_STATUSES.map((s) => STATUS_STYLES[s].symbol);
    expect(new Set(fills).size).toBe(CELL_STATUSES.length);
    expect(new Set(marks).size).toBe(CELL_STATUSES.length);
    expect(marks.filter((m) => m === null)).toHaveLength(1);
    expect(STATUS_STYLES['not-due'].symbol).toBeNull();
    expect(STATUS_STYLES.missing.fill).not.toBe(STATUS_STYLES['not-due'].fill);
    for (const mark of marks.filter((m): m is string => m !== null)) expect(mark).toMatch(/^M[\d. LZM]+Z$/);
  });

  it("names each state in the reader's language", async () => {
    const en = await translator('en');
    const th = await translator('th');
    expect(CELL_STATUSES.map((s) => en(statusLabelKey(s)))).toEqual([
      'approved',
      'submitted on time',
      'submitted late',
      'returned for correction',
      'draft',
      'missing',
      'not due yet',
    ]);
    for (const s of CELL_STATUSES) expect(th(statusLabelKey(s))).toMatch(/[\u0E00-\u0E7F]/);
  });
});
