import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

describe('filters in the URL', () => {
  it('round-trips every filter: a copied link opens the same view', () => {
    // Prepare
    const state: UrlState = { from: '2025-01', to: '2025-06', countries: ['KH', 'LA'], pillar: 'protection', indicator: 'PRT-01', by: 'sex', lang: 'km' };

    // Act
    const search = serializeUrlState(state);

    // Assess
    expect(search).toBe('?from=2025-01&to=2025-06&countries=KH,LA&pillar=protection&indicator=PRT-01&by=sex&lang=km');
    expect(parseUrlState(search)).toEqual({ state, rejected: [] });
  });

  it('reads countries in programme order without repeats, so equal views have equal links', () => {
    const { state } = parseUrlState('?countries=VN,KH,VN');
    expect(state.countries).toEqual(['KH', 'VN']);
    expect(serializeUrlState(state)).toBe('?countries=KH,VN');
  });

  it("refuses each bad value with core's schemas and keeps the good ones", () => {
    const { state, rejected } = parseUrlState('?from=2025-13&to=2025-06&countries=KH,XX&pillar=health&indicator=PRV-99&by=colour&lang=fr');
    expect(state).toEqual({ to: '2025-06', countries: [] });
    expect(rejected).toEqual(['from', 'countries', 'pillar', 'indicator', 'by', 'lang']);
  });

  it('keeps parameters it does not own and leaves empty filters out', () => {
    expect(serializeUrlState({ countries: [], lang: 'th' }, '?as=viewer&lang=en&from=2024-01')).toBe('?as=viewer&lang=th');
    expect(serializeUrlState({ countries: [] })).toBe('');
  });
});
