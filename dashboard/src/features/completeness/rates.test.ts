import { reportingRates } from '@etip/core/dashboard';
import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translator.fixture';
import { COMPLETENESS } from './completeness.fixture';
import { ratesText, regionRates } from './rates';

describe('reporting rates', () => {
  it("agree with core's count of the fixture's months (the fixture is honest)", () => {
    for (const row of COMPLETENESS.rows) expect(reportingRates(row.months)).toEqual(row.summary);
  });

  it('adds up the countries before dividing, never averaging their percentages', () => {
    // Prepare: 2 + 2 months due, 2 + 1 in, 1 + 0 on time (a mean of percentages would say 75% and 25%)
    const summaries = COMPLETENESS.rows.map((r) => r.summary);

    // Act
    const region = regionRates(summaries);

    // Assess
    expect(region).toEqual({ due: 4, reported: 3, onTime: 1, late: 2, missing: 1, completeness: 75, timeliness: 33.3 });
  });

  it('has no rate where nothing is due or nothing came in, rather than 0% or 100%', () => {
    const none = regionRates([{ due: 0, reported: 0, onTime: 0, late: 0, missing: 0, completeness: null, timeliness: null }]);
    expect(none.completeness).toBeNull();
    expect(none.timeliness).toBeNull();
    expect(regionRates([])).toMatchObject({ due: 0, completeness: null });
  });

  it('writes the rates for the page and the CSV, with words where there is no rate', async () => {
    const t = await translator('en');
    const kh = ratesText(COMPLETENESS.rows[0]!.summary, 'en-GB', t);
    expect(kh).toEqual({
      completeness: '100%',
      timeliness: '50%',
      csv: { completeness: '100', timeliness: '50' },
    });
    const none = ratesText({ due: 0, reported: 0, onTime: 0, late: 0, missing: 0, completeness: null, timeliness: null }, 'en-GB', t);
    expect([none.completeness, none.timeliness, none.csv.completeness]).toEqual(['nothing due yet', 'nothing submitted', 'nothing due yet']);
    expect(ratesText(regionRates(COMPLETENESS.rows.map((r) => r.summary)), 'vi-VN', t).timeliness).toBe('33,3%');
  });
});
