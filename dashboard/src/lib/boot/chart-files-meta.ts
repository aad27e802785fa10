/**
 * The name of the `<meta>` of index.html that lists the files of the overview's map (ECharts and
 * the shapes): written by the build (vite/preload-hints.ts), read by the boot script (chart-preload.ts).
 */
export const CHART_FILES_META = 'etip-overview-chart-files';
