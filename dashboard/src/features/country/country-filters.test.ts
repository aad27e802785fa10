import { INDICATORS } from '@etip/core/framework';
import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../lib/url-state';
import { countrySeriesFilters, drillDownCountry } from './country-filters';

describe('the country drill-down filters', () => {
  it("reads the country from the address, else the reader's own, else the first of the filters, else Cambodia", () => {
    const { state } = parseUrlState('?countries=TH,VN');
    expect(drillDownCountry('/country/LA', state, 'MM')).toEqual({ country: 'LA', unknown: false });
    expect(drillDownCountry('/country', state, 'MM')).toEqual({ country: 'MM', unknown: false });
    expect(drillDownCountry('/country', state, null)).toEqual({ country: 'TH', unknown: false });
    expect(drillDownCountry('/country', parseUrlState('').state, null)).toEqual({ country: 'KH', unknown: false });
  });

  it('says when the address names a country that is not one of the six', () => {
    expect(drillDownCountry('/country/XX', parseUrlState('').state, null)).toEqual({ country: 'KH', unknown: true });
    expect(drillDownCountry('/country/la', parseUrlState('').state, 'VN')).toEqual({ country: 'VN', unknown: true });
  });

  it('asks for every indicator of the country, split only where the indicator has the breakdown', () => {
    // Act
    const requests = countrySeriesFilters(parseUrlState('?by=age&from=2025-01').state, 'LA');

    // Assess
    expect(requests.map((r) => r.indicator.code)).toEqual(INDICATORS.map((i) => i.code));
    const by = Object.fromEntries(requests.map((r) => [r.indicator.code, r.filters.by]));
    expect(by['PRT-01']).toBe('age');
    expect(by['PRV-02']).toBeNull(); // sex only
    expect(by['ADV-02']).toBeNull(); // no dimensions
    expect(requests[0]!.filters).toEqual({ indicator: 'PRV-01', countries: ['LA'], from: '2025-01', to: null, by: 'age' });
  });

  it('keeps to the chosen pillar', () => {
    expect(countrySeriesFilters(parseUrlState('?pillar=advocacy').state, 'KH').map((r) => r.indicator.code)).toEqual(['ADV-01', 'ADV-02', 'ADV-03', 'ADV-04']);
  });
});
