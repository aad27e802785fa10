import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../lib/auth/claims';
import { viewAt, viewsFor } from './route-table';

const lead: SessionUser = { role: 'regional-lead', country: null, name: 'Lead', expiresAt: null };

describe('the route table', () => {
  it('opens the trends and the country drill-down, with a country below its path', () => {
    expect(viewAt('/trends', lead)?.id).toBe('trends');
    expect(viewAt('/trends/', lead)?.id).toBe('trends');
    expect(viewAt('/country', lead)?.id).toBe('country');
    expect(viewAt('/country/LA', lead)?.id).toBe('country');
    expect(viewAt('/trends/PRT-01', lead)).toBeNull();
    expect(viewAt('/countryside', lead)).toBeNull();
  });

  it('opens the completeness view, which answers no address below its path', () => {
    expect(viewAt('/completeness', lead)?.id).toBe('completeness');
    expect(viewAt('/completeness/LA', lead)).toBeNull();
  });

  it('names each menu entry with a catalogue key, in menu order', () => {
    expect(viewsFor(lead).map((v) => [v.id, v.label])).toEqual([
      ['overview', 'view.overview'],
      ['completeness', 'completeness.nav'],
      ['trends', 'trends.nav'],
      ['country', 'countryView.nav'],
    ]);
  });
});
