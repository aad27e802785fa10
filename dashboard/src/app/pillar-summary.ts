import { INDICATORS, type Indicator, PILLARS, type PillarCode } from '@etip/core/framework';

export interface PillarSummary {
  readonly code: PillarCode;
  readonly name: string;
  /** How many of the framework's indicators belong to the pillar. */
  readonly indicators: number;
  /** How many of those count survivors, and so are protected (DESIGN.md 5.4). */
  readonly sensitive: number;
}

/** The framework's pillars in their own order, each with how many indicators it has. */
export function pillarSummaries(indicators: readonly Indicator[] = INDICATORS): PillarSummary[] {
  return PILLARS.map(({ code, name }) => {
    const own = indicators.filter((i) => i.pillar === code);
    return { code, name, indicators: own.length, sensitive: own.filter((i) => i.sensitive).length };
  });
}
