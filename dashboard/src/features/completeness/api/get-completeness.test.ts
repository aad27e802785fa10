import { viewQueries } from '@etip/core/dashboard';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseUrlState, serializeUrlState } from '../../../lib/url-state';
import { completenessFiltersOf, completenessKeys, completenessParams } from './get-completeness';

describe('the completeness view in the URL', () => {
  it('reads its range and countries from a copied link, and asks the API for exactly those', () => {
    // Prepare
    const { state } = parseUrlState('?from=2025-07&to=2026-06&countries=VN,KH&lang=lo&indicator=PRV-01');

    // Act
    const filters = completenessFiltersOf(state);
    const params = completenessParams(filters);

    // Assess: the indicator is another view's, so it changes neither the request nor the cache key
    expect(filters).toEqual({ from: '2025-07', to: '2026-06', countries: ['KH', 'VN'] });
    expect(params).toEqual({ from: '2025-07', to: '2026-06', countries: 'KH,VN' });
    expect(completenessKeys.filtered(filters)).toEqual(['dashboard', 'completeness', filters]);
    expect(z.safeParse(viewQueries().completeness, params).success).toBe(true);
  });

  it("leaves unset filters to the API's default, so the plain link shows the last twelve months", () => {
    const filters = completenessFiltersOf(parseUrlState('').state);
    expect(filters).toEqual({ from: null, to: null, countries: [] });
    expect(completenessParams(filters)).toEqual({ from: undefined, to: undefined, countries: undefined });
  });

  it('writes the same filters back into the same link', () => {
    const link = '?from=2025-07&to=2026-06&countries=KH,VN&lang=lo';
    expect(serializeUrlState(parseUrlState(link).state)).toBe(link);
  });

  it('keys each filter set apart under one prefix, for invalidation by prefix', () => {
    const a = completenessKeys.filtered({ from: '2026-01', to: null, countries: [] });
    const b = completenessKeys.filtered({ from: '2025-01', to: null, countries: [] });
    expect(a.slice(0, 2)).toEqual(completenessKeys.all);
    expect(a).not.toEqual(b);
  });
});
