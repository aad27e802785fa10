import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../lib/url-state';
import { trendsFiltersOf, trendsIndicator } from './trends-filters';

describe('the trends filters in the URL', () => {
  it('asks the API for exactly what the link says', () => {
    // Prepare
    const { state } = parseUrlState('?indicator=PRT-01&by=exploitation&countries=LA,KH&from=2025-01&to=2025-12');

    // Act
    const filters = trendsFiltersOf(state);

    // Assess
    expect(filters).toEqual({ indicator: 'PRT-01', countries: ['KH', 'LA'], from: '2025-01', to: '2025-12', by: 'exploitation' });
  });

  it('drops a breakdown the indicator does not have (the API would refuse it) and keeps it in the link', () => {
    const { state } = parseUrlState('?indicator=PRV-02&by=age');
    expect(trendsFiltersOf(state).by).toBeNull();
    expect(serializeUrlState(state)).toBe('?indicator=PRV-02&by=age');
  });

  it("shows the pillar's first indicator when the link's is of another pillar, the framework's first with none", () => {
    expect(trendsIndicator(parseUrlState('?pillar=advocacy&indicator=PRT-01').state).code).toBe('ADV-01');
    expect(trendsIndicator(parseUrlState('?pillar=protection&indicator=PRT-06').state).code).toBe('PRT-06');
    expect(trendsIndicator(parseUrlState('').state).code).toBe('PRV-01');
  });

  it('leaves the range to the API when the link does not give one', () => {
    expect(trendsFiltersOf(parseUrlState('?indicator=ADV-02').state)).toEqual({ indicator: 'ADV-02', countries: [], from: null, to: null, by: null });
  });
});
