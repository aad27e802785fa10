import type { Track } from '@etip/core/dashboard';
import type { CountryCode } from '@etip/core/framework';
import type { EChartsCoreOption } from '../../../lib/echarts';
import { canvasLineHeight } from '../../../lib/i18n/fonts';
import type { FontScript } from '../../../lib/i18n/languages';

/** The name the six countries' shapes are registered under (`echarts.registerMap`). */
export const MEKONG_MAP = 'etip-mekong';

/** The region's view box, [west, north] to [east, south]: the Mekong's countries, with southern China. */
export const MEKONG_BOUNDS: [[number, number], [number, number]] = [
  [91, 30],
  [113, 5],
];

/** Fill per track: colours that differ in lightness too, so they read in grey print and for colour-blind readers. */
export const TRACK_COLOURS: Record<Track, string> = {
  'on-track': '#1b7a3d',
  'at-risk': '#e0a526',
  'off-track': '#b3261e',
  'not-assessed': '#9aa0a6',
};
/** A country with nothing reported: pale, with a dashed border, unlike any achievement colour. */
export const NOT_REPORTED_FILL = '#f4f4f4';

export interface MapRegion {
  readonly country: CountryCode;
  /** The label drawn on the country: its name and the figure, as text (never colour alone). */
  readonly label: string;
  /** The figure alone, the label of a phone-sized map (`compact`). */
  readonly figure: string;
  readonly tooltip: string;
  readonly track: Track;
  readonly notReported: boolean;
}

/**
 * The map's ECharts option: each programme country filled by how its figure stands against
 * target and labelled with the figure itself, "<10" and "not reported" included. Tooltips are
 * drawn on the canvas (`richText`), not as HTML: ECharts' HTML tooltips carry inline styles,
 * which the site's CSP refuses. A `compact` map (a phone's, about 300 px across) labels each
 * country with its figure alone, smaller: two-line labels of Laos, Thailand, Cambodia and
 * Vietnam covered each other there; the names are in the tooltip and the table.
 */
export function mapOption(regions: readonly MapRegion[], fontFamily: string, script: FontScript = 'latin', compact = false): EChartsCoreOption {
  const byCountry = new Map(regions.map((r) => [r.country, r]));
  const fontSize = 12;
  const lineHeight = canvasLineHeight(script, fontSize);
  const labelSize = compact ? 11 : fontSize;
  return {
    animation: false,
    textStyle: { fontFamily },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      textStyle: { fontFamily, fontSize, lineHeight },
      formatter: (p: { name: string }) => byCountry.get(p.name as CountryCode)?.tooltip ?? '',
    },
    series: [
      {
        type: 'map',
        map: MEKONG_MAP,
        boundingCoords: MEKONG_BOUNDS,
        roam: false,
        selectedMode: false,
        label: {
          show: true,
          fontFamily,
          fontSize: labelSize,
          lineHeight: canvasLineHeight(script, labelSize),
          color: '#111',
          backgroundColor: 'rgba(255,255,255,0.85)',
          padding: [2, 4],
          borderRadius: 3,
          formatter: (p: { name: string }) => {
            const region = byCountry.get(p.name as CountryCode);
            return (compact ? region?.figure : region?.label) ?? '';
          },
        },
        emphasis: { label: { show: true }, itemStyle: { areaColor: undefined, borderWidth: 2 } },
        data: regions.map((r) => ({
          name: r.country,
          itemStyle: r.notReported
            ? { areaColor: NOT_REPORTED_FILL, borderColor: '#555', borderType: 'dashed', borderWidth: 1 }
            : { areaColor: TRACK_COLOURS[r.track], borderColor: '#fff', borderWidth: 1 },
        })),
      },
    ],
  };
}
