import { type Cell, COUNTRY_CODES } from '@etip/core';
import { planCountry } from './demo-scenario';

/**
 * Every submitted month of the demo data, as `npm start` seeds them (seed 1): the values of each
 * submission that changed them, oldest first — more than one for a month corrected after a lead
 * returned it, as dashboards showed each in turn.
 */
export function demoVersions(now: Date): Cell[][][] {
  return COUNTRY_CODES.flatMap((code) =>
    planCountry(code, now, 24, 1).flatMap((plan) => {
      const versions: Cell[][] = [];
      let entered: Cell[] | undefined;
      for (const step of plan.steps) {
        if ('values' in step) entered = step.values;
        if (step.action === 'submit' && entered && entered !== versions.at(-1)) versions.push(entered);
      }
      return versions.length > 0 ? [versions] : [];
    }),
  );
}

/** The final values of every submitted month of the demo data (seed 1). */
export function demoMonths(now: Date): Cell[][] {
  return demoVersions(now).map((versions) => versions.at(-1)!);
}
