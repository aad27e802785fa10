import { describe, expect, it } from 'vitest';
import {
  addMonths,
  currentPeriod,
  DUE_DAY,
  dueAt,
  dueDate,
  FIRST_PERIOD,
  formatPeriod,
  isDue,
  isPeriodFormat,
  lastDuePeriod,
  lastDuePeriodIn,
  parsePeriod,
  periodError,
  periodRange,
  timeliness,
  zonedMidnight,
} from './calendar';
import type { CountryCode } from './countries';

const at = (iso: string) => new Date(iso);
const before = (instant: Date, ms = 1) => new Date(instant.getTime() - ms);

describe('dueAt', () => {
  // The deadline is the midnight that ends day 10 of the next month in the country's zone,
  // i.e. the midnight starting day 11, expressed in UTC.
  it.each<[CountryCode, string, string]>([
    ['LA', 'UTC+7', '2026-11-10T17:00:00.000Z'],
    ['KH', 'UTC+7', '2026-11-10T17:00:00.000Z'],
    ['TH', 'UTC+7', '2026-11-10T17:00:00.000Z'],
    ['VN', 'UTC+7', '2026-11-10T17:00:00.000Z'],
    ['CN', 'UTC+8', '2026-11-10T16:00:00.000Z'],
    ['MM', 'UTC+6:30', '2026-11-10T17:30:00.000Z'],
  ])('for %s (%s), 2026-10 is due at %s', (code, _offset, expected) => {
    // Act
    const due = dueAt(code, '2026-10');

    // Assess
    expect(due.toISOString()).toBe(expected);
  });

  it('rolls a December period into January of the next year', () => {
    expect(dueAt('LA', '2026-12').toISOString()).toBe('2027-01-10T17:00:00.000Z');
    expect(dueAt('CN', '2026-12').toISOString()).toBe('2027-01-10T16:00:00.000Z');
    expect(dueAt('MM', '2026-12').toISOString()).toBe('2027-01-10T17:30:00.000Z');
  });

  it('handles the first period and a February deadline', () => {
    expect(dueAt('VN', FIRST_PERIOD).toISOString()).toBe('2015-02-10T17:00:00.000Z');
    expect(dueAt('TH', '2028-01').toISOString()).toBe('2028-02-10T17:00:00.000Z');
  });

  it('uses day 10 as the last day of grace', () => {
    expect(DUE_DAY).toBe(10);
  });
});

