/**
 * The marks the browser bench reads (npm run bench, DESIGN.md 7): when the overview's numbers
 * are in the page, and when the first chart has drawn. Names are a contract with the bench.
 */
export const PERF_MARKS = { numbers: 'etip:numbers', firstChart: 'etip:first-chart' } as const;

/** Sets a mark once per page load: later renders and charts do not move it. */
export function markOnce(name: (typeof PERF_MARKS)[keyof typeof PERF_MARKS]): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}
