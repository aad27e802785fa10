import { completenessResponseSchema } from '@etip/core';
import { describe, expect, it } from 'vitest';
import { get, useMainTable } from './fixture';

/**
 * Completeness and timeliness (DESIGN.md 5.1) on the main table of ./fixture.ts: states, deadlines, rates.
 */
useMainTable();

describe('dashboard read API on DynamoDB Local, fed by the real stream aggregator', () => {
  describe('completeness', () => {
    it('shows each month as missing, draft, submitted, returned or approved, stamped on time or late, with each country’s rates', async () => {
      // Act
      const response = await get('/v1/dashboard/completeness?from=2026-01&to=2026-06&countries=VN,CN,KH,LA');

      // Assess
      expect(response.status, response.text).toBe(200);
      const months = (...states: [string, string | null][]) => states.map(([status, timeliness], n) => ({ period: `2026-0${n + 1}`, status, timeliness }));
      const missing: [string, null] = ['missing', null];
      const approved: [string, string] = ['approved', 'on-time'];
      const rates = (reported: number, onTime: number, completeness: number, timeliness: number | null) => ({
        due: 6,
        reported,
        onTime,
        late: reported - onTime,
        missing: 6 - reported,
        completeness,
        timeliness,
      });
      expect(response.json).toEqual({
        from: '2026-01',
        to: '2026-06',
        rows: [
          { country: 'KH', months: months(missing, missing, missing, missing, missing, ['submitted', 'late']), summary: rates(1, 0, 16.7, 0) },
          // CN's February draft was never submitted: past its deadline it is missing from the rates.
          { country: 'CN', months: months(missing, ['draft', null], missing, missing, missing, missing), summary: rates(0, 0, 0, null) },
          // May was approved, then reopened: a draft again, its first submission's stamp kept, still reported.
          { country: 'LA', months: months(approved, approved, approved, approved, ['draft', 'on-time'], approved), summary: rates(6, 6, 100, 100) },
          {
            country: 'VN',
            months: months(['submitted', 'on-time'], ['submitted', 'late'], ['returned', 'on-time'], ['approved', 'late'], ['draft', null], missing),
            summary: rates(4, 2, 66.7, 50),
          },
        ],
      });
      expect(completenessResponseSchema.safeParse(response.json).error).toBeUndefined();
    });

    it('covers the twelve months to the last one due by default, as every view; the current one, asked for, not due, with its deadline in each zone', async () => {
      // Act
      const byDefault = await get('/v1/dashboard/completeness');
      const response = await get('/v1/dashboard/completeness?from=2026-02&to=2027-01');

      // Assess: on 20 January 2027 December fell due on the 10th; January is due by 10 February.
      expect([byDefault.json.from, byDefault.json.to]).toEqual(['2026-01', '2026-12']);
      expect([response.json.from, response.json.to]).toEqual(['2026-02', '2027-01']);
      expect(response.json.rows).toHaveLength(6);
      const [december, january] = ['2026-12', '2027-01'].map((period) =>
        Object.fromEntries(
          response.json.rows.map((r: { country: string; months: { period: string }[] }) => [r.country, r.months.find((m) => m.period === period)]),
        ),
      );
      for (const month of Object.values(december!)) expect(month).toEqual({ period: '2026-12', status: 'missing', timeliness: null });
      const notDue = (dueAt: string) => ({ period: '2027-01', status: 'not-due', timeliness: null, dueAt, due: '2027-02-10' });
      expect(january).toEqual({
        KH: notDue('2027-02-10T17:00:00.000Z'),
        CN: notDue('2027-02-10T16:00:00.000Z'),
        LA: notDue('2027-02-10T17:00:00.000Z'),
        MM: notDue('2027-02-10T17:30:00.000Z'),
        TH: notDue('2027-02-10T17:00:00.000Z'),
        VN: notDue('2027-02-10T17:00:00.000Z'),
      });
      // February to December are due (eleven months); LA reported five of them, all on time. January is never missing.
      expect(response.json.rows.find((r: { country: string }) => r.country === 'LA').summary).toEqual({
        due: 11,
        reported: 5,
        onTime: 5,
        late: 0,
        missing: 6,
        completeness: 45.5,
        timeliness: 100,
      });
    });
  });
});