describe('zonedMidnight', () => {
  it('is the instant the wall clock in the zone reads 00:00 on that day', () => {
    expect(zonedMidnight(2026, 3, 1, 'Asia/Yangon').toISOString()).toBe('2026-02-28T17:30:00.000Z');
    expect(zonedMidnight(2026, 3, 1, 'UTC').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('respects a daylight-saving zone on the day of the change', () => {
    // Not one of the programme's zones (none keeps DST), but the function claims to handle it.
    // New York springs forward on 2026-03-08 at 02:00; midnight that day is still EST (UTC-5).
    expect(zonedMidnight(2026, 3, 8, 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(zonedMidnight(2026, 3, 9, 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });
});

describe('timeliness', () => {
  it.each<CountryCode>(['KH', 'CN', 'LA', 'MM', 'TH', 'VN'])('in %s is on time until the last millisecond and late from the deadline', (code) => {
    // Prepare
    const due = dueAt(code, '2026-10');

    // Act
    const lastMoment = timeliness(code, '2026-10', before(due));
    const atDeadline = timeliness(code, '2026-10', due);

    // Assess
    expect(lastMoment).toBe('on-time');
    expect(atDeadline).toBe('late');
  });

  it('judges the same instant by each country’s own clock', () => {
    // Prepare: 16:30Z on 10 Nov is 00:30 on the 11th in China, 23:30 on the 10th in Laos.
    const instant = at('2026-11-10T16:30:00Z');

    // Act and assess
    expect(timeliness('CN', '2026-10', instant)).toBe('late');
    expect(timeliness('LA', '2026-10', instant)).toBe('on-time');
    expect(timeliness('MM', '2026-10', instant)).toBe('on-time');
  });

  it('calls a submission during the month itself on time and one long after the deadline late', () => {
    expect(timeliness('LA', '2026-10', at('2026-10-31T12:00:00Z'))).toBe('on-time');
    expect(timeliness('LA', '2026-10', at('2027-03-01T00:00:00Z'))).toBe('late');
  });
});

describe('currentPeriod', () => {
  it('is already December in Vietnam at 2026-11-30T20:00Z, while UTC is still in November', () => {
    expect(currentPeriod('VN', at('2026-11-30T20:00:00Z'))).toBe('2026-12');
  });

  it.each<[CountryCode, string]>([
    ['VN', '2026-11-30T17:00:00.000Z'],
    ['CN', '2026-11-30T16:00:00.000Z'],
    ['MM', '2026-11-30T17:30:00.000Z'],
  ])('turns to December in %s exactly at local midnight (%s)', (code, midnight) => {
    // Prepare
    const instant = at(midnight);

    // Act
    const justBefore = currentPeriod(code, before(instant));
    const atMidnight = currentPeriod(code, instant);

    // Assess
    expect(justBefore).toBe('2026-11');
    expect(atMidnight).toBe('2026-12');
  });

  it('crosses into the next year at local midnight on New Year’s Eve', () => {
    expect(currentPeriod('LA', at('2026-12-31T16:59:59.999Z'))).toBe('2026-12');
    expect(currentPeriod('LA', at('2026-12-31T17:00:00Z'))).toBe('2027-01');
  });

  it('differs between countries at the same instant', () => {
    // Prepare: 16:45Z is 00:45 on 1 Dec in China, 23:15 on 30 Nov in Myanmar.
    const instant = at('2026-11-30T16:45:00Z');

    // Act and assess
    expect(currentPeriod('CN', instant)).toBe('2026-12');
    expect(currentPeriod('MM', instant)).toBe('2026-11');
  });
});

describe('periodError', () => {
  const now = at('2026-11-30T20:00:00Z'); // December in Vietnam, November in UTC

  it.each(['2026-13', '2026-00', '2026-1', '26-01', '2026/01', '2026-01-01', 'x', ''])('refuses the malformed period %j', (period) => {
    // Act
    const error = periodError('period', 'VN', period, now);

    // Assess
    expect(error).toMatchObject({ path: 'period', code: 'not-a-period', params: { got: period } });
    expect(error?.message).toContain('YYYY-MM');
    expect(error?.message).toContain(`'${period}'`);
  });

  it('refuses a period before 2015-01 and accepts 2015-01', () => {
    expect(periodError('period', 'VN', '2014-12', now)?.message).toContain('2015-01 or later');
    expect(periodError('period', 'VN', '2015-01', now)).toBeNull();
  });

  it('accepts the current month of the country even where UTC is a month behind', () => {
    expect(periodError('period', 'VN', '2026-12', now)).toBeNull();
    expect(periodError('period', 'VN', '2026-11', now)).toBeNull();
  });

  it('refuses the next month as the future, naming the current month', () => {
    // Act
    const error = periodError('period', 'VN', '2027-01', now);

    // Assess
    expect(error).toMatchObject({ code: 'period-in-future', params: { current: '2026-12', country: 'VN' } });
    expect(error?.message).toBe('is in the future (the current month in VN is 2026-12)');
  });

  it('refuses a month that has begun in China but not yet in Myanmar for Myanmar only', () => {
    // Prepare
    const instant = at('2026-11-30T16:45:00Z');

    // Act and assess
    expect(periodError('period', 'CN', '2026-12', instant)).toBeNull();
    expect(periodError('period', 'MM', '2026-12', instant)?.code).toBe('period-in-future');
  });
});

describe('period arithmetic', () => {
  it('parses and formats periods', () => {
    expect(parsePeriod('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(formatPeriod(2026, 3)).toBe('2026-03');
    expect(() => parsePeriod('2026-3')).toThrow(RangeError);
    expect(isPeriodFormat('2026-12')).toBe(true);
    expect(isPeriodFormat('2026-12 ')).toBe(false);
  });

  it.each([
    ['2026-10', 1, '2026-11'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-05', -17, '2024-12'],
    ['2026-05', 24, '2028-05'],
    ['2026-05', 0, '2026-05'],
  ])('addMonths(%s, %i) is %s', (period, months, expected) => {
    expect(addMonths(period, months)).toBe(expected);
  });

  it('lists every month of a range, both ends included, across a year boundary', () => {
    expect(periodRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('gives one month for a one-month range and none for a reversed one', () => {
    expect(periodRange('2026-04', '2026-04')).toEqual(['2026-04']);
    expect(periodRange('2026-05', '2026-04')).toEqual([]);
  });

  it('spans the whole history from the first period', () => {
    // Act
    const range = periodRange(FIRST_PERIOD, '2026-12');

    // Assess
    expect(range).toHaveLength(12 * 12);
    expect(range[0]).toBe('2015-01');
    expect(range.at(-1)).toBe('2026-12');
  });
});

describe('dueDate', () => {
  it('is day 10 of the next month, the date the deadline ends in every zone', () => {
    expect(dueDate('2026-11')).toBe('2026-12-10');
    expect(dueDate('2026-12')).toBe('2027-01-10');
    // LA 2026-11 ends on 10 December in Vientiane: dueAt is the midnight after it.
    expect(dueAt('LA', '2026-11').toISOString()).toBe('2026-12-10T17:00:00.000Z');
  });
});

describe('isDue and lastDuePeriod', () => {
  it('on 29 November, October is the last month due everywhere; November is not due anywhere', () => {
    // Prepare
    const now = at('2026-11-29T06:00:00Z');

    // Act and assess
    expect(lastDuePeriod(now)).toBe('2026-10');
    expect(isDue('LA', '2026-10', now)).toBe(true);
    expect(isDue('LA', '2026-11', now)).toBe(false);
  });

  it('in the hour the deadline has passed in China but not yet in Myanmar, the month before is the last due everywhere', () => {
    // Prepare: 10 November ended at 16:00 UTC in China (UTC+8), ends at 17:30 UTC in Myanmar (UTC+6:30).
    const now = at('2026-11-10T16:30:00Z');

    // Act and assess
    expect(isDue('CN', '2026-10', now)).toBe(true);
    expect(isDue('MM', '2026-10', now)).toBe(false);
    expect(lastDuePeriod(now)).toBe('2026-09');
    // Country by country: October is China's last month due, September still Myanmar's.
    expect([lastDuePeriodIn('CN', now), lastDuePeriodIn('MM', now)]).toEqual(['2026-10', '2026-09']);
  });
});
