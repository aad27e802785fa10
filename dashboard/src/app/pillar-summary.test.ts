import type { Indicator } from '@etip/core/framework';
import { describe, expect, it } from 'vitest';
import { pillarSummaries } from './pillar-summary';

describe('pillarSummaries', () => {
  it("counts the framework's indicators per pillar, in the framework's order (DESIGN.md 2)", () => {
    // Act
    const summaries = pillarSummaries();

    // Assess: 5 prevention (1 sensitive), 6 protection (all sensitive), 4 advocacy (none).
    expect(summaries).toEqual([
      { code: 'prevention', name: 'Prevention', indicators: 5, sensitive: 1 },
      { code: 'protection', name: 'Protection', indicators: 6, sensitive: 6 },
      { code: 'advocacy', name: 'Policy advocacy', indicators: 4, sensitive: 0 },
    ]);
  });

  it('keeps a pillar with no indicators, at zero', () => {
    // Prepare
    const only: Indicator[] = [{ code: 'ADV-02', pillar: 'advocacy', name: 'Policy dialogues', dims: [], aggregation: 'sum', sensitive: false }];

    // Act
    const summaries = pillarSummaries(only);

    // Assess
    expect(summaries.map((s) => [s.code, s.indicators])).toEqual([
      ['prevention', 0],
      ['protection', 0],
      ['advocacy', 1],
    ]);
  });
});
