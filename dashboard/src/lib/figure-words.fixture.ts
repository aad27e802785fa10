import type { FigureWords } from './format';

/** The figure words in plain English, for tests of the pure builders that take them. */
export const WORDS: FigureWords = { notReported: 'not reported', notDue: 'not due yet', noPercent: 'no percentage', withheld: 'withheld' };
