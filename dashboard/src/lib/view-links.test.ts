import { describe, expect, it } from 'vitest';
import { COMPLETENESS_PATH, countryOfPath, countryPath, TRENDS_PATH, viewHref } from './view-links';

describe('links between views', () => {
  it("puts the country in the address and reads it back with core's schema", () => {
    expect(countryPath('LA')).toBe('/country/LA');
    expect(countryOfPath('/country/LA')).toBe('LA');
    expect(countryOfPath('/country/LA/')).toBe('LA');
    expect(countryOfPath('/country/XX')).toBeNull();
    expect(countryOfPath('/country')).toBeNull();
    expect(countryOfPath('/trends')).toBeNull();
  });

  it("carries the page's filters and language over, with the link's own changes, and keeps parameters it does not own", () => {
    expect(viewHref(TRENDS_PATH, '?from=2026-01&to=2026-03&lang=km&as=viewer', { indicator: 'PRT-01' })).toBe(
      '/trends?as=viewer&from=2026-01&to=2026-03&indicator=PRT-01&lang=km',
    );
    expect(viewHref(countryPath('KH'), '?pillar=protection&by=sex', { by: undefined })).toBe('/country/KH?pillar=protection');
  });

  it('keeps the filters on the way to the months awaiting approval, the months the count was of included (found in the tryout)', () => {
    expect(viewHref(COMPLETENESS_PATH, '?countries=KH,LA&lang=th', { from: '2025-11', to: '2026-10' })).toBe(
      '/completeness?from=2025-11&to=2026-10&countries=KH,LA&lang=th',
    );
  });
});
