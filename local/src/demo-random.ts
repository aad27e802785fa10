/**
 * Seeded pseudo-random numbers for the demo data: the same seed and `now` give the same
 * database, run after run, so a screenshot or a bug report can be reproduced.
 */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for made-up monitoring data. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A stream of its own for each name (a country and a purpose): countries are seeded
 * concurrently, and separate streams keep what one draws independent of the others' timing.
 */
export function streamFor(seed: number, name: string): Random {
  let hash = 0x811c9dc5; // FNV-1a
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return mulberry32(hash ^ seed);
}

/** A whole number from `min` to `max`, both included. */
export const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

export const chance = (random: Random, probability: number): boolean => random() < probability;

/** Standard normal, by Box–Muller. */
export function gauss(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Counts of people in a month: many zeros and small numbers when the mean is small. */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gauss(random)));
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count++;
  return count;
}

/** How many of `trials` people succeed, each with `probability`. */
export function binomial(random: Random, trials: number, probability: number): number {
  let count = 0;
  for (let i = 0; i < trials; i++) if (random() < probability) count++;
  return count;
}
