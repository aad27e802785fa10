import type { CompletenessMonth } from '@etip/core/dashboard';
import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translator.fixture';
import { COMPLETENESS, FIXTURE_NOW } from './completeness.fixture';
import { absoluteDeadline, daysToDeadline, nextDeadline, relativeDeadline, sayDays } from './deadline';

const monthsOf = (country: string) => COMPLETENESS.rows.find((r) => r.country === country)!.months;

describe('the next deadline', () => {
  it('skips a month sent early and names the next one not in yet, in days on the country calendar', async () => {
    // Prepare: Cambodia on 8 April (12:00 there) sent February and, early, March
    const t = await translator('en');

    // Act
    const deadline = nextDeadline('KH', monthsOf('KH'), FIXTURE_NOW);

    // Assess: April's report, due by the end of 10 May in Phnom Penh
    expect(deadline).toMatchObject({ period: '2026-04', due: '2026-05-10', overdue: false });
    expect(deadline.dueAt.toISOString()).toBe('2026-05-10T17:00:00.000Z');
    expect(daysToDeadline(deadline, FIXTURE_NOW)).toBe(32);
    expect(relativeDeadline(deadline, FIXTURE_NOW, 'en-GB', t)).toBe('due in 32 days');
  });

  it('says how long a passed deadline has been missed when its report is still not in', async () => {
    // Prepare: Myanmar's February is a draft, due by the end of 10 March in Yangon
    const t = await translator('en');

    // Act
    const deadline = nextDeadline('MM', monthsOf('MM'), FIXTURE_NOW);

    // Assess
    expect(deadline).toMatchObject({ period: '2026-02', due: '2026-03-10', overdue: true });
    expect(daysToDeadline(deadline, FIXTURE_NOW)).toBe(-29);
    expect(relativeDeadline(deadline, FIXTURE_NOW, 'en-GB', t)).toBe('29 days overdue');
  });

  it("counts from each country's own clock: one instant is due today in Yangon, overdue in Shanghai", async () => {
    // Prepare: 10 April 2026, 16:45 UTC = 23:15 in Yangon, 23:45 in Bangkok, 00:45 on the 11th in Shanghai
    const t = await translator('en');
    const now = new Date('2026-04-10T16:45:00Z');
    const marchMissing: CompletenessMonth[] = [
      { period: '2026-02', status: 'approved', timeliness: 'on-time' },
      { period: '2026-03', status: 'missing', timeliness: null },
    ];
    const marchNotDue: CompletenessMonth[] = [
      { period: '2026-02', status: 'approved', timeliness: 'on-time' },
      { period: '2026-03', status: 'not-due', timeliness: null, dueAt: '2026-04-10T17:30:00.000Z', due: '2026-04-10' },
    ];

    // Act
    const yangon = nextDeadline('MM', marchNotDue, now);
    const bangkok = nextDeadline('TH', marchNotDue, now);
    const shanghai = nextDeadline('CN', marchMissing, now);

    // Assess
    expect(relativeDeadline(yangon, now, 'en-GB', t)).toBe('due today');
    expect(relativeDeadline(bangkok, now, 'en-GB', t)).toBe('due today');
    expect(shanghai).toMatchObject({ period: '2026-03', overdue: true });
    expect(relativeDeadline(shanghai, now, 'en-GB', t)).toBe('1 day overdue');
    expect(relativeDeadline(yangon, new Date('2026-04-09T12:00:00Z'), 'en-GB', t)).toBe('due tomorrow');
  });

  it('takes a deadline passed at the exact instant it passes (core: due at midnight after the 10th)', () => {
    // Bangkok's midnight starting 11 April is 17:00 UTC on the 10th
    const deadline = nextDeadline('TH', [{ period: '2026-03', status: 'missing', timeliness: null }], new Date('2026-04-10T17:00:00Z'));
    expect(deadline).toMatchObject({ period: '2026-03', overdue: true });
    const before = nextDeadline('TH', [{ period: '2026-03', status: 'missing', timeliness: null }], new Date('2026-04-10T16:59:59Z'));
    expect(before).toMatchObject({ period: '2026-03', overdue: false });
  });

  it('shows the date and time on the country clock, with its offset', () => {
    const mm = nextDeadline('MM', [], FIXTURE_NOW);
    const cn = nextDeadline('CN', [], FIXTURE_NOW);
    expect(absoluteDeadline(mm, 'en-GB')).toBe('10 Apr 2026, 23:59 GMT+6:30');
    expect(absoluteDeadline(cn, 'en-GB')).toBe('10 Apr 2026, 23:59 GMT+8');
  });

  it("phrases it in the reader's language, with that language's words for today and its plurals", async () => {
    const km = await translator('km');
    const zh = await translator('zh');
    const mm = nextDeadline('MM', monthsOf('MM'), FIXTURE_NOW);
    const kh = nextDeadline('KH', monthsOf('KH'), FIXTURE_NOW);
    expect(relativeDeadline(mm, FIXTURE_NOW, 'km-KH', km)).toContain('29 ថ្ងៃ');
    expect(relativeDeadline(kh, FIXTURE_NOW, 'zh-CN', zh)).toContain('32天后');
    expect(relativeDeadline(kh, new Date('2026-05-10T10:00:00Z'), 'zh-CN', zh)).toContain('今天');
  });

  it("falls back to the catalogue's phrases where the browser's Intl lacks the language (desktop Chromium: km, lo, my)", async () => {
    const km = await translator('km');
    const en = await translator('en');
    expect(sayDays(0, 'km-KH', km, false)).toBe(km('completeness.deadline.dueToday'));
    expect(sayDays(1, 'km-KH', km, false)).toBe(km('completeness.deadline.dueTomorrow'));
    expect(sayDays(2, 'km-KH', km, false)).toBe('ផុតកំណត់ក្នុងរយៈពេល 2 ថ្ងៃទៀត');
    expect(sayDays(-3, 'km-KH', km, false)).toBe('ហួសកំណត់ 3 ថ្ងៃ');
    expect(sayDays(2, 'en-GB', en, true)).toBe('due in 2 days');
    expect(sayDays(-1, 'en-GB', en, true)).toBe('1 day overdue');
  });
});
