import { type Cell, COUNTRY_CODES } from '@etip/core';
import { planCountry } from './demo-scenario';

/** The final values of every submitted month of the demo data, as `npm start` seeds them (seed 1). */
export function demoMonths(now: Date): Cell[][] {
  return COUNTRY_CODES.flatMap((code) =>
    planCountry(code, now, 24, 1).flatMap((plan) => {
      if (!plan.steps.some((step) => step.action === 'submit')) return [];
      const entered = plan.steps.flatMap((step) => ('values' in step ? [step.values] : []));
      return entered.slice(-1);
    }),
  );
}
