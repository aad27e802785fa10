import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../lib/auth/claims';
import { viewAt, viewLabel } from './route-table';

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

  it('names each menu entry with a catalogue key', () => {
    expect(viewAt('/', lead) && viewLabel(viewAt('/', lead)!)).toBe('view.overview');
    expect(viewLabel(viewAt('/trends', lead)!)).toBe('trends.nav');
  });
});
